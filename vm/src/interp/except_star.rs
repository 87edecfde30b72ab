//! Run-time halves of `except*`: `CheckEgMatch` and `PrepReraiseStar`
//! (the instruction sequence is in `compiler/except_star.rs`).

use crate::builtins::exc_group::Matcher;
use crate::object::exception::ExceptionObj;
use crate::object::seq::{ListObj, TupleObj};
use crate::object::typeobj::TypeObj;
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `CheckEgMatch`: (rest, match) of `exc` for `except* t`.
    pub fn check_eg_match(&mut self, exc: Value, t: Value) -> PyResult<(Value, Value)> {
        self.check_except_star_type(t)?;
        if exc.is_none() {
            return Ok((Value::NONE, Value::NONE));
        }
        let is_group = self.is_exception_group(exc);
        let (rest, matched) = if self.exception_matches(exc, t)? {
            let m = if is_group {
                exc
            } else {
                // A naked exception is wrapped (the wrapper has no
                // traceback in CPython 3.11.7 either).
                self.new_exception_group("", vec![exc], true)?
            };
            (Value::NONE, m)
        } else if is_group {
            let k = self.intern("split");
            let pair = self.call_method(exc, k, &[t])?;
            let en = self.type_name(exc);
            match pair.downcast::<TupleObj>().filter(|_| self.type_of(pair) == self.t.tuple) {
                Some(p) if p.len() == 2 => (p.items[1], p.items[0]),
                Some(p) => {
                    let msg = format!("{en}.split must return a 2-tuple, got tuple of size {}", p.len());
                    return Err(self.type_error(&msg));
                }
                None => {
                    let n = self.type_name(pair);
                    return Err(self.type_error(&format!("{en}.split must return a tuple, not {n}")));
                }
            }
        } else {
            (exc, Value::NONE)
        };
        if !matched.is_none() {
            self.handled = matched;
        }
        Ok((rest, matched))
    }

    /// The type check of `except* t`.
    fn check_except_star_type(&mut self, t: Value) -> PyResult<()> {
        let types: Vec<Value> = match t.downcast::<TupleObj>() {
            Some(tt) => tt.items.to_vec(),
            None => vec![t],
        };
        let classes: Vec<Gc<TypeObj>> = types.iter().filter_map(|x| x.downcast::<TypeObj>()).collect();
        if classes.len() != types.len() || !classes.iter().all(|c| c.is_subtype(self.t.base_exception)) {
            return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        let group = self.base_exception_group();
        if classes.iter().any(|c| group.is_some_and(|g| c.is_subtype(g))) {
            return Err(self.type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
        Ok(())
    }

    /// `PrepReraiseStar`: what leaves a `try`/`except*` given the original
    /// exception and the list of raised, re-raised and unhandled parts.
    pub fn prep_reraise_star(&mut self, orig: Value, excs: Value) -> PyResult {
        let items: Vec<Value> = match excs.downcast::<ListObj>() {
            Some(l) => l.items.with(|v| v.iter().copied().filter(|v| !v.is_none()).collect()),
            None => Vec::new(),
        };
        if items.is_empty() {
            return Ok(Value::NONE);
        }
        if !self.is_exception_group(orig) {
            // A naked exception: at most one clause ran.
            return Ok(items[0]);
        }
        let (mut raised, mut reraised) = (Vec::new(), Vec::new());
        for e in items {
            if same_metadata(e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        // The re-raised leaves, in the original's tree shape.
        let mut leaves = Vec::new();
        for e in &reraised {
            self.collect_leaves(*e, &mut leaves)?;
        }
        let mark = self.extra_roots.len();
        self.extra_roots.extend(&leaves);
        self.extra_roots.extend(&raised);
        let reraised_eg = match self.group_split(orig, &Matcher::Ids(leaves), false) {
            Ok((m, _)) => m,
            Err(e) => {
                self.extra_roots.truncate(mark);
                return Err(e);
            }
        };
        let r = if raised.is_empty() {
            Ok(reraised_eg)
        } else {
            if !reraised_eg.is_none() {
                raised.push(reraised_eg);
            }
            if raised.len() == 1 {
                Ok(raised[0])
            } else {
                self.new_exception_group("", raised, false)
            }
        };
        self.extra_roots.truncate(mark);
        r
    }

    fn collect_leaves(&mut self, e: Value, out: &mut Vec<Value>) -> PyResult<()> {
        if !self.is_exception_group(e) {
            out.push(e);
            return Ok(());
        }
        self.enter()?;
        for x in self.group_exceptions(e) {
            if let Err(err) = self.collect_leaves(x, out) {
                self.leave();
                return Err(err);
            }
        }
        self.leave();
        Ok(())
    }
}

/// Same traceback, cause and context: a part of `orig` re-raised as is.
fn same_metadata(e: Value, orig: Value) -> bool {
    match (e.downcast::<ExceptionObj>(), orig.downcast::<ExceptionObj>()) {
        (Some(a), Some(b)) => {
            a.traceback.get() == b.traceback.get() && a.cause.get() == b.cause.get() && a.context.get() == b.context.get()
        }
        _ => false,
    }
}
