//! Coroutines: the `await` protocol (GetAwaitable, async with, async for)
//! and the delegation of `throw`/`close` through `yield from`/`await`
//! chains, shared by generators, coroutines and async generators.
//!
//! A frame suspended inside a `yield from`/`await` loop sits at a
//! `YieldValue 1` with the sub-iterator on top of its saved value stack
//! (`gen_yf`); the other `YieldValue`s have arg 0.

use super::frame::*;
use super::run::Exit;
use crate::bytecode::code::flags as code_flags;
use crate::bytecode::Op;
use crate::object::code::CodeObj;
use crate::object::exception::{ExceptionObj, TracebackObj};
use crate::object::misc::{GenKind, GeneratorObj};
use crate::object::typeobj::TypeObj;
use crate::object::{Gc, Layout};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// The raw arguments of `throw(typ[, val[, tb]])`; absent ones are NULL.
/// They are passed unchanged to a delegate's `throw`, as CPython does.
#[derive(Copy, Clone)]
pub struct ThrowArgs {
    pub typ: Value,
    pub val: Value,
    pub tb: Value,
}

impl ThrowArgs {
    pub fn of_exc(e: Value) -> ThrowArgs {
        ThrowArgs { typ: e, val: Value::NULL, tb: Value::NULL }
    }
    pub fn from_slice(a: &[Value]) -> ThrowArgs {
        let at = |i: usize| a.get(i).copied().unwrap_or(Value::NULL);
        ThrowArgs { typ: at(0), val: at(1), tb: at(2) }
    }
    /// The leading non-NULL arguments (CPython stops at the first NULL).
    fn to_vec(self) -> Vec<Value> {
        [self.typ, self.val, self.tb].into_iter().take_while(|v| !v.is_null()).collect()
    }
}

impl Vm {
    /// Check the count of `throw(typ[, val[, tb]])` arguments.
    pub fn throw_args(&mut self, a: &[Value]) -> PyResult<ThrowArgs> {
        crate::builtins::check_count(self, "throw", a.len(), 1, 3)?;
        Ok(ThrowArgs::from_slice(a))
    }

    /// A coroutine, or a generator flagged CO_ITERABLE_COROUTINE (`types.coroutine`).
    pub fn is_coroutine_like(&self, v: Value) -> bool {
        match v.downcast::<GeneratorObj>() {
            Some(g) => match g.kind {
                GenKind::Coroutine => true,
                GenKind::Generator => {
                    g.code.downcast::<CodeObj>().map(|c| c.flags & code_flags::ITERABLE_COROUTINE != 0).unwrap_or(false)
                }
                GenKind::AsyncGenerator => false,
            },
            None => false,
        }
    }

    fn is_iterator(&self, v: Value) -> bool {
        let t = self.type_of(v);
        matches!(t.layout, Layout::Iterator | Layout::Generator) || t.lookup(self.n.__next__).is_some()
    }

    /// CPython's `_PyCoro_GetAwaitableIter`.
    pub fn awaitable_iter(&mut self, v: Value) -> PyResult {
        if self.is_coroutine_like(v) {
            return Ok(v);
        }
        let t = self.type_of(v);
        let Some(f) = t.lookup(self.n.__await__) else {
            let n = t.name();
            return Err(self.type_error(&format!("object {n} can't be used in 'await' expression")));
        };
        let res = self.call(f, &[v], &[])?;
        if self.is_coroutine_like(res) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(res) {
            let n = self.type_name(res);
            return Err(self.type_error(&format!("__await__() returned non-iterator of type '{n}'")));
        }
        Ok(res)
    }

    /// GetAwaitable: `where_` is 0 for `await`, 1/2 after `__aenter__`/`__aexit__`.
    pub fn get_awaitable(&mut self, v: Value, where_: u32) -> PyResult {
        let it = match self.awaitable_iter(v) {
            Ok(it) => it,
            Err(e) => {
                let t = self.type_of(v);
                if where_ != 0 && t.lookup(self.n.__await__).is_none() {
                    let m = if where_ == 1 { "__aenter__" } else { "__aexit__" };
                    let n = t.name();
                    return Err(self.type_error(&format!(
                        "'async with' received an object from {m} that does not implement __await__: {n}"
                    )));
                }
                return Err(e);
            }
        };
        if let Some(g) = it.downcast::<GeneratorObj>() {
            if g.kind == GenKind::Coroutine && self.gen_yf(g).is_some() {
                return Err(self.new_error(self.t.runtime_error, "coroutine is being awaited already"));
            }
        }
        Ok(it)
    }

    /// GetYieldFromIter for the frame running `code`.
    pub fn get_yield_from_iter(&mut self, v: Value, code: Gc<CodeObj>) -> PyResult {
        if let Some(g) = v.downcast::<GeneratorObj>() {
            match g.kind {
                GenKind::Generator => return Ok(v),
                GenKind::Coroutine => {
                    if code.flags & (code_flags::COROUTINE | code_flags::ITERABLE_COROUTINE) == 0 {
                        return Err(self.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
                    }
                    return Ok(v);
                }
                GenKind::AsyncGenerator => {}
            }
        }
        self.get_iter(v)
    }

    /// GetAiter: `aiter(v)` with the `async for` messages.
    pub fn get_aiter(&mut self, v: Value) -> PyResult {
        let t = self.type_of(v);
        let Some(f) = t.lookup(self.n.__aiter__) else {
            let n = t.name();
            return Err(self.type_error(&format!("'async for' requires an object with __aiter__ method, got {n}")));
        };
        let it = self.call(f, &[v], &[])?;
        let it_t = self.type_of(it);
        if it_t.lookup(self.n.__anext__).is_none() {
            let n = it_t.name();
            return Err(self.type_error(&format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {n}"
            )));
        }
        Ok(it)
    }

    /// GetAnext: the awaitable of `aiter.__anext__()`.
    pub fn get_anext(&mut self, aiter: Value) -> PyResult {
        if let Some(g) = aiter.downcast::<GeneratorObj>().filter(|g| g.kind == GenKind::AsyncGenerator) {
            return Ok(self.new_asend(g, Value::NONE));
        }
        let t = self.type_of(aiter);
        if t.lookup(self.n.__anext__).is_none() {
            let n = t.name();
            return Err(self.type_error(&format!("'async for' requires an iterator with __anext__ method, got {n}")));
        }
        let next = self.call_anext(aiter)?;
        match self.awaitable_iter(next) {
            Ok(a) => Ok(a),
            Err(e) => {
                let n = self.type_name(next);
                let r = self.type_error(&format!("'async for' received an invalid object from __anext__: {n}"));
                set_cause(r.0, e.0);
                Err(r)
            }
        }
    }

    /// `aiter.__anext__()` (the builtin `anext` without a default); async
    /// generators skip the method lookup.
    pub fn call_anext(&mut self, aiter: Value) -> PyResult {
        if let Some(g) = aiter.downcast::<GeneratorObj>().filter(|g| g.kind == GenKind::AsyncGenerator) {
            return Ok(self.new_asend(g, Value::NONE));
        }
        let t = self.type_of(aiter);
        let Some(f) = t.lookup(self.n.__anext__) else {
            let n = t.name();
            return Err(self.type_error(&format!("'{n}' object is not an async iterator")));
        };
        self.call(f, &[aiter], &[])
    }

    /// BeforeAsyncWith: (bound `__aexit__`, result of `__aenter__()`).
    pub fn before_async_with(&mut self, mgr: Value) -> PyResult<(Value, Value)> {
        let t = self.type_of(mgr);
        let n = t.name();
        let Some(enter) = t.lookup(self.n.__aenter__) else {
            return Err(self.type_error(&format!("'{n}' object does not support the asynchronous context manager protocol")));
        };
        let Some(exit) = t.lookup(self.n.__aexit__) else {
            return Err(self.type_error(&format!(
                "'{n}' object does not support the asynchronous context manager protocol (missed __aexit__ method)"
            )));
        };
        let enter_b = self.bind_descriptor(enter, mgr, t.value())?;
        let exit_b = self.bind_descriptor(exit, mgr, t.value())?;
        let r = self.call(enter_b, &[], &[])?;
        Ok((exit_b, r))
    }

    /// The object a suspended frame delegates to (`gi_yieldfrom`, `cr_await`, `ag_await`).
    pub fn gen_yf(&self, g: Gc<GeneratorObj>) -> Option<Value> {
        g.state.with(|s| {
            if !s.started || s.finished || s.running || s.frame.len() <= HEADER {
                return None;
            }
            let code = s.frame[F_CODE].downcast::<CodeObj>()?;
            let w = code.units.get(s.frame[F_LASTI].as_small_int()? as usize)?.get();
            if Op::from_u8(w as u8) != Some(Op::YieldValue) || w >> 8 != 1 {
                return None;
            }
            let sp = s.frame[F_SP].as_small_int()? as usize;
            s.frame.get((HEADER + code.nlocalsplus() + sp).checked_sub(1)?).copied()
        })
    }

    /// Is `g` suspended at a plain `yield` (an async generator's value yield)?
    pub fn gen_at_plain_yield(&self, g: Gc<GeneratorObj>) -> bool {
        g.state.with(|s| {
            if s.finished || s.frame.len() <= HEADER {
                return false;
            }
            let Some(code) = s.frame[F_CODE].downcast::<CodeObj>() else { return false };
            let Some(i) = s.frame[F_LASTI].as_small_int() else { return false };
            match code.units.get(i as usize) {
                Some(w) => Op::from_u8(w.get() as u8) == Some(Op::YieldValue) && w.get() >> 8 == 0,
                None => false,
            }
        })
    }

    /// The sub-iterator of `g` finished with `r` during a throw: drop it and
    /// make the frame resume after its send loop (where `r` is the result).
    fn gen_leave_send_loop(&mut self, g: Gc<GeneratorObj>) -> PyResult<()> {
        let ok = g.state.with_mut(|s| {
            let code = s.frame.get(F_CODE)?.downcast::<CodeObj>()?;
            let lasti = s.frame[F_LASTI].as_small_int()? as usize;
            let send = code.units.get(lasti.checked_sub(1)?)?.get();
            if Op::from_u8(send as u8) != Some(Op::Send) {
                return None;
            }
            // The loop is `Send exit; YieldValue 1; JumpBackward send; exit:`.
            let before_exit = ((send >> 8) as usize).checked_sub(1)?;
            if Op::from_u8(code.units.get(before_exit)?.get() as u8) != Some(Op::JumpBackward) {
                return None;
            }
            let sp = s.frame[F_SP].as_small_int()?;
            s.frame[F_SP] = int_slot(sp - 1);
            s.frame[F_LASTI] = int_slot(before_exit as i64);
            Some(())
        });
        match ok {
            Some(()) => Ok(()),
            None => Err(self.new_error(self.t.runtime_error, "malformed yield-from frame")),
        }
    }

    /// `gen.throw(...)` with delegation to the awaited/`yield from` sub-iterator.
    /// `close_on_genexit`: a GeneratorExit closes the delegate instead of
    /// being thrown into it (false for async generators' athrow/aclose).
    pub fn gen_throw(&mut self, g: Gc<GeneratorObj>, t: ThrowArgs, close_on_genexit: bool) -> PyResult<Exit> {
        if let Some(yf) = self.gen_yf(g) {
            if close_on_genexit && self.throw_matches(t.typ, self.t.generator_exit) {
                g.state.with_mut(|s| s.running = true);
                let r = self.close_iter(yf);
                g.state.with_mut(|s| s.running = false);
                if let Err(e) = r {
                    return self.gen_resume(g, Value::NONE, Some(e));
                }
            } else {
                g.state.with_mut(|s| s.running = true);
                let r = self.throw_into_sub(yf, t, close_on_genexit);
                g.state.with_mut(|s| s.running = false);
                match r {
                    Ok(None) => {}
                    Ok(Some(Exit::Yield(y))) => return Ok(Exit::Yield(y)),
                    Ok(Some(Exit::Return(r))) => {
                        self.gen_leave_send_loop(g)?;
                        return self.gen_resume(g, r, None);
                    }
                    Err(e) => return self.gen_resume(g, Value::NONE, Some(e)),
                }
            }
        }
        let e = self.normalize_throw(t)?;
        self.gen_resume(g, Value::NONE, Some(e))
    }

    /// Throw into a delegate; `Ok(None)` when it has no `throw` method.
    fn throw_into_sub(&mut self, yf: Value, t: ThrowArgs, close_on_genexit: bool) -> PyResult<Option<Exit>> {
        if let Some(sub) = yf.downcast::<GeneratorObj>().filter(|s| s.kind != GenKind::AsyncGenerator) {
            return self.gen_throw(sub, t, close_on_genexit).map(Some);
        }
        let Some(meth) = self.getattr_opt(yf, self.n.throw)? else { return Ok(None) };
        let args = t.to_vec();
        match self.call(meth, &args, &[]) {
            Ok(y) => Ok(Some(Exit::Yield(y))),
            Err(e) if self.is_instance(e.0, self.t.stop_iteration) => Ok(Some(Exit::Return(self.stop_iteration_value(e.0)))),
            Err(e) => Err(e),
        }
    }

    /// Close a delegate: `gen_close` for generators/coroutines, else its `close()` if any.
    pub fn close_iter(&mut self, yf: Value) -> PyResult<()> {
        if let Some(sub) = yf.downcast::<GeneratorObj>().filter(|s| s.kind != GenKind::AsyncGenerator) {
            return self.gen_close(sub);
        }
        if let Some(meth) = self.getattr_opt(yf, self.n.close)? {
            self.call(meth, &[], &[])?;
        }
        Ok(())
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, g: Gc<GeneratorObj>) -> PyResult<()> {
        let mut err = None;
        if let Some(yf) = self.gen_yf(g) {
            g.state.with_mut(|s| s.running = true);
            let r = self.close_iter(yf);
            g.state.with_mut(|s| s.running = false);
            err = r.err();
        }
        let e = match err {
            Some(e) => e,
            None => self.new_exception_err(self.t.generator_exit, vec![]),
        };
        match self.gen_resume_ex(g, Value::NONE, Some(e), true) {
            Ok(Exit::Yield(_)) => {
                let msg = match g.kind {
                    GenKind::Generator => "generator ignored GeneratorExit",
                    GenKind::Coroutine => "coroutine ignored GeneratorExit",
                    GenKind::AsyncGenerator => "async generator ignored GeneratorExit",
                };
                Err(self.new_error(self.t.runtime_error, msg))
            }
            Ok(Exit::Return(_)) => Ok(()),
            Err(e) if self.is_instance(e.0, self.t.stop_iteration) || self.is_instance(e.0, self.t.generator_exit) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// PyErr_GivenExceptionMatches for a class or an instance.
    fn throw_matches(&self, typ: Value, cls: Gc<TypeObj>) -> bool {
        match typ.downcast::<TypeObj>() {
            Some(t) => t == cls || t.is_subtype(cls),
            None => self.is_instance(typ, cls),
        }
    }

    /// The exception `throw(typ, val, tb)` raises (CPython's normalisation).
    pub fn normalize_throw(&mut self, t: ThrowArgs) -> PyResult<PyErr> {
        let tb = if t.tb.is_none() { Value::NULL } else { t.tb };
        if !tb.is_null() && tb.downcast::<TracebackObj>().is_none() {
            return Err(self.type_error("throw() third argument must be a traceback object"));
        }
        let val = if t.val.is_null() { Value::NONE } else { t.val };
        let exc = if let Some(cls) = t.typ.downcast::<TypeObj>().filter(|c| c.is_subtype(self.t.base_exception)) {
            if self.is_instance(val, cls) {
                val
            } else {
                let args = if val.is_none() {
                    vec![]
                } else if let Some(tup) = val.downcast::<crate::object::seq::TupleObj>() {
                    tup.items.to_vec()
                } else {
                    vec![val]
                };
                let e = self.call(t.typ, &args, &[])?;
                if !self.is_instance(e, self.t.base_exception) {
                    let n = self.type_name(e);
                    return Err(self.type_error(&format!(
                        "calling {} should have returned an instance of BaseException, not {n}",
                        cls.name()
                    )));
                }
                e
            }
        } else if self.is_instance(t.typ, self.t.base_exception) {
            if !val.is_none() {
                return Err(self.type_error("instance exception may not have a separate value"));
            }
            t.typ
        } else {
            let n = self.type_name(t.typ);
            return Err(self.type_error(&format!(
                "exceptions must be classes or instances deriving from BaseException, not {n}"
            )));
        };
        if !tb.is_null() {
            if let Some(x) = exc.downcast::<ExceptionObj>() {
                x.traceback.set(tb);
            }
        }
        Ok(PyErr(exc))
    }
}

/// `raise new from old` done natively (also sets the context).
pub fn set_cause(new: Value, old: Value) {
    if let Some(x) = new.downcast::<ExceptionObj>() {
        x.cause.set(old);
        x.context.set(old);
        x.suppress_context.set(true);
    }
}
