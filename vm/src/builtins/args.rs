//! Declaring what a builtin accepts, in two forms:
//!
//! - `Arity`: a fixed positional shape (CPython's METH_NOARGS, METH_O and
//!   positional-only "expected N arguments" functions). It is stored in the
//!   builtin object and checked by `Vm::call` before the body runs, so bodies
//!   may index their arguments freely and a method's receiver has the right
//!   type.
//! - `Sig`: named parameters with keywords (Argument Clinic functions). The
//!   body calls `Sig::parse`, which applies CPython's checks in CPython's order
//!   (`_PyArg_UnpackKeywords`) and returns one slot per parameter.

use crate::object::function::BuiltinFnObj;
use crate::object::typeobj::TypeObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Upper bound meaning "no limit" in `Arity::Pos`.
pub const MANY: u8 = u8::MAX;


/// The positional shape of a builtin; anything but `Any` rejects keywords.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Arity {
    /// The body checks its own arguments.
    Any,
    /// `f()`: "list.copy() takes no arguments (1 given)".
    NoArgs,
    /// `f(x)`: "list.count() takes exactly one argument (0 given)".
    One,
    /// `min..=max` positional arguments: "insert expected 2 arguments, got 1".
    Pos(u8, u8),
    /// Keywords allowed: the body parses its arguments with a `Sig`; only a
    /// method's receiver is checked.
    Kw,
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// `list.copy` for a method of `list`, `len` for a plain function.
pub fn qualname(b: &BuiltinFnObj) -> String {
    match b.owner.downcast::<TypeObj>() {
        Some(t) => {
            // A native module's class is named "module.name"; messages use the last part.
            let n = t.name();
            format!("{}.{}", n.rsplit('.').next().unwrap_or(&n), b.name)
        }
        // A module function is named with its module (`math.sqrt`), except builtins.
        None => match Vm::str_of(b.module).filter(|m| *m != "builtins") {
            Some(m) if b.bound.is_null() => format!("{m}.{}", b.name),
            _ => b.name.to_string(),
        },
    }
}

/// The name in argument-count messages: `list.copy`, `math.sqrt` (a
/// function of a module other than `builtins`), `len`.
pub fn call_name(b: &BuiltinFnObj) -> String {
    match Vm::str_of(b.module) {
        Some(m) if m != "builtins" && b.owner.downcast::<TypeObj>().is_none() => format!("{m}.{}", b.name),
        _ => qualname(b),
    }
}

impl Vm {
    /// Check a call of builtin `b` against its declared `Arity` (`args`
    /// includes the receiver for an unbound method descriptor).
    pub(crate) fn check_arity(&mut self, b: &BuiltinFnObj, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
        if b.arity == Arity::Any {
            return Ok(());
        }
        let mut n = args.len() - kwnames.len();
        if let Some(owner) = b.owner.downcast::<crate::object::typeobj::TypeObj>() {
            if b.bound.is_null() {
                let Some(&recv) = args.first().filter(|_| n > 0) else {
                    let q = qualname(b);
                    return Err(self.type_error(&format!("unbound method {q}() needs an argument")));
                };
                if !self.is_instance(recv, owner) {
                    let (on, rn) = (self.tp_name(owner), self.type_name(recv));
                    let msg = format!("descriptor '{}' for '{on}' objects doesn't apply to a '{rn}' object", b.name);
                    return Err(self.type_error(&msg));
                }
                n -= 1;
            }
        }
        if b.arity == Arity::Kw {
            return Ok(());
        }
        if !kwnames.is_empty() {
            let q = call_name(b);
            return Err(self.type_error(&format!("{q}() takes no keyword arguments")));
        }
        let msg = match b.arity {
            Arity::Any => return Ok(()),
            Arity::NoArgs if n != 0 => format!("{}() takes no arguments ({n} given)", call_name(b)),
            Arity::One if n != 1 => format!("{}() takes exactly one argument ({n} given)", call_name(b)),
            Arity::Pos(lo, hi) => {
                let hi = if hi == MANY { usize::MAX } else { hi as usize };
                return expect_count(self, b.name, n, lo as usize, hi);
            }
            _ => return Ok(()),
        };
        Err(self.type_error(&msg))
    }
}

/// A builtin type's constructor called with `a` (the class first): when
/// the class is `owner` itself, no keywords and `lo..=hi` positional
/// arguments ("list() takes no keyword arguments", "list expected at most 1
/// argument, got 2"). Subclasses may take other arguments in their own
/// `__init__`, so they are not checked here.
pub fn ctor_args(vm: &mut Vm, a: &[Value], k: &[Value], owner: Gc<TypeObj>, lo: usize, hi: usize) -> PyResult<()> {
    if a.first().and_then(|c| c.downcast::<TypeObj>()) != Some(owner) {
        return Ok(());
    }
    let name = owner.name();
    if !k.is_empty() {
        return Err(vm.type_error(&format!("{name}() takes no keyword arguments")));
    }
    expect_count(vm, &name, a.len() - 1, lo, hi)
}

/// Like `ctor_args`, but the count is checked for subclasses too (types
/// whose `__new__` needs its arguments, e.g. `filter`).
pub fn ctor_args_all(vm: &mut Vm, a: &[Value], k: &[Value], owner: Gc<TypeObj>, lo: usize, hi: usize) -> PyResult<()> {
    ctor_args(vm, a, k, owner, lo, hi)?;
    let (pos, _) = super::split_args(a, k);
    expect_count(vm, &owner.name(), pos.len().saturating_sub(1), lo, hi)
}

/// CPython's `_PyArg_CheckPositional`: "sorted expected 1 argument, got 2".
pub fn expect_count(vm: &mut Vm, name: &str, n: usize, lo: usize, hi: usize) -> PyResult<()> {
    let msg = if n < lo && lo == hi || n > hi && lo == hi {
        format!("{name} expected {lo} argument{}, got {n}", plural(lo))
    } else if n < lo {
        format!("{name} expected at least {lo} argument{}, got {n}", plural(lo))
    } else if n > hi {
        format!("{name} expected at most {hi} argument{}, got {n}", plural(hi))
    } else {
        return Ok(());
    };
    Err(vm.type_error(&msg))
}

/// A signature with named parameters: `params` may be passed by position or
/// keyword (the first `posonly` by position only), `kwonly` by keyword only;
/// the first `required` of `params` must be given.
pub struct Sig {
    /// The name used in messages, e.g. `sort`, `compile`.
    pub name: &'static str,
    pub params: &'static [&'static str],
    pub posonly: usize,
    pub required: usize,
    pub kwonly: &'static [&'static str],
}

impl Sig {
    /// Bind `pos` and the keywords (`kwnames` with `kwvals`) to the
    /// parameters: slot `i` is `params[i]`, then the keyword-only ones.
    /// `N` must be `params.len() + kwonly.len()`.
    pub fn parse<const N: usize>(
        &self,
        vm: &mut Vm,
        pos: &[Value],
        kwnames: &[Value],
        kwvals: &[Value],
    ) -> PyResult<[Option<Value>; N]> {
        debug_assert_eq!(N, self.params.len() + self.kwonly.len(), "Sig {} slot count", self.name);
        let name = self.name;
        let (nargs, nkw) = (pos.len(), kwnames.len());
        let maxpos = self.params.len();
        let maxargs = maxpos + self.kwonly.len();
        let err = |vm: &mut Vm, msg: String| Err(vm.type_error(&msg));
        if nargs + nkw > maxargs {
            let kw = if nargs == 0 { "keyword " } else { "" };
            return err(vm, format!("{name}() takes at most {maxargs} {kw}argument{} ({} given)", plural(maxargs), nargs + nkw));
        }
        if nargs > maxpos {
            if maxpos == 0 {
                return err(vm, format!("{name}() takes no positional arguments"));
            }
            let how = if self.required < maxpos { "at most" } else { "exactly" };
            return err(vm, format!("{name}() takes {how} {maxpos} positional argument{} ({nargs} given)", plural(maxpos)));
        }
        let min_posonly = self.posonly.min(self.required);
        if nargs < min_posonly {
            let how = if min_posonly < maxpos { "at least" } else { "exactly" };
            let m = min_posonly;
            return err(vm, format!("{name}() takes {how} {m} positional argument{} ({nargs} given)", plural(m)));
        }
        let mut out = [None; N];
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(*v);
        }
        let find = |p: &str| kwnames.iter().position(|k| Vm::str_of(*k) == Some(p)).and_then(|i| kwvals.get(i).copied());
        let names = self.params.iter().chain(self.kwonly.iter()).enumerate();
        for (i, p) in names.skip(nargs.max(self.posonly)) {
            let v = find(p);
            if let Some(slot) = out.get_mut(i) {
                *slot = v;
            }
            if v.is_none() && i < self.required {
                return err(vm, format!("{name}() missing required argument '{p}' (pos {})", i + 1));
            }
        }
        if nkw > 0 {
            for (i, p) in self.params.iter().enumerate().take(nargs).skip(self.posonly) {
                if find(p).is_some() {
                    return err(vm, format!("argument for {name}() given by name ('{p}') and position ({})", i + 1));
                }
            }
            let accepted = |k: &str| self.params[self.posonly.min(maxpos)..].contains(&k) || self.kwonly.contains(&k);
            for k in kwnames {
                let ks = Vm::str_of(*k).unwrap_or("");
                if !accepted(ks) {
                    return err(vm, format!("'{ks}' is an invalid keyword argument for {name}()"));
                }
            }
        }
        Ok(out)
    }
}
