//! Generators: a generator owns a copy of its frame while suspended and is
//! copied back onto the frame stack to run (CPython 3.11 keeps generator
//! frames in the generator object in the same way).

use super::frame::*;
use super::run::Exit;
use crate::object::function::FunctionObj;
use crate::bytecode::code::flags as code_flags;
use crate::object::misc::{GenKind, GenState, GeneratorObj};
use crate::object::{Gc, ObjHeader, VCell};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::cell::Cell;

impl Vm {
    /// Calling a generator, coroutine or async generator function: bind
    /// arguments into a frame and keep it.
    pub fn new_generator(&mut self, f: Gc<FunctionObj>, args: &[Value], kwnames: &[Value]) -> PyResult {
        let base = self.push_frame(f, args, kwnames, FLAG_ENTRY | FLAG_GENERATOR)?;
        let code = f.code.get();
        let size = code.frame_size;
        // Header, arguments and cells; the value stack starts empty (its
        // slots may hold stale words, which the precise trace must not see).
        let mut frame: Vec<Value> = self.stack[base..base + HEADER + code.nlocalsplus()].to_vec();
        frame.resize(size, Value::NULL);
        let prev = self.stack[base + F_PREV].small_int_unchecked();
        self.leave();
        self.stack_top = base;
        self.frame = if prev < 0 { usize::MAX } else { prev as usize };
        let cf = f.code.get().flags;
        let (cls, kind) = if cf & code_flags::COROUTINE != 0 {
            (self.t.coroutine, GenKind::Coroutine)
        } else if cf & code_flags::ASYNC_GENERATOR != 0 {
            (self.t.async_generator, GenKind::AsyncGenerator)
        } else {
            (self.t.generator, GenKind::Generator)
        };
        let g = self.alloc(GeneratorObj {
            header: ObjHeader::new(cls),
            code: f.code.get().value(),
            name: Cell::new(f.name.get()),
            qualname: Cell::new(f.qualname.get()),
            kind,
            state: VCell::new(GenState {
                frame,
                sp: 0,
                started: false,
                running: false,
                finished: false,
                running_async: false,
                closed: false,
                handled: Value::NULL,
                outer_handled: Value::NULL,
            }),
        });
        Ok(g.value())
    }

    /// Resume `g` sending `v` (None for `next`), or throwing `exc` into it.
    pub fn gen_resume(&mut self, g: Gc<GeneratorObj>, v: Value, exc: Option<PyErr>) -> PyResult<Exit> {
        self.gen_resume_ex(g, v, exc, false)
    }

    /// `gen_resume`; `closing` (from `close()`) keeps an exhausted coroutine silent.
    pub fn gen_resume_ex(&mut self, g: Gc<GeneratorObj>, v: Value, exc: Option<PyErr>, closing: bool) -> PyResult<Exit> {
        let (running, finished, started) = g.state.with(|s| (s.running, s.finished, s.started));
        if running {
            let msg = match g.kind {
                GenKind::Generator => "generator already executing",
                GenKind::Coroutine => "coroutine already executing",
                GenKind::AsyncGenerator => "async generator already executing",
            };
            return Err(self.new_error(self.t.value_error, msg));
        }
        if finished {
            if g.kind == GenKind::Coroutine && !closing {
                return Err(self.new_error(self.t.runtime_error, "cannot reuse already awaited coroutine"));
            }
            if let Some(e) = exc {
                return Err(e);
            }
            return Ok(Exit::Return(Value::NONE));
        }
        if !started && !v.is_none() && exc.is_none() {
            let msg = match g.kind {
                GenKind::Generator => "can't send non-None value to a just-started generator",
                GenKind::Coroutine => "can't send non-None value to a just-started coroutine",
                GenKind::AsyncGenerator => "can't send non-None value to a just-started async generator",
            };
            return Err(self.type_error(msg));
        }
        if !started {
            if let Some(e) = exc {
                g.state.with_mut(|s| {
                    s.finished = true;
                    s.frame = Vec::new();
                });
                return Err(self.gen_error_out(g, e));
            }
        }
        // Copy the frame onto the frame stack.
        let frame = g.state.with_mut(|s| {
            s.running = true;
            s.started = true;
            std::mem::take(&mut s.frame)
        });
        let Some(code) = frame.get(F_CODE).and_then(|c| c.downcast::<crate::object::code::CodeObj>()) else {
            g.state.with_mut(|s| {
                s.running = false;
                s.frame = frame;
            });
            return Err(self.new_error(self.t.runtime_error, "generator frame has no code"));
        };
        let base = self.stack_top;
        let end = base + code.frame_size;
        if let Err(e) = self.ensure_stack(end).and_then(|_| self.enter()) {
            g.state.with_mut(|s| {
                s.running = false;
                s.frame = frame;
            });
            return Err(e);
        }
        self.stack[base..base + frame.len()].copy_from_slice(&frame);
        // Keep the buffer (emptied: nothing stale is traced while running)
        // for the next suspension, instead of allocating a new one each time.
        let mut frame = frame;
        frame.clear();
        g.state.with_mut(|s| s.frame = frame);
        self.stack[base + F_PREV] = int_slot(if self.frame == usize::MAX { -1 } else { self.frame as i64 });
        self.frame = base;
        self.stack_top = end;
        self.running_gens.push(g);
        // Resuming after a yield pushes the sent value as YieldValue's result.
        let lasti = self.stack[base + F_LASTI].small_int_unchecked();
        if lasti >= 0 {
            let sp = base + HEADER + code.nlocalsplus() + self.stack[base + F_SP].small_int_unchecked() as usize;
            self.stack[sp] = v;
            self.stack[base + F_SP] = int_slot(self.stack[base + F_SP].small_int_unchecked() + 1);
        }
        // The frame sees its own handled exception (CPython's gi_exc_state).
        let caller_handled = self.handled;
        self.handled = g.state.with_mut(|s| {
            s.outer_handled = caller_handled;
            s.handled
        });
        let r = match exc {
            Some(e) => self.throw_into_frame(e),
            None => self.run_frame(),
        };
        let own = std::mem::replace(&mut self.handled, caller_handled);
        self.running_gens.pop();
        g.state.with_mut(|s| {
            s.running = false;
            s.handled = if matches!(r, Ok(Exit::Yield(_))) { own } else { Value::NULL };
            s.outer_handled = Value::NULL;
        });
        if let Ok(Exit::Return(_)) | Err(_) = &r {
            g.state.with_mut(|s| {
                s.finished = true;
                s.frame = Vec::new();
            });
        }
        r.map_err(|e| self.gen_error_out(g, e))
    }

    /// PEP 479: StopIteration (and StopAsyncIteration from an async
    /// generator) leaving the frame becomes a RuntimeError.
    fn gen_error_out(&mut self, g: Gc<GeneratorObj>, e: PyErr) -> PyErr {
        let msg = if self.is_instance(e.0, self.t.stop_iteration) {
            match g.kind {
                GenKind::Generator => "generator raised StopIteration",
                GenKind::Coroutine => "coroutine raised StopIteration",
                GenKind::AsyncGenerator => "async generator raised StopIteration",
            }
        } else if g.kind == GenKind::AsyncGenerator && self.is_instance(e.0, self.t.stop_async_iteration) {
            "async generator raised StopAsyncIteration"
        } else {
            return e;
        };
        let r = self.new_error(self.t.runtime_error, msg);
        if let Some(x) = r.0.downcast::<crate::object::exception::ExceptionObj>() {
            x.cause.set(e.0);
            x.context.set(e.0);
            x.suppress_context.set(true);
        }
        r
    }

    /// The exception `sys.exc_info()` reports and new exceptions chain to:
    /// the innermost frame's, else that of the code that resumed the
    /// running generators (CPython's `_PyErr_GetTopmostException`).
    pub fn topmost_handled(&self) -> Value {
        if !self.handled.is_null() {
            return self.handled;
        }
        for g in self.running_gens.iter().rev() {
            let o = g.state.with(|s| s.outer_handled);
            if !o.is_null() {
                return o;
            }
        }
        Value::NULL
    }

    /// Raise `e` at the suspension point of the frame at `self.frame`.
    fn throw_into_frame(&mut self, e: PyErr) -> PyResult<Exit> {
        // Run a one-instruction "raise" by injecting the error into run_frame.
        self.pending_throw = Some(e);
        self.run_frame()
    }

    /// YieldValue: save the frame into the running generator.
    pub fn suspend_generator(&mut self, base: usize, code: &crate::object::code::CodeObj) {
        // Only the live part is kept: slots above the value stack's depth
        // may hold stale words of earlier frames (frames are not cleared
        // past their locals), which the generator's precise trace must not
        // see. The rest is kept NULL (resumed code expects clear slots there).
        let live = (HEADER + code.nlocalsplus() + self.stack[base + F_SP].small_int_unchecked().max(0) as usize).min(code.frame_size);
        if let Some(g) = self.running_gens.last() {
            let src = &self.stack[base..base + live];
            g.state.with_mut(|s| {
                s.frame.clear();
                s.frame.extend_from_slice(src);
                s.frame.resize(code.frame_size, Value::NULL);
            });
        }
    }

    /// The generator's frame raised out.
    pub fn finish_generator(&mut self, _base: usize) {
        if let Some(g) = self.running_gens.last() {
            g.state.with_mut(|s| {
                s.finished = true;
                s.frame = Vec::new();
            });
        }
    }

    /// `next(gen)` as an Option (None when exhausted).
    pub fn gen_next(&mut self, g: Gc<GeneratorObj>) -> PyResult<Option<Value>> {
        if g.state.with(|s| s.finished) {
            return Ok(None);
        }
        match self.gen_resume(g, Value::NONE, None)? {
            Exit::Yield(v) => Ok(Some(v)),
            Exit::Return(_) => Ok(None),
        }
    }

    /// Send for `yield from`: Yield(v) to pass on, Return(r) when the subiterator finished.
    pub fn send_into(&mut self, sub: Value, v: Value) -> PyResult<Exit> {
        if let Some(g) = sub.downcast::<GeneratorObj>() {
            return self.gen_resume(g, v, None);
        }
        if let Some(op) = sub.downcast::<crate::object::coro::AwaitOpObj>() {
            return self.await_op_send(op, v);
        }
        if v.is_none() {
            return match self.iter_next(sub)? {
                Some(y) => Ok(Exit::Yield(y)),
                None => {
                    let r = self.take_stop_value();
                    Ok(Exit::Return(r))
                }
            };
        }
        let send = self.n.send;
        let r = self.call_method(sub, send, &[v]);
        match r {
            Ok(y) => Ok(Exit::Yield(y)),
            Err(e) if self.is_instance(e.0, self.t.stop_iteration) => {
                let val = self.stop_iteration_value(e.0);
                Ok(Exit::Return(val))
            }
            Err(e) => Err(e),
        }
    }

    /// Value of the StopIteration that ended the last `iter_next` (None).
    pub fn take_stop_value(&mut self) -> Value {
        std::mem::replace(&mut self.last_stop_value, Value::NONE)
    }

    /// `StopIteration.value`.
    pub fn stop_iteration_value(&mut self, e: Value) -> Value {
        let k = self.n.value;
        match crate::object::attrs::attrs_of(e).and_then(|a| a.get(k)) {
            Some(v) => v,
            None => Value::NONE,
        }
    }
}
