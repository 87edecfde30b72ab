//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654): the constructor's
//! checks, the `message`/`exceptions` members, `str()`, `derive`, and the
//! recursive `split`/`subgroup` that `except*` is built on.
//!
//! `message` and `exceptions` are kept in the instance's attribute store
//! under those names and exposed through read-only member descriptors on
//! `BaseExceptionGroup` (so `eg.message = x` fails as in CPython; `vars(eg)`
//! shows them, where CPython's `vars(eg)` is empty).

use super::args::Arity;
use crate::object::attrs::attrs_of;
use crate::object::exception::ExceptionObj;
use crate::object::seq::TupleObj;
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, Layout};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What `split`/`subgroup`/`except*` match sub-exceptions with.
pub enum Matcher {
    /// An exception class or a tuple of them (`isinstance`).
    Types(Value),
    /// A predicate called on every exception and group of the tree.
    Predicate(Value),
    /// Exceptions whose identity is in the list (`except*` re-raises).
    Ids(Vec<Value>),
}

impl Vm {
    /// The builtin `BaseExceptionGroup` class.
    pub fn base_exception_group(&mut self) -> Option<Gc<TypeObj>> {
        class_named(self, "BaseExceptionGroup")
    }

    /// Is `v` an exception group (an instance of `BaseExceptionGroup`)?
    pub fn is_exception_group(&mut self, v: Value) -> bool {
        match self.base_exception_group() {
            Some(c) => self.is_instance(v, c),
            None => false,
        }
    }

    /// `eg.exceptions` as a vector (empty for anything else).
    pub fn group_exceptions(&mut self, eg: Value) -> Vec<Value> {
        let k = self.intern("exceptions");
        attrs_of(eg)
            .and_then(|a| a.get(k))
            .and_then(|t| t.downcast::<TupleObj>())
            .map(|t| t.items.to_vec())
            .unwrap_or_default()
    }

    /// `BaseExceptionGroup(message, excs)`: an `ExceptionGroup` when every
    /// item is an `Exception`.
    /// `excs` is passed as a tuple when `tuple`, else as a list (it shows in the repr).
    pub fn new_exception_group(&mut self, message: &str, excs: Vec<Value>, tuple: bool) -> PyResult {
        let Some(cls) = self.base_exception_group() else {
            return Err(self.new_error(self.t.runtime_error, "BaseExceptionGroup is missing"));
        };
        let m = self.new_str(message);
        let l = if tuple { self.new_tuple(excs) } else { self.new_list(excs) };
        self.call(cls.value(), &[m, l], &[])
    }

    /// Check a `split`/`subgroup` condition (CPython's message on failure).
    pub fn group_matcher(&mut self, cond: Value) -> PyResult<Matcher> {
        let is_exc_class = |vm: &Vm, v: Value| v.downcast::<TypeObj>().is_some_and(|t| t.is_subtype(vm.t.base_exception));
        if v_is_type(cond) {
            if is_exc_class(self, cond) {
                return Ok(Matcher::Types(cond));
            }
        } else if let Some(t) = cond.downcast::<TupleObj>() {
            if t.items.iter().all(|x| is_exc_class(self, *x)) {
                return Ok(Matcher::Types(cond));
            }
        } else if crate::modules::is_callable(self, cond) {
            return Ok(Matcher::Predicate(cond));
        }
        Err(self.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn group_cond_matches(&mut self, exc: Value, m: &Matcher) -> PyResult<bool> {
        match m {
            Matcher::Types(t) => self.exception_matches(exc, *t),
            Matcher::Predicate(f) => {
                let r = self.call(*f, &[exc], &[])?;
                self.truthy(r)
            }
            Matcher::Ids(ids) => Ok(ids.contains(&exc)),
        }
    }

    /// Split `exc` (a group or not) by `m` into (match, rest); None for an
    /// empty part. `rest` is only built when `with_rest`.
    pub fn group_split(&mut self, exc: Value, m: &Matcher, with_rest: bool) -> PyResult<(Value, Value)> {
        if self.group_cond_matches(exc, m)? {
            return Ok((exc, Value::NONE));
        }
        if !self.is_exception_group(exc) {
            return Ok((Value::NONE, if with_rest { exc } else { Value::NONE }));
        }
        // With a predicate, CPython's limit trips in the Python call (plain message).
        match m {
            Matcher::Predicate(_) => self.enter()?,
            _ => self.enter_for(" in exceptiongroup_split_recursive")?,
        }
        let r = self.group_split_items(exc, m, with_rest);
        self.leave();
        r
    }

    fn group_split_items(&mut self, exc: Value, m: &Matcher, with_rest: bool) -> PyResult<(Value, Value)> {
        let mark = self.extra_roots.len();
        let items = self.group_exceptions(exc);
        self.extra_roots.extend(&items);
        let (mut matched, mut rest) = (Vec::new(), Vec::new());
        for e in items {
            let (a, b) = self.group_split(e, m, with_rest)?;
            // Parked: derive() and predicates run Python code.
            self.extra_roots.push(a);
            self.extra_roots.push(b);
            if !a.is_none() {
                matched.push(a);
            }
            if !b.is_none() {
                rest.push(b);
            }
        }
        let a = self.group_subset(exc, matched)?;
        self.extra_roots.push(a);
        let b = if with_rest { self.group_subset(exc, rest)? } else { Value::NONE };
        self.extra_roots.truncate(mark);
        Ok((a, b))
    }

    /// `orig.derive(excs)` with orig's traceback, cause, context and a copy
    /// of its notes; None for no exceptions.
    fn group_subset(&mut self, orig: Value, excs: Vec<Value>) -> PyResult {
        if excs.is_empty() {
            return Ok(Value::NONE);
        }
        let l = self.new_list(excs);
        let k = self.intern("derive");
        let eg = self.call_method(orig, k, &[l])?;
        if !self.is_exception_group(eg) {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        if let (Some(o), Some(e)) = (orig.downcast::<ExceptionObj>(), eg.downcast::<ExceptionObj>()) {
            e.traceback.set(o.traceback.get());
            e.cause.set(o.cause.get());
            e.context.set(o.context.get());
            // Setting __cause__ sets __suppress_context__, as CPython's copy does.
            e.suppress_context.set(true);
        }
        let k = self.intern("__notes__");
        if let Some(notes) = self.getattr_opt(orig, k)? {
            if is_sequence(self, notes) {
                let items = self.collect_iter(notes)?;
                let copy = self.new_list(items);
                self.setattr(eg, k, copy)?;
            }
        }
        Ok(eg)
    }
}

fn v_is_type(v: Value) -> bool {
    v.downcast::<TypeObj>().is_some()
}

fn is_sequence(vm: &mut Vm, v: Value) -> bool {
    matches!(v.layout(), Some(Layout::List | Layout::Tuple | Layout::Str))
        || (v.layout() != Some(Layout::Dict) && vm.type_of(v).lookup(vm.n.__getitem__).is_some())
}

fn class_named(vm: &mut Vm, name: &str) -> Option<Gc<TypeObj>> {
    let k = vm.intern(name);
    vm.builtins.get_str_key(k).and_then(|v| v.downcast::<TypeObj>())
}

pub fn install(vm: &mut Vm) {
    let Some(base) = class_named(vm, "BaseExceptionGroup") else { return };
    vm.add_method(base, "__new__", |vm, a, k| {
        let (Some(cls), Some(base), Some(group)) = (
            a.first().and_then(|c| c.downcast::<TypeObj>()),
            class_named(vm, "BaseExceptionGroup"),
            class_named(vm, "ExceptionGroup"),
        ) else {
            return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object"));
        };
        let (pos, _) = super::split_args(a, k);
        if pos.len() != 3 {
            return Err(vm.type_error(&format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", pos.len() - 1)));
        }
        let (msg, excs) = (pos[1], pos[2]);
        if Vm::str_of(msg).is_none() {
            let n = vm.type_name(msg);
            return Err(vm.type_error(&format!("BaseExceptionGroup.__new__() argument 1 must be str, not {n}")));
        }
        if !is_sequence(vm, excs) || excs.layout() == Some(Layout::Str) {
            return Err(vm.type_error("second argument (exceptions) must be a sequence"));
        }
        let items = vm.collect_iter(excs)?;
        if items.is_empty() {
            return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
        }
        let mut all_exceptions = true;
        for (i, x) in items.iter().enumerate() {
            if !vm.is_instance(*x, vm.t.base_exception) {
                return Err(vm.value_error(&format!("Item {i} of second argument (exceptions) is not an exception")));
            }
            all_exceptions &= vm.is_instance(*x, vm.t.exception);
        }
        // A plain BaseExceptionGroup of Exceptions is an ExceptionGroup.
        let cls = if cls == base && all_exceptions { group } else { cls };
        if !all_exceptions && cls == group {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        if !all_exceptions && cls.is_subtype(vm.t.exception) {
            let n = cls.name();
            return Err(vm.type_error(&format!("Cannot nest BaseExceptions in '{n}'")));
        }
        let e = vm.new_exception_obj(cls, vec![msg, excs]);
        let k = vm.intern("message");
        vm.set_exc_attr(e, k, msg);
        let t = vm.new_tuple(items);
        let k = vm.intern("exceptions");
        vm.set_exc_attr(e, k, t);
        Ok(e)
    });
    // The arguments were taken by __new__.
    vm.add_method(base, "__init__", |_vm, _a, _| Ok(Value::NONE));
    for name in ["message", "exceptions"] {
        super::descr::install(
            vm,
            base,
            name,
            true,
            if name == "message" { |vm, a, _| member(vm, a[0], "message") } else { |vm, a, _| member(vm, a[0], "exceptions") },
            None,
        );
    }
    vm.add_method_a(base, "__str__", Arity::NoArgs, |vm, a, _| {
        let k = vm.intern("message");
        let msg = attrs_of(a[0]).and_then(|x| x.get(k)).and_then(Vm::str_of).unwrap_or("").to_string();
        let n = vm.group_exceptions(a[0]).len();
        let s = format!("{msg} ({n} sub-exception{})", if n == 1 { "" } else { "s" });
        Ok(vm.new_string(s))
    });
    vm.add_method_a(base, "derive", Arity::One, |vm, a, _| {
        let k = vm.intern("message");
        let msg = attrs_of(a[0]).and_then(|x| x.get(k)).unwrap_or(Value::NONE);
        let Some(cls) = vm.base_exception_group() else { return Ok(Value::NONE) };
        vm.call(cls.value(), &[msg, a[1]], &[])
    });
    vm.add_method(base, "split", |vm, a, k| {
        let cond = one_arg(vm, "split", a, k)?;
        let m = vm.group_matcher(cond)?;
        let (x, y) = vm.group_split(a[0], &m, true)?;
        Ok(vm.new_tuple(vec![x, y]))
    });
    vm.add_method(base, "subgroup", |vm, a, k| {
        let cond = one_arg(vm, "subgroup", a, k)?;
        let m = vm.group_matcher(cond)?;
        Ok(vm.group_split(a[0], &m, false)?.0)
    });
}

fn member(vm: &mut Vm, e: Value, name: &str) -> PyResult {
    let k = vm.intern(name);
    if !vm.is_exception_group(e) {
        let n = vm.type_name(e);
        return Err(vm.type_error(&format!("descriptor '{name}' for 'BaseExceptionGroup' objects doesn't apply to a '{n}' object")));
    }
    Ok(attrs_of(e).and_then(|x| x.get(k)).unwrap_or(Value::NONE))
}

/// The single positional argument of `split`/`subgroup` (CPython's messages).
fn one_arg(vm: &mut Vm, name: &str, a: &[Value], k: &[Value]) -> PyResult {
    let (pos, _) = super::split_args(a, k);
    if !k.is_empty() {
        return Err(vm.type_error(&format!("BaseExceptionGroup.{name}() takes no keyword arguments")));
    }
    if pos.len() != 2 {
        return Err(vm.type_error(&format!("{name} expected 1 argument, got {}", pos.len().saturating_sub(1))));
    }
    Ok(pos[1])
}
