//! Struct sequences (`os.stat_result`, `time.struct_time`, ...) and the
//! helper that runs a native module's application-level Python part.
//!
//! A struct sequence is a tuple subclass holding its first `n_seq` fields;
//! further fields (e.g. `st_atime_ns`) live beside the tuple and are read
//! by name only. Constructor checks, `repr` and `__reduce__` follow
//! CPython's `structseq.c`.

use crate::object::module::ModuleObj;
use crate::object::Gc;
use crate::vm::{PyResult, Vm};

/// `_structseq(module, name, fields, n_seq, n_unnamed=0)`: a struct
/// sequence class. `fields` are the named fields in order; the first
/// `n_seq - n_unnamed` are the leading tuple items, then come `n_unnamed`
/// unnamed tuple items, then the fields that are not part of the tuple.
pub const STRUCTSEQ: &str = r#"
def _structseq(module, name, fields, n_seq, n_unnamed=0, fill=None):
    n_named_vis = n_seq - n_unnamed
    hidden = tuple(fields[n_named_vis:])
    n_fields = n_seq + len(hidden)
    qual = module + "." + name

    def __new__(cls, sequence, dict=None):
        if dict is not None and not isinstance(dict, type({})):  # `dict` is the parameter here
            raise TypeError(qual + "() takes a dict as second arg, if any")
        seq = tuple(sequence)
        n = len(seq)
        if n < n_seq or n > n_fields:
            if n_seq == n_fields:
                how = "a"
            elif n < n_seq:
                how = "an at least"
            else:
                how = "an at most"
            lim = n_seq if n < n_seq else n_fields
            raise TypeError(qual + "() takes " + how + " " + str(lim) + "-sequence (" + str(n) + "-sequence given)")
        self = tuple.__new__(cls, seq[:n_seq])
        extra = list(seq[n_seq:])
        for f in hidden[len(extra):]:
            extra.append(None if dict is None else dict.get(f))
        if fill is not None:
            fill(self, extra)
        self._extra = tuple(extra)
        return self

    def __repr__(self):
        return qual + "(" + ", ".join(f + "=" + repr(v) for f, v in zip(fields, self)) + ")"

    def __reduce__(self):
        return (type(self), (tuple(self), {f: v for f, v in zip(hidden, self._extra)}))

    ns = {"__new__": __new__, "__repr__": __repr__, "__reduce__": __reduce__,
          "n_fields": n_fields, "n_sequence_fields": n_seq, "n_unnamed_fields": n_unnamed,
          "__match_args__": tuple(fields[:n_named_vis])}
    for i, f in enumerate(fields[:n_named_vis]):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    for i, f in enumerate(hidden):
        ns[f] = property(lambda self, i=i: self._extra[i])
    cls = type(name, (tuple,), ns)
    cls.__module__ = module
    return cls
"#;

/// Run `src` with the module's namespace as its globals (the module's
/// Python-level part: classes and helpers around the Rust functions).
pub fn run_in_module(vm: &mut Vm, m: Gc<ModuleObj>, src: &str, filename: &str) -> PyResult<()> {
    vm.run_app_level(src, filename, m.dict, None)
}
