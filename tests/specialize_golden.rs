//! Golden tests of the specializer: the exact quickened disassembly
//! (`Vm::quickened_dis`) of small functions after they have run, so a
//! change in which specialized forms are chosen shows up as a diff.
//! Set `TAIPAN_GOLDEN_PRINT=1` to print the actual text.

use taipan::vm::interp::specialize::Mode;
use taipan::vm::object::module::ModuleObj;
use taipan::{Options, Vm};

/// Run `src` as `__main__` under `mode` and return the quickened
/// disassembly of its global function `name`.
fn quickened(mode: Mode, src: &str, name: &str) -> String {
    let mut vm = Vm::new(Options { specialize: mode, quiet: true, ..Default::default() });
    if let Err(e) = vm.run_source(src, "<golden>", None) {
        let status = vm.handle_uncaught(e);
        panic!("golden program failed with status {status}");
    }
    let main = vm.intern("__main__");
    let m = vm.modules.get_str_key(main).and_then(|m| m.downcast::<ModuleObj>()).expect("__main__");
    let key = vm.intern(name);
    let f = m.dict.get_str_key(key).expect("function");
    let text = vm.quickened_dis(f).expect("a Python function");
    if std::env::var_os("TAIPAN_GOLDEN_PRINT").is_some() {
        println!("---- {name} ({mode:?})\n{text}");
    }
    text
}

fn check(mode: Mode, src: &str, name: &str, expected: &str) {
    let got = quickened(mode, src, name);
    if std::env::var_os("TAIPAN_GOLDEN_PRINT").is_some() {
        return;
    }
    let norm = |s: &str| s.lines().map(str::trim_end).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n");
    assert_eq!(norm(&got), norm(expected), "quickened disassembly of {name} under {mode:?}:\n{got}");
}

const NUMERIC: &str = r#"
def loop(n, x):
    i = 0
    t = 0
    f = 0.0
    while i < n:
        t = t + i * 2 - 1
        f = f * 0.5 + x / 3.0
        i += 1
    return t, f
for _ in range(20):
    loop(30, 1.5)
"#;

const NUMERIC_EXPECTED: &str = r#"
Disassembly of <code object loop (loop)> (line 2, flags 0x3, stacksize 3):
   3       0 LoadConst               0 (0)
           1 StoreFast               2 (i)

   4       2 LoadConst               0 (0)
           3 StoreFast               3 (t)

   5       4 LoadConst               1 (0.0)
           5 StoreFastLoadFast       4 (f)

   6 >>    6 LoadFastLoadFast        2 (i)
           7 LoadFast                0 (n)
           8 CompareOpInt            0 (<)
          10 PopJumpIfFalse         39 (to 39)

   7      11 LoadFastLoadFast        3 (t)
          12 LoadFastLoadConst       2 (i)
          13 LoadConst               2 (2)
          14 BinaryOpMulInt          2 (*)
          16 BinaryOpAddInt          0 (+)
          18 LoadConst               3 (1)
          19 BinaryOpSubInt          1 (-)
          21 StoreFastLoadFast       3 (t)

   8      22 LoadFastLoadConst       4 (f)
          23 LoadConst               4 (0.5)
          24 BinaryOpMulFloat        2 (*)
          26 LoadFastLoadConst       1 (x)
          27 LoadConst               5 (3.0)
          28 BinaryOpDivFloat        4 (/)
          30 BinaryOpAddFloat        0 (+)
          32 StoreFastLoadFast       4 (f)

   9      33 LoadFastLoadConst       2 (i)
          34 LoadConst               3 (1)
          35 BinaryOpAddInt         16 (+=)
          37 StoreFast               2 (i)

   6      38 JumpBackward            6 (to 6)

  10 >>   39 LoadFastLoadFast        3 (t)
          40 LoadFast                4 (f)
          41 BuildTuple              2
          42 ReturnValue

"#;

#[test]
fn numeric_loop() {
    check(Mode::On, NUMERIC, "loop", NUMERIC_EXPECTED);
}

const ATTRS: &str = r#"
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def scale(self, k):
        self.x = self.x * k
        self.y = self.y * k
        return self.norm2()
v = Vec(1, 2)
for _ in range(30):
    v.scale(1)
"#;

const ATTRS_EXPECTED: &str = r#"
Disassembly of <code object scale (Vec.scale)> (line 8, flags 0x3, stacksize 2):
   9       0 LoadFast                0 (self)
           1 LoadAttrInstance        0 (x)
           7 LoadFast                1 (k)
           8 BinaryOpMulInt          2 (*)
          10 LoadFast                0 (self)
          11 StoreAttrInstance       0 (x)

  10      18 LoadFast                0 (self)
          19 LoadAttrInstance        1 (y)
          25 LoadFast                1 (k)
          26 BinaryOpMulInt          2 (*)
          28 LoadFast                0 (self)
          29 StoreAttrInstance       1 (y)

  11      36 LoadFast                0 (self)
          37 LoadMethodInstance      2 (norm2)
          43 CallPyExactArgs         0
          48 ReturnValue

"#;

#[test]
fn attribute_method() {
    let src = format!("{ATTRS}\nscale = Vec.scale\n");
    check(Mode::On, &src, "scale", ATTRS_EXPECTED);
}

const GLOBALS: &str = r#"
import math
LIMIT = 3
def count(xs):
    n = 0
    for x in xs:
        if isinstance(x, int) and len(str(x)) < LIMIT:
            n = n + 1
    return n + int(math.sqrt(len(xs)))
for _ in range(12):
    count([1, 22, 333, 4444])
"#;

const GLOBALS_EXPECTED: &str = r#"
Disassembly of <code object count (count)> (line 4, flags 0x3, stacksize 8):
   5       0 LoadConst               0 (0)
           1 StoreFastLoadFast       1 (n)

   6       2 LoadFast                0 (xs)
           3 GetIter
     >>    4 ForIterList            62 (to 62)
           6 StoreFast               2 (x)

   7       7 LoadGlobalBuiltin       0 (isinstance)
          12 PushNull
          13 LoadFast                2 (x)
          14 LoadGlobalBuiltin       1 (int)
          19 CallIsinstance          2
          24 PopJumpIfFalse         61 (to 61)
          25 LoadGlobalBuiltin       2 (len)
          30 PushNull
          31 LoadGlobalBuiltin       3 (str)
          36 PushNull
          37 LoadFast                2 (x)
          38 Call                    1
          43 CallLen                 1
          48 LoadGlobalModule        4 (LIMIT)
          53 CompareOpInt            0 (<)
          55 PopJumpIfFalse         61 (to 61)

   8      56 LoadFastLoadConst       1 (n)
          57 LoadConst               1 (1)
          58 BinaryOpAddInt          0 (+)
          60 StoreFast               1 (n)

   6 >>   61 JumpBackward            4 (to 4)

   9 >>   62 LoadFast                1 (n)
          63 LoadGlobalBuiltin       1 (int)
          68 PushNull
          69 LoadGlobalModule        5 (math)
          74 LoadMethodModule        6 (sqrt)
          80 LoadGlobalBuiltin       2 (len)
          85 PushNull
          86 LoadFast                0 (xs)
          87 CallLen                 1
          92 CallBuiltin             1
          97 Call                    1
         102 BinaryOpAddInt          0 (+)
         104 ReturnValue

"#;

#[test]
fn globals_and_builtins() {
    check(Mode::Eager, GLOBALS, "count", GLOBALS_EXPECTED);
}

const SUBSCR: &str = r#"
def pairs(items, d, t):
    out = []
    for k, v in items:
        a, b, c = t
        d[k] = v + t[1]
        out.append(d[k] + items[0][1] + a)
    return out
for _ in range(12):
    pairs([(1, 2), (3, 4)], {}, (5, 6, 7))
"#;

const SUBSCR_EXPECTED: &str = r#"
Disassembly of <code object pairs (pairs)> (line 2, flags 0x3, stacksize 6):
   3       0 BuildList               0
           1 StoreFastLoadFast       3 (out)

   4       2 LoadFast                0 (items)
           3 GetIter
     >>    4 ForIterList            57 (to 57)
           6 UnpackSequenceTwoTuple    2
           8 StoreFastStoreFast      4 (k)
           9 StoreFastLoadFast       5 (v)

   5      10 LoadFast                2 (t)
          11 UnpackSequenceTuple     3
          13 StoreFastStoreFast      6 (a)
          14 StoreFastStoreFast      7 (b)
          15 StoreFastLoadFast       8 (c)

   6      16 LoadFastLoadFast        5 (v)
          17 LoadFastLoadConst       2 (t)
          18 LoadConst               0 (1)
          19 BinarySubscrTupleInt
          21 BinaryOpAddInt          0 (+)
          23 LoadFastLoadFast        1 (d)
          24 LoadFast                4 (k)
          25 StoreSubscrDict

   7      27 LoadFast                3 (out)
          28 LoadMethodNoDict        0 (append)
          34 LoadFastLoadFast        1 (d)
          35 LoadFast                4 (k)
          36 BinarySubscrDict
          38 LoadFastLoadConst       0 (items)
          39 LoadConst               1 (0)
          40 BinarySubscrListInt
          42 LoadConst               0 (1)
          43 BinarySubscrTupleInt
          45 BinaryOpAddInt          0 (+)
          47 LoadFast                6 (a)
          48 BinaryOpAddInt          0 (+)
          50 CallListAppend          1
          55 PopTop

   4      56 JumpBackward            4 (to 4)

   8 >>   57 LoadFast                3 (out)
          58 ReturnValue

"#;

#[test]
fn subscripts_and_unpacking() {
    check(Mode::On, SUBSCR, "pairs", SUBSCR_EXPECTED);
}

const DEOPT: &str = r#"
def add(a, b):
    return a + b
for i in range(20):
    add(i, 1)
for i in range(200):
    add("s", str(i))
"#;

/// 53 str operands spend the int form's miss budget of 52: deoptimized,
/// and the back-off keeps the generic form for the next 7.
const DEOPT_GENERIC: &str = r#"
def add(a, b):
    return a + b
for i in range(20):
    add(i, 1)
for i in range(60):
    add("s", str(i))
"#;

const DEOPT_EXPECTED_GENERIC: &str = r#"
Disassembly of <code object add (add)> (line 2, flags 0x3, stacksize 2):
   3       0 LoadFastLoadFast        0 (a)
           1 LoadFast                1 (b)
           2 BinaryOp                0 (+)
           4 ReturnValue
"#;

const DEOPT_EXPECTED_WARM: &str = r#"
Disassembly of <code object add (add)> (line 2, flags 0x3, stacksize 2):
   3       0 LoadFastLoadFast        0 (a)
           1 LoadFast                1 (b)
           2 BinaryOpAddInt          0 (+)
           4 ReturnValue
"#;

const DEOPT_EXPECTED: &str = r#"
Disassembly of <code object add (add)> (line 2, flags 0x3, stacksize 2):
   3       0 LoadFastLoadFast        0 (a)
           1 LoadFast                1 (b)
           2 BinaryOpAddStr          0 (+)
           4 ReturnValue

"#;

#[test]
fn deopt_back_to_generic() {
    // Specialized for ints, then deoptimized by strs (the generic form
    // again); after its back-off the site respecializes for strs.
    let warm = DEOPT.split("for i in range(200)").next().unwrap();
    check(Mode::On, warm, "add", DEOPT_EXPECTED_WARM);
    check(Mode::On, DEOPT_GENERIC, "add", DEOPT_EXPECTED_GENERIC);
    check(Mode::On, DEOPT, "add", DEOPT_EXPECTED);
}
