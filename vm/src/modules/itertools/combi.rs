//! `product`, `combinations`, `combinations_with_replacement` and
//! `permutations`: lexicographic index vectors over pools read once at
//! construction. Advancing runs no Python code, so the state is updated in
//! place.

use crate::object::misc::{IterObj, IterState};
use crate::object::tools::{Combi, CombiKind, Tool};
use crate::object::Gc;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn next(vm: &mut Vm, i: Gc<IterObj>) -> PyResult<Option<Value>> {
    let items = i.state.with_mut(|s| match s {
        IterState::Tool(t) => match &mut **t {
            Tool::Combinatoric(c) => advance(c),
            _ => None,
        },
        _ => None,
    });
    Ok(items.map(|v| vm.new_tuple(v)))
}

/// The next selection as items, or None when finished.
fn advance(c: &mut Combi) -> Option<Vec<Value>> {
    if c.stopped {
        return None;
    }
    let more = if c.started { step(c) } else { start(c) };
    if !more {
        c.stopped = true;
        c.pools = Vec::new();
        return None;
    }
    c.started = true;
    Some(match c.kind {
        CombiKind::Product => c.indices.iter().zip(&c.pools).map(|(&k, p)| p[k]).collect(),
        _ => c.indices[..c.r].iter().map(|&k| c.pools[0][k]).collect(),
    })
}

/// Set up the first selection; false when there is none.
fn start(c: &mut Combi) -> bool {
    let n = c.pools.first().map_or(0, |p| p.len());
    let r = c.r;
    match c.kind {
        CombiKind::Product => {
            if c.pools.iter().any(|p| p.is_empty()) {
                return false;
            }
            c.indices = vec![0; c.pools.len()];
        }
        CombiKind::Combinations => {
            if r > n {
                return false;
            }
            c.indices = (0..r).collect();
        }
        CombiKind::WithReplacement => {
            if n == 0 && r > 0 {
                return false;
            }
            c.indices = vec![0; r];
        }
        CombiKind::Permutations => {
            if r > n {
                return false;
            }
            c.indices = (0..n).collect();
            c.cycles = (0..r).map(|i| n - i).collect();
        }
    }
    true
}

/// Move to the next selection; false after the last one.
fn step(c: &mut Combi) -> bool {
    let n = c.pools.first().map_or(0, |p| p.len());
    let r = c.r;
    let idx = &mut c.indices;
    match c.kind {
        CombiKind::Product => {
            for i in (0..idx.len()).rev() {
                idx[i] += 1;
                if idx[i] < c.pools[i].len() {
                    return true;
                }
                idx[i] = 0;
            }
            false
        }
        CombiKind::Combinations => {
            let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else { return false };
            idx[i] += 1;
            for j in i + 1..r {
                idx[j] = idx[j - 1] + 1;
            }
            true
        }
        CombiKind::WithReplacement => {
            let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else { return false };
            let v = idx[i] + 1;
            idx[i..].iter_mut().for_each(|x| *x = v);
            true
        }
        CombiKind::Permutations => {
            for i in (0..r).rev() {
                c.cycles[i] -= 1;
                if c.cycles[i] == 0 {
                    idx[i..].rotate_left(1);
                    c.cycles[i] = n - i;
                } else {
                    let j = c.cycles[i];
                    idx.swap(i, n - j);
                    return true;
                }
            }
            false
        }
    }
}
