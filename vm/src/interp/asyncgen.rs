//! Async generators and the awaitable helper objects: `coroutine_wrapper`
//! (`coro.__await__()`), `async_generator_asend` (`__anext__`/`asend`) and
//! `async_generator_athrow` (`athrow`/`aclose`), with CPython 3.11's state
//! machines. Also the read-only attributes of generator-like objects and of
//! their frame views.
//!
//! An async generator's frame yields two kinds of values: those passing
//! through from an `await` (`YieldValue 1`, handed up to the event loop) and
//! its own `yield x` (`YieldValue 0`), which completes the pending
//! asend/athrow with `StopIteration(x)`. CPython wraps the latter in a
//! marker object; here the suspended frame's instruction tells them apart.

use super::coroutine::ThrowArgs;
use super::frame::*;
use super::run::Exit;
use crate::object::code::CodeObj;
use crate::object::coro::{AwaitOpKind, AwaitOpObj, AwaitOpState, FrameObj};
use crate::object::misc::{GenKind, GeneratorObj};
use crate::object::seq::TupleObj;
use crate::object::{Gc, ObjHeader};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::Cell;

const ASEND_REUSED: &str = "cannot reuse already awaited __anext__()/asend()";
const ATHROW_REUSED: &str = "cannot reuse already awaited aclose()/athrow()";

impl Vm {
    pub fn new_await_op(&mut self, target: Value, kind: AwaitOpKind, arg: Value) -> Value {
        let cls = match kind {
            AwaitOpKind::Wrapper => self.t.coroutine_wrapper,
            AwaitOpKind::ASend => self.t.async_generator_asend,
            AwaitOpKind::AThrow | AwaitOpKind::AClose => self.t.async_generator_athrow,
            AwaitOpKind::ANext => self.t.anext_awaitable,
        };
        let op = AwaitOpObj {
            header: ObjHeader::new(cls),
            target,
            kind,
            state: Cell::new(AwaitOpState::Init),
            arg,
            inner: Cell::new(Value::NULL),
        };
        self.alloc(op).value()
    }

    pub fn new_asend(&mut self, g: Gc<GeneratorObj>, v: Value) -> Value {
        self.new_await_op(g.value(), AwaitOpKind::ASend, v)
    }

    fn op_target(&mut self, op: Gc<AwaitOpObj>) -> PyResult<Gc<GeneratorObj>> {
        match op.target.downcast::<GeneratorObj>() {
            Some(g) => Ok(g),
            None => Err(self.new_error(self.t.runtime_error, "awaitable without a target")),
        }
    }

    fn set_running_async(g: Gc<GeneratorObj>, on: bool) {
        g.state.with_mut(|s| s.running_async = on);
    }

    /// CPython's `async_gen_unwrap_value`: a value yield completes the
    /// operation (Return), a finished frame is StopAsyncIteration.
    fn ag_unwrap(&mut self, g: Gc<GeneratorObj>, r: PyResult<Exit>) -> PyResult<Exit> {
        let e = match r {
            Ok(Exit::Yield(y)) => {
                if self.gen_at_plain_yield(g) {
                    Self::set_running_async(g, false);
                    return Ok(Exit::Return(y));
                }
                return Ok(Exit::Yield(y));
            }
            Ok(Exit::Return(_)) => self.new_exception_err(self.t.stop_async_iteration, vec![]),
            Err(e) => e,
        };
        if self.is_instance(e.0, self.t.stop_async_iteration) || self.is_instance(e.0, self.t.generator_exit) {
            g.state.with_mut(|s| s.closed = true);
        }
        Self::set_running_async(g, false);
        Err(e)
    }

    /// `op.send(v)`; `Exit::Return(x)` means StopIteration(x).
    pub fn await_op_send(&mut self, op: Gc<AwaitOpObj>, v: Value) -> PyResult<Exit> {
        if op.kind == AwaitOpKind::ANext {
            return self.anext_proxy(op, |vm, it| vm.send_into(it, v));
        }
        let g = self.op_target(op)?;
        match op.kind {
            AwaitOpKind::Wrapper | AwaitOpKind::ANext => self.gen_resume(g, v, None),
            AwaitOpKind::ASend => self.asend_send(op, g, v),
            AwaitOpKind::AThrow | AwaitOpKind::AClose => self.athrow_send(op, g, v),
        }
    }

    fn asend_send(&mut self, op: Gc<AwaitOpObj>, g: Gc<GeneratorObj>, v: Value) -> PyResult<Exit> {
        let mut v = v;
        match op.state.get() {
            AwaitOpState::Closed => return Err(self.new_error(self.t.runtime_error, ASEND_REUSED)),
            AwaitOpState::Init => {
                if g.state.with(|s| s.running_async) {
                    return Err(self.new_error(self.t.runtime_error, "anext(): asynchronous generator is already running"));
                }
                if v.is_none() {
                    v = op.arg;
                }
                op.state.set(AwaitOpState::Iter);
            }
            AwaitOpState::Iter => {}
        }
        Self::set_running_async(g, true);
        let r = self.gen_resume(g, v, None);
        let r = self.ag_unwrap(g, r);
        if !matches!(r, Ok(Exit::Yield(_))) {
            op.state.set(AwaitOpState::Closed);
        }
        r
    }

    fn athrow_send(&mut self, op: Gc<AwaitOpObj>, g: Gc<GeneratorObj>, v: Value) -> PyResult<Exit> {
        let aclose = op.kind == AwaitOpKind::AClose;
        if op.state.get() == AwaitOpState::Closed {
            return Err(self.new_error(self.t.runtime_error, ATHROW_REUSED));
        }
        if g.state.with(|s| s.finished) {
            op.state.set(AwaitOpState::Closed);
            return Ok(Exit::Return(Value::NONE));
        }
        let r = if op.state.get() == AwaitOpState::Init {
            if g.state.with(|s| s.running_async) {
                op.state.set(AwaitOpState::Closed);
                let msg = if aclose { "aclose(): asynchronous generator is already running" } else { "athrow(): asynchronous generator is already running" };
                return Err(self.new_error(self.t.runtime_error, msg));
            }
            if g.state.with(|s| s.closed) {
                op.state.set(AwaitOpState::Closed);
                return Err(self.new_exception_err(self.t.stop_async_iteration, vec![]));
            }
            if !v.is_none() {
                return Err(self.new_error(self.t.runtime_error, "can't send non-None value to a just-started coroutine"));
            }
            op.state.set(AwaitOpState::Iter);
            Self::set_running_async(g, true);
            if aclose {
                g.state.with_mut(|s| s.closed = true);
                let ge = self.t.generator_exit.value();
                self.gen_throw(g, ThrowArgs::of_exc(ge), false)
            } else {
                let args = op.arg.downcast::<TupleObj>().map(|t| t.items.to_vec()).unwrap_or_default();
                if args.is_empty() || args.len() > 3 {
                    let msg = if args.is_empty() {
                        "athrow expected at least 1 argument, got 0".to_string()
                    } else {
                        format!("athrow expected at most 3 arguments, got {}", args.len())
                    };
                    return Err(self.type_error(&msg));
                }
                let r = self.gen_throw(g, ThrowArgs::from_slice(&args), false);
                self.ag_unwrap(g, r)
            }
        } else {
            let r = self.gen_resume(g, v, None);
            if !aclose {
                return self.ag_unwrap(g, r);
            }
            r
        };
        self.athrow_finish(op, g, r)
    }

    /// The common tail of athrow/aclose: aclose must not see a value yield,
    /// and ends quietly (StopIteration) on StopAsyncIteration/GeneratorExit.
    fn athrow_finish(&mut self, op: Gc<AwaitOpObj>, g: Gc<GeneratorObj>, r: PyResult<Exit>) -> PyResult<Exit> {
        let aclose = op.kind == AwaitOpKind::AClose;
        let e = match r {
            Ok(Exit::Yield(y)) if aclose && self.gen_at_plain_yield(g) => {
                let _ = y;
                Self::set_running_async(g, false);
                op.state.set(AwaitOpState::Closed);
                return Err(self.new_error(self.t.runtime_error, "async generator ignored GeneratorExit"));
            }
            Ok(Exit::Yield(y)) => return Ok(Exit::Yield(y)),
            // Only aclose sees the frame's own return; athrow unwrapped it already.
            Ok(Exit::Return(x)) if !aclose => {
                Self::set_running_async(g, false);
                op.state.set(AwaitOpState::Closed);
                return Ok(Exit::Return(x));
            }
            Ok(Exit::Return(_)) => self.new_exception_err(self.t.stop_async_iteration, vec![]),
            Err(e) => e,
        };
        Self::set_running_async(g, false);
        op.state.set(AwaitOpState::Closed);
        self.aclose_quiet(aclose, e)
    }

    fn aclose_quiet(&mut self, aclose: bool, e: PyErr) -> PyResult<Exit> {
        if aclose && (self.is_instance(e.0, self.t.stop_async_iteration) || self.is_instance(e.0, self.t.generator_exit)) {
            return Ok(Exit::Return(Value::NONE));
        }
        Err(e)
    }

    /// `op.throw(typ[, val[, tb]])`.
    pub fn await_op_throw(&mut self, op: Gc<AwaitOpObj>, args: &[Value]) -> PyResult<Exit> {
        if op.kind == AwaitOpKind::ANext {
            return self.anext_proxy(op, |vm, it| vm.throw_into_iter(it, args));
        }
        let g = self.op_target(op)?;
        match op.kind {
            AwaitOpKind::Wrapper | AwaitOpKind::ANext => {
                let t = self.throw_args(args)?;
                self.gen_throw(g, t, true)
            }
            AwaitOpKind::ASend => {
                if op.state.get() == AwaitOpState::Closed {
                    return Err(self.new_error(self.t.runtime_error, ASEND_REUSED));
                }
                // A bad argument count also ends the operation, as in CPython.
                let r = self.throw_args(args).and_then(|t| self.gen_throw(g, t, true));
                let r = self.ag_unwrap(g, r);
                if !matches!(r, Ok(Exit::Yield(_))) {
                    op.state.set(AwaitOpState::Closed);
                }
                r
            }
            AwaitOpKind::AThrow | AwaitOpKind::AClose => {
                if op.state.get() == AwaitOpState::Closed {
                    return Err(self.new_error(self.t.runtime_error, ATHROW_REUSED));
                }
                let r = self.throw_args(args).and_then(|t| self.gen_throw(g, t, true));
                if op.kind == AwaitOpKind::AThrow {
                    return self.ag_unwrap(g, r);
                }
                match r {
                    Ok(Exit::Yield(_)) if self.gen_at_plain_yield(g) => {
                        Self::set_running_async(g, false);
                        op.state.set(AwaitOpState::Closed);
                        Err(self.new_error(self.t.runtime_error, "async generator ignored GeneratorExit"))
                    }
                    Ok(Exit::Yield(y)) => Ok(Exit::Yield(y)),
                    Ok(Exit::Return(_)) => Ok(Exit::Return(Value::NONE)),
                    Err(e) => self.aclose_quiet(true, e),
                }
            }
        }
    }

    /// `op.close()`.
    pub fn await_op_close(&mut self, op: Gc<AwaitOpObj>) -> PyResult<()> {
        if op.kind == AwaitOpKind::ANext {
            return self.anext_proxy(op, |vm, it| vm.close_iter(it).map(|_| Exit::Return(Value::NONE))).map(|_| ());
        }
        if op.kind == AwaitOpKind::Wrapper {
            let g = self.op_target(op)?;
            return self.gen_close(g);
        }
        op.state.set(AwaitOpState::Closed);
        Ok(())
    }

    /// `anext_awaitable`: forward to the awaitable of `__anext__()`;
    /// StopAsyncIteration becomes the default as a return value.
    fn anext_proxy(&mut self, op: Gc<AwaitOpObj>, f: impl FnOnce(&mut Vm, Value) -> PyResult<Exit>) -> PyResult<Exit> {
        let mut it = op.inner.get();
        if it.is_null() {
            let aw = self.call_anext(op.target)?;
            it = self.awaitable_iter(aw)?;
            op.inner.set(it);
        }
        match f(self, it) {
            Err(e) if self.is_instance(e.0, self.t.stop_async_iteration) => Ok(Exit::Return(op.arg)),
            r => r,
        }
    }

    /// `it.throw(*args)` for any iterator, as an Exit.
    fn throw_into_iter(&mut self, it: Value, args: &[Value]) -> PyResult<Exit> {
        if let Some(g) = it.downcast::<GeneratorObj>() {
            let t = self.throw_args(args)?;
            return self.gen_throw(g, t, true);
        }
        if let Some(op) = it.downcast::<AwaitOpObj>() {
            return self.await_op_throw(op, args);
        }
        match self.call_method(it, self.n.throw, args) {
            Ok(y) => Ok(Exit::Yield(y)),
            Err(e) if self.is_instance(e.0, self.t.stop_iteration) => Ok(Exit::Return(self.stop_iteration_value(e.0))),
            Err(e) => Err(e),
        }
    }

    /// Attributes of generators, coroutines and async generators.
    pub fn gen_attr(&mut self, g: Gc<GeneratorObj>, n: &str) -> Option<Value> {
        let p = match g.kind {
            GenKind::Generator => "gi_",
            GenKind::Coroutine => "cr_",
            GenKind::AsyncGenerator => "ag_",
        };
        let field = match n {
            "__name__" => return Some(g.name.get()),
            "__qualname__" => return Some(g.qualname.get()),
            _ => n.strip_prefix(p)?,
        };
        Some(match field {
            "code" => g.code,
            "running" if g.kind == GenKind::AsyncGenerator => Value::from_bool(g.state.with(|s| s.running_async)),
            "running" => Value::from_bool(g.state.with(|s| s.running)),
            "suspended" if g.kind != GenKind::AsyncGenerator => {
                Value::from_bool(g.state.with(|s| s.started && !s.running && !s.finished))
            }
            "frame" => {
                if g.state.with(|s| s.finished) {
                    Value::NONE
                } else {
                    self.alloc(FrameObj { header: ObjHeader::new(self.t.frame), owner: g.value(), code: Value::NULL, globals: Value::NULL, locals: Value::NULL, lasti: -1, back: Value::NULL }).value()
                }
            }
            "yieldfrom" if g.kind == GenKind::Generator => self.gen_yf(g).unwrap_or(Value::NONE),
            "await" if g.kind != GenKind::Generator => self.gen_yf(g).unwrap_or(Value::NONE),
            "origin" if g.kind == GenKind::Coroutine => Value::NONE,
            _ => return None,
        })
    }

    /// Attributes of a generator's frame view.
    pub fn frame_attr(&mut self, f: Gc<FrameObj>, n: &str) -> Option<Value> {
        if f.owner.is_null() {
            return self.snapshot_frame_attr(f, n);
        }
        let g = f.owner.downcast::<GeneratorObj>()?;
        let code = g.code.downcast::<CodeObj>()?;
        let saved: Vec<Value> = g.state.with(|s| s.frame.clone());
        Some(match n {
            "f_code" => g.code,
            "f_back" => Value::NONE,
            "f_lineno" | "f_lasti" => {
                let lasti = saved.get(F_LASTI).and_then(|v| v.as_small_int()).unwrap_or(-1);
                super::frames::position_attr(&code, lasti, n)
            }
            "f_globals" => saved.get(F_GLOBALS).copied().filter(|v| !v.is_null()).unwrap_or(Value::NONE),
            "f_locals" => {
                let d = self.new_dict();
                for (i, name) in code.varnames.iter().enumerate() {
                    if let Some(v) = saved.get(HEADER + i).copied().filter(|v| !v.is_null()) {
                        d.set_str_key(*name, v);
                    }
                }
                d.value()
            }
            _ => return None,
        })
    }
}
