//! Unit tests for the heap as a whole.

use crate::{vtable_of, AllocError, Heap, Trace, Tracer};
use std::hint::black_box;
use std::ptr::null_mut;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::sync::Arc;

/// A linked node that counts its drops.
struct Node {
    next: *mut Node,
    other: *mut Node,
    value: usize,
    drops: Arc<AtomicUsize>,
}

// SAFETY: reports both pointers.
unsafe impl Trace for Node {
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.next as *const u8);
        t.mark(self.other as *const u8);
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.drops.fetch_add(1, Relaxed);
    }
}

fn node(h: &mut Heap, next: *mut Node, value: usize, drops: &Arc<AtomicUsize>) -> *mut Node {
    h.alloc(Node {
        next,
        other: null_mut(),
        value,
        drops: drops.clone(),
    })
}

fn counter() -> Arc<AtomicUsize> {
    Arc::new(AtomicUsize::new(0))
}

/// Collects with exactly the given precise roots.
fn collect_with(h: &mut Heap, roots: &[*const u8]) {
    // SAFETY: tests keep all live pointers in `roots` or on the stack.
    unsafe {
        h.collect(&mut |t: &mut Tracer| {
            for &r in roots {
                t.mark(r);
            }
        })
    };
}

#[test]
fn unreachable_objects_are_freed() {
    let mut h = Heap::new();
    let d = counter();
    for i in 0..1000 {
        node(&mut h, null_mut(), i, &d);
    }
    assert_eq!(h.stats().objects_live, 1000);
    collect_with(&mut h, &[]);
    assert_eq!(d.load(Relaxed), 1000);
    assert_eq!(h.stats().objects_live, 0);
    assert_eq!(h.stats().live_bytes_after_last_gc, 0);
    assert_eq!(h.stats().collections, 1);
}

#[test]
fn rooted_objects_survive() {
    let mut h = Heap::new();
    let d = counter();
    let mut head = null_mut();
    for i in 0..100 {
        head = node(&mut h, head, i, &d);
    }
    for i in 0..50 {
        node(&mut h, null_mut(), i, &d); // garbage
    }
    collect_with(&mut h, &[head as *const u8]);
    assert_eq!(d.load(Relaxed), 50);
    assert_eq!(h.stats().objects_live, 100);
    let mut p = head;
    let mut n = 0;
    while !p.is_null() {
        assert!(h.contains(p as *const u8));
        // SAFETY: reachable from the root, hence alive.
        unsafe {
            assert_eq!((*p).value, 99 - n);
            p = (*p).next;
        }
        n += 1;
    }
    assert_eq!(n, 100);
    // Freed cells are reused: allocating the same amount again needs no new blocks.
    let before = h.stats().total_bytes;
    for i in 0..50 {
        node(&mut h, null_mut(), i, &d);
    }
    assert_eq!(h.stats().total_bytes, before);
}

#[inline(never)]
fn make_garbage(h: &mut Heap, d: &Arc<AtomicUsize>, n: usize) {
    for i in 0..n {
        black_box(node(h, null_mut(), i, d));
    }
}

#[inline(never)]
fn alloc_and_collect_keeping_local(h: &mut Heap, d: &Arc<AtomicUsize>) -> usize {
    let p = black_box(node(h, null_mut(), 4242, d));
    make_garbage(h, d, 1000);
    collect_with(h, &[]);
    let p = black_box(p);
    assert!(h.contains(p as *const u8));
    // SAFETY: kept alive by the conservative stack scan.
    unsafe { (*p).value }
}

#[test]
fn stack_local_keeps_object_alive() {
    let mut h = Heap::new();
    let base = 0u8;
    h.set_stack_base(black_box(&base) as *const u8);
    let d = counter();
    let v = alloc_and_collect_keeping_local(&mut h, &d);
    assert_eq!(v, 4242);
    // The 1000 garbage nodes are gone (allowing a few stale stack words).
    assert!(d.load(Relaxed) >= 990, "only {} freed", d.load(Relaxed));
    assert!(h.stats().objects_live >= 1);
    black_box(&base);
}

#[test]
fn stack_base_keeps_highest() {
    let mut h = Heap::new();
    h.set_stack_base(0x2000_0000 as *const u8);
    h.set_stack_base(0x1000_0000 as *const u8);
    assert_eq!(h.stack_base() as usize, 0x2000_0000);
    h.clear_stack_base();
    assert!(h.stack_base().is_null());
}

#[test]
fn interior_pointer_keeps_object_alive() {
    let mut h = Heap::new();
    let d = counter();
    let a = node(&mut h, null_mut(), 1, &d);
    let b = node(&mut h, a, 2, &d); // b -> a
    let c = node(&mut h, null_mut(), 3, &d);
    let interior = b as usize + 17;
    // SAFETY: all live pointers are reported (conservatively).
    unsafe {
        h.collect(&mut |t: &mut Tracer| {
            t.mark_conservative(interior);
            t.mark_conservative(0x1234); // junk is ignored
            t.mark_conservative(usize::MAX);
        })
    };
    assert!(h.contains(a as *const u8));
    assert!(h.contains(b as *const u8));
    assert!(!h.contains(c as *const u8));
    assert!(!h.contains(interior as *const u8));
    assert_eq!(d.load(Relaxed), 1);
    // A conservative pointer to a now-free cell is ignored.
    let cw = c as usize;
    // SAFETY: as above.
    unsafe { h.collect(&mut |t: &mut Tracer| t.mark_conservative(cw)) };
    assert_eq!(d.load(Relaxed), 3);
}

#[inline(never)]
fn keep_only_interior(h: &mut Heap, d: &Arc<AtomicUsize>) -> *mut Node {
    let p = node(h, null_mut(), 77, d);
    let inner = black_box(p as usize + 24);
    collect_with(h, &[]);
    (black_box(inner) - 24) as *mut Node
}

#[test]
fn interior_pointer_on_stack() {
    let mut h = Heap::new();
    let base = 0u8;
    h.set_stack_base(black_box(&base) as *const u8);
    let d = counter();
    let p = keep_only_interior(&mut h, &d);
    assert!(h.contains(p as *const u8));
    // SAFETY: kept alive by the conservative scan.
    assert_eq!(unsafe { (*p).value }, 77);
    black_box(&base);
}

#[test]
fn deep_chain_does_not_overflow() {
    let mut h = Heap::new();
    let d = counter();
    let mut head = null_mut();
    for i in 0..100_000 {
        head = node(&mut h, head, i, &d);
    }
    collect_with(&mut h, &[head as *const u8]);
    assert_eq!(d.load(Relaxed), 0);
    assert_eq!(h.stats().objects_live, 100_000);
    collect_with(&mut h, &[]);
    assert_eq!(d.load(Relaxed), 100_000);
    assert_eq!(h.stats().objects_live, 0);
}

/// A list-like object: a Vec of child pointers.
struct List {
    items: Vec<*mut List>,
    drops: Arc<AtomicUsize>,
}

// SAFETY: reports all children.
unsafe impl Trace for List {
    fn trace(&self, t: &mut Tracer) {
        for &i in &self.items {
            t.mark(i as *const u8);
        }
    }
}

impl Drop for List {
    fn drop(&mut self) {
        self.drops.fetch_add(1, Relaxed);
    }
}

#[test]
fn deeply_nested_lists() {
    let mut h = Heap::new();
    let d = counter();
    let mut inner = h.alloc(List {
        items: vec![],
        drops: d.clone(),
    });
    for _ in 0..100_000 {
        inner = h.alloc(List {
            items: vec![inner, inner],
            drops: d.clone(),
        });
    }
    collect_with(&mut h, &[inner as *const u8]);
    assert_eq!(d.load(Relaxed), 0);
    collect_with(&mut h, &[]);
    assert_eq!(d.load(Relaxed), 100_001);
}

#[test]
fn cycles_are_collected() {
    let mut h = Heap::new();
    let d = counter();
    let a = node(&mut h, null_mut(), 1, &d);
    let b = node(&mut h, a, 2, &d);
    // SAFETY: `a` is alive.
    unsafe { (*a).next = b };
    let s = node(&mut h, null_mut(), 3, &d);
    // SAFETY: `s` is alive.
    unsafe { (*s).next = s };
    collect_with(&mut h, &[a as *const u8]);
    assert_eq!(d.load(Relaxed), 1);
    collect_with(&mut h, &[]);
    assert_eq!(d.load(Relaxed), 3);
}

struct Big {
    data: [u64; 4096],
    child: *mut Node,
    drops: Arc<AtomicUsize>,
}

// SAFETY: reports its child.
unsafe impl Trace for Big {
    fn trace(&self, t: &mut Tracer) {
        t.mark(self.child as *const u8);
    }
}

impl Drop for Big {
    fn drop(&mut self) {
        self.drops.fetch_add(1, Relaxed);
    }
}

#[test]
fn large_objects() {
    let mut h = Heap::new();
    let d = counter();
    let child = node(&mut h, null_mut(), 5, &d);
    let big = h.alloc(Big {
        data: [7; 4096],
        child,
        drops: d.clone(),
    });
    assert_eq!(big as usize % 16, 0);
    assert!(h.contains(big as *const u8));
    assert!(!h.contains((big as usize + 8) as *const u8));
    let garbage = h.alloc(Big {
        data: [1; 4096],
        child: null_mut(),
        drops: d.clone(),
    });
    let total = h.stats().total_bytes;
    // Keep `big` through an interior pointer into the middle of its data.
    let interior = big as usize + 8 * 3000;
    // SAFETY: all live objects are reachable from the conservative root.
    unsafe { h.collect(&mut |t: &mut Tracer| t.mark_conservative(interior)) };
    assert!(h.contains(big as *const u8));
    assert!(h.contains(child as *const u8));
    assert!(!h.contains(garbage as *const u8));
    assert_eq!(d.load(Relaxed), 1);
    assert!(h.stats().total_bytes < total);
    // SAFETY: `big` is alive.
    unsafe {
        assert_eq!((*big).data[4095], 7);
        assert_eq!((*(*big).child).value, 5);
    }
    collect_with(&mut h, &[]);
    assert_eq!(d.load(Relaxed), 3);
    assert_eq!(h.stats().objects_live, 0);
}

#[repr(align(64))]
struct Aligned64(u8);
// SAFETY: no pointers.
unsafe impl Trace for Aligned64 {
    fn trace(&self, _t: &mut Tracer) {}
}

#[test]
fn alignment_and_address_range() {
    let mut h = Heap::new();
    for i in 0..1000u64 {
        let a = h.alloc(i) as usize;
        let b = h.alloc([i; 3]) as usize;
        let c = h.alloc(String::from("x")) as usize;
        let e = h.alloc(()) as usize;
        for p in [a, b, c, e] {
            assert_eq!(p % 16, 0);
            assert!(p >= 0x10000);
            assert!(h.contains(p as *const u8));
        }
    }
    let p = h.alloc(Aligned64(3));
    assert_eq!(p as usize % 64, 0);
    assert!(h.contains(p as *const u8));
    // SAFETY: just allocated.
    assert_eq!(unsafe { (*p).0 }, 3);
    // SAFETY: `p` is an allocated object.
    assert_eq!(unsafe { vtable_of(p as *const u8) }.name, "gc object");
}

#[test]
fn heap_limit() {
    let mut h = Heap::new();
    h.set_limit(Some(1 << 20));
    let d = counter();
    let mut n = 0usize;
    let err = loop {
        match h.try_alloc(Node {
            next: null_mut(),
            other: null_mut(),
            value: n,
            drops: d.clone(),
        }) {
            Ok(_) => n += 1,
            Err(e) => break e,
        }
        assert!(n < 1 << 20, "limit never hit");
    };
    assert_eq!(err, AllocError);
    // The rejected value was dropped.
    assert_eq!(d.load(Relaxed), 1);
    assert!(n > 1000);
    assert!(h.stats().bytes_allocated_since_gc <= 1 << 20);
    // A large object fails too.
    assert!(h.try_alloc([0u8; 100_000]).is_err());
    collect_with(&mut h, &[]);
    assert!(h.try_alloc(1u64).is_ok());
    // alloc ignores the limit.
    h.alloc([0u8; 2 << 20]);
    h.set_limit(None);
    assert!(h.try_alloc([0u8; 100_000]).is_ok());
}

#[inline(never)]
fn churn(h: &mut Heap, n: usize) -> usize {
    let mut max_total = 0;
    let mut keep: *mut Node = null_mut();
    let d = counter();
    for i in 0..n {
        let p = h.alloc(Node {
            next: null_mut(),
            other: null_mut(),
            value: i,
            drops: d.clone(),
        });
        if i % 1000 == 0 {
            keep = p; // a few objects survive a while
        }
        if h.should_collect() {
            let k = keep as *const u8;
            collect_with(h, &[k]);
            max_total = max_total.max(h.stats().total_bytes);
        }
    }
    black_box(keep);
    max_total
}

#[inline(never)]
fn churn_small(h: &mut Heap, n: u64) -> usize {
    let mut max_total = 0;
    for i in 0..n {
        black_box(h.alloc(i));
        if h.should_collect() {
            collect_with(h, &[]);
            max_total = max_total.max(h.stats().total_bytes);
        }
    }
    max_total
}

#[test]
fn many_short_lived_objects_bounded() {
    let mut h = Heap::new();
    let base = 0u8;
    h.set_stack_base(black_box(&base) as *const u8);
    let max_small = churn_small(&mut h, 10_000_000);
    assert!(h.stats().collections > 5);
    assert!(max_small <= 16 << 20, "total grew to {max_small}");
    let max = churn(&mut h, 1_000_000);
    assert!(max <= 32 << 20, "total grew to {max}");
    black_box(&base);
}

#[test]
fn heap_drop_runs_destructors() {
    let d = counter();
    {
        let mut h = Heap::new();
        for i in 0..500 {
            node(&mut h, null_mut(), i, &d);
        }
        h.alloc(Big {
            data: [0; 4096],
            child: null_mut(),
            drops: d.clone(),
        });
        collect_with(&mut h, &[]);
        assert_eq!(d.load(Relaxed), 501);
        for i in 0..10 {
            node(&mut h, null_mut(), i, &d);
        }
        h.alloc(Big {
            data: [0; 4096],
            child: null_mut(),
            drops: d.clone(),
        });
    }
    assert_eq!(d.load(Relaxed), 512);
}

#[test]
fn std_impls_trace_contents() {
    struct Holder(Vec<Option<Box<(u8, Wrap)>>>);
    struct Wrap(*mut Node);
    // SAFETY: reports its pointer.
    unsafe impl Trace for Wrap {
        fn trace(&self, t: &mut Tracer) {
            t.mark(self.0 as *const u8);
        }
    }
    // SAFETY: delegates to std impls.
    unsafe impl Trace for Holder {
        fn trace(&self, t: &mut Tracer) {
            self.0.trace(t);
        }
    }
    let mut h = Heap::new();
    let d = counter();
    let n = node(&mut h, null_mut(), 9, &d);
    let holder = h.alloc(Holder(vec![None, Some(Box::new((1, Wrap(n))))]));
    collect_with(&mut h, &[holder as *const u8]);
    assert_eq!(d.load(Relaxed), 0);
    assert!(h.contains(n as *const u8));
}

#[test]
fn heaps_on_several_threads() {
    fn assert_send<T: Send>() {}
    assert_send::<Heap>();
    let threads: Vec<_> = (0..2)
        .map(|k| {
            std::thread::spawn(move || {
                let mut h = Heap::new();
                let base = 0u8;
                h.set_stack_base(black_box(&base) as *const u8);
                let d = counter();
                let v = alloc_and_collect_keeping_local(&mut h, &d);
                let max = churn_small(&mut h, 2_000_000);
                black_box(&base);
                (k, v, max)
            })
        })
        .collect();
    for t in threads {
        let (_, v, max) = t.join().unwrap();
        assert_eq!(v, 4242);
        assert!(max <= 16 << 20);
    }
}

#[test]
fn should_collect_threshold() {
    let mut h = Heap::new();
    h.set_min_threshold(64 * 1024);
    assert!(!h.should_collect());
    let mut keep = Vec::new();
    while !h.should_collect() {
        keep.push(h.alloc(0u64) as *const u8);
    }
    assert!(h.stats().bytes_allocated_since_gc >= 64 * 1024);
    collect_with(&mut h, &keep);
    assert!(!h.should_collect());
    assert_eq!(h.stats().objects_live, keep.len());
    assert_eq!(h.stats().live_bytes_after_last_gc, keep.len() * 16);
}

#[test]
fn raw_variable_sized_objects() {
    use crate::GcVTable;
    // Layout: [len: usize][drops: *const AtomicUsize][items: [*mut Node; len]]
    unsafe fn trace_vec(p: *const u8, t: &mut Tracer) {
        // SAFETY: `p` is an initialised PtrVec object.
        unsafe {
            let len = *(p as *const usize);
            let items = (p as *const *mut Node).add(2);
            for i in 0..len {
                t.mark(*items.add(i) as *const u8);
            }
        }
    }
    unsafe fn drop_vec(p: *mut u8) {
        // SAFETY: `p` is an initialised PtrVec object.
        unsafe { (**(p as *const *const AtomicUsize).add(1)).fetch_add(1, Relaxed) };
    }
    static VT: GcVTable = GcVTable {
        trace: trace_vec,
        drop: drop_vec,
        name: "PtrVec",
    };
    let mut h = Heap::new();
    let d = counter();
    for len in [0usize, 1, 5, 2000] {
        let items: Vec<*mut Node> = (0..len).map(|i| node(&mut h, null_mut(), i, &d)).collect();
        // SAFETY: initialised right below, before any collection.
        let p = unsafe { h.alloc_raw(16 + 8 * len, &VT) };
        assert_eq!(p as usize % 16, 0);
        // SAFETY: `p` has room for 2 + len words.
        unsafe {
            *(p as *mut usize) = len;
            *(p as *mut *const AtomicUsize).add(1) = Arc::as_ptr(&d);
            std::ptr::copy_nonoverlapping(items.as_ptr(), (p as *mut *mut Node).add(2), len);
        }
        collect_with(&mut h, &[p as *const u8]);
        assert_eq!(d.load(Relaxed), 0);
        assert_eq!(h.stats().objects_live, len + 1);
        // SAFETY: `p` is alive.
        assert_eq!(unsafe { vtable_of(p) }.name, "PtrVec");
        collect_with(&mut h, &[]);
        assert_eq!(d.load(Relaxed), len + 1);
        d.store(0, Relaxed);
    }
    assert!(!h.would_exceed_limit(1 << 30));
    h.set_limit(Some(1000));
    assert!(h.would_exceed_limit(1000));
    assert!(!h.would_exceed_limit(100));
}

/// Rough throughput numbers: `cargo test -p taipan-gc --release -- --ignored --nocapture`.
#[test]
#[ignore]
fn bench_alloc_and_collect() {
    use std::time::Instant;
    #[allow(dead_code)]
    struct Cons(*mut Cons, u64);
    // SAFETY: reports its pointer.
    unsafe impl Trace for Cons {
        fn trace(&self, t: &mut Tracer) {
            t.mark(self.0 as *const u8);
        }
    }
    let mut h = Heap::new();
    let base = 0u8;
    h.set_stack_base(black_box(&base) as *const u8);
    let n = 20_000_000u64;
    let t0 = Instant::now();
    let mut in_gc = std::time::Duration::ZERO;
    for i in 0..n {
        black_box(h.alloc(Cons(null_mut(), i)));
        if h.should_collect() {
            let t1 = Instant::now();
            collect_with(&mut h, &[]);
            in_gc += t1.elapsed();
        }
    }
    let dt = t0.elapsed();
    eprintln!(
        "short-lived: {:.1} ns/alloc ({:.1} in gc), {} collections",
        dt.as_nanos() as f64 / n as f64,
        in_gc.as_nanos() as f64 / n as f64,
        h.stats().collections
    );
    // Long-lived: 2M-element list, then collect repeatedly.
    let mut head: *mut Cons = null_mut();
    for i in 0..2_000_000 {
        head = h.alloc(Cons(head, i));
    }
    let t0 = Instant::now();
    for _ in 0..5 {
        collect_with(&mut h, &[head as *const u8]);
    }
    eprintln!(
        "mark+sweep 2M live: {:.1} ms/collection",
        t0.elapsed().as_secs_f64() * 200.0
    );
    black_box(&base);
}

#[test]
fn pooled_blocks_reused_for_other_class_have_no_phantoms() {
    let mut h = Heap::new();
    // Fill a few blocks with 16-byte cells, whose "object" bytes look like
    // plausible headers, then free them all.
    let mut lo = usize::MAX;
    let mut hi = 0;
    for _ in 0..40_000 {
        let p = h.alloc(0x1234_5678usize) as usize;
        lo = lo.min(p);
        hi = hi.max(p);
    }
    collect_with(&mut h, &[]);
    assert_eq!(h.stats().objects_live, 0);
    let total = h.stats().total_bytes;
    // Reuse the pooled blocks for a different size class.
    let mut kept = Vec::new();
    for i in 0..100 {
        kept.push(h.alloc([i as u64; 100]) as *const u8);
    }
    assert_eq!(h.stats().total_bytes, total, "pooled blocks not reused");
    // Conservatively "point" at every word of the old range: only real
    // objects can be found.
    // SAFETY: everything allocated is reported (conservatively).
    unsafe {
        h.collect(&mut |t: &mut Tracer| {
            let mut w = lo & !0x3ffff;
            while w < hi + 0x40000 {
                t.mark_conservative(w);
                w += 8;
            }
        })
    };
    assert_eq!(h.stats().objects_live, 100);
    for p in kept {
        assert!(h.contains(p));
    }
}

#[test]
fn weak_callback_sees_dying_objects_and_can_resurrect() {
    let mut h = Heap::new();
    let d = counter();
    let live = node(&mut h, null_mut(), 1, &d);
    let dying = node(&mut h, null_mut(), 2, &d);
    let child = node(&mut h, null_mut(), 3, &d);
    let finalizable = node(&mut h, child, 4, &d);
    let mut weak_table = vec![live, dying];
    let (lr, fr) = (live as *const u8, finalizable as *const u8);
    // SAFETY: roots reported; weak table cleared of dead entries.
    unsafe {
        h.collect_with_weak(&mut |t: &mut Tracer| t.mark(lr), &mut |t: &mut Tracer| {
            weak_table.retain(|&p| t.is_marked(p as *const u8));
            assert!(!t.is_marked(fr));
            t.mark(fr); // resurrect, including its child
        })
    };
    assert_eq!(weak_table, vec![live]);
    assert_eq!(d.load(Relaxed), 1);
    assert!(h.contains(child as *const u8));
    let big = h.alloc(Big {
        data: [0; 4096],
        child: null_mut(),
        drops: d.clone(),
    });
    let br = big as *const u8;
    // SAFETY: nothing is used afterwards except via contains.
    unsafe {
        h.collect_with_weak(&mut |t: &mut Tracer| t.mark(br), &mut |t: &mut Tracer| {
            assert!(t.is_marked(br));
            assert!(!t.is_marked(lr));
        })
    };
    assert_eq!(d.load(Relaxed), 4);
}

/// An object owning memory outside the heap, which it reports when traced.
struct Owner {
    buf: Vec<u8>,
}

// SAFETY: holds no gc pointers.
unsafe impl Trace for Owner {
    fn trace(&self, t: &mut Tracer) {
        t.note_external(self.buf.capacity());
    }
}

#[test]
fn external_memory_counts_as_live() {
    let mut h = Heap::new();
    let keep = h.alloc(Owner { buf: vec![0; 1 << 20] });
    h.note_external_alloc(1 << 20);
    let garbage = h.alloc(Owner { buf: vec![0; 1 << 20] });
    h.note_external_alloc(1 << 20);
    black_box(garbage);
    assert!(h.stats().bytes_allocated_since_gc >= 2 << 20);
    collect_with(&mut h, &[keep as *const u8]);
    let live = h.stats().live_bytes_after_last_gc;
    assert!((1 << 20..(1 << 20) + 4096).contains(&live), "live {live}");
}

#[test]
fn limit_brings_the_next_collection_forward() {
    let mut h = Heap::new();
    assert!(!h.over_limit());
    h.set_limit(Some(2 << 20));
    assert_eq!(h.limit(), Some(2 << 20));
    let d = counter();
    let mut n = 0;
    while !h.should_collect() {
        node(&mut h, null_mut(), n, &d);
        n += 1;
        assert!(n < 1 << 20, "should_collect never turned true");
    }
    // Due at the limit, well before the default 4 MiB threshold.
    assert!(h.stats().bytes_allocated_since_gc <= (2 << 20) + 64);
    h.alloc([0u8; 64]);
    assert!(h.over_limit());
    collect_with(&mut h, &[]);
    assert!(!h.over_limit());
    // A heap that stays over its limit is still given some room.
    let big = h.alloc([0u8; 3 << 20]);
    collect_with(&mut h, &[big as *const u8]);
    assert!(h.over_limit());
    assert!(!h.should_collect());
    let mut allowed = 0;
    while !h.should_collect() {
        h.alloc(0u64);
        allowed += 16;
    }
    assert!(allowed >= crate::LIMIT_GRACE);
    h.set_limit(None);
    assert!(!h.over_limit());
}

#[test]
fn weak_callback_can_drain_after_resurrecting() {
    let mut h = Heap::new();
    let d = counter();
    let child = node(&mut h, null_mut(), 1, &d);
    let parent = node(&mut h, child, 2, &d);
    let pr = parent as *const u8;
    let cr = child as *const u8;
    // SAFETY: nothing unmarked is used after the collection.
    unsafe {
        h.collect_with_weak(&mut |_t: &mut Tracer| {}, &mut |t: &mut Tracer| {
            assert!(!t.is_marked(pr) && !t.is_marked(cr));
            t.mark(pr);
            t.drain();
            assert!(t.is_marked(cr), "resurrected object's children are marked after drain");
        })
    };
    assert_eq!(d.load(Relaxed), 0);
    assert!(h.contains(cr));
}
