//! Micro-benchmarks of VM internals, run by `cargo bench`.
//!
//! A deliberately small harness instead of criterion (which would add dozens
//! of crates to a tree we keep lean): each benchmark runs a warm-up, then 15
//! timed samples of a fixed number of operations, and reports the median
//! and the spread (min..max) in nanoseconds per operation. Python-level
//! comparisons with CPython live in bench-suite/.

use std::hint::black_box;
use std::time::Instant;
use taipan::vm::bytecode::BinOp;
use taipan::vm::object::module::ModuleObj;
use taipan::vm::value::Value;
use taipan::Vm;

const SAMPLES: usize = 15;

fn bench(name: &str, ops: usize, mut f: impl FnMut()) {
    for _ in 0..3 {
        f();
    }
    let mut per_op: Vec<f64> = (0..SAMPLES)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_nanos() as f64 / ops as f64
        })
        .collect();
    per_op.sort_by(|a, b| a.total_cmp(b));
    println!("{name:<28} {:>9.1} ns/op   (min {:.1}, max {:.1})", per_op[SAMPLES / 2], per_op[0], per_op[SAMPLES - 1]);
}

/// A global of the `__main__` module the prelude defined.
fn global(vm: &mut Vm, name: &str) -> Value {
    let main = vm.intern("__main__");
    let m = vm.modules.get_str_key(main).and_then(|m| m.downcast::<ModuleObj>()).expect("__main__");
    let k = vm.intern(name);
    m.dict.get_str_key(k).expect("prelude global")
}

const PRELUDE: &str = "
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
def f(a, b):
    return a
d = {('k' + str(i)): i for i in range(100)}
big = 2 ** 100
";

fn main() {
    let mut vm = Vm::new(Default::default());
    vm.run_source(PRELUDE, "<bench>", None).expect("prelude runs");
    let p = global(&mut vm, "p");
    let f = global(&mut vm, "f");
    let big = global(&mut vm, "big");
    let d = global(&mut vm, "d").downcast::<taipan::vm::object::dict::DictObj>().expect("dict");
    let x = vm.intern("x");
    let k50 = vm.intern("k50");
    const N: usize = 100_000;

    bench("dict lookup (str key)", N, || {
        for _ in 0..N {
            black_box(vm.dict_lookup(d, k50).ok());
        }
    });
    bench("dict insert (update)", N, || {
        for i in 0..N {
            let _ = vm.dict_set(d, k50, Value::from_small_int(i as i64));
        }
    });
    bench("dict insert (new dict x10)", N / 10, || {
        for _ in 0..N / 10 {
            let nd = vm.new_dict();
            for j in 0..10 {
                let _ = vm.dict_set(nd, Value::from_small_int(j), Value::NONE);
            }
        }
    });
    bench("instance attribute load", N, || {
        for _ in 0..N {
            black_box(vm.getattr(p, x).ok());
        }
    });
    bench("Python-to-Python call", N, || {
        for i in 0..N {
            black_box(vm.call(f, &[Value::from_small_int(i as i64), Value::NONE], &[]).ok());
        }
    });
    bench("int add (small)", N, || {
        for i in 0..N {
            black_box(vm.binary_op(Value::from_small_int(i as i64), Value::from_small_int(7), BinOp::Add, false).ok());
        }
    });
    bench("int add (big)", N, || {
        for i in 0..N {
            black_box(vm.binary_op(big, Value::from_small_int(i as i64), BinOp::Add, false).ok());
        }
    });
    bench("float multiply", N, || {
        for i in 0..N {
            black_box(vm.binary_op(Value::from_f64(i as f64), Value::from_f64(1.5), BinOp::Mul, false).ok());
        }
    });
    let (s1, s2) = (vm.new_str("hello "), vm.new_str("world"));
    bench("str concatenation", N, || {
        for _ in 0..N {
            black_box(vm.binary_op(s1, s2, BinOp::Add, false).ok());
        }
    });
    bench("small object allocation", N, || {
        for i in 0..N {
            black_box(vm.new_tuple(vec![Value::from_small_int(i as i64), Value::NONE]));
        }
        vm.collect();
    });
}
