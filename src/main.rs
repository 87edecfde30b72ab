//! The `taipan` command: a python3-compatible CLI.

use std::io::Read;
use taipan::{Options, Vm};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: taipan [option] ... [-c cmd | file | -] [arg] ...
Options:
-B     : don't write the compile cache of imported modules (it is
         still read); sets sys.dont_write_bytecode
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the Python version number and exit (also --version)
-X opt : implementation-specific option: dis (print disassembly and exit),
         gc-stress (collect at every safepoint), max-heap=SIZE (heap limit:
         bytes, or a number with K, M or G; past it, MemoryError),
         max-steps=N (step budget: past N frame entries and loop
         iterations, RuntimeError), no-cache (neither read nor write
         the compile cache of imported modules; also TAIPAN_NO_CACHE=1),
         specialize=on|off|eager (adaptive interpreter; eager specializes
         at first execution), specialization-stats (print counts at exit;
         also TAIPAN_STATS=1)
--dis FILE : print the disassembly of FILE and exit
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Source {
    File(String),
    Module(String),
    Code(String),
    Stdin,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut i = 1;
    let mut xopts: Vec<String> = Vec::new();
    let mut source = None;
    let mut dis = false;
    // `-B` only: PYTHONDONTWRITEBYTECODE is often set globally for CPython
    // (container images, CI); Taipan's own switch is TAIPAN_NO_CACHE.
    let mut dont_write_bytecode = false;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" | "-?" => {
                print!("{USAGE}");
                return;
            }
            "-V" | "--version" => {
                println!("Python 3.11.7 (taipan {})", env!("CARGO_PKG_VERSION"));
                return;
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option");
                    std::process::exit(2);
                };
                source = Some(Source::Code(code.clone()));
                i += 2;
                break;
            }
            "-m" => {
                let Some(m) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -m option");
                    std::process::exit(2);
                };
                source = Some(Source::Module(m.clone()));
                i += 2;
                break;
            }
            "-X" => {
                xopts.push(args.get(i + 1).cloned().unwrap_or_default());
                i += 2;
            }
            "--dis" => {
                dis = true;
                i += 1;
            }
            "-" => {
                source = Some(Source::Stdin);
                i += 1;
                break;
            }
            "-B" => {
                dont_write_bytecode = true;
                i += 1;
            }
            "-u" | "-E" | "-s" | "-S" | "-I" | "-O" => i += 1,
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {s}\n{USAGE}");
                std::process::exit(2);
            }
            _ => {
                source = Some(Source::File(a.clone()));
                i += 1;
                break;
            }
        }
    }
    let rest: Vec<String> = args[i.min(args.len())..].to_vec();
    let source = source.unwrap_or(Source::Stdin);
    if xopts.iter().any(|x| x == "dis") {
        dis = true;
    }
    let gc_stress = xopts.iter().any(|x| x == "gc-stress");
    let mut max_heap = None;
    for x in &xopts {
        if let Some(v) = x.strip_prefix("max-heap=") {
            match parse_size(v) {
                Some(n) => max_heap = Some(n),
                None => {
                    eprintln!("taipan: -X max-heap: invalid size '{v}' (expected bytes, or a number followed by K, M or G)");
                    std::process::exit(2);
                }
            }
        }
    }
    let mut max_steps = None;
    for x in &xopts {
        if let Some(v) = x.strip_prefix("max-steps=") {
            match v.trim().parse::<u64>() {
                Ok(n) => max_steps = Some(n),
                Err(_) => {
                    eprintln!("taipan: -X max-steps: invalid number '{v}'");
                    std::process::exit(2);
                }
            }
        }
    }
    let mut specialize = taipan::vm::interp::specialize::Mode::On;
    for x in &xopts {
        if let Some(v) = x.strip_prefix("specialize=") {
            specialize = match v {
                "on" => taipan::vm::interp::specialize::Mode::On,
                "off" => taipan::vm::interp::specialize::Mode::Off,
                "eager" => taipan::vm::interp::specialize::Mode::Eager,
                _ => {
                    eprintln!("taipan: -X specialize: expected on, off or eager, not '{v}'");
                    std::process::exit(2);
                }
            };
        }
    }
    let specialization_stats = xopts.iter().any(|x| x == "specialization-stats") || std::env::var("TAIPAN_STATS").map(|v| !v.is_empty() && v != "0").unwrap_or(false);
    let no_cache = xopts.iter().any(|x| x == "no-cache") || std::env::var("TAIPAN_NO_CACHE").map(|v| !v.is_empty() && v != "0").unwrap_or(false);
    let base = Options {
        gc_stress,
        max_heap,
        max_steps,
        specialize,
        specialization_stats,
        bytecode_cache: !no_cache,
        dont_write_bytecode,
        ..Options::default()
    };
    // Run on a thread with a large stack: native recursion (repr of nested
    // data, Python code called from builtins) is bounded by the recursion
    // limit, and this keeps that bound far from the real stack's end.
    const STACK: usize = 1 << 30;
    let base = Options { native_stack_size: Some(STACK), ..base };
    let h = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || run(source, rest, dis, base))
        .expect("spawn interpreter thread");
    let status = match h.join() {
        Ok(s) => s,
        Err(_) => {
            eprintln!("taipan: internal error (a Rust panic); this is a bug");
            70
        }
    };
    std::process::exit(status);
}

fn absolute(f: &str) -> String {
    std::path::absolute(f).map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| f.to_string())
}

/// `512M`, `2G`, `64k`, `1000000`: a size in bytes (binary multiples).
fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim();
    let (num, mult) = match s.chars().last()?.to_ascii_uppercase() {
        'K' => (&s[..s.len() - 1], 1usize << 10),
        'M' => (&s[..s.len() - 1], 1 << 20),
        'G' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    let n: usize = num.parse().ok()?;
    n.checked_mul(mult).filter(|&n| n > 0)
}

fn run(source: Source, rest: Vec<String>, dis: bool, base: Options) -> i32 {
    if let Source::Module(name) = &source {
        // sys.argv[0] is replaced by the module's file once it is found;
        // sys.path[0] is the current directory.
        let mut argv = vec!["-m".to_string()];
        argv.extend(rest);
        let mut vm = Vm::new(Options { argv, ..base });
        let cwd = std::env::current_dir().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        vm.init_sys_path(Some(&cwd));
        let status = vm.run_module_main(name);
        print_stats(&vm);
        return status;
    }
    let (src, filename, argv0) = match &source {
        // Like CPython, the script is known by its absolute path (tracebacks, `__file__`).
        Source::File(f) => match std::fs::read(f) {
            Ok(b) => (String::from_utf8_lossy(&b).into_owned(), absolute(f), f.clone()),
            Err(e) => {
                let abs = absolute(f);
                eprintln!("taipan: can't open file '{abs}': [Errno {}] {}", e.raw_os_error().unwrap_or(0), os_msg(&e));
                return 2;
            }
        },
        Source::Code(c) => (c.clone(), "<string>".to_string(), "-c".to_string()),
        Source::Module(_) => unreachable!("handled above"),
        Source::Stdin => {
            let mut s = String::new();
            let _ = std::io::stdin().read_to_string(&mut s);
            (s, "<stdin>".to_string(), "-".to_string())
        }
    };
    if dis {
        return match taipan::vm::compiler::compile(&src, &filename, taipan::vm::bytecode::Mode::Exec) {
            Ok(c) => {
                print!("{}", taipan::vm::bytecode::dis::disassemble(&c));
                0
            }
            Err(e) => {
                eprintln!("  File \"{}\", line {}\nSyntaxError: {}", e.filename, e.lineno, e.msg);
                1
            }
        };
    }
    let mut argv = vec![argv0];
    argv.extend(rest);
    let mut vm = Vm::new(Options { argv, ..base });
    // sys.path[0]: the script's directory, or '' for -c and stdin.
    let script_dir = match &source {
        Source::File(_) => std::path::Path::new(&filename).parent().map(|p| p.to_string_lossy().into_owned()),
        _ => None,
    };
    vm.init_sys_path(script_dir.as_deref());
    let main_file = match &source {
        Source::File(_) => Some(filename.as_str()),
        _ => None,
    };
    let status = vm.run_main(&src, &filename, main_file);
    print_stats(&vm);
    status
}

/// The `-X specialization-stats` report, on stderr.
fn print_stats(vm: &Vm) {
    if let Some(s) = vm.spec.stats.as_ref() {
        eprint!("{}", s.report());
    }
}

fn os_msg(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}
