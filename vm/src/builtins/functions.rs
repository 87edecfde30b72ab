//! Builtin functions (`print`, `len`, `isinstance`, ...) and the `sys` module.

pub use super::subclass_check::{isinstance, issubclass};
use super::args::{expect_count, Arity, Sig};
use super::methods::LIST_SORT;
use super::{check_count, split_args};
use crate::bytecode::{BinOp, CmpOp};
use crate::object::dict::DictObj;
use crate::object::misc::IterState;
use crate::object::module::ModuleObj;
use crate::object::ObjHeader;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn reg(vm: &mut Vm, name: &'static str, f: crate::object::function::NativeFn) {
    reg_a(vm, name, Arity::Any, f)
}

/// Register a builtin function whose arguments `Vm::call` checks.
fn reg_a(vm: &mut Vm, name: &'static str, arity: Arity, f: crate::object::function::NativeFn) {
    let v = vm.new_builtin_a(name, arity, f);
    let k = vm.intern(name);
    vm.builtins.set_str_key(k, v);
}

pub fn install(vm: &mut Vm) {
    reg(vm, "print", print);
    reg_a(vm, "len", Arity::One, |vm, a, _| {
        let n = vm.len(a[0])?;
        Ok(vm.new_int(n as i64))
    });
    reg_a(vm, "repr", Arity::One, |vm, a, _| {
        vm.repr(a[0])
    });
    reg_a(vm, "ascii", Arity::One, |vm, a, _| {
        let r = vm.repr_string(a[0])?;
        let s = super::format::ascii_escape(&r);
        Ok(vm.new_string(s))
    });
    reg_a(vm, "isinstance", Arity::Pos(2, 2), |vm, a, _| {
        let r = isinstance(vm, a[0], a[1])?;
        Ok(Value::from_bool(r))
    });
    reg_a(vm, "issubclass", Arity::Pos(2, 2), |vm, a, _| {
        let r = issubclass(vm, a[0], a[1])?;
        Ok(Value::from_bool(r))
    });
    reg_a(vm, "hasattr", Arity::Pos(2, 2), |vm, a, _| {
        let name = attr_name(vm, a[1])?;
        match vm.getattr(a[0], name) {
            Ok(_) => Ok(Value::TRUE),
            Err(e) if vm.is_instance(e.0, vm.t.attribute_error) => Ok(Value::FALSE),
            Err(e) => Err(e),
        }
    });
    reg_a(vm, "getattr", Arity::Pos(2, 3), |vm, a, _| {
        let name = attr_name(vm, a[1])?;
        match vm.getattr(a[0], name) {
            Ok(v) => Ok(v),
            Err(e) if a.len() == 3 && vm.is_instance(e.0, vm.t.attribute_error) => Ok(a[2]),
            Err(e) => Err(e),
        }
    });
    reg_a(vm, "setattr", Arity::Pos(3, 3), |vm, a, _| {
        let name = attr_name(vm, a[1])?;
        vm.setattr(a[0], name, a[2])?;
        Ok(Value::NONE)
    });
    reg_a(vm, "delattr", Arity::Pos(2, 2), |vm, a, _| {
        let name = attr_name(vm, a[1])?;
        vm.delattr(a[0], name)?;
        Ok(Value::NONE)
    });
    reg_a(vm, "iter", Arity::Pos(1, 2), |vm, a, _| {
        if a.len() == 2 {
            if !crate::modules::is_callable(vm, a[0]) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            let cls = vm.t.callable_iterator;
            return Ok(vm.new_iter(cls, IterState::Callable { func: a[0], sentinel: a[1] }));
        }
        vm.get_iter(a[0])
    });
    reg_a(vm, "next", Arity::Pos(1, 2), |vm, a, _| {
        let t = vm.type_of(a[0]);
        if !matches!(t.layout, crate::object::Layout::Iterator | crate::object::Layout::Generator) && t.lookup(vm.n.__next__).is_none() {
            let n = t.name();
            return Err(vm.type_error(&format!("'{n}' object is not an iterator")));
        }
        match vm.iter_next(a[0])? {
            Some(v) => Ok(v),
            None if a.len() == 2 => Ok(a[1]),
            None => {
                let v = vm.take_stop_value();
                let args = if v.is_none() { vec![] } else { vec![v] };
                Err(vm.new_exception_err(vm.t.stop_iteration, args))
            }
        }
    });
    reg_a(vm, "abs", Arity::One, |vm, a, _| {
        let v = a[0];
        if let Some(i) = v.as_small_int() {
            return Ok(vm.new_int(i.abs()));
        }
        if let Some(f) = v.as_f64() {
            return Ok(Value::from_f64(f.abs()));
        }
        if let Some(b) = vm.as_bigint(v) {
            use num_traits::Signed;
            return Ok(vm.new_bigint(b.abs()));
        }
        let t = vm.type_of(v);
        match t.lookup(vm.n.__abs__) {
            Some(f) => vm.call(f, &[v], &[]),
            None => {
                let n = t.name();
                Err(vm.type_error(&format!("bad operand type for abs(): '{n}'")))
            }
        }
    });
    reg(vm, "min", |vm, a, k| min_max(vm, a, k, CmpOp::Lt, "min"));
    reg(vm, "max", |vm, a, k| min_max(vm, a, k, CmpOp::Gt, "max"));
    reg(vm, "sum", |vm, a, k| {
        static SUM: Sig = Sig { name: "sum", params: &["iterable", "start"], posonly: 1, required: 1, kwonly: &[] };
        let (pos, kw) = split_args(a, k);
        let [it, start] = SUM.parse(vm, pos, k, kw)?;
        let mut acc = start.unwrap_or(Value::from_small_int(0));
        if Vm::wtf8_of(acc).is_some() {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        if let Some(b) = acc.downcast::<crate::object::seq::BytesObj>() {
            let what = if vm.type_of(b.value()).is_subtype(vm.t.bytearray) { "bytearray" } else { "bytes" };
            return Err(vm.type_error(&format!("sum() can't sum {what} [use b''.join(seq) instead]")));
        }
        let it = vm.get_iter(it.unwrap_or(Value::NONE))?;
        while let Some(x) = vm.iter_next(it)? {
            acc = vm.binary_op(acc, x, BinOp::Add, false)?;
        }
        Ok(acc)
    });
    reg(vm, "sorted", |vm, a, k| {
        let (pos, kw) = split_args(a, k);
        expect_count(vm, "sorted", pos.len(), 1, 1)?;
        LIST_SORT.parse::<2>(vm, &[], k, kw)?;
        let items = vm.collect_iter(pos[0])?;
        let l = vm.new_list(items);
        let mut args = vec![l];
        args.extend_from_slice(kw);
        super::methods::list_sort(vm, &args, k)?;
        Ok(l)
    });
    reg_a(vm, "any", Arity::One, |vm, a, _| {
        let it = vm.get_iter(a[0])?;
        while let Some(x) = vm.iter_next(it)? {
            if vm.truthy(x)? {
                return Ok(Value::TRUE);
            }
        }
        Ok(Value::FALSE)
    });
    reg_a(vm, "all", Arity::One, |vm, a, _| {
        let it = vm.get_iter(a[0])?;
        while let Some(x) = vm.iter_next(it)? {
            if !vm.truthy(x)? {
                return Ok(Value::FALSE);
            }
        }
        Ok(Value::TRUE)
    });
    reg_a(vm, "chr", Arity::One, |vm, a, _| {
        let Some(i) = vm.as_i64(a[0]).filter(|_| a[0].as_f64().is_none()) else {
            let n = vm.type_name(a[0]);
            return Err(vm.type_error(&format!("'{n}' object cannot be interpreted as an integer")));
        };
        match u32::try_from(i).ok().filter(|c| *c <= 0x10FFFF) {
            // Surrogates included: a str can hold them (text::wtf8).
            Some(c) => Ok(vm.new_code_point(c)),
            None => Err(vm.value_error("chr() arg not in range(0x110000)")),
        }
    });
    reg_a(vm, "ord", Arity::One, |vm, a, _| {
        if let Some(s) = Vm::wtf8_of(a[0]) {
            let n = crate::text::wtf8::char_count(s);
            if n != 1 {
                return Err(vm.type_error(&format!("ord() expected a character, but string of length {n} found")));
            }
            return Ok(Value::from_small_int(crate::text::wtf8::decode_at(s, 0).0 as i64));
        }
        if let Some(b) = a[0].downcast::<crate::object::seq::BytesObj>() {
            // bytes and bytearray of length 1 give their byte.
            let data = b.data.with(|d| d.clone());
            if data.len() == 1 {
                return Ok(Value::from_small_int(data[0] as i64));
            }
            return Err(vm.type_error(&format!("ord() expected a character, but string of length {} found", data.len())));
        }
        let n = vm.type_name(a[0]);
        Err(vm.type_error(&format!("ord() expected string of length 1, but {n} found")))
    });
    reg_a(vm, "hex", Arity::One, |vm, a, _| radix(vm, a, 16, "0x"));
    reg_a(vm, "oct", Arity::One, |vm, a, _| radix(vm, a, 8, "0o"));
    reg_a(vm, "bin", Arity::One, |vm, a, _| radix(vm, a, 2, "0b"));
    reg_a(vm, "hash", Arity::One, |vm, a, _| {
        let h = vm.hash(a[0])?;
        Ok(vm.new_int(h))
    });
    reg_a(vm, "id", Arity::One, |vm, a, _| {
        Ok(vm.new_int((a[0].bits() & 0x7fff_ffff_ffff_ffff) as i64))
    });
    reg_a(vm, "callable", Arity::One, |vm, a, _| {
        Ok(Value::from_bool(vm.is_callable(a[0])))
    });
    reg_a(vm, "divmod", Arity::Pos(2, 2), divmod);
    reg(vm, "pow", |vm, a, k| {
        static POW: Sig = Sig { name: "pow", params: &["base", "exp", "mod"], posonly: 0, required: 2, kwonly: &[] };
        let (pos, kw) = split_args(a, k);
        let [base, exp, modulus] = POW.parse(vm, pos, k, kw)?;
        let pos: Vec<Value> = [base, exp, modulus].into_iter().flatten().collect();
        if pos.len() == 3 && !pos[2].is_none() {
            let (Some(b), Some(e), Some(m)) = (vm.as_bigint(pos[0]), vm.as_bigint(pos[1]), vm.as_bigint(pos[2])) else {
                return Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
            };
            use num_traits::{Signed, Zero};
            if m.is_zero() {
                return Err(vm.value_error("pow() 3rd argument cannot be 0"));
            }
            // A negative exponent raises the modular inverse of the base.
            let (b, e) = if e.is_negative() {
                match mod_inverse(&b, &m) {
                    Some(inv) => (inv, -e),
                    None => return Err(vm.value_error("base is not invertible for the given modulus")),
                }
            } else {
                (b, e)
            };
            let mut r = b.modpow(&e, &m);
            if !r.is_zero() && r.is_negative() != m.is_negative() {
                r += &m;
            }
            return Ok(vm.new_bigint(r));
        }
        vm.binary_op(pos[0], pos[1], BinOp::Pow, false)
    });
    reg(vm, "round", round);
    reg_a(vm, "format", Arity::Pos(1, 2), |vm, a, _| {
        let spec = if a.len() == 2 { a[1] } else { vm.new_str("") };
        vm.format(a[0], spec)
    });
    reg_a(vm, "input", Arity::Pos(0, 1), |vm, a, _| crate::modules::io::stdio::input(vm, a.first().copied()));
    reg(vm, "__import__", |vm, a, k| {
        let (pos, _) = split_args(a, k);
        check_count(vm, "__import__", pos.len(), 1, 5)?;
        let arg = |i: usize, name: &str| pos.get(i).copied().or_else(|| super::kwarg(a, k, name));
        let name = pos[0];
        if Vm::str_of(name).is_none() {
            let n = vm.type_name(name);
            return Err(vm.type_error(&format!("__import__() argument 1 must be str, not {n}")));
        }
        let globals = arg(1, "globals").unwrap_or(Value::NONE);
        let fromlist = arg(3, "fromlist").unwrap_or(Value::NONE);
        let level = arg(4, "level").unwrap_or(Value::from_small_int(0));
        vm.import_name(name, fromlist, level, globals)
    });
    reg(vm, "__build_class__", |vm, a, k| vm.build_class(a, k));
    reg_a(vm, "globals", Arity::NoArgs, |vm, _a, _| Ok(vm.current_globals()));
    reg_a(vm, "locals", Arity::NoArgs, |vm, _a, _| vm.current_locals());
    reg_a(vm, "vars", Arity::Pos(0, 1), |vm, a, _| {
        if a.is_empty() {
            return vm.current_locals();
        }
        let d = vm.n.__dict__;
        vm.getattr(a[0], d).map_err(|_| vm.type_error("vars() argument must have __dict__ attribute"))
    });
    reg_a(vm, "dir", Arity::Pos(0, 1), |vm, a, _| {
        let strs = match a.first() {
            Some(obj) => vm.dir_names(*obj)?,
            None => {
                let l = vm.current_locals()?;
                let keys = l.downcast::<DictObj>().map(|d| d.keys()).unwrap_or_default();
                let mut strs: Vec<String> = keys.iter().filter_map(|v| Vm::str_of(*v).map(str::to_string)).collect();
                strs.sort();
                strs
            }
        };
        let vals: Vec<Value> = strs.iter().map(|s| vm.new_str(s)).collect();
        Ok(vm.new_list(vals))
    });
    for (name, cls) in [
        ("object", vm.t.object), ("type", vm.t.type_), ("int", vm.t.int), ("bool", vm.t.bool_), ("float", vm.t.float),
        ("complex", vm.t.complex), ("str", vm.t.str_), ("bytes", vm.t.bytes), ("bytearray", vm.t.bytearray),
        ("list", vm.t.list), ("tuple", vm.t.tuple), ("dict", vm.t.dict), ("set", vm.t.set), ("frozenset", vm.t.frozenset),
        ("range", vm.t.range), ("slice", vm.t.slice), ("property", vm.t.property), ("classmethod", vm.t.classmethod),
        ("staticmethod", vm.t.staticmethod), ("super", vm.t.super_), ("enumerate", vm.t.enumerate), ("zip", vm.t.zip),
        ("map", vm.t.map), ("filter", vm.t.filter), ("reversed", vm.t.reversed),
        ("BaseException", vm.t.base_exception), ("Exception", vm.t.exception), ("TypeError", vm.t.type_error),
        ("ValueError", vm.t.value_error), ("KeyError", vm.t.key_error), ("IndexError", vm.t.index_error),
        ("LookupError", vm.t.lookup_error), ("AttributeError", vm.t.attribute_error), ("NameError", vm.t.name_error),
        ("UnboundLocalError", vm.t.unbound_local_error), ("ZeroDivisionError", vm.t.zero_division_error),
        ("ArithmeticError", vm.t.arithmetic_error), ("OverflowError", vm.t.overflow_error),
        ("StopIteration", vm.t.stop_iteration), ("RuntimeError", vm.t.runtime_error),
        ("RecursionError", vm.t.recursion_error), ("NotImplementedError", vm.t.not_implemented_error),
        ("AssertionError", vm.t.assertion_error), ("SyntaxError", vm.t.syntax_error),
        ("IndentationError", vm.t.indentation_error), ("TabError", vm.t.tab_error), ("SystemExit", vm.t.system_exit),
        ("KeyboardInterrupt", vm.t.keyboard_interrupt), ("GeneratorExit", vm.t.generator_exit),
        ("MemoryError", vm.t.memory_error), ("ImportError", vm.t.import_error),
        ("ModuleNotFoundError", vm.t.module_not_found_error), ("OSError", vm.t.os_error), ("EOFError", vm.t.eof_error),
        ("UnicodeError", vm.t.unicode_error), ("UnicodeDecodeError", vm.t.unicode_decode_error),
        ("UnicodeEncodeError", vm.t.unicode_encode_error), ("StopAsyncIteration", vm.t.stop_async_iteration),
        ("FileNotFoundError", vm.t.file_not_found_error), ("BufferError", vm.t.buffer_error), ("Warning", vm.t.warning),
        ("UserWarning", vm.t.user_warning), ("DeprecationWarning", vm.t.deprecation_warning),
        ("RuntimeWarning", vm.t.runtime_warning), ("ReferenceError", vm.t.reference_error),
    ] {
        let k = vm.intern(name);
        vm.builtins.set_str_key(k, cls.value());
    }
    for (name, v) in [("None", Value::NONE), ("True", Value::TRUE), ("False", Value::FALSE), ("NotImplemented", Value::NOT_IMPLEMENTED), ("Ellipsis", Value::ELLIPSIS)] {
        let k = vm.intern(name);
        vm.builtins.set_str_key(k, v);
    }
    let k = vm.intern("EnvironmentError");
    vm.builtins.set_str_key(k, vm.t.os_error.value());
    let k = vm.intern("IOError");
    vm.builtins.set_str_key(k, vm.t.os_error.value());
}

fn attr_name(vm: &mut Vm, v: Value) -> PyResult<Value> {
    if Vm::str_of(v).is_none() {
        let n = vm.type_name(v);
        return Err(vm.type_error(&format!("attribute name must be string, not '{n}'")));
    }
    Ok(vm.intern_value(v))
}

static PRINT: Sig = Sig { name: "print", params: &[], posonly: 0, required: 0, kwonly: &["sep", "end", "file", "flush"] };

fn print(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, kw) = split_args(a, k);
    let [sep, end, file, flush] = PRINT.parse(vm, &[], k, kw)?;
    let (sep, end, file) = (sep.filter(|v| !v.is_none()), end.filter(|v| !v.is_none()), file.filter(|v| !v.is_none()));
    for (name, v) in [("sep", sep), ("end", end)] {
        if let Some(v) = v {
            if Vm::wtf8_of(v).is_none() {
                let n = vm.type_name(v);
                return Err(vm.type_error(&format!("{name} must be None or a string, not {n}")));
            }
        }
    }
    let sep: &[u8] = sep.and_then(Vm::wtf8_of).unwrap_or(b" ");
    let end: &[u8] = end.and_then(Vm::wtf8_of).unwrap_or(b"\n");
    let file = match file {
        Some(f) => f,
        None => crate::modules::io::stdio::stdout(vm)?,
    };
    if file.is_none() {
        return Ok(Value::NONE);
    }
    let flush = match flush {
        Some(fl) => vm.truthy(fl)?,
        None => false,
    };
    // The pieces print writes: str() of each argument, separators, end.
    // Converted values are parked in extra_roots: __str__ may collect.
    // (Nested native code may push roots of its own in between.)
    let mut slots: smallvec::SmallVec<[usize; 8]> = smallvec::SmallVec::new();
    for v in pos.iter() {
        let t = if vm.type_of(*v) == vm.t.str_ { *v } else { vm.to_str(*v)? };
        vm.extra_roots.push(t);
        slots.push(vm.extra_roots.len() - 1);
    }
    let texts: smallvec::SmallVec<[Value; 8]> = slots.iter().map(|&i| vm.extra_roots[i]).collect();
    let mut pieces: smallvec::SmallVec<[&[u8]; 16]> = smallvec::SmallVec::new();
    for (i, t) in texts.iter().enumerate() {
        if i > 0 {
            pieces.push(sep);
        }
        // `to_str` returned a str (or raised), so the text is there.
        pieces.push(Vm::wtf8_of(*t).unwrap_or_default());
    }
    pieces.push(end);
    crate::modules::io::stdio::write_text(vm, file, &pieces, flush)?;
    Ok(Value::NONE)
}

/// `divmod(a, b)`: numbers directly, else `__divmod__` / `__rdivmod__`.
fn divmod(vm: &mut Vm, a: &[Value], _k: &[Value]) -> PyResult {
    use crate::interp::numeric::Num;
    let (x, y) = (a[0], a[1]);
    if let (Some(nx), Some(ny)) = (vm.as_num(x), vm.as_num(y)) {
        let zero = match &ny {
            Num::Small(i) => *i == 0,
            Num::Int(b) => num_traits::Zero::is_zero(b),
            Num::Float(f) => *f == 0.0,
        };
        if zero {
            // CPython's int and float divmod name themselves.
            let float = matches!(nx, Num::Float(_)) || matches!(ny, Num::Float(_));
            return Err(vm.zero_division(if float { "float divmod()" } else { "integer division or modulo by zero" }));
        }
        let q = vm.binary_op(x, y, BinOp::FloorDiv, false)?;
        let r = vm.binary_op(x, y, BinOp::Mod, false)?;
        return Ok(vm.new_tuple(vec![q, r]));
    }
    let (lt, rt) = (vm.type_of(x), vm.type_of(y));
    let (fwd, rev) = (vm.intern("__divmod__"), vm.intern("__rdivmod__"));
    // A right operand of a subclass gets the first try.
    let right_first = rt != lt && rt.is_subtype(lt);
    let mut tries = vec![(lt.lookup(fwd), x, y), (if rt != lt { rt.lookup(rev) } else { None }, y, x)];
    if right_first {
        tries.reverse();
    }
    for (f, p, q) in tries {
        if let Some(f) = f {
            let r = vm.call(f, &[p, q], &[])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
    }
    let (ln, rn) = (lt.name(), rt.name());
    Err(vm.type_error(&format!("unsupported operand type(s) for divmod(): '{ln}' and '{rn}'")))
}

static MIN: Sig = Sig { name: "min", params: &[], posonly: 0, required: 0, kwonly: &["key", "default"] };
static MAX: Sig = Sig { name: "max", params: &[], posonly: 0, required: 0, kwonly: &["key", "default"] };

fn min_max(vm: &mut Vm, a: &[Value], k: &[Value], op: CmpOp, name: &str) -> PyResult {
    let (pos, kw) = split_args(a, k);
    expect_count(vm, name, pos.len(), 1, usize::MAX)?;
    let [key, default] = (if op == CmpOp::Lt { &MIN } else { &MAX }).parse(vm, &[], k, kw)?;
    let key = key.filter(|v| !v.is_none());
    let items = if pos.len() == 1 {
        vm.collect_iter(pos[0])?
    } else {
        if default.is_some() {
            return Err(vm.type_error(&format!("Cannot specify a default for {name}() with multiple positional arguments")));
        }
        pos.to_vec()
    };
    let mut best: Option<(Value, Value)> = None;
    for x in items {
        let kx = match key {
            Some(f) => vm.call(f, &[x], &[])?,
            None => x,
        };
        match best {
            None => best = Some((x, kx)),
            Some((_, bk)) => {
                let r = vm.compare(kx, bk, op)?;
                if vm.truthy(r)? {
                    best = Some((x, kx));
                }
            }
        }
    }
    match best {
        Some((x, _)) => Ok(x),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(&format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn radix(vm: &mut Vm, a: &[Value], r: u32, prefix: &str) -> PyResult {
    let name = match r { 16 => "hex", 8 => "oct", _ => "bin" };
    check_count(vm, name, a.len(), 1, 1)?;
    let b = match vm.as_bigint(a[0]).filter(|_| a[0].as_f64().is_none()) {
        Some(b) => b,
        None => {
            let t = vm.type_of(a[0]);
            if let Some(f) = t.lookup(vm.n.__index__) {
                let v = vm.call(f, &[a[0]], &[])?;
                vm.as_bigint(v).unwrap_or_default()
            } else {
                let n = t.name();
                return Err(vm.type_error(&format!("'{n}' object cannot be interpreted as an integer")));
            }
        }
    };
    let s = crate::text::int_to_string_radix(&b, r, prefix);
    Ok(vm.new_string(s))
}

/// The inverse of `b` modulo `m` (extended Euclid), if `gcd(b, m) == 1`.
fn mod_inverse(b: &num_bigint::BigInt, m: &num_bigint::BigInt) -> Option<num_bigint::BigInt> {
    use num_integer::Integer;
    use num_traits::{One, Signed};
    let m_abs = m.abs();
    let g = b.mod_floor(&m_abs).extended_gcd(&m_abs);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m_abs))
}

fn round(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    static ROUND: Sig = Sig { name: "round", params: &["number", "ndigits"], posonly: 0, required: 1, kwonly: &[] };
    let (pos, kw) = split_args(a, k);
    let [x, nd] = ROUND.parse(vm, pos, k, kw)?;
    let nd = nd.filter(|v| !v.is_none());
    let x = x.unwrap_or(Value::NONE);
    if vm.is_int_like(x) && x.as_f64().is_none() {
        let Some(nd) = nd else { return Ok(vm.as_bigint(x).map(|b| vm.new_bigint(b)).unwrap_or(x)) };
        let n = vm.as_i64(nd).unwrap_or(0);
        if n >= 0 {
            return Ok(x);
        }
        let b = vm.as_bigint(x).unwrap();
        let p = num_bigint::BigInt::from(10).pow((-n) as u32);
        let (q, r) = num_integer::Integer::div_mod_floor(&b, &p);
        let twice = &r * 2;
        let q = if twice > p || (twice == p && num_integer::Integer::is_odd(&q)) { q + 1 } else { q };
        return Ok(vm.new_bigint(q * p));
    }
    let f = match x.as_f64() {
        Some(f) => f,
        None => {
            let t = vm.type_of(x);
            if let Some(r) = t.lookup(vm.n.__round__) {
                let mut args = vec![x];
                if let Some(n) = nd {
                    args.push(n);
                }
                return vm.call(r, &args, &[]);
            }
            let n = t.name();
            return Err(vm.type_error(&format!("type {n} doesn't define __round__ method")));
        }
    };
    match nd {
        None => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let r = f.round_ties_even();
            match num_traits::FromPrimitive::from_f64(r) {
                Some(b) => Ok(vm.new_bigint(b)),
                None => Ok(vm.new_int(r as i64)),
            }
        }
        Some(n) => {
            let n = vm.as_i64(n).unwrap_or(0);
            if !f.is_finite() {
                return Ok(Value::from_f64(f));
            }
            let r = if n > 300 {
                f
            } else if n >= 0 {
                let txt = format!("{:.*}", n as usize, f);
                // format! rounds half-to-even on the exact binary value, matching CPython.
                txt.parse::<f64>().unwrap_or(f)
            } else {
                let p = 10f64.powi((-n) as i32);
                let q = (f / p).round_ties_even() * p;
                if q.is_finite() { q } else { 0.0 }
            };
            Ok(Value::from_f64(r))
        }
    }
}

/// The `sys` module.
pub fn install_sys(vm: &mut Vm) {
    let d = vm.new_dict();
    let m = vm.alloc(ModuleObj { header: ObjHeader::new(vm.t.module), dict: d });
    let name = vm.intern("sys");
    d.set_str_key(vm.n.__name__, name);
    let argv: Vec<Value> = vm.opts.argv.clone().iter().map(|s| vm.new_str(s)).collect();
    let argv = vm.new_list(argv);
    let set = |vm: &mut Vm, k: &str, v: Value| {
        let k = vm.intern(k);
        d.set_str_key(k, v);
    };
    set(vm, "argv", argv);
    let mods = vm.modules.value();
    set(vm, "modules", mods);
    let v = vm.new_int(i64::MAX);
    set(vm, "maxsize", v);
    let v = vm.new_str("linux");
    set(vm, "platform", v);
    let v = vm.new_str("3.11.7 (taipan)");
    set(vm, "version", v);
    let vi = [3, 11, 7].iter().map(|x| Value::from_small_int(*x)).collect::<Vec<_>>();
    let vi = vm.new_tuple(vi);
    set(vm, "version_info", vi);
    let f = vm.new_builtin("exit", |vm, a, _| {
        let code = a.first().copied().unwrap_or(Value::NONE);
        Err(vm.new_exception_err(vm.t.system_exit, if a.is_empty() { vec![] } else { vec![code] }))
    });
    set(vm, "exit", f);
    let f = vm.new_builtin("getrecursionlimit", |vm, _a, _| Ok(vm.new_int(vm.recursion_limit as i64)));
    set(vm, "getrecursionlimit", f);
    let f = vm.new_builtin("setrecursionlimit", |vm, a, _| {
        check_count(vm, "setrecursionlimit", a.len(), 1, 1)?;
        match vm.as_i64(a[0]) {
            Some(n) if n >= 1 => {
                vm.recursion_limit = n as usize;
                Ok(Value::NONE)
            }
            _ => Err(vm.value_error("recursion limit must be greater or equal than 1")),
        }
    });
    set(vm, "setrecursionlimit", f);
    let f = vm.new_builtin("exc_info", |vm, _a, _| {
        let e = vm.topmost_handled();
        if e.is_null() {
            return Ok(vm.new_tuple(vec![Value::NONE; 3]));
        }
        let t = vm.type_of(e).value();
        let tb = vm.traceback_of(e);
        Ok(vm.new_tuple(vec![t, e, tb]))
    });
    set(vm, "exc_info", f);
    let f = vm.new_builtin("exception", |vm, _a, _| {
        let e = vm.topmost_handled();
        Ok(if e.is_null() { Value::NONE } else { e })
    });
    set(vm, "exception", f);
    let f = vm.new_builtin("intern", |vm, a, _| Ok(vm.intern_value(a[0])));
    set(vm, "intern", f);
    vm.modules.set_str_key(name, m.value());
}
