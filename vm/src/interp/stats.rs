//! Specialization statistics (`-X specialization-stats`, `TAIPAN_STATS=1`).
//!
//! Attempts and failures are counted by the specializer; executions, misses
//! and deopts by the interpreter loop, which has a second instantiation with
//! counting compiled in (`run_frame_impl::<true>`), so the normal loop pays
//! nothing for them.

use crate::bytecode::opcodes::{Op, IS_ADAPTIVE, OP_COUNT};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Why a specialization attempt failed.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fail {
    /// Operand types no specialized form handles.
    OtherType,
    /// An int and a float: no mixed form.
    MixedIntFloat,
    /// An operator without a specialized form for these types.
    Operator,
    /// The class overrides `__getattribute__`.
    CustomGetattribute,
    /// The class overrides `__setattr__`.
    CustomSetattr,
    /// A class whose metaclass is not `type`.
    Metaclass,
    /// Dunder names on classes are resolved specially; not cached.
    Dunder,
    /// A descriptor other than a plain function or a Python property.
    Descriptor,
    /// The attribute is a method read without a call (would need a bound method).
    Method,
    /// The name is missing where the form would read it.
    NotFound,
    /// The object has no attribute store.
    NoAttrs,
    /// The object's attributes live in a real dict.
    DictMode,
    /// An instance attribute shadows the class's method.
    Shadowed,
    /// The class, shape or dict ran out of version numbers.
    Unversioned,
    /// Globals with their own `__builtins__` (exec with a custom mapping).
    OwnBuiltins,
    /// Calls with keyword arguments.
    Keywords,
    /// Generator, coroutine or async generator functions.
    Generator,
    /// Defaults, keyword-only, `*args` or `**kwargs` parameters.
    ComplexParameters,
    /// Positional count differs from the parameters (or the sequence length).
    ArgCount,
    /// Calling a class.
    Class,
    /// Calling a bound method object.
    BoundMethod,
}

#[derive(Default, Clone)]
struct Family {
    attempts: u64,
    successes: u64,
    failures: BTreeMap<Fail, u64>,
}

/// The counters.
pub struct SpecStats {
    pub exec: Vec<u64>,
    pub misses: Vec<u64>,
    pub deopts: Vec<u64>,
    families: Vec<Family>,
}

impl Default for SpecStats {
    fn default() -> Self {
        SpecStats { exec: vec![0; 256], misses: vec![0; 256], deopts: vec![0; 256], families: vec![Family::default(); 256] }
    }
}

impl SpecStats {
    pub fn attempt(&mut self, family: Op, fail: Option<Fail>) {
        let f = &mut self.families[family as usize];
        f.attempts += 1;
        match fail {
            None => f.successes += 1,
            Some(r) => *f.failures.entry(r).or_default() += 1,
        }
    }

    /// The report printed at exit.
    pub fn report(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "Taipan specialization stats");
        let _ = writeln!(out, "{:<16} {:>10} {:>9} {:>9} {:>13} {:>13} {:>10} {:>8}", "family", "attempts", "success", "failure", "generic", "hits", "misses", "deopts");
        let ops: Vec<Op> = (0..OP_COUNT).filter_map(|b| Op::from_u8(b as u8)).collect();
        // Adaptive families (specialized at run time from the operands);
        // superinstructions are counted as specialized among all instructions.
        let (mut total, mut specialized, mut adaptive_total, mut adaptive_spec) = (0u64, 0u64, 0u64, 0u64);
        for b in 0..OP_COUNT {
            let Some(op) = Op::from_u8(b as u8) else { continue };
            let n = self.exec[b];
            total += n;
            if op.is_specialized() {
                specialized += n;
            }
            if IS_ADAPTIVE[op.family() as usize] {
                adaptive_total += n;
                if op.is_specialized() {
                    adaptive_spec += n;
                }
            }
        }
        for fam in ops.iter().copied().filter(|o| IS_ADAPTIVE[*o as usize]) {
            let f = &self.families[fam as usize];
            let forms: Vec<Op> = ops.iter().copied().filter(|o| o.is_specialized() && o.family() == fam).collect();
            let executed: u64 = forms.iter().map(|o| self.exec[*o as usize]).sum();
            let misses: u64 = forms.iter().map(|o| self.misses[*o as usize]).sum();
            let deopts: u64 = forms.iter().map(|o| self.deopts[*o as usize]).sum();
            let fails: u64 = f.failures.values().sum();
            let _ = writeln!(
                out,
                "{:<16} {:>10} {:>9} {:>9} {:>13} {:>13} {:>10} {:>8}",
                fam.name(),
                f.attempts,
                f.successes,
                fails,
                self.exec[fam as usize],
                executed - misses,
                misses,
                deopts
            );
            for form in &forms {
                let n = self.exec[*form as usize];
                if n > 0 {
                    let _ = writeln!(out, "    {:<28} {:>13} executed, {} misses", form.name(), n, self.misses[*form as usize]);
                }
            }
            if !f.failures.is_empty() {
                let parts: Vec<String> = f.failures.iter().map(|(r, n)| format!("{r:?} {n}")).collect();
                let _ = writeln!(out, "    failures: {}", parts.join(", "));
            }
        }
        let pct = |a: u64, b: u64| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
        let mut top: Vec<(u64, Op)> = ops.iter().map(|o| (self.exec[*o as usize], *o)).filter(|(n, _)| *n > 0).collect();
        top.sort_by(|a, b| b.0.cmp(&a.0));
        let _ = writeln!(out, "most executed:");
        for (n, op) in top.iter().take(20) {
            let _ = writeln!(out, "    {:<28} {:>13} ({:.1}%)", op.name(), n, pct(*n, total));
        }
        let _ = writeln!(out, "executed instructions: {total}");
        let _ = writeln!(out, "adaptive-family instructions: {adaptive_total}, ran specialized: {adaptive_spec} ({:.1}%)", pct(adaptive_spec, adaptive_total));
        let _ = writeln!(out, "all instructions that ran as a specialized form or superinstruction: {specialized} ({:.1}%)", pct(specialized, total));
        out
    }
}
