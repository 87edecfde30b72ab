//! Constructors (`__new__`) and core methods of builtin types.
//! More methods live in per-type files as they are added.

use super::args::{ctor_args, ctor_args_all, expect_count, Arity, Sig};
use super::{check_count, split_args};
use crate::object::dict::DictObj;
use crate::object::misc::{ClassMethodObj, IterState, PropertyObj, StaticMethodObj, SuperObj};
use crate::object::seq::{ListObj, TupleObj};
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, ObjHeader};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

fn cls_arg(vm: &mut Vm, a: &[Value]) -> PyResult<Gc<TypeObj>> {
    match a.first().and_then(|v| v.downcast::<TypeObj>()) {
        Some(t) => Ok(t),
        None => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.t.object;
    vm.add_method(t, "__new__", |vm, a, _| {
        let c = cls_arg(vm, a)?;
        vm.alloc_instance(c)
    });
    vm.add_method(t, "__init__", |_vm, _a, _| Ok(Value::NONE));
    vm.add_method_a(t, "__dir__", Arity::NoArgs, |vm, a, _| {
        let mut seen = std::collections::HashSet::new();
        let names: Vec<Value> = vm.default_dir_names(a[0]).into_iter().filter(|k| seen.insert(Vm::str_of(*k).map(str::to_string))).collect();
        Ok(vm.new_list(names))
    });
    vm.add_method_a(t, "__eq__", Arity::Pos(1, 1), |_vm, a, _| Ok(if a[0] == a[1] { Value::TRUE } else { Value::NOT_IMPLEMENTED }));
    vm.add_method_a(t, "__ne__", Arity::Pos(1, 1), |vm, a, _| {
        let r = vm.compare(a[0], a[1], crate::bytecode::CmpOp::Eq)?;
        if r == Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
        let b = vm.truthy(r)?;
        Ok(Value::from_bool(!b))
    });
    vm.add_method(t, "__hash__", |vm, a, _| Ok(vm.new_int(crate::interp::ops::identity_hash(a[0]))));
    vm.add_method(t, "__repr__", |vm, a, _| {
        let t = vm.type_of(a[0]);
        let module = t.dict.get_str_key(vm.n.__module__).and_then(Vm::str_of).unwrap_or("builtins").to_string();
        let q = t.qualname.with(|q| q.clone());
        let s = if module == "builtins" { format!("<{q} object at {:#x}>", a[0].bits()) } else { format!("<{module}.{q} object at {:#x}>", a[0].bits()) };
        Ok(vm.new_string(s))
    });
    vm.add_method(t, "__str__", |vm, a, _| vm.repr(a[0]));
    vm.add_method_a(t, "__format__", Arity::One, |vm, a, _| {
        let spec = Vm::str_of(a[1]).unwrap_or("");
        if !spec.is_empty() {
            let n = vm.type_name(a[0]);
            return Err(vm.type_error(&format!("unsupported format string passed to {n}.__format__")));
        }
        vm.to_str(a[0])
    });
    vm.add_method(t, "__setattr__", |vm, a, _| {
        // CPython's slot-wrapper messages (sic: a leading space for __setattr__).
        if a.len() != 3 {
            return Err(vm.type_error(&format!(" expected 2 arguments, got {}", a.len().saturating_sub(1))));
        }
        let n = attr_name_arg(vm, a[1])?;
        carlo_verre_check(vm, a[0], "__setattr__")?;
        vm.generic_setattr(a[0], n, a[2])?;
        Ok(Value::NONE)
    });
    // `type.__setattr__` / `type.__delattr__`: classes have their own (what
    // `super().__setattr__` in a metaclass reaches); object's refuse them.
    vm.add_method(vm.t.type_, "__setattr__", |vm, a, _| {
        if a.len() != 3 {
            return Err(vm.type_error(&format!(" expected 2 arguments, got {}", a.len().saturating_sub(1))));
        }
        if a[0].downcast::<crate::object::typeobj::TypeObj>().is_none() {
            let n = vm.type_name(a[0]);
            return Err(vm.type_error(&format!("descriptor '__setattr__' requires a 'type' object but received a '{n}'")));
        }
        let n = attr_name_arg(vm, a[1])?;
        vm.generic_setattr(a[0], n, a[2])?;
        Ok(Value::NONE)
    });
    vm.add_method(vm.t.type_, "__delattr__", |vm, a, _| {
        if a.len() != 2 {
            return Err(vm.type_error(&format!("expected 1 argument, got {}", a.len().saturating_sub(1))));
        }
        if a[0].downcast::<crate::object::typeobj::TypeObj>().is_none() {
            let n = vm.type_name(a[0]);
            return Err(vm.type_error(&format!("descriptor '__delattr__' requires a 'type' object but received a '{n}'")));
        }
        let n = attr_name_arg(vm, a[1])?;
        vm.generic_delattr(a[0], n)?;
        Ok(Value::NONE)
    });
    vm.add_method(t, "__getattribute__", |vm, a, _| {
        // CPython's slot-wrapper messages (sic: a leading space for __setattr__).
        if a.len() != 2 {
            return Err(vm.type_error(&format!("expected 1 argument, got {}", a.len().saturating_sub(1))));
        }
        let n = attr_name_arg(vm, a[1])?;
        let t = vm.type_of(a[0]);
        match vm.generic_getattr(a[0], t, n)? {
            Some(v) => Ok(v),
            None => Err(vm.attribute_error(a[0], n)),
        }
    });
    // `type.__getattribute__` (what `super().__getattribute__(name)` in a
    // metaclass reaches): class attribute lookup without the hooks.
    let tt = vm.t.type_;
    vm.add_method(tt, "__getattribute__", |vm, a, _| {
        let Some(cls) = a[0].downcast::<crate::object::typeobj::TypeObj>() else {
            return Err(vm.type_error("descriptor '__getattribute__' requires a 'type' object"));
        };
        let Some(&name) = a.get(1).filter(|n| Vm::str_of(**n).is_some()) else {
            return Err(vm.type_error("attribute name must be string"));
        };
        let n = vm.intern_value(name);
        match vm.type_getattr(cls, n)? {
            Some(v) => Ok(v),
            None => Err(vm.attribute_error(a[0], n)),
        }
    });
    vm.add_method(t, "__delattr__", |vm, a, _| {
        // CPython's slot-wrapper messages (sic: a leading space for __setattr__).
        if a.len() != 2 {
            return Err(vm.type_error(&format!("expected 1 argument, got {}", a.len().saturating_sub(1))));
        }
        let n = attr_name_arg(vm, a[1])?;
        carlo_verre_check(vm, a[0], "__delattr__")?;
        vm.generic_delattr(a[0], n)?;
        Ok(Value::NONE)
    });
    vm.add_method(t, "__init_subclass__", |_vm, _a, _| Ok(Value::NONE));
    vm.add_method(t, "__getstate__", |vm, a, _| object_getstate(vm, a[0]));
    super::object_reduce::install(vm);
    vm.add_method_a(t, "__sizeof__", Arity::NoArgs, super::sizeof::object_sizeof);
    super::num_type::classmethod(vm, t, "__subclasshook__", |_vm, _a, _| Ok(Value::NOT_IMPLEMENTED));

    let t = vm.t.type_;
    vm.add_method(t, "__new__", |vm, a, k| {
        let (pos, kw) = split_args(a, k);
        let meta = cls_arg(vm, pos)?;
        if pos.len() == 2 {
            return Ok(vm.type_of(pos[1]).value());
        }
        if pos.len() != 4 {
            return Err(vm.type_error("type() takes 1 or 3 arguments"));
        }
        // The most derived metaclass of the bases wins (`type(name, (EnumBase,), ns)`
        // makes an EnumType class), and its own __new__ runs if it has one.
        let mut winner = meta;
        for b in vm.collect_iter(pos[2])? {
            let Some(bt) = b.downcast::<TypeObj>().map(|b| b.class()) else { continue };
            if bt.is_subtype(winner) {
                winner = bt;
            } else if !winner.is_subtype(bt) {
                return Err(vm.type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
            }
        }
        if winner != meta {
            let new = winner.lookup(vm.n.__new__).unwrap_or(Value::NULL);
            let type_new = vm.t.type_.dict.get_str_key(vm.n.__new__).unwrap_or(Value::NULL);
            if new != type_new && !new.is_null() {
                let f = vm.unwrap_static(new);
                let mut full = vec![winner.value()];
                full.extend_from_slice(&a[1..]);
                return vm.call(f, &full, k);
            }
        }
        vm.new_class(winner, pos[1], pos[2], pos[3], k, kw)
    });
    vm.add_method(t, "__init__", |_vm, _a, _| Ok(Value::NONE));
    vm.add_method(t, "__call__", |vm, a, k| {
        let c = cls_arg(vm, a)?;
        vm.type_call_default(c, &a[1..], k)
    });
    vm.add_method(t, "mro", |vm, a, _| {
        let c = cls_arg(vm, a)?;
        let m: Vec<Value> = c.mro.with(|m| m.iter().map(|x| x.value()).collect());
        Ok(vm.new_list(m))
    });
    vm.add_method(t, "__subclasses__", |vm, a, _| {
        let c = cls_arg(vm, a)?;
        let m: Vec<Value> = c.subclasses.with(|m| m.iter().map(|x| x.value()).collect());
        Ok(vm.new_list(m))
    });

    // Exceptions.
    let t = vm.t.base_exception;
    vm.add_method(t, "__new__", |vm, a, k| {
        let c = cls_arg(vm, a)?;
        let (pos, _) = split_args(a, k);
        let e = vm.new_exception_obj(c, pos.get(1..).unwrap_or(&[]).to_vec());
        vm.init_exception_attrs(e);
        Ok(e)
    });
    vm.add_method(t, "__init__", |vm, a, k| {
        let (pos, _) = split_args(a, k);
        let Some(&this) = pos.first() else { return Ok(Value::NONE) };
        if !k.is_empty() {
            let n = vm.type_name(this);
            return Err(vm.type_error(&format!("{n}() takes no keyword arguments")));
        }
        if let Some(e) = this.downcast::<crate::object::exception::ExceptionObj>() {
            let t = vm.new_tuple(pos[1..].to_vec());
            e.args.set(t);
            vm.init_exception_attrs(this);
        }
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "with_traceback", Arity::One, |vm, a, _| {
        if !a[1].is_none() && a[1].downcast::<crate::object::exception::TracebackObj>().is_none() {
            return Err(vm.type_error("__traceback__ must be a traceback or None"));
        }
        if let Some(e) = a[0].downcast::<crate::object::exception::ExceptionObj>() {
            e.traceback.set(a[1]);
        }
        Ok(a[0])
    });
    vm.add_method_a(t, "add_note", Arity::One, |vm, a, _| {
        if Vm::str_of(a[1]).is_none() {
            let n = vm.type_name(a[1]);
            return Err(vm.type_error(&format!("note must be a str, not '{n}'")));
        }
        let k = vm.intern("__notes__");
        let notes = match crate::object::attrs::attrs_of(a[0]).and_then(|x| x.get(k)) {
            Some(n) => n,
            None => {
                let l = vm.new_list(vec![]);
                vm.store_instance_attr(a[0], k, l)?;
                l
            }
        };
        match notes.downcast::<ListObj>() {
            Some(l) => l.items.push(a[1]),
            None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
        }
        Ok(Value::NONE)
    });

    constructors(vm);
    list_methods(vm);
    dict_methods(vm);
    super::str_type::install(vm);
    super::coll_type::install(vm);
}

fn constructors(vm: &mut Vm) {
    let t = vm.t.int;
    vm.add_method(t, "__new__", |vm, a, k| {
        static INT: Sig = Sig { name: "int", params: &["x", "base"], posonly: 1, required: 0, kwonly: &[] };
        let (pos, kw) = split_args(a, k);
        let cls = cls_arg(vm, pos)?;
        let [x, base] = INT.parse(vm, &pos[1..], k, kw)?;
        let v = match x {
            None if base.is_some() => return Err(vm.type_error("int() missing string argument")),
            None => Value::from_small_int(0),
            Some(x) => crate::builtins::methods::int_from(vm, x, base)?,
        };
        if cls == vm.t.int {
            return Ok(v);
        }
        let b = vm.as_bigint(v).unwrap_or_default();
        Ok(vm.alloc(crate::object::attrs::WithAttrs { base: crate::object::int::IntObj { header: ObjHeader::new(cls), value: b }, attrs: crate::object::attrs::Attrs::new(vm.root_shape) }).value())
    });
    let t = vm.t.bool_;
    vm.add_method(t, "__new__", |vm, a, k| {
        ctor_args(vm, a, k, vm.t.bool_, 0, 1)?;
        let v = a.get(1).copied().unwrap_or(Value::FALSE);
        let b = vm.truthy(v)?;
        Ok(Value::from_bool(b))
    });
    let t = vm.t.float;
    vm.add_method(t, "__new__", |vm, a, k| {
        ctor_args(vm, a, k, vm.t.float, 0, 1)?;
        let cls = cls_arg(vm, a)?;
        let v = match a.get(1).copied() {
            None => 0.0,
            Some(x) => float_from(vm, x)?,
        };
        if cls == vm.t.float {
            return Ok(Value::from_f64(v));
        }
        Ok(vm.alloc(crate::object::attrs::WithAttrs { base: crate::object::int::FloatObj { header: ObjHeader::new(cls), value: v }, attrs: crate::object::attrs::Attrs::new(vm.root_shape) }).value())
    });
    let t = vm.t.str_;
    vm.add_method(t, "__new__", |vm, a, k| {
        let (pos, _) = split_args(a, k);
        let cls = cls_arg(vm, pos)?;
        let [obj, enc, errors] = super::bytes_args::parse_args(vm, "str", a, k, ["object", "encoding", "errors"], true)?;
        let s = match obj {
            None => vm.new_str(""),
            Some(x) if enc.is_none() && errors.is_none() => vm.to_str(x)?,
            Some(x) => super::unicode_codecs::str_from_bytes(vm, x, enc, errors)?,
        };
        if cls == vm.t.str_ {
            return Ok(s);
        }
        let txt: Box<str> = Vm::str_of(s).unwrap_or("").into();
        Ok(vm.alloc(crate::object::attrs::WithAttrs { base: crate::object::str::StrObj::new(ObjHeader::new(cls), txt), attrs: crate::object::attrs::Attrs::new(vm.root_shape) }).value())
    });
    let t = vm.t.tuple;
    vm.add_method(t, "__new__", |vm, a, k| {
        ctor_args(vm, a, k, vm.t.tuple, 0, 1)?;
        let cls = cls_arg(vm, a)?;
        let items = match a.get(1) {
            Some(x) => vm.collect_iter(*x)?,
            None => vec![],
        };
        if cls == vm.t.tuple {
            return Ok(vm.new_tuple(items));
        }
        Ok(vm.alloc(crate::object::attrs::WithAttrs { base: TupleObj { header: ObjHeader::new(cls), hash: Cell::new(-1), items: items.into_boxed_slice() }, attrs: crate::object::attrs::Attrs::new(vm.root_shape) }).value())
    });
    let t = vm.t.list;
    vm.add_method(t, "__new__", |vm, a, k| {
        ctor_args(vm, a, k, vm.t.list, 0, 1)?;
        let cls = cls_arg(vm, a)?;
        if cls == vm.t.list {
            return Ok(vm.new_list(vec![]));
        }
        Ok(vm.alloc(crate::object::attrs::WithAttrs { base: ListObj { header: ObjHeader::new(cls), items: crate::object::VCell::new(vec![]) }, attrs: crate::object::attrs::Attrs::new(vm.root_shape) }).value())
    });
    vm.add_method(t, "__init__", |vm, a, _| {
        check_count(vm, "list", a.len() - 1, 0, 1)?;
        let l = a[0].downcast::<ListObj>().unwrap();
        let items = match a.get(1) {
            Some(x) => vm.collect_iter(*x)?,
            None => vec![],
        };
        l.items.with_mut(|v| *v = items);
        Ok(Value::NONE)
    });
    let t = vm.t.dict;
    vm.add_method(t, "__new__", |vm, a, k| {
        let (pos, _) = split_args(a, k);
        if pos.first().and_then(|c| c.downcast::<TypeObj>()) == Some(vm.t.dict) {
            expect_count(vm, "dict", pos.len() - 1, 0, 1)?;
        }
        let cls = cls_arg(vm, a)?;
        if cls == vm.t.dict {
            return Ok(vm.new_dict().value());
        }
        Ok(vm.alloc(crate::object::attrs::WithAttrs { base: DictObj::new(ObjHeader::new(cls)), attrs: crate::object::attrs::Attrs::new(vm.root_shape) }).value())
    });
    vm.add_method(t, "__init__", dict_update);
    super::set_ctor::install(vm);
    super::iter_length_hint::install(vm);
    super::iter_reduce::install(vm);
    let t = vm.t.method;
    // `types.MethodType(func, instance)`.
    vm.add_method(t, "__new__", |vm, a, k| {
        super::no_kwargs(vm, "method", k)?;
        check_count(vm, "method", a.len().saturating_sub(1), 2, 2)?;
        if !vm.is_callable(a[1]) {
            return Err(vm.type_error("first argument must be callable"));
        }
        if a[2].is_none() {
            return Err(vm.type_error("instance must not be None"));
        }
        Ok(vm.new_bound_method(a[1], a[2]))
    });
    let t = vm.t.range;
    vm.add_method(t, "__new__", |vm, a, k| {
        ctor_args(vm, a, k, vm.t.range, 1, 3)?;
        let args = &a[1..];
        check_count(vm, "range", args.len(), 1, 3)?;
        let mut n = Vec::with_capacity(3);
        for v in args {
            match vm.as_bigint(*v).filter(|_| v.as_f64().is_none()) {
                Some(x) => n.push(x),
                None => {
                    let tn = vm.type_name(*v);
                    return Err(vm.type_error(&format!("'{tn}' object cannot be interpreted as an integer")));
                }
            }
        }
        let one = num_bigint::BigInt::from(1);
        let (start, stop, step) = match n.len() {
            1 => (num_bigint::BigInt::from(0), n.remove(0), one),
            2 => (n[0].clone(), n[1].clone(), one),
            _ => (n[0].clone(), n[1].clone(), n[2].clone()),
        };
        if num_traits::Zero::is_zero(&step) {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        Ok(vm.new_range_big(start, stop, step))
    });
    let t = vm.t.slice;
    vm.add_method(t, "__new__", |vm, a, k| {
        ctor_args(vm, a, k, vm.t.slice, 1, 3)?;
        let args = &a[1..];
        Ok(match args.len() {
            1 => vm.new_slice(Value::NONE, args[0], Value::NONE),
            2 => vm.new_slice(args[0], args[1], Value::NONE),
            _ => vm.new_slice(args[0], args[1], args[2]),
        })
    });
    let t = vm.t.property;
    vm.add_method(t, "__new__", |vm, a, k| {
        static PROPERTY: Sig = Sig { name: "property", params: &["fget", "fset", "fdel", "doc"], posonly: 0, required: 0, kwonly: &[] };
        let (pos, kw) = split_args(a, k);
        let cls = cls_arg(vm, pos)?;
        let slots: [Option<Value>; 4] = PROPERTY.parse(vm, &pos[1..], k, kw)?;
        let [fget, fset, fdel, doc] = slots.map(|v| v.unwrap_or(Value::NONE));
        let doc = if doc.is_none() && !fget.is_none() { vm.getattr_opt(fget, vm.n.__doc__)?.unwrap_or(Value::NONE) } else { doc };
        Ok(vm.alloc(PropertyObj { header: ObjHeader::new(cls), fget: Cell::new(fget), fset: Cell::new(fset), fdel: Cell::new(fdel), doc: Cell::new(doc), name: Cell::new(Value::NONE), objclass: Cell::new(Value::NONE) }).value())
    });
    for (name, which) in [("getter", 0), ("setter", 1), ("deleter", 2)] {
        let f: crate::object::function::NativeFn = match which {
            0 => |vm, a, _| prop_copy(vm, a[0], 0, a[1]),
            1 => |vm, a, _| prop_copy(vm, a[0], 1, a[1]),
            _ => |vm, a, _| prop_copy(vm, a[0], 2, a[1]),
        };
        vm.add_method_a(t, name, Arity::One, f);
    }
    vm.add_method(t, "__get__", |vm, a, _| {
        let p = a[0].downcast::<PropertyObj>().unwrap();
        if a.len() < 2 || a[1].is_none() {
            return Ok(a[0]);
        }
        vm.call(p.fget.get(), &[a[1]], &[])
    });
    // `__set__`/`__delete__` make a property a data descriptor to Python
    // code (`inspect.isdatadescriptor`); attribute assignment itself takes
    // the native path in `interp/attr.rs`.
    vm.add_method_a(t, "__set__", Arity::Pos(2, 2), |vm, a, _| prop_store(vm, a[0], a[1], Some(a[2])));
    vm.add_method_a(t, "__delete__", Arity::Pos(1, 1), |vm, a, _| prop_store(vm, a[0], a[1], None));
    vm.add_method_a(t, "__set_name__", Arity::Pos(2, 2), |_vm, a, _| {
        if let Some(p) = a[0].downcast::<PropertyObj>() {
            p.name.set(a[2]);
        }
        Ok(Value::NONE)
    });
    let t = vm.t.classmethod;
    vm.add_method(t, "__new__", |vm, a, k| {
        ctor_args_all(vm, a, k, vm.t.classmethod, 1, 1)?;
        let cls = cls_arg(vm, a)?;
        Ok(vm.alloc(ClassMethodObj { header: ObjHeader::new(cls), func: Cell::new(a[1]) }).value())
    });
    let t = vm.t.staticmethod;
    vm.add_method(t, "__new__", |vm, a, k| {
        ctor_args_all(vm, a, k, vm.t.staticmethod, 1, 1)?;
        let cls = cls_arg(vm, a)?;
        Ok(vm.alloc(StaticMethodObj { header: ObjHeader::new(cls), func: Cell::new(a[1]) }).value())
    });
    // `__get__(obj, type=None)` of both, and calling a staticmethod (3.10+).
    for t in [vm.t.classmethod, vm.t.staticmethod] {
        vm.add_method(t, "__get__", |vm, a, _| {
            if a.len() < 2 || a.len() > 3 {
                return Err(vm.type_error(&format!("expected 1 or 2 arguments, got {}", a.len().saturating_sub(1))));
            }
            let cls = a.get(2).copied().filter(|c| !c.is_none()).unwrap_or(Value::NULL);
            if a[1].is_none() && cls.is_null() {
                return Err(vm.type_error("__get__(None, None) is invalid"));
            }
            let obj = if a[1].is_none() { Value::NULL } else { a[1] };
            vm.bind_descriptor(a[0], obj, cls)
        });
    }
    // `int.__round__` / `float.__round__` (typing.SupportsRound checks for
    // them): the builtin `round`, which handles both.
    for t in [vm.t.int, vm.t.float] {
        vm.add_method_a(t, "__round__", Arity::Pos(0, 1), |vm, a, _| {
            let k = vm.intern("round");
            let f = vm.builtins.get_str_key(k).unwrap_or(Value::NONE);
            vm.call(f, a, &[])
        });
    }
    // `bytes.__bytes__`: an exact bytes copy (the object itself when exact).
    vm.add_method_a(vm.t.bytes, "__bytes__", Arity::NoArgs, |vm, a, _| {
        if vm.type_of(a[0]) == vm.t.bytes {
            return Ok(a[0]);
        }
        let data = super::bytes_args::need_bytes(vm, a[0])?;
        Ok(vm.new_bytes_of(data, false))
    });
    // `type.__prepare__(name, bases, **kwds)`: a fresh namespace dict (what
    // `super().__prepare__(...)` in a metaclass reaches).
    super::num_type::classmethod(vm, vm.t.type_, "__prepare__", |vm, _a, _| Ok(vm.new_dict().value()));
    // `type(None)()`, `type(Ellipsis)()`, `type(NotImplemented)()`: the singleton.
    for (t, v) in [(vm.t.none, Value::NONE), (vm.t.ellipsis, Value::ELLIPSIS), (vm.t.notimpl, Value::NOT_IMPLEMENTED)] {
        let f: crate::object::function::NativeFn = match v {
            Value::NONE => |vm, a, _| singleton_new(vm, a, Value::NONE, "NoneType"),
            Value::ELLIPSIS => |vm, a, _| singleton_new(vm, a, Value::ELLIPSIS, "EllipsisType"),
            _ => |vm, a, _| singleton_new(vm, a, Value::NOT_IMPLEMENTED, "NotImplementedType"),
        };
        vm.add_method(t, "__new__", f);
    }
    // Functions, builtins and bound methods expose `__call__` (CPython's
    // method-wrapper); calls themselves never go through it.
    for t in [vm.t.function, vm.t.builtin_function, vm.t.method] {
        vm.add_method(t, "__call__", |vm, a, k| vm.call(a[0], &a[1..], k));
    }
    vm.add_method(vm.t.staticmethod, "__call__", |vm, a, k| {
        let f = a[0].downcast::<StaticMethodObj>().map(|s| s.func.get());
        let Some(f) = f else { return Err(vm.type_error("descriptor '__call__' requires a 'staticmethod' object")) };
        vm.call(f, &a[1..], k)
    });
    let t = vm.t.super_;
    vm.add_method(t, "__new__", |vm, a, _| {
        let cls = cls_arg(vm, a)?;
        if a.len() > 3 {
            return Err(vm.type_error(&format!("super() expected at most 2 arguments, got {}", a.len() - 1)));
        }
        let (this, obj) = if a.len() >= 3 {
            (a[1], a[2])
        } else if a.len() == 2 {
            (a[1], Value::NULL)
        } else {
            vm.zero_arg_super()?
        };
        let obj_type = if obj.is_null() {
            Value::NULL
        } else if let Some(t) = obj.downcast::<TypeObj>() {
            if this.downcast::<TypeObj>().map(|x| t.is_subtype(x)).unwrap_or(false) { obj } else { vm.type_of(obj).value() }
        } else {
            vm.type_of(obj).value()
        };
        if let Some(tt) = this.downcast::<TypeObj>() {
            if !obj_type.is_null() && !obj_type.downcast::<TypeObj>().unwrap().is_subtype(tt) {
                return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
            }
        } else {
            return Err(vm.type_error("super() argument 1 must be a type"));
        }
        Ok(vm.alloc(SuperObj { header: ObjHeader::new(cls), this_class: this, obj, obj_type }).value())
    });
    let t = vm.t.enumerate;
    vm.add_method(t, "__new__", |vm, a, k| {
        static ENUMERATE: Sig = Sig { name: "enumerate", params: &["iterable", "start"], posonly: 0, required: 0, kwonly: &[] };
        let (pos, kw) = split_args(a, k);
        let cls = cls_arg(vm, pos)?;
        let [it, start] = ENUMERATE.parse(vm, &pos[1..], k, kw)?;
        let it = match it {
            Some(x) => vm.get_iter(x)?,
            None => return Err(vm.type_error("enumerate() missing required argument 'iterable'")),
        };
        let start = start.unwrap_or(Value::from_small_int(0));
        Ok(vm.new_iter(cls, IterState::Enumerate { it, count: start }))
    });
    let t = vm.t.zip;
    vm.add_method(t, "__new__", |vm, a, k| {
        static ZIP: Sig = Sig { name: "zip", params: &[], posonly: 0, required: 0, kwonly: &["strict"] };
        let (pos, kw) = split_args(a, k);
        let cls = cls_arg(vm, pos)?;
        let [strict] = ZIP.parse(vm, &[], k, kw)?;
        let strict = match strict {
            Some(v) => vm.truthy(v)?,
            None => false,
        };
        let mut its = Vec::new();
        for x in &pos[1..] {
            its.push(vm.get_iter(*x)?);
        }
        Ok(vm.new_iter(cls, IterState::Zip { its, strict }))
    });
    let t = vm.t.map;
    vm.add_method(t, "__new__", |vm, a, _| {
        let cls = cls_arg(vm, a)?;
        if a.len() < 3 {
            return Err(vm.type_error("map() must have at least two arguments."));
        }
        let mut its = Vec::new();
        for x in &a[2..] {
            its.push(vm.get_iter(*x)?);
        }
        Ok(vm.new_iter(cls, IterState::Map { func: a[1], its }))
    });
    let t = vm.t.filter;
    vm.add_method(t, "__new__", |vm, a, k| {
        ctor_args_all(vm, a, k, vm.t.filter, 2, 2)?;
        let cls = cls_arg(vm, a)?;
        let it = vm.get_iter(a[2])?;
        Ok(vm.new_iter(cls, IterState::Filter { func: a[1], it }))
    });
    let t = vm.t.reversed;
    vm.add_method(t, "__new__", |vm, a, k| {
        ctor_args_all(vm, a, k, vm.t.reversed, 1, 1)?;
        let cls = cls_arg(vm, a)?;
        let seq = a[1];
        let st = vm.type_of(seq);
        if let Some(f) = st.lookup(vm.n.__reversed__) {
            return vm.call(f, &[seq], &[]);
        }
        if st.lookup(vm.n.__getitem__).is_none() && !matches!(st.layout, crate::object::Layout::List | crate::object::Layout::Tuple | crate::object::Layout::Str | crate::object::Layout::Range | crate::object::Layout::Bytes) || st.layout == crate::object::Layout::Dict {
            let n = st.name();
            return Err(vm.type_error(&format!("'{n}' object is not reversible")));
        }
        let n = vm.len(seq)?;
        Ok(vm.new_iter(cls, IterState::Reversed { seq, next: n as isize - 1 }))
    });
    for t in [vm.t.list_iterator, vm.t.tuple_iterator, vm.t.str_iterator, vm.t.range_iterator, vm.t.dict_keyiterator,
              vm.t.dict_valueiterator, vm.t.dict_itemiterator, vm.t.set_iterator, vm.t.enumerate, vm.t.zip, vm.t.map,
              vm.t.filter, vm.t.reversed, vm.t.callable_iterator, vm.t.seq_iterator, vm.t.generator] {
        vm.add_method(t, "__iter__", |_vm, a, _| Ok(a[0]));
        vm.add_method(t, "__next__", |vm, a, _| match vm.native_iter_next(a[0])? {
            Some(v) => Ok(v),
            None => {
                let v = vm.take_stop_value();
                let args = if v.is_none() { vec![] } else { vec![v] };
                Err(vm.new_exception_err(vm.t.stop_iteration, args))
            }
        });
    }
}

/// `prop.__set__(obj, v)` (`v` Some) or `prop.__delete__(obj)`: call the
/// setter/deleter, or raise CPython's AttributeError naming the property
/// (when `__set_name__` named it) and `obj`'s class.
fn prop_store(vm: &mut Vm, prop: Value, obj: Value, v: Option<Value>) -> PyResult {
    let Some(p) = prop.downcast::<PropertyObj>() else { return Err(vm.type_error("descriptor requires a 'property' object")) };
    let f = if v.is_some() { p.fset.get() } else { p.fdel.get() };
    if f.is_none() || f.is_null() {
        let what = if v.is_some() { "setter" } else { "deleter" };
        let qual = vm.type_of(obj).qualname.with(|s| s.clone());
        let name = p.name.get();
        let msg = if name.is_none() || name.is_null() {
            format!("property of '{qual}' object has no {what}")
        } else {
            let r = vm.repr_string(name)?;
            format!("property {r} of '{qual}' object has no {what}")
        };
        return Err(vm.new_error(vm.t.attribute_error, &msg));
    }
    match v {
        Some(v) => vm.call(f, &[obj, v], &[])?,
        None => vm.call(f, &[obj], &[])?,
    };
    Ok(Value::NONE)
}

fn prop_copy(vm: &mut Vm, p: Value, which: usize, f: Value) -> PyResult {
    let p = p.downcast::<PropertyObj>().unwrap();
    let (mut g, mut s, mut d) = (p.fget.get(), p.fset.get(), p.fdel.get());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    let cls = p.header.class();
    Ok(vm.alloc(PropertyObj { header: ObjHeader::new(cls), fget: Cell::new(g), fset: Cell::new(s), fdel: Cell::new(d), doc: Cell::new(p.doc.get()), name: Cell::new(p.name.get()), objclass: Cell::new(Value::NONE) }).value())
}

/// `int(x, base)`.
pub fn int_from(vm: &mut Vm, x: Value, base: Option<Value>) -> PyResult {
    if let Some(data) = x.downcast::<crate::object::seq::BytesObj>().map(|b| b.data.with(|d| d.clone())) {
        // bytes and bytearray parse like str (re's compiler does int(bits, 2)).
        let base = match base {
            Some(b) => vm.as_i64(b).unwrap_or(10),
            None => 10,
        };
        if base != 0 && !(2..=36).contains(&base) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let parsed = std::str::from_utf8(&data).ok().map(|s| crate::text::parse_int_limited(s, base as u32, vm.int_max_str_digits));
        return match parsed {
            Some(Ok(r)) => Ok(vm.new_bigint(r)),
            Some(Err(e)) if e.msg.starts_with("Exceeds the limit") => Err(super::format::text_err(vm, e)),
            _ => {
                let r = vm.repr_string(x)?;
                Err(vm.value_error(&format!("invalid literal for int() with base {base}: {r}")))
            }
        };
    }
    if let Some(b) = base {
        let Some(s) = Vm::str_of(x) else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        let base = vm.as_i64(b).unwrap_or(10);
        if base != 0 && !(2..=36).contains(&base) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let r = crate::text::parse_int_limited(s, base as u32, vm.int_max_str_digits).map_err(|e| super::format::text_err(vm, e))?;
        return Ok(vm.new_bigint(r));
    }
    if let Some(s) = Vm::str_of(x) {
        let r = crate::text::parse_int_limited(s, 10, vm.int_max_str_digits).map_err(|e| super::format::text_err(vm, e))?;
        return Ok(vm.new_bigint(r));
    }
    if let Some(f) = x.as_f64() {
        if f.is_nan() {
            return Err(vm.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(vm.overflow_error("cannot convert float infinity to integer"));
        }
        let b: num_bigint::BigInt = num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default();
        return Ok(vm.new_bigint(b));
    }
    if let Some(b) = vm.as_bigint(x) {
        return Ok(vm.new_bigint(b));
    }
    if x.layout() == Some(crate::object::Layout::Float) {
        let f = float_from(vm, x)?;
        return int_from(vm, Value::from_f64(f), None);
    }
    let t = vm.type_of(x);
    for name in ["__int__", "__index__", "__trunc__"] {
        let k = vm.intern(name);
        if let Some(f) = vm.lookup_special(t, k) {
            let r = vm.call(f, &[x], &[])?;
            if vm.as_bigint(r).is_some() && r.as_f64().is_none() {
                return Ok(r);
            }
            let n = vm.type_name(r);
            return Err(vm.type_error(&format!("{name} returned non-int (type {n})")));
        }
    }
    if let Some(data) = super::bytes_args::buffer_bytes(vm, x)? {
        // Other buffer exporters (memoryview, array) parse as their bytes.
        let b = vm.new_bytes_of(data, false);
        return int_from(vm, b, None);
    }
    let n = t.name();
    Err(vm.type_error(&format!("int() argument must be a string, a bytes-like object or a real number, not '{n}'")))
}

/// `float(x)`.
pub fn float_from(vm: &mut Vm, x: Value) -> PyResult<f64> {
    if let Some(f) = x.as_f64() {
        return Ok(f);
    }
    if let Some(s) = Vm::str_of(x) {
        return crate::text::parse_float(s).map_err(|e| super::format::text_err(vm, e));
    }
    if let Some(n) = vm.as_num(x) {
        return match n {
            crate::interp::numeric::Num::Small(i) => Ok(i as f64),
            crate::interp::numeric::Num::Int(b) => vm.big_to_f64(&b),
            crate::interp::numeric::Num::Float(f) => Ok(f),
        };
    }
    let t = vm.type_of(x);
    if Vm::wtf8_of(x).is_some() && t.lookup(vm.n.__float__).is_none() {
        // A str holding lone surrogates is never a number.
        let r = vm.repr_string(x)?;
        return Err(vm.value_error(&format!("could not convert string to float: {r}")));
    }
    if t.lookup(vm.n.__float__).is_none() {
        if let Some(data) = super::bytes_args::buffer_bytes(vm, x)? {
            // bytes-like objects hold the number's ASCII text.
            let parsed = std::str::from_utf8(&data).ok().map(crate::text::parse_float);
            if let Some(Ok(f)) = parsed {
                return Ok(f);
            }
            let shown = vm.new_bytes_of(data, false);
            let r = vm.repr_string(shown)?;
            return Err(vm.value_error(&format!("could not convert string to float: {r}")));
        }
    }
    for name in ["__float__", "__index__"] {
        let k = vm.intern(name);
        if let Some(f) = vm.lookup_special(t, k) {
            let r = vm.call(f, &[x], &[])?;
            return float_from(vm, r);
        }
    }
    let n = t.name();
    Err(vm.type_error(&format!("float() argument must be a string or a real number, not '{n}'")))
}

/// `list.sort(key=None, reverse=False)`: a stable merge sort that tolerates
/// exceptions from comparisons.
/// `list.sort(*, key=None, reverse=False)`; `sorted` passes its keywords on.
pub static LIST_SORT: Sig = Sig { name: "sort", params: &[], posonly: 0, required: 0, kwonly: &["key", "reverse"] };

pub fn list_sort(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, kw) = split_args(a, k);
    let Some(l) = pos.first().and_then(|v| v.downcast::<ListObj>()) else {
        return Err(vm.type_error("descriptor 'sort' requires a 'list' object"));
    };
    let [key, reverse] = LIST_SORT.parse(vm, &pos[1..], k, kw)?;
    let key = key.filter(|v| !v.is_none());
    let reverse = match reverse {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    let items = l.items.with_mut(std::mem::take);
    // The list is empty while sorting (as in CPython): root the items and keys.
    vm.extra_roots.extend_from_slice(&items);
    let mut keyed = Vec::with_capacity(items.len());
    for x in &items {
        let kx = match key {
            Some(f) => match vm.call(f, &[*x], &[]) {
                Ok(v) => v,
                Err(e) => {
                    l.items.with_mut(|v| *v = items.clone());
                    return Err(e);
                }
            },
            None => *x,
        };
        vm.extra_roots.push(kx);
        keyed.push((kx, *x));
    }
    if reverse {
        keyed.reverse();
    }
    let mut err = None;
    merge_sort(&mut keyed, &mut |a, b| {
        if err.is_some() {
            return false;
        }
        if Value::both_small_ints(a.0, b.0) {
            return a.0.small_int_unchecked() < b.0.small_int_unchecked();
        }
        match vm.compare(a.0, b.0, crate::bytecode::CmpOp::Lt).and_then(|r| vm.truthy(r)) {
            Ok(x) => x,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    });
    if reverse {
        keyed.reverse();
    }
    let modified = l.items.len() != 0;
    l.items.with_mut(|v| *v = keyed.into_iter().map(|p| p.1).collect());
    if let Some(e) = err {
        return Err(e);
    }
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

/// Stable merge sort with a fallible "less than".
fn merge_sort<T: Copy>(v: &mut Vec<T>, lt: &mut dyn FnMut(&T, &T) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    // Insertion sort for small runs, then bottom-up merges.
    const RUN: usize = 16;
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && lt(&v[j], &v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut width = RUN;
    let mut buf = v.clone();
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let end = (i + 2 * width).min(n);
            let (mut a, mut b, mut o) = (i, mid, i);
            while a < mid && b < end {
                if lt(&v[b], &v[a]) {
                    buf[o] = v[b];
                    b += 1;
                } else {
                    buf[o] = v[a];
                    a += 1;
                }
                o += 1;
            }
            while a < mid {
                buf[o] = v[a];
                a += 1;
                o += 1;
            }
            while b < end {
                buf[o] = v[b];
                b += 1;
                o += 1;
            }
            i += 2 * width;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
}

/// The receiver of a list method (`Vm::call` checked its type).
fn list(v: Value) -> Gc<ListObj> {
    v.downcast::<ListObj>().expect("receiver checked by arity")
}

fn list_methods(vm: &mut Vm) {
    let t = vm.t.list;
    vm.add_method_a(t, "append", Arity::One, |vm, a, _| {
        vm.list_push(list(a[0]), a[1]);
        Ok(Value::NONE)
    });
    vm.add_method(t, "sort", list_sort);
    vm.add_method_a(t, "pop", Arity::Pos(0, 1), |vm, a, _| {
        let l = list(a[0]);
        let i = match a.get(1) {
            Some(x) => vm.as_index(*x)?,
            None => -1,
        };
        let n = l.items.len();
        if n == 0 {
            return Err(vm.index_error("pop from empty list"));
        }
        let j = if i < 0 { i + n as i64 } else { i };
        if j < 0 || j >= n as i64 {
            return Err(vm.index_error("pop index out of range"));
        }
        Ok(l.items.with_mut(|v| v.remove(j as usize)))
    });
    vm.add_method_a(t, "extend", Arity::One, |vm, a, _| {
        let items = vm.collect_iter(a[1])?;
        let grew = list(a[0]).items.with_mut(|v| {
            let cap = v.capacity();
            v.extend(items);
            v.capacity() - cap
        });
        vm.heap.note_external_alloc(grew * 8);
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "insert", Arity::Pos(2, 2), |vm, a, _| {
        let i = vm.as_index(a[1])?;
        let l = list(a[0]);
        let n = l.items.len() as i64;
        let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
        l.items.with_mut(|v| v.insert(j as usize, a[2]));
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "reverse", Arity::NoArgs, |_vm, a, _| {
        list(a[0]).items.with_mut(|v| v.reverse());
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "copy", Arity::NoArgs, |vm, a, _| {
        let v = list(a[0]).items.snapshot();
        Ok(vm.new_list(v))
    });
    vm.add_method_a(t, "clear", Arity::NoArgs, |_vm, a, _| {
        list(a[0]).items.with_mut(|v| v.clear());
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "index", Arity::Pos(1, 3), |vm, a, _| {
        let l = list(a[0]);
        let mut bounds = [0, i64::MAX];
        for (b, v) in bounds.iter_mut().zip(&a[2..]) {
            *b = vm.slice_index_arg(*v)?;
        }
        let n = l.items.len() as i64;
        let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i };
        let (mut i, stop) = (norm(bounds[0]), norm(bounds[1]));
        // The list may change while comparing: re-check the length each time.
        while i < stop && i < l.items.len() as i64 {
            let x = l.items.get(i as usize).unwrap_or(Value::NONE);
            if x == a[1] || vm.eq(x, a[1])? {
                return Ok(vm.new_int(i));
            }
            i += 1;
        }
        let r = vm.repr_string(a[1])?;
        Err(vm.value_error(&format!("{r} is not in list")))
    });
    vm.add_method_a(t, "count", Arity::One, |vm, a, _| {
        // Live reads (as CPython): `__eq__` may resize the list.
        let l = list(a[0]);
        let (mut n, mut i) = (0, 0);
        while let Some(x) = l.items.get(i) {
            if x == a[1] || vm.eq(x, a[1])? {
                n += 1;
            }
            i += 1;
        }
        Ok(vm.new_int(n))
    });
    vm.add_method_a(t, "remove", Arity::One, |vm, a, _| {
        let l = list(a[0]);
        // Live reads (as CPython): `__eq__` may resize the list.
        let mut i = 0;
        while let Some(x) = l.items.get(i) {
            if x == a[1] || vm.eq(x, a[1])? {
                l.items.with_mut(|v| {
                    if i < v.len() {
                        v.remove(i);
                    }
                });
                return Ok(Value::NONE);
            }
            i += 1;
        }
        Err(vm.value_error("list.remove(x): x not in list"))
    });
}

/// `dict.update(other=(), **kw)`, also `dict.__init__`.
fn dict_update(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, kw) = split_args(a, k);
    let Some(d) = pos.first().and_then(|v| v.downcast::<DictObj>()) else {
        return Err(vm.type_error("descriptor 'update' requires a 'dict' object"));
    };
    expect_count(vm, "update", pos.len() - 1, 0, 1)?;
    if let Some(src) = pos.get(1) {
        vm.dict_update_from(d, *src, false)?;
    }
    for (n, v) in k.iter().zip(kw) {
        vm.dict_set(d, *n, *v)?;
    }
    Ok(Value::NONE)
}

fn dict_methods(vm: &mut Vm) {
    let t = vm.t.dict;
    vm.add_method_a(t, "get", Arity::Pos(1, 2), |vm, a, _| {
        let d = a[0].downcast::<DictObj>().unwrap();
        Ok(vm.dict_lookup(d, a[1])?.unwrap_or(a.get(2).copied().unwrap_or(Value::NONE)))
    });
    vm.add_method_a(t, "keys", Arity::NoArgs, |vm, a, _| Ok(vm.new_dict_view(a[0], 0)));
    vm.add_method_a(t, "values", Arity::NoArgs, |vm, a, _| Ok(vm.new_dict_view(a[0], 1)));
    vm.add_method_a(t, "items", Arity::NoArgs, |vm, a, _| Ok(vm.new_dict_view(a[0], 2)));
    vm.add_method(t, "__getitem__", |vm, a, _| vm.getitem(a[0], a[1]));
    vm.add_method(t, "__setitem__", |vm, a, _| {
        let d = a[0].downcast::<DictObj>().unwrap();
        vm.dict_set(d, a[1], a[2])?;
        Ok(Value::NONE)
    });
    vm.add_method(t, "__contains__", |vm, a, _| {
        let d = a[0].downcast::<DictObj>().unwrap();
        Ok(Value::from_bool(vm.dict_lookup(d, a[1])?.is_some()))
    });
    vm.add_method_a(t, "pop", Arity::Pos(1, 2), |vm, a, _| {
        let d = a[0].downcast::<DictObj>().unwrap();
        match vm.dict_del(d, a[1])? {
            Some(v) => Ok(v),
            None => match a.get(2) {
                Some(x) => Ok(*x),
                None => Err(vm.key_error(a[1])),
            },
        }
    });
    vm.add_method_a(t, "setdefault", Arity::Pos(1, 2), |vm, a, _| {
        let d = a[0].downcast::<DictObj>().unwrap();
        if let Some(v) = vm.dict_lookup(d, a[1])? {
            return Ok(v);
        }
        let v = a.get(2).copied().unwrap_or(Value::NONE);
        vm.dict_set(d, a[1], v)?;
        Ok(v)
    });
    vm.add_method_a(t, "update", Arity::Kw, dict_update);
    vm.add_method_a(t, "copy", Arity::NoArgs, |vm, a, _| {
        let d = vm.new_dict();
        vm.dict_update_from(d, a[0], false)?;
        Ok(d.value())
    });
    vm.add_method_a(t, "clear", Arity::NoArgs, |_vm, a, _| {
        let d = a[0].downcast::<DictObj>().unwrap();
        d.touch();
        d.table.with_mut(|t| t.clear());
        Ok(Value::NONE)
    });
    vm.add_method_a(t, "popitem", Arity::NoArgs, |vm, a, _| {
        let d = a[0].downcast::<DictObj>().unwrap();
        let last = d.table.with(|t| t.entries.iter().rposition(|e| !e.key.is_null()));
        match last {
            Some(i) => {
                d.touch();
                let e = d.table.with_mut(|t| t.remove_at(i));
                Ok(vm.new_tuple(vec![e.key, e.value]))
            }
            None => Err(vm.new_error(vm.t.key_error, "popitem(): dictionary is empty")),
        }
    });
}

impl Vm {
    /// Zero-argument `super()`: the `__class__` cell and first argument of the caller.
    pub fn zero_arg_super(&mut self) -> PyResult<(Value, Value)> {
        use crate::interp::frame::*;
        let base = self.frame;
        if base == usize::MAX {
            return Err(self.new_error(self.t.runtime_error, "super(): no arguments"));
        }
        let code = self.stack[base + F_CODE].downcast::<crate::object::code::CodeObj>().unwrap();
        if code.meta.argcount == 0 {
            return Err(self.new_error(self.t.runtime_error, "super(): no arguments"));
        }
        let mut first = self.stack[base + HEADER];
        if let Some(Some(_)) = code.meta.cell2arg.iter().find(|c| **c == Some(0)) {
            let idx = code.meta.cell2arg.iter().position(|c| *c == Some(0)).unwrap();
            first = crate::interp::loop_support::cell_at(self.stack[base + HEADER + code.nlocals + idx]).value.get();
        }
        let pos = code.meta.freevars.iter().position(|f| &**f == "__class__");
        let Some(p) = pos else {
            return Err(self.new_error(self.t.runtime_error, "super(): __class__ cell not found"));
        };
        let cell = self.stack[base + HEADER + code.nlocals + code.ncells + p];
        let cls = crate::interp::loop_support::cell_at(cell).value.get();
        if cls.is_null() {
            return Err(self.new_error(self.t.runtime_error, "super(): empty __class__ cell"));
        }
        Ok((cls, first))
    }

    pub fn current_globals(&self) -> Value {
        if self.frame == usize::MAX {
            return Value::NONE;
        }
        self.stack[self.frame + crate::interp::frame::F_GLOBALS]
    }

    pub fn current_locals(&mut self) -> PyResult {
        use crate::interp::frame::*;
        if self.frame == usize::MAX {
            return Ok(self.new_dict().value());
        }
        let base = self.frame;
        let l = self.stack[base + F_LOCALS];
        if !l.is_null() {
            return Ok(l);
        }
        let code = self.stack[base + F_CODE].downcast::<crate::object::code::CodeObj>().unwrap();
        let d = self.new_dict();
        for (i, n) in code.varnames.iter().enumerate() {
            let v = self.stack[base + HEADER + i];
            if !v.is_null() {
                d.set_str_key(*n, v);
            }
        }
        Ok(d.value())
    }
}

/// `object.__getstate__`: the instance dict (None when empty or absent);
/// with `__slots__`, `(dict or None, {slot: value})` as CPython.
fn object_getstate(vm: &mut Vm, obj: Value) -> PyResult {
    let k = vm.n.__dict__;
    let dict = match vm.getattr_opt(obj, k)? {
        Some(d) if d.downcast::<DictObj>().is_some_and(|d| d.len() > 0) => d,
        _ => Value::NONE,
    };
    let t = vm.type_of(obj);
    let slot_names: Vec<Value> = t.mro.with(|m| m.iter().flat_map(|c| c.slot_names.with(|s| s.clone().unwrap_or_default())).collect());
    let slots = vm.new_dict();
    for name in slot_names {
        if Vm::str_of(name).is_some_and(|n| n == "__dict__" || n == "__weakref__") {
            continue;
        }
        if let Some(v) = vm.getattr_opt(obj, name)? {
            vm.dict_set(slots, name, v)?;
        }
    }
    if slots.len() == 0 {
        return Ok(dict);
    }
    Ok(vm.new_tuple(vec![dict, slots.value()]))
}

/// The name argument of `object.__getattribute__` / `__setattr__` /
/// `__delattr__`: an interned str, else CPython's TypeError.
fn attr_name_arg(vm: &mut Vm, n: Value) -> PyResult {
    if Vm::str_of(n).is_none() {
        let tn = vm.type_name(n);
        return Err(vm.type_error(&format!("attribute name must be string, not '{tn}'")));
    }
    Ok(vm.intern_value(n))
}

/// CPython's `hackcheck`: `object.__setattr__(C, ...)` must not bypass the
/// class-level setattr of type objects (the "Carlo Verre hack", which
/// could otherwise modify builtin types).
fn carlo_verre_check(vm: &mut Vm, obj: Value, what: &str) -> crate::vm::PyResult<()> {
    if obj.downcast::<crate::object::typeobj::TypeObj>().is_some() {
        let n = vm.type_of(obj).name();
        return Err(vm.type_error(&format!("can't apply this {what} to {n} object")));
    }
    Ok(())
}

/// `__new__` of the three singleton types: no arguments, the one instance.
fn singleton_new(vm: &mut Vm, a: &[Value], v: Value, name: &str) -> crate::vm::PyResult {
    if a.len() > 1 {
        return Err(vm.type_error(&format!("{name} takes no arguments")));
    }
    Ok(v)
}
