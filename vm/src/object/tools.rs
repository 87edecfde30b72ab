//! State of the iterators that native modules define (the `itertools`
//! family, the deque iterators). They are ordinary builtin iterators
//! (`IterObj`, state `IterState::Tool`); the class says which tool it is
//! to Python code, this enum says it to the interpreter. They advance in
//! `modules/itertools/`. NULL marks an absent value (CPython's NULL).
//!
//! Every variant but `Combinatoric` is a handful of words, so advancing a
//! tool copies its state out, runs whatever Python code it must, and
//! writes the new state back; growing buffers are (internal) lists.

use crate::value::Value;
use taipan_gc::Tracer;

#[derive(Clone)]
pub enum Tool {
    /// `count(start, step)`: `cur` is the next value.
    Count { cur: Value, step: Value },
    /// `cycle(it)`: `it` is NULL once exhausted, then `saved` (a list) is replayed.
    Cycle { it: Value, saved: Value, idx: usize },
    /// `repeat(obj[, times])`: `left` None repeats forever.
    Repeat { obj: Value, left: Option<usize> },
    /// `accumulate(it, func, initial=...)`; `func` NULL adds, `total` NULL before the first item.
    Accumulate { it: Value, func: Value, total: Value, initial: Value },
    /// `chain`: `source` iterates the iterables (NULL when done), `active` the current one.
    Chain { source: Value, active: Value },
    Compress { data: Value, selectors: Value },
    DropWhile { pred: Value, it: Value, dropped: bool },
    TakeWhile { pred: Value, it: Value, stopped: bool },
    FilterFalse { pred: Value, it: Value },
    StarMap { func: Value, it: Value },
    /// `groupby`: `grouper` is the current group (advancing the groupby
    /// replaces it, which ends the old group).
    GroupBy { it: Value, keyfunc: Value, tgtkey: Value, currkey: Value, currvalue: Value, grouper: Value },
    /// `itertools._grouper`: one group of `parent` (a groupby).
    Grouper { parent: Value, tgtkey: Value },
    /// `islice`: `it` is NULL once finished; `next` is the index of the next
    /// item to yield, `cnt` the number consumed so far.
    ISlice { it: Value, next: usize, stop: Option<usize>, step: usize, cnt: usize },
    /// `pairwise`: `old` is the previous item (NULL before the first).
    Pairwise { it: Value, old: Value },
    /// `itertools._tee`: position `index` in the shared buffer `data`.
    Tee { data: Value, index: usize },
    /// `itertools._tee_dataobject`: up to `TEE_LINK` items read from `it`
    /// (in the list `values`), then a link to the next buffer.
    TeeData { it: Value, values: Value, next: Value, running: bool },
    /// `zip_longest`: `its` is a list of the iterators, None once exhausted.
    ZipLongest { its: Value, active: usize, fill: Value },
    /// `product`, `combinations`, `combinations_with_replacement`,
    /// `permutations`: pools of items, current indices and result.
    Combinatoric(Box<Combi>),
    /// Deque iterators: `index` counts from the left (or right when
    /// `reverse`), `left` is how many remain, `state` the deque's
    /// mutation count at creation.
    DequeIter { deque: Value, index: usize, left: usize, state: u64, reverse: bool },
}

/// Items per `_tee_dataobject` (CPython's LINKCELLS).
pub const TEE_LINK: usize = 57;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CombiKind {
    Product,
    Combinations,
    WithReplacement,
    Permutations,
}

/// Combinatoric generators: `pools` holds the items (one pool per
/// position for `product`, else one shared pool), `indices` the current
/// selection, `cycles` the permutation counters.
#[derive(Clone)]
pub struct Combi {
    pub kind: CombiKind,
    pub pools: Vec<Vec<Value>>,
    pub r: usize,
    pub indices: Vec<usize>,
    pub cycles: Vec<usize>,
    pub started: bool,
    pub stopped: bool,
}

impl Tool {
    pub fn trace(&self, t: &mut Tracer) {
        let mut vals = |vs: &[Value]| vs.iter().for_each(|v| v.trace(t));
        match self {
            Tool::Count { cur, step } => vals(&[*cur, *step]),
            Tool::Cycle { it, saved, .. } => vals(&[*it, *saved]),
            Tool::Repeat { obj, .. } => vals(&[*obj]),
            Tool::Accumulate { it, func, total, initial } => vals(&[*it, *func, *total, *initial]),
            Tool::Chain { source, active } => vals(&[*source, *active]),
            Tool::Compress { data, selectors } => vals(&[*data, *selectors]),
            Tool::DropWhile { pred, it, .. } | Tool::TakeWhile { pred, it, .. } | Tool::FilterFalse { pred, it } => vals(&[*pred, *it]),
            Tool::StarMap { func, it } => vals(&[*func, *it]),
            Tool::GroupBy { it, keyfunc, tgtkey, currkey, currvalue, grouper } => vals(&[*it, *keyfunc, *tgtkey, *currkey, *currvalue, *grouper]),
            Tool::Grouper { parent, tgtkey } => vals(&[*parent, *tgtkey]),
            Tool::ISlice { it, .. } => vals(&[*it]),
            Tool::Pairwise { it, old } => vals(&[*it, *old]),
            Tool::Tee { data, .. } => vals(&[*data]),
            Tool::TeeData { it, values, next, .. } => vals(&[*it, *values, *next]),
            Tool::ZipLongest { its, fill, .. } => vals(&[*its, *fill]),
            Tool::Combinatoric(c) => c.pools.iter().for_each(|p| vals(p)),
            Tool::DequeIter { deque, .. } => vals(&[*deque]),
        }
    }
}
