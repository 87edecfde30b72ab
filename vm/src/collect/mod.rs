//! Collections as the interpreter sees them: when they run (safepoints),
//! weak references, `__del__` finalizers, the heap limit and the state
//! behind the `gc` module. The heap itself is the `taipan-gc` crate; see
//! `docs/gc.md`.
//!
//! A collection (`Vm::collect`) marks from the interpreter's roots and then,
//! before sweeping ([`Vm::collect_raw`]'s weak phase, PEP 442 order):
//! 1. objects with a `__del__` that were not finalized yet and are
//!    unreachable are queued for finalization;
//! 2. every weak reference to an unreachable object is cleared; those that
//!    are reachable themselves and have a callback are queued;
//! 3. the queued objects are marked again (resurrected) with everything they
//!    reach, so they survive this collection;
//! 4. weak reference objects that die are dropped from the weak table.
//!
//! After the sweep, the queued callbacks and then the finalizers run
//! (`run_pending_finalizers`): collections only happen at safepoints, where
//! running Python code is safe. A finalized object that is still unreachable
//! is freed by a later collection; its `__del__` never runs again.

pub mod weak;

use crate::object::typeobj::tflags;
use crate::object::weakref::WeakRefObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};
use std::collections::{HashSet, VecDeque};
use taipan_gc::{Heap, Tracer};

/// With `gc.disable()`, a collection still runs once this much (or four
/// times the live size, whichever is more) has been allocated since the
/// last one: in Taipan every object is reclaimed by tracing, where CPython
/// keeps freeing acyclic garbage by reference counting while its cycle
/// collector is disabled (PyPy makes the same choice).
const DISABLED_BACKSTOP: usize = 64 << 20;

/// The weak part of the collection state: what the weak phase of a
/// collection reads and updates. Holds no roots.
#[derive(Default)]
pub struct Registry {
    pub weak: weak::WeakTable,
    /// Objects whose class had a `__del__` when they were created and whose
    /// finalizer has not run yet, oldest first.
    finalizable: Vec<Value>,
    finalizable_set: HashSet<u64>,
    /// Objects whose `__del__` has run (still alive).
    finalized: HashSet<u64>,
    /// Every class (builtin and created since): their `subclasses` lists
    /// are weak, and dead classes are pruned from them.
    pub types: Vec<Gc<crate::object::typeobj::TypeObj>>,
}

impl Registry {
    /// Weak phase, step 1: queue unreachable finalizable objects.
    fn select_unreachable(&mut self, t: &Tracer, out: &mut Vec<Value>) {
        let set = &mut self.finalizable_set;
        let finalized = &mut self.finalized;
        self.finalizable.retain(|v| {
            if t.is_marked(v.ptr_unchecked()) {
                return true;
            }
            set.remove(&v.bits());
            finalized.insert(v.bits());
            out.push(*v);
            false
        });
    }

    /// Once marking is final: forget finalized objects and classes that die
    /// now, and drop dead classes from their bases' subclass lists.
    fn prune(&mut self, t: &Tracer) {
        self.finalized.retain(|&b| t.is_marked(Value::from_bits(b).ptr_unchecked()));
        let marked = |c: &Gc<crate::object::typeobj::TypeObj>| t.is_marked(c.as_ptr() as *const u8);
        self.types.retain(marked);
        for c in &self.types {
            c.subclasses.with_mut(|s| s.retain(marked));
        }
    }
}

/// The interpreter's collection state (one per `Vm`).
pub struct GcState {
    pub reg: Registry,
    /// Weak references whose callbacks are due (roots until called).
    pending_callbacks: VecDeque<Value>,
    /// Objects whose `__del__` is due (roots until called).
    pending_finalize: VecDeque<Value>,
    running_finalizers: bool,
    collecting: bool,
    /// The stack pointer (frame stack index) of the innermost frame while
    /// it makes an explicit call (`CALL`, `CALL_FUNCTION_EX`), else 0: the
    /// frame's slots from there up are dead, and `gc.collect()` clears them
    /// so that stale copies do not keep objects alive.
    pub call_sp: usize,
    /// `gc.isenabled()`.
    pub enabled: bool,
    /// `gc.get_threshold()` (informational; threshold0 == 0 disables like `gc.disable()`).
    pub threshold: [i64; 3],
    /// `gc.callbacks` (a list, NULL until the module is imported).
    pub callbacks: Value,
    /// `gc.get_debug()`.
    pub debug: i64,
    /// Objects alive after the last collection (for `gc.get_count`).
    objects_after_gc: usize,
    /// Collections so far and objects they freed (`gc.get_stats`).
    pub collections: u64,
    pub collected: u64,
}

impl Default for GcState {
    fn default() -> Self {
        GcState {
            reg: Registry::default(),
            pending_callbacks: VecDeque::new(),
            pending_finalize: VecDeque::new(),
            running_finalizers: false,
            collecting: false,
            call_sp: 0,
            enabled: true,
            threshold: [700, 10, 10],
            callbacks: Value::NULL,
            debug: 0,
            objects_after_gc: 0,
            collections: 0,
            collected: 0,
        }
    }
}

impl GcState {
    /// Values that must survive collections (reported by `Vm::trace_roots`).
    pub fn trace_roots(&self, t: &mut Tracer) {
        self.pending_callbacks.iter().for_each(|v| v.trace(t));
        self.pending_finalize.iter().for_each(|v| v.trace(t));
        self.callbacks.trace(t);
    }

    fn auto_enabled(&self) -> bool {
        self.enabled && self.threshold[0] != 0
    }
}

/// Zeroes 32 KiB of native stack below the caller's frame.
#[inline(never)]
pub fn wipe_stack() {
    let mut buf = [0usize; 4096];
    std::hint::black_box(&mut buf);
}

impl Vm {
    /// Collect if the heap asks for it (every time in GC-stress mode), then
    /// run due weak reference callbacks and finalizers. Called where all
    /// live values are in frames, on the native stack or in `extra_roots`
    /// and Python code may run: frame entry and backward jumps.
    ///
    /// Raises `MemoryError` when a heap limit is set and the heap is still
    /// above it after collecting, and `RuntimeError` once the step budget
    /// (`Options::max_steps`) is exhausted.
    #[inline]
    pub fn safepoint(&mut self) -> PyResult<()> {
        self.steps_left = self.steps_left.wrapping_sub(1);
        if self.steps_left == 0 || self.opts.gc_stress || self.heap.should_collect() {
            return self.safepoint_slow();
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn safepoint_slow(&mut self) -> PyResult<()> {
        if self.steps_left == 0 {
            self.step_budget_check()?;
        }
        let over = self.heap.over_limit();
        if !over && !self.gc.auto_enabled() {
            let s = self.heap.stats();
            if self.opts.gc_stress || s.bytes_allocated_since_gc < DISABLED_BACKSTOP.max(4 * s.live_bytes_after_last_gc) {
                return Ok(());
            }
        }
        if self.gc.collecting {
            return Ok(());
        }
        self.collect();
        if self.heap.over_limit() {
            return Err(self.new_exception_err(self.t.memory_error, vec![]));
        }
        Ok(())
    }

    /// A full collection now (`gc.collect()`), followed by the weak
    /// reference callbacks and finalizers it made due (unless they are
    /// already running further up the stack, which then runs them).
    /// Returns the number of unreachable objects found.
    pub fn collect(&mut self) -> usize {
        if self.gc.collecting {
            return 0;
        }
        self.gc.collecting = true;
        self.run_gc_callbacks("start", 0);
        let n = self.collect_raw();
        self.run_gc_callbacks("stop", n);
        self.gc.collecting = false;
        self.run_pending_finalizers();
        n
    }

    /// `gc.collect()`: a full collection made as precise as cheaply
    /// possible, so that programs see objects they dropped collected. The
    /// dead slots of the calling frame are cleared, and the native stack
    /// below this function is zeroed (the collection's own frames then find
    /// no stale pointers left there by earlier calls).
    pub fn collect_explicit(&mut self) -> usize {
        let sp = self.gc.call_sp;
        if self.frame != usize::MAX && sp != 0 {
            if let Some(code) = self.stack[self.frame + crate::interp::frame::F_CODE].downcast::<crate::object::code::CodeObj>() {
                let lo = self.frame + crate::interp::frame::HEADER + code.nlocalsplus();
                let end = self.frame + code.frame_size;
                if (lo..=end).contains(&sp) {
                    self.stack[sp..end].fill(Value::NULL);
                }
            }
        }
        wipe_stack();
        self.collect()
    }

    /// Mark, process weak references and finalizers, sweep. Runs no Python code.
    fn collect_raw(&mut self) -> usize {
        let before = self.heap.stats().objects_live;
        let mut reg = std::mem::take(&mut self.gc.reg);
        let mut callbacks = Vec::new();
        let mut resurrect = Vec::new();
        let heap = &mut self.heap as *mut Heap;
        let me: &Vm = self;
        let mut roots = |t: &mut Tracer| me.trace_roots(t);
        let mut weak = |t: &mut Tracer| {
            reg.select_unreachable(t, &mut resurrect);
            reg.weak.clear_dead(t, &mut callbacks);
            for v in &resurrect {
                v.trace(t);
            }
            t.drain();
            reg.weak.prune(t);
            reg.prune(t);
        };
        // SAFETY: every GC pointer the Vm holds outside the native stack is
        // reported by trace_roots (types, names, builtins, modules, interned
        // strings, the frame stack, handled exception, extra roots, the gc
        // state's queues); the registry only holds pointers that it drops
        // in the weak phase when they are about to be freed; `heap` is a
        // distinct field that trace_roots does not touch.
        unsafe { (*heap).collect_with_weak(&mut roots, &mut weak) };
        self.gc.reg = reg;
        self.gc.pending_callbacks.extend(callbacks);
        let nres = resurrect.len();
        self.gc.pending_finalize.extend(resurrect);
        let after = self.heap.stats().objects_live;
        let freed = before.saturating_sub(after) + nres;
        self.gc.objects_after_gc = after;
        self.gc.collections += 1;
        self.gc.collected += freed as u64;
        freed
    }

    /// Call the functions in `gc.callbacks` with `(phase, info)`.
    fn run_gc_callbacks(&mut self, phase: &str, collected: usize) {
        let Some(list) = self.gc.callbacks.downcast::<crate::object::seq::ListObj>() else { return };
        if list.items.len() == 0 {
            return;
        }
        let funcs = list.items.snapshot();
        let p = self.new_str(phase);
        let info = self.new_dict();
        for (k, v) in [("generation", 2), ("collected", collected as i64), ("uncollectable", 0)] {
            let k = self.intern(k);
            let v = self.new_int(v);
            info.set_str_key(k, v);
        }
        let mark = self.extra_roots.len();
        self.extra_roots.extend_from_slice(&funcs);
        for f in funcs {
            let saved = self.save_exc_state();
            if let Err(e) = self.call(f, &[p, info.value()], &[]) {
                self.write_unraisable(e, f);
            }
            self.restore_exc_state(saved);
        }
        self.extra_roots.truncate(mark);
    }

    /// Run the weak reference callbacks, then the finalizers, that
    /// collections made due. Not re-entrant: a collection inside a callback
    /// leaves its work to the loop already running.
    pub fn run_pending_finalizers(&mut self) {
        if self.gc.running_finalizers {
            return;
        }
        self.gc.running_finalizers = true;
        let saved = self.save_exc_state();
        loop {
            if let Some(w) = self.gc.pending_callbacks.pop_front() {
                let Some(r) = w.downcast::<WeakRefObj>() else { continue };
                let cb = r.callback.replace(Value::NULL);
                if cb.is_null() {
                    continue;
                }
                if let Err(e) = self.call(cb, &[w], &[]) {
                    self.write_unraisable(e, cb);
                }
            } else if let Some(obj) = self.gc.pending_finalize.pop_front() {
                self.call_del(obj);
            } else {
                break;
            }
            self.restore_exc_state(saved);
        }
        self.restore_exc_state(saved);
        self.gc.running_finalizers = false;
    }

    /// Call `obj.__del__()`, reporting an exception as unraisable.
    fn call_del(&mut self, obj: Value) {
        let t = self.type_of(obj);
        let Some(f) = t.lookup(self.n.__del__) else { return };
        let r = match self.bind_descriptor(f, obj, t.value()) {
            Ok(m) => self.call(m, &[], &[]),
            Err(e) => Err(e),
        };
        if let Err(e) = r {
            self.write_unraisable(e, f);
        }
    }

    /// The exception state a finalizer must not disturb.
    fn save_exc_state(&mut self) -> (Value, Option<PyErr>, Value) {
        (self.handled, self.pending_throw.take(), self.last_stop_value)
    }

    fn restore_exc_state(&mut self, s: (Value, Option<PyErr>, Value)) {
        self.handled = s.0;
        self.pending_throw = s.1;
        self.last_stop_value = s.2;
    }

    /// Report an exception that cannot be raised (in `__del__`, a weak
    /// reference callback, an atexit function) on stderr, as CPython's
    /// `PyErr_WriteUnraisable`: `Exception ignored in: <obj repr>` and the
    /// traceback.
    pub fn write_unraisable(&mut self, e: PyErr, obj: Value) {
        self.write_unraisable_msg(e, "Exception ignored in", obj);
    }

    /// `write_unraisable` with another lead-in (atexit says "Exception
    /// ignored in atexit callback").
    pub fn write_unraisable_msg(&mut self, e: PyErr, what: &str, obj: Value) {
        crate::modules::io::stdio::flush_all(self);
        if self.call_unraisablehook(e.0, what, obj) {
            return;
        }
        let r = match self.repr_string(obj) {
            Ok(s) => s,
            Err(_) => format!("<object repr() failed>"),
        };
        let text = self.format_exception(e.0);
        if !self.opts.quiet {
            eprint!("{what}: {r}\n{text}");
        }
    }

    /// A `sys.unraisablehook` that is not the default one gets the report
    /// (as an `UnraisableHookArgs`); true when it was called.
    fn call_unraisablehook(&mut self, exc: Value, what: &str, obj: Value) -> bool {
        let Some(sys) = self.io.sysdict else { return false };
        let (k, kd) = (self.intern("unraisablehook"), self.intern("__unraisablehook__"));
        let (Some(hook), Some(default)) = (sys.get_str_key(k), sys.get_str_key(kd)) else { return false };
        let args_t = self.unraisable_args_type;
        if hook == default || args_t.is_null() {
            return false;
        }
        let ty = self.type_of(exc).value();
        let tb = self.traceback_of(exc);
        let msg = if what == "Exception ignored in" { Value::NONE } else { self.new_str(what) };
        let o = if obj.is_null() { Value::NONE } else { obj };
        let fields = self.new_tuple(vec![ty, exc, tb, msg, o]);
        if let Ok(a) = self.call(args_t, &[fields], &[]) {
            // Errors raised by the hook itself are dropped, as CPython does
            // after reporting them; nothing is left to report them to.
            let _ = self.call(hook, &[a], &[]);
        }
        true
    }

    /// Remember `obj` for finalization if its class defines `__del__`
    /// (called when instances are created).
    #[inline]
    pub fn note_new_object(&mut self, obj: Value) {
        if obj.is_ptr() && self.type_of(obj).has_flag(tflags::HAS_DEL) {
            self.register_finalizable(obj);
        }
    }

    fn register_finalizable(&mut self, obj: Value) {
        let b = obj.bits();
        if self.gc.reg.finalized.contains(&b) || !self.gc.reg.finalizable_set.insert(b) {
            return;
        }
        self.gc.reg.finalizable.push(obj);
    }

    /// `gc.is_finalized(obj)`.
    pub fn is_finalized(&self, obj: Value) -> bool {
        self.gc.reg.finalized.contains(&obj.bits())
    }

    /// `gc.get_count()[0]`: objects allocated since the last collection
    /// (net of nothing: Taipan frees only when it collects).
    pub fn gc_count(&self) -> usize {
        self.heap.stats().objects_live.saturating_sub(self.gc.objects_after_gc)
    }

    /// Set (or remove, with None) the heap limit in bytes. Past it,
    /// allocation raises `MemoryError` at the next safepoint, after a
    /// collection could not bring the heap back under the limit.
    pub fn set_max_heap(&mut self, bytes: Option<usize>) {
        self.opts.max_heap = bytes;
        self.heap.set_limit(bytes);
    }

    /// The step counter reached 0: `RuntimeError` if a budget is set.
    #[cold]
    pub fn step_budget_check(&mut self) -> PyResult<()> {
        if let Some(n) = self.opts.max_steps {
            // Stay exhausted: every later step raises again, so a program
            // that catches the error still comes to an end.
            self.steps_left = 1;
            return Err(self.new_error(self.t.runtime_error, &format!("step budget exhausted (max-steps={n})")));
        }
        self.steps_left = u64::MAX;
        Ok(())
    }

    /// Set (or remove, with None) the step budget: the number of further
    /// safepoints (frame pushes and backward jumps) allowed before every
    /// safepoint raises `RuntimeError("step budget exhausted ...")`.
    pub fn set_max_steps(&mut self, steps: Option<u64>) {
        self.opts.max_steps = steps;
        self.steps_left = match steps {
            Some(n) => n.saturating_add(1).max(1),
            None => u64::MAX,
        };
    }

    /// Before native code allocates `bytes` outside the gc heap in one go
    /// (`"x" * n`, `bytearray(n)`, ...): `MemoryError` if that alone would
    /// take the heap past its limit (garbage not collected yet is not
    /// counted, since no collection can run here).
    pub fn check_alloc(&mut self, bytes: usize) -> PyResult<()> {
        let s = self.heap.stats();
        let too_big = match self.heap.limit() {
            Some(l) => s.live_bytes_after_last_gc.saturating_add(bytes) > l,
            // Without a limit, what the system allocator refuses (CPython's
            // malloc failing) rather than an abort when the native code
            // allocates it.
            None => bytes > isize::MAX as usize / 2 || (bytes >= 1 << 28 && Vec::<u8>::new().try_reserve_exact(bytes).is_err()),
        };
        if too_big {
            return Err(self.new_exception_err(self.t.memory_error, vec![]));
        }
        Ok(())
    }

    /// At interpreter exit: run the `atexit` functions (last registered
    /// first), then collect once and call the `__del__` of every object
    /// still waiting for finalization, oldest first. (CPython finalizes such
    /// objects while tearing modules down, in an order Taipan does not
    /// reproduce; weak reference callbacks are not called at exit.)
    pub fn run_exit_handlers(&mut self) {
        let marker = 0u8;
        self.heap.set_stack_base(&marker as *const u8);
        crate::modules::atexit::run_exitfuncs(self);
        if !self.gc.reg.finalizable.is_empty() || !self.gc.pending_finalize.is_empty() {
            self.collect();
            let rest = std::mem::take(&mut self.gc.reg.finalizable);
            for v in &rest {
                self.gc.reg.finalizable_set.remove(&v.bits());
                self.gc.reg.finalized.insert(v.bits());
            }
            self.gc.pending_finalize.extend(rest);
            self.run_pending_finalizers();
        }
        crate::modules::io::stdio::flush_all(self);
    }

    /// `weakref.getweakrefcount` / `getweakrefs` support.
    pub fn weakrefs_of(&self, obj: Value) -> Vec<Gc<WeakRefObj>> {
        self.gc.reg.weak.refs_of(obj).to_vec()
    }
}
