//! Allocation-heavy micro-benchmarks of the taipan-gc heap, run by
//! `cargo bench -p taipan-gc`.
//!
//! Same tiny harness as the root package's `benches/vm_micro.rs` (criterion
//! would add dozens of crates to a tree we keep lean, see
//! docs/performance.md): each benchmark runs a warm-up, then a number of
//! timed samples, and reports the median and the spread (min..max) in
//! nanoseconds per operation. Setup that is not part of the operation
//! (building a heap to collect, dropping it) is outside the timed part.
//!
//! The allocation benchmarks collect whenever `Heap::should_collect()` says
//! so, as the vm does at its safepoints, so their ns/op include the
//! amortised cost of marking and sweeping. No stack base is set there (the
//! roots are given precisely); the stack scan has benchmarks of its own.
//!
//! Figures and how to read them: docs/gc.md, "Allocation benchmarks".

use std::hint::black_box;
use std::ptr::null_mut;
use std::time::{Duration, Instant};
use taipan_gc::{GcVTable, Heap, Trace, Tracer};

/// Runs `f` (which returns the time of its measured part) `warmup` times
/// untimed, then `samples` times, and prints ns per operation.
fn bench_timed(name: &str, ops: usize, warmup: usize, samples: usize, mut f: impl FnMut() -> Duration) {
    if !selected(name) {
        return;
    }
    for _ in 0..warmup {
        f();
    }
    let mut per_op: Vec<f64> = (0..samples).map(|_| f().as_nanos() as f64 / ops as f64).collect();
    per_op.sort_by(|a, b| a.total_cmp(b));
    println!(
        "{name:<44} {:>9.2} ns/op   (min {:.2}, max {:.2})",
        per_op[samples / 2],
        per_op[0],
        per_op[samples - 1]
    );
}

/// Is benchmark `name` selected by the command line (`cargo bench -p
/// taipan-gc -- WORD...` runs the benchmarks whose name contains one of the
/// words; cargo itself passes `--bench`)?
fn selected(name: &str) -> bool {
    let words: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    words.is_empty() || words.iter().any(|w| name.contains(w.as_str()))
}

/// Times the whole of `f`.
fn bench(name: &str, ops: usize, mut f: impl FnMut()) {
    bench_timed(name, ops, 3, 15, || {
        let t = Instant::now();
        f();
        t.elapsed()
    });
}

/// A small xorshift generator (deterministic, no dependency).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Collects with the given precise roots and no stack scan.
fn collect_roots(h: &mut Heap, roots: &[*const u8]) {
    // SAFETY: the benchmarks keep every pointer they use again in `roots`
    // (or reachable from them); no stack base is set.
    unsafe {
        h.collect(&mut |t: &mut Tracer| {
            for &r in roots {
                t.mark(r);
            }
        })
    };
}

/// Collects if the heap asks for it (what the vm does at a safepoint).
#[inline]
fn safepoint(h: &mut Heap, roots: &[*const u8]) {
    if h.should_collect() {
        collect_roots(h, roots);
    }
}

/// 8 bytes, no pointers, no drop: the 16-byte size class.
struct Leaf(#[allow(dead_code)] usize);
// SAFETY: holds no gc pointers.
unsafe impl Trace for Leaf {
    fn trace(&self, _t: &mut Tracer) {}
}

/// A 2-tuple-like object with a `Drop` (the sweep makes the indirect call).
struct Pair {
    a: *mut Pair,
    b: *mut Pair,
    v: usize,
}
// SAFETY: reports both pointers.
unsafe impl Trace for Pair {
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.a as *const u8);
        t.mark(self.b as *const u8);
    }
}
impl Drop for Pair {
    fn drop(&mut self) {
        black_box(self.v);
    }
}

/// A list node without drop (32-byte class).
struct Node {
    next: *mut Node,
    value: usize,
}
// SAFETY: reports its pointer.
unsafe impl Trace for Node {
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.next as *const u8);
    }
}

/// Variable-sized raw objects (no pointers), for `alloc_raw`.
unsafe fn raw_trace(_p: *const u8, _t: &mut Tracer) {}
unsafe fn raw_drop(_p: *mut u8) {}
static RAW: GcVTable = GcVTable { trace: raw_trace, drop: raw_drop, name: "raw" };

fn alloc_benches() {
    const N: usize = 1_000_000;

    // Allocate and drop: nothing survives, collections when due.
    let mut h = Heap::new();
    bench("alloc+drop 8 B object (16 B class, no Drop)", N, || {
        for i in 0..N {
            black_box(h.alloc(Leaf(i)));
            safepoint(&mut h, &[]);
        }
    });
    drop(h);

    let mut h = Heap::new();
    bench("alloc+drop 24 B object with Drop (32 B)", N, || {
        for i in 0..N {
            black_box(h.alloc(Pair { a: null_mut(), b: null_mut(), v: i }));
            safepoint(&mut h, &[]);
        }
    });
    drop(h);

    // Allocation alone (no collection in the timed loop): the fast path.
    // 200k * 16 B = 3.2 MB: after the collection, the emptied blocks are
    // pooled (up to 16 = 4 MiB) and reused, so this is the bump path.
    let mut h = Heap::new();
    bench_timed("alloc only, 16 B class, pooled blocks", 200_000, 3, 15, || {
        let t = Instant::now();
        for i in 0..200_000 {
            black_box(h.alloc(Leaf(i)));
        }
        let e = t.elapsed();
        collect_roots(&mut h, &[]);
        e
    });
    drop(h);
    // 1M * 16 B: most blocks are fresh memory from the system (page faults).
    let mut h = Heap::new();
    bench_timed("alloc only, 16 B class, fresh blocks", N, 3, 15, || {
        let t = Instant::now();
        for i in 0..N {
            black_box(h.alloc(Leaf(i)));
        }
        let e = t.elapsed();
        collect_roots(&mut h, &[]);
        e
    });
    drop(h);

    // Small trees: build a binary tree of depth 6 (127 nodes), drop it.
    let mut h = Heap::new();
    fn tree(h: &mut Heap, d: u32) -> *mut Pair {
        if d == 0 {
            return h.alloc(Pair { a: null_mut(), b: null_mut(), v: 0 });
        }
        let a = tree(h, d - 1);
        let b = tree(h, d - 1);
        h.alloc(Pair { a, b, v: d as usize })
    }
    // Objects of the tree under construction are not rooted, so collect
    // only between trees.
    bench("short-lived trees of 127 nodes (per node)", N / 127 * 127, || {
        for _ in 0..N / 127 {
            black_box(tree(&mut h, 6));
            safepoint(&mut h, &[]);
        }
    });
    drop(h);

    // A long-lived linked list of 100k nodes; each op replaces a random
    // node by a new one (the old one becomes garbage). Collections trace
    // the whole list.
    const LIVE: usize = 100_000;
    let mut h = Heap::new();
    let mut nodes: Vec<*mut Node> = Vec::with_capacity(LIVE);
    let mut next = null_mut();
    for i in 0..LIVE {
        next = h.alloc(Node { next, value: i });
        nodes.push(next);
    }
    nodes.reverse(); // nodes[0] is the head, nodes[i].next == nodes[i + 1]
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    bench("linked list 100k live + churn (per replaced node)", N, || {
        for _ in 0..N {
            let i = rng.below(LIVE - 1);
            // Replace nodes[i + 1].
            // SAFETY: every node in `nodes` is reachable from nodes[0].
            unsafe {
                let old = nodes[i + 1];
                let new = h.alloc(Node { next: (*old).next, value: (*old).value + 1 });
                (*nodes[i]).next = new;
                nodes[i + 1] = new;
            }
            safepoint(&mut h, &[nodes[0] as *const u8]);
        }
    });
    // SAFETY: walking the list kept alive by the root.
    let len = unsafe {
        let mut p = nodes[0];
        let mut n = 0;
        while !p.is_null() {
            n += 1;
            p = (*p).next;
        }
        n
    };
    assert_eq!(len, LIVE);
    drop(h);

    // Mixed size classes: sizes 8..2048 bytes (alloc_raw), the last 4096
    // objects kept alive in a ring.
    const SIZES: [usize; 12] = [8, 24, 40, 56, 100, 120, 200, 250, 500, 1000, 1500, 2000];
    let mut h = Heap::new();
    let mut ring: Vec<*const u8> = vec![std::ptr::null(); 4096];
    let mut rng = Rng(12345);
    bench("mixed size classes 8..2000 B, 4096 live", N / 4, || {
        for k in 0..N / 4 {
            let size = SIZES[rng.below(SIZES.len())];
            // SAFETY: the raw object has no pointers and no drop; nothing
            // reads it.
            let p = unsafe { h.alloc_raw(size, &RAW) };
            ring[k % 4096] = p;
            safepoint(&mut h, &ring);
        }
    });
    drop(h);

    // Large objects: 16 KiB and 64 KiB (std::alloc + BTreeMap), dropped.
    for (label, size) in [("large object 16 KiB alloc+drop", 16 << 10), ("large object 64 KiB alloc+drop", 64 << 10)] {
        let mut h = Heap::new();
        let n = 20_000;
        bench(label, n, || {
            for _ in 0..n {
                // SAFETY: as above.
                black_box(unsafe { h.alloc_raw(size, &RAW) });
                safepoint(&mut h, &[]);
            }
        });
        drop(h);
    }
}

fn collect_benches() {
    // A full collection of a big live heap: a 1M-node list, all reachable.
    const LIVE: usize = 1_000_000;
    let mut h = Heap::new();
    let mut head: *mut Node = null_mut();
    for i in 0..LIVE {
        head = h.alloc(Node { next: head, value: i });
    }
    bench_timed("full collection, 1M live list nodes (per object)", LIVE, 1, 7, || {
        let t = Instant::now();
        collect_roots(&mut h, &[head as *const u8]);
        t.elapsed()
    });
    assert_eq!(h.stats().objects_live, LIVE);
    drop(h);

    // The same with a wide structure: 1M Pair objects as a complete binary
    // tree (mark stack grows), with Drop.
    let mut h = Heap::new();
    let mut level: Vec<*mut Pair> = (0..1 << 19).map(|_| h.alloc(Pair { a: null_mut(), b: null_mut(), v: 0 })).collect();
    while level.len() > 1 {
        level = level.chunks(2).map(|c| h.alloc(Pair { a: c[0], b: c[1], v: 1 })).collect();
    }
    let root = level[0] as *const u8;
    let live = h.stats().objects_live;
    bench_timed("full collection, 1M live tree nodes (per object)", live, 1, 7, || {
        let t = Instant::now();
        collect_roots(&mut h, &[root]);
        t.elapsed()
    });
    drop(h);

    // A full collection where everything is garbage: the sweep's cost
    // (with and without a Drop to run).
    bench_timed("full collection, 1M dead (no Drop) (per object)", LIVE, 1, 7, || {
        let mut h = Heap::new();
        for i in 0..LIVE {
            black_box(h.alloc(Node { next: null_mut(), value: i }));
        }
        let t = Instant::now();
        collect_roots(&mut h, &[]);
        let e = t.elapsed();
        assert_eq!(h.stats().objects_live, 0);
        e
    });
    bench_timed("full collection, 1M dead (Drop) (per object)", LIVE, 1, 7, || {
        let mut h = Heap::new();
        for i in 0..LIVE {
            black_box(h.alloc(Pair { a: null_mut(), b: null_mut(), v: i }));
        }
        let t = Instant::now();
        collect_roots(&mut h, &[]);
        t.elapsed()
    });
    // Half live, half dead, interleaved (free lists are rebuilt).
    bench_timed("full collection, 1M, every other one live (per object)", LIVE, 1, 7, || {
        let mut h = Heap::new();
        let mut head: *mut Node = null_mut();
        for i in 0..LIVE {
            if i % 2 == 0 {
                head = h.alloc(Node { next: head, value: i });
            } else {
                black_box(h.alloc(Node { next: null_mut(), value: i }));
            }
        }
        let t = Instant::now();
        collect_roots(&mut h, &[head as *const u8]);
        let e = t.elapsed();
        assert_eq!(h.stats().objects_live, LIVE / 2);
        e
    });
}

/// Words of fake stack scanned by the stack-scan benchmarks.
const STACK_WORDS: usize = 1 << 16;

/// Collects with the stack base just above `buf` (which lives in a caller's
/// frame), so the scan covers `buf` and the frames in between.
#[inline(never)]
fn collect_scanning(h: &mut Heap, buf: &[usize], roots: &[*const u8]) -> Duration {
    // SAFETY: the end of `buf` is inside this thread's stack, above our
    // frame; the objects used again are in `roots`.
    unsafe {
        h.clear_stack_base();
        h.set_stack_base(buf.as_ptr().add(buf.len()).cast());
        let t = Instant::now();
        h.collect(&mut |t: &mut Tracer| {
            for &r in roots {
                t.mark(r);
            }
        });
        t.elapsed()
    }
}

#[inline(never)]
fn stack_benches() {
    // The buffer sits in this frame; the collection runs in a callee.
    let mut buf = [0usize; STACK_WORDS];
    let mut h = Heap::new();
    let objs: Vec<*const u8> = (0..1024).map(|i| h.alloc(Pair { a: null_mut(), b: null_mut(), v: i }) as *const u8).collect();
    // The 1024 objects are precise roots, so every sample has the same heap.
    // Small integers (below the heap's address range): the quick reject.
    for (i, w) in buf.iter_mut().enumerate() {
        *w = i * 2 + 1;
    }
    black_box(&mut buf);
    bench_timed("stack scan: 64k words, no pointers (per word)", STACK_WORDS, 3, 15, || collect_scanning(&mut h, &buf, &objs));
    // Words inside the heap's address range that hit no object (past the
    // last allocated cell of the block): block lookup, then reject.
    let top = objs.iter().map(|p| *p as usize).max().unwrap();
    assert!((top & !(256 * 1024 - 1)) + 256 * 1024 > top + 64 + 1000 * 8);
    for (i, w) in buf.iter_mut().enumerate() {
        *w = top + 64 + (i % 1000) * 8;
    }
    black_box(&mut buf);
    bench_timed("stack scan: 64k words, in range, no object", STACK_WORDS, 3, 15, || collect_scanning(&mut h, &buf, &objs));
    // Every word points into one of 1024 live objects (interior pointers).
    for (i, w) in buf.iter_mut().enumerate() {
        *w = objs[i % objs.len()] as usize + (i % 3) * 8;
    }
    black_box(&mut buf);
    bench_timed("stack scan: 64k words, all pointers (per word)", STACK_WORDS, 3, 15, || collect_scanning(&mut h, &buf, &objs));
    assert_eq!(h.stats().objects_live, 1024);
    // Pointers into a heap of many blocks (the binary search over blocks).
    let mut big = Heap::new();
    let many: Vec<*mut Node> = (0..1_000_000).map(|i| big.alloc(Node { next: null_mut(), value: i })).collect();
    let mut rng = Rng(7);
    for w in buf.iter_mut() {
        *w = many[rng.below(many.len())] as usize;
    }
    black_box(&mut buf);
    // The first (warm-up) collection frees the objects no word points to;
    // ~63k survivors stay spread over all ~120 blocks, so each sample also
    // marks and sweeps them. The second row gives the same words to
    // `mark_conservative` from the roots callback instead of scanning the
    // stack (same lookups and marking, no stack walk).
    bench_timed("stack scan: 64k pointers into 1M-object heap", STACK_WORDS, 1, 7, || collect_scanning(&mut big, &buf, &[]));
    bench_timed("  same words as conservative roots, no scan", STACK_WORDS, 1, 7, || {
        big.clear_stack_base();
        let t = Instant::now();
        // SAFETY: the survivors are exactly the objects `buf` points into.
        unsafe {
            big.collect(&mut |t: &mut Tracer| {
                for &w in buf.iter() {
                    t.mark_conservative(w);
                }
            })
        };
        t.elapsed()
    });
    black_box(&many);
    black_box(&buf);
}

fn main() {
    println!("taipan-gc allocation benchmarks (median ns/op, min..max over the samples)");
    alloc_benches();
    collect_benches();
    stack_benches();
}
