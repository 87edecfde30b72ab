//! Mutation test (harness = false): programs derived from the corpus by
//! random token-level mutation (`tests/mutation/mutator.rs`) are compiled
//! and run in-process, each in a fresh quiet interpreter with a heap limit
//! and a step budget. Any outcome but a clean exit or a Python exception
//! (a Rust panic, a hang, a crash of the process) is a failure; the mutant
//! is saved to `target/mutation/` for reproduction (`taipan FILE` with the
//! same limits: `-X max-heap=64M -X max-steps=20000`).
//!
//! Environment:
//!   TAIPAN_MUTATION_COUNT=N     mutants to run (default 10000)
//!   TAIPAN_MUTATION_SEED=S      seed (default 1); mutant k of seed S is always the same
//!   TAIPAN_MUTATION_START=K     first mutant number (default 0), to replay one mutant
//!   TAIPAN_MUTATION_THREADS=N   worker threads (default: available cores, at most 4)
//!   TAIPAN_MUTATION_KEEP_GOING=1  report every failure instead of stopping at a hang
//!
//! If the whole process dies (a native stack overflow or an abort), the
//! mutant each worker was running is in `target/mutation/worker-N.py`.

#[path = "mutation/mutator.rs"]
mod mutator;

use std::cell::RefCell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Modules a program may import to be mutated: no file system, processes,
/// signals, threads or sleeping (a mutant could do anything with those).
const IMPORT_OK: &[&str] = &[
    "sys", "gc", "itertools", "operator", "math", "functools", "collections", "heapq", "copy", "abc", "types", "re", "weakref",
    "_weakref", "_collections", "_functools", "_heapq", "_operator", "_sre", "errno", "_string", "string",
];
/// Names whose presence makes a program or a mutant unfit (OS access,
/// blocking, or unlimited native recursion).
const DENY: &[&str] = &[
    "os", "posix", "open", "io", "_io", "time", "sleep", "signal", "_signal", "_thread", "threading", "fork", "kill", "system",
    "remove", "unlink", "rmdir", "__import__", "setrecursionlimit", "importlib", "subprocess", "socket", "stdin",
];

const MAX_HEAP: usize = 64 << 20;
const MAX_STEPS: u64 = 20_000;
const HANG: Duration = Duration::from_secs(20);

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok()).unwrap_or(default)
}

fn fit(src: &str) -> bool {
    let toks = mutator::tokenize(src);
    let mut import_next = false;
    for t in &toks {
        if t.kind != mutator::Kind::Name {
            import_next = false;
            continue;
        }
        if DENY.contains(&t.text.as_str()) {
            return false;
        }
        if import_next && !IMPORT_OK.contains(&t.text.as_str()) {
            return false;
        }
        import_next = t.text == "import" || t.text == "from";
    }
    true
}

fn load_corpus() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut out = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir).expect("tests/corpus").flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let Ok(src) = std::fs::read_to_string(&p) else { continue };
        if fit(&src) {
            out.push((p.file_name().unwrap().to_string_lossy().into_owned(), src));
        }
    }
    out
}

thread_local! {
    static PANIC_MSG: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Run one program in a fresh interpreter: the name of the exception that
/// ended it ("" for a clean exit), or Err(panic message) on a panic.
fn run_one(src: &str) -> Result<String, String> {
    let r = catch_unwind(AssertUnwindSafe(|| {
        // Eager specialization: the specializer, the specialized forms and
        // their deopts all see the mutants (the generic forms still run
        // wherever specialization fails or misses).
        let specialize = taipan::vm::interp::specialize::Mode::Eager;
        let opts = taipan::Options { quiet: true, max_heap: Some(MAX_HEAP), max_steps: Some(MAX_STEPS), specialize, ..Default::default() };
        let mut vm = taipan::Vm::new(opts);
        let outcome = match vm.run_source(src, "<mutant>", None) {
            Ok(_) => String::new(),
            Err(e) => {
                let name = vm.type_of(e.0).name();
                vm.handle_uncaught(e);
                name
            }
        };
        vm.run_exit_handlers();
        drop(vm);
        outcome
    }));
    r.map_err(|_| PANIC_MSG.with(|m| m.borrow().clone()))
}

struct Failure {
    n: u64,
    base: String,
    what: String,
    file: PathBuf,
}

fn main() {
    let count = env_u64("TAIPAN_MUTATION_COUNT", 10_000);
    let seed = env_u64("TAIPAN_MUTATION_SEED", 1);
    let start = env_u64("TAIPAN_MUTATION_START", 0);
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).min(4) as u64;
    let threads = env_u64("TAIPAN_MUTATION_THREADS", cores).max(1) as usize;
    let keep_going = std::env::var("TAIPAN_MUTATION_KEEP_GOING").is_ok();
    let out_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/mutation");
    std::fs::create_dir_all(&out_dir).expect("target/mutation");
    let m = Arc::new(mutator::Mutator::new(load_corpus()));
    println!("mutation: {} corpus programs, {} tokens in the pool; {count} mutants, seed {seed}, {threads} threads", m.programs.len(), m.pool.len());

    std::panic::set_hook(Box::new(|info| {
        let msg = info.payload().downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| info.payload().downcast_ref::<String>().cloned()).unwrap_or_default();
        let loc = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        PANIC_MSG.with(|m| *m.borrow_mut() = format!("panic at {loc}: {msg}"));
    }));

    let t0 = Instant::now();
    let next = Arc::new(AtomicU64::new(start));
    let done = Arc::new(AtomicUsize::new(0));
    let outcomes: Arc<Mutex<std::collections::HashMap<String, usize>>> = Arc::default();
    let failures: Arc<Mutex<Vec<Failure>>> = Arc::default();
    // Per worker: (mutant number, start time) of the program running now.
    let current: Arc<Mutex<Vec<Option<(u64, Instant)>>>> = Arc::new(Mutex::new(vec![None; threads]));
    let mut handles = Vec::new();
    for w in 0..threads {
        let (m, next, done, outcomes, failures, current, out_dir) = (m.clone(), next.clone(), done.clone(), outcomes.clone(), failures.clone(), current.clone(), out_dir.clone());
        let h = std::thread::Builder::new()
            .stack_size(1 << 30)
            .spawn(move || loop {
                let n = next.fetch_add(1, Ordering::SeqCst);
                if n >= start + count {
                    break;
                }
                let (base, src) = m.mutant(seed, n);
                let wfile = out_dir.join(format!("worker-{w}.py"));
                let _ = std::fs::write(&wfile, format!("# mutant {n} of seed {seed}, from {base}\n{src}"));
                current.lock().unwrap()[w] = Some((n, Instant::now()));
                let t = Instant::now();
                let r = run_one(&src);
                let took = t.elapsed();
                if took > Duration::from_millis(300) {
                    println!("slow: mutant {n} (from {base}) took {:.2}s", took.as_secs_f64());
                }
                current.lock().unwrap()[w] = None;
                if let Ok(name) = &r {
                    *outcomes.lock().unwrap().entry(name.clone()).or_default() += 1;
                }
                if let Err(msg) = r {
                    let file = out_dir.join(format!("panic-{seed}-{n}.py"));
                    let _ = std::fs::write(&file, format!("# mutant {n} of seed {seed}, from {base}\n# {msg}\n{src}"));
                    failures.lock().unwrap().push(Failure { n, base, what: msg, file });
                }
                done.fetch_add(1, Ordering::SeqCst);
            })
            .expect("spawn worker");
        handles.push(h);
    }
    // Watchdog: a program running far past its step budget's worth of time
    // is stuck in native code that never reaches a safepoint.
    loop {
        std::thread::sleep(Duration::from_millis(200));
        if handles.iter().all(|h| h.is_finished()) {
            break;
        }
        let stuck = current.lock().unwrap().iter().flatten().find(|(_, t)| t.elapsed() > HANG).copied();
        if let Some((n, _)) = stuck {
            let (base, src) = m.mutant(seed, n);
            let file = out_dir.join(format!("hang-{seed}-{n}.py"));
            let _ = std::fs::write(&file, format!("# mutant {n} of seed {seed}, from {base}\n{src}"));
            println!("HANG mutant {n} (from {base}) ran over {HANG:?}; saved to {}", file.display());
            if !keep_going {
                report(&failures.lock().unwrap());
                std::process::exit(1);
            }
            current.lock().unwrap().iter_mut().flatten().filter(|(k, _)| *k == n).for_each(|e| e.1 = Instant::now() + Duration::from_secs(1 << 30));
        }
    }
    let failures = failures.lock().unwrap();
    let done = done.load(Ordering::SeqCst);
    let mut outcomes: Vec<(String, usize)> = outcomes.lock().unwrap().drain().collect();
    outcomes.sort_by(|a, b| b.1.cmp(&a.1));
    let top: Vec<String> = outcomes.iter().take(8).map(|(k, v)| format!("{}: {v}", if k.is_empty() { "clean exit" } else { k })).collect();
    println!("mutation: {done} mutants run in {:.1}s, {} panics; outcomes: {}", t0.elapsed().as_secs_f64(), failures.len(), top.join(", "));
    report(&failures);
    if !failures.is_empty() {
        std::process::exit(1);
    }
}

fn report(failures: &[Failure]) {
    let mut seen = std::collections::HashSet::new();
    for f in failures {
        // One line per distinct panic site; the rest only counted.
        let site = f.what.split(": ").next().unwrap_or("").to_string();
        if seen.insert(site) {
            println!("FAIL mutant {} (from {}): {}\n  saved to {}", f.n, f.base, f.what, f.file.display());
        }
    }
}
