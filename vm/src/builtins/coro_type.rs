//! Methods of generators, coroutines, async generators and the awaitables
//! of `__await__`, `asend`, `athrow` and `aclose` (the machinery is in
//! `interp/generator.rs`, `interp/coroutine.rs` and `interp/asyncgen.rs`).

use crate::interp::run::Exit;
use crate::object::coro::{AwaitOpKind, AwaitOpObj};
use crate::object::misc::GeneratorObj;
use crate::object::typeobj::TypeObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Python-level result of a resume: a yielded value, or StopIteration.
pub fn gen_result(vm: &mut Vm, r: PyResult<Exit>) -> PyResult {
    match r? {
        Exit::Yield(v) => Ok(v),
        Exit::Return(r) => {
            let args = if r.is_none() { vec![] } else { vec![r] };
            Err(vm.new_exception_err(vm.t.stop_iteration, args))
        }
    }
}

fn check_send(vm: &mut Vm, t: Gc<TypeObj>, a: &[Value]) -> PyResult<()> {
    if a.len() != 2 {
        return Err(vm.type_error(&format!("{}.send() takes exactly one argument ({} given)", t.name(), a.len() - 1)));
    }
    Ok(())
}

fn check_close(vm: &mut Vm, t: Gc<TypeObj>, a: &[Value]) -> PyResult<()> {
    if a.len() != 1 {
        return Err(vm.type_error(&format!("{}.close() takes no arguments ({} given)", t.name(), a.len() - 1)));
    }
    Ok(())
}

// `call` checks the self argument of builtin methods; these only guard.
fn gen_of(vm: &mut Vm, a: &[Value]) -> PyResult<Gc<GeneratorObj>> {
    a.first().and_then(|v| v.downcast::<GeneratorObj>()).ok_or_else(|| vm.type_error("expected a generator"))
}

fn op_of(vm: &mut Vm, a: &[Value]) -> PyResult<Gc<AwaitOpObj>> {
    a.first().and_then(|v| v.downcast::<AwaitOpObj>()).ok_or_else(|| vm.type_error("expected an awaitable"))
}

fn gen_methods(vm: &mut Vm, t: Gc<TypeObj>) {
    vm.add_method(t, "send", |vm, a, _| {
        let t = vm.type_of(a[0]);
        check_send(vm, t, a)?;
        let g = gen_of(vm, a)?;
        let r = vm.gen_resume(g, a[1], None);
        gen_result(vm, r)
    });
    vm.add_method(t, "throw", |vm, a, _| {
        let ta = vm.throw_args(&a[1..])?;
        let g = gen_of(vm, a)?;
        let r = vm.gen_throw(g, ta, true);
        gen_result(vm, r)
    });
    vm.add_method(t, "close", |vm, a, _| {
        let t = vm.type_of(a[0]);
        check_close(vm, t, a)?;
        let g = gen_of(vm, a)?;
        vm.gen_close(g)?;
        Ok(Value::NONE)
    });
}

fn async_gen_methods(vm: &mut Vm) {
    let t = vm.t.async_generator;
    vm.add_method(t, "__aiter__", |_vm, a, _| Ok(a[0]));
    vm.add_method(t, "__anext__", |vm, a, _| {
        if a.len() != 1 {
            return Err(vm.type_error(&format!("expected 0 arguments, got {}", a.len() - 1)));
        }
        let g = gen_of(vm, a)?;
        Ok(vm.new_asend(g, Value::NONE))
    });
    vm.add_method(t, "asend", |vm, a, _| {
        if a.len() != 2 {
            return Err(vm.type_error(&format!("async_generator.asend() takes exactly one argument ({} given)", a.len() - 1)));
        }
        let g = gen_of(vm, a)?;
        Ok(vm.new_asend(g, a[1]))
    });
    vm.add_method(t, "athrow", |vm, a, _| {
        let args = vm.new_tuple(a[1..].to_vec());
        Ok(vm.new_await_op(a[0], AwaitOpKind::AThrow, args))
    });
    vm.add_method(t, "aclose", |vm, a, _| {
        if a.len() != 1 {
            return Err(vm.type_error(&format!("async_generator.aclose() takes no arguments ({} given)", a.len() - 1)));
        }
        Ok(vm.new_await_op(a[0], AwaitOpKind::AClose, Value::NONE))
    });
}

fn await_op_methods(vm: &mut Vm, t: Gc<TypeObj>, awaitable: bool) {
    vm.add_method(t, "send", |vm, a, _| {
        let t = vm.type_of(a[0]);
        check_send(vm, t, a)?;
        let o = op_of(vm, a)?;
        let r = vm.await_op_send(o, a[1]);
        gen_result(vm, r)
    });
    vm.add_method(t, "throw", |vm, a, _| {
        let o = op_of(vm, a)?;
        let r = vm.await_op_throw(o, &a[1..]);
        gen_result(vm, r)
    });
    vm.add_method(t, "close", |vm, a, _| {
        let t = vm.type_of(a[0]);
        check_close(vm, t, a)?;
        let o = op_of(vm, a)?;
        vm.await_op_close(o)?;
        Ok(Value::NONE)
    });
    vm.add_method(t, "__next__", |vm, a, _| {
        let o = op_of(vm, a)?;
        let r = vm.await_op_send(o, Value::NONE);
        gen_result(vm, r)
    });
    vm.add_method(t, "__iter__", |_vm, a, _| Ok(a[0]));
    if awaitable {
        vm.add_method(t, "__await__", |_vm, a, _| Ok(a[0]));
    }
}

/// The builtins `aiter(obj)` and `anext(aiter[, default])`.
fn async_builtins(vm: &mut Vm) {
    let f = vm.new_builtin("aiter", |vm, a, k| {
        super::no_kwargs(vm, "aiter", k)?;
        super::check_count(vm, "aiter", a.len(), 1, 1)?;
        let t = vm.type_of(a[0]);
        let Some(f) = t.lookup(vm.n.__aiter__) else {
            return Err(vm.type_error(&format!("'{}' object is not an async iterable", t.name())));
        };
        let it = vm.call(f, &[a[0]], &[])?;
        let it_t = vm.type_of(it);
        if it_t.lookup(vm.n.__anext__).is_none() {
            return Err(vm.type_error(&format!("aiter() returned not an async iterator of type '{}'", it_t.name())));
        }
        Ok(it)
    });
    let k = vm.intern("aiter");
    vm.builtins.set_str_key(k, f);
    let f = vm.new_builtin("anext", |vm, a, k| {
        super::no_kwargs(vm, "anext", k)?;
        super::check_count(vm, "anext", a.len(), 1, 2)?;
        if a.len() == 1 {
            return vm.call_anext(a[0]);
        }
        let t = vm.type_of(a[0]);
        if t.lookup(vm.n.__anext__).is_none() {
            return Err(vm.type_error(&format!("'{}' object is not an async iterator", t.name())));
        }
        Ok(vm.new_await_op(a[0], AwaitOpKind::ANext, a[1]))
    });
    let k = vm.intern("anext");
    vm.builtins.set_str_key(k, f);
}

pub fn install(vm: &mut Vm) {
    async_builtins(vm);
    let (g, c) = (vm.t.generator, vm.t.coroutine);
    gen_methods(vm, g);
    gen_methods(vm, c);
    vm.add_method(c, "__await__", |vm, a, _| Ok(vm.new_await_op(a[0], AwaitOpKind::Wrapper, Value::NONE)));
    async_gen_methods(vm);
    let (w, s, t) = (vm.t.coroutine_wrapper, vm.t.async_generator_asend, vm.t.async_generator_athrow);
    await_op_methods(vm, w, false);
    await_op_methods(vm, s, true);
    await_op_methods(vm, t, true);
    let n = vm.t.anext_awaitable;
    await_op_methods(vm, n, true);
}
