//! The heap limit (`-X max-heap=SIZE`, `Options::max_heap`, `Vm::set_max_heap`):
//! a program that allocates without bound gets a `MemoryError`, its
//! `except MemoryError:` code runs, and the interpreter stays usable.

use std::process::Command;

const UNBOUNDED: &str = r#"
import sys
kind = sys.argv[1]
N = int(sys.argv[2])
data = []
try:
    while True:
        if kind == "lists":
            data.append([0] * 1000)
        elif kind == "strs":
            data.append("x" * 5000 + str(len(data)))
        elif kind == "objects":
            class O:
                pass
            o = O()
            o.n = len(data)
            data.append(o)
        elif kind == "huge":
            data.append("y" * 10**9)
except MemoryError as e:
    n = len(data)
    data = None
    print("caught", type(e).__name__, n > 0 or kind == "huge")
print("usable", sum(range(100)), len([str(i) for i in range(N)]))
"#;

fn run_cli(args: &[&str], kind: &str, n: usize) -> (i32, String, String) {
    let dir = std::env::temp_dir().join(format!("taipan_heap_limit_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let k = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let script = dir.join(format!("unbounded{k}.py"));
    std::fs::write(&script, UNBOUNDED).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(args)
        .arg(&script)
        .arg(kind)
        .arg(n.to_string())
        .output()
        .expect("run taipan");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn cli_max_heap_raises_memory_error_and_recovers() {
    for kind in ["lists", "strs", "objects", "huge"] {
        let (status, out, err) = run_cli(&["-X", "max-heap=64M"], kind, 100000);
        assert_eq!(status, 0, "{kind}: stderr {err}");
        assert_eq!(out, "caught MemoryError True\nusable 4950 100000\n", "{kind}");
    }
}

#[test]
fn cli_max_heap_under_gc_stress() {
    // (Every safepoint collects: keep the heap small.)
    let (status, out, err) = run_cli(&["-X", "gc-stress", "-X", "max-heap=4M"], "strs", 1000);
    assert_eq!(status, 0, "stderr {err}");
    assert_eq!(out, "caught MemoryError True\nusable 4950 1000\n");
}

#[test]
fn cli_rejects_bad_sizes() {
    for bad in ["max-heap=", "max-heap=12X", "max-heap=-5", "max-heap=0"] {
        let (status, _, err) = run_cli(&["-X", bad], "lists", 10);
        assert_eq!(status, 2, "{bad}");
        assert!(err.contains("max-heap"), "{bad}: {err}");
    }
}

#[test]
fn embedding_api_limit() {
    // A thread with a big stack, as the CLI uses.
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            let opts = taipan::Options { max_heap: Some(32 << 20), ..Default::default() };
            let mut vm = taipan::Vm::new(opts);
            let src = "l = []\ntry:\n    while True:\n        l.append('z' * 1000 + str(len(l)))\nexcept MemoryError:\n    l = None\n";
            assert_eq!(vm.run_main(src, "<limit>", None), 0);
            // Lifting the limit lets the same program grow past it.
            let mut vm = taipan::Vm::new(Default::default());
            vm.set_max_heap(Some(16 << 20));
            vm.set_max_heap(None);
            let src = "l = ['q' * 1000 + str(i) for i in range(40000)]\nassert len(l) == 40000\n";
            assert_eq!(vm.run_main(src, "<nolimit>", None), 0);
        })
        .unwrap()
        .join()
        .unwrap();
}
