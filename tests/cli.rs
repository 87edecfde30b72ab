//! The `taipan` command line: -c, -m, stdin, exit statuses, --version.

use std::io::Write;
use std::process::{Command, Stdio};

fn taipan(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_taipan"))
        .args(args)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cli_data"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run taipan");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    let out = child.wait_with_output().expect("wait");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn dash_c_and_argv() {
    let (st, out, _) = taipan(&["-c", "import sys; print(sys.argv)", "a", "b"], "");
    assert_eq!((st, out.as_str()), (0, "['-c', 'a', 'b']\n"));
}

#[test]
fn stdin_program() {
    let (st, out, _) = taipan(&["-"], "print(6 * 7)\n");
    assert_eq!((st, out.as_str()), (0, "42\n"));
}

#[test]
fn dash_m_module_and_package() {
    let (st, out, _) = taipan(&["-m", "modm", "x"], "");
    assert_eq!((st, out.as_str()), (0, "mod __main__ True ['x']\n"));
    let (st, out, _) = taipan(&["-m", "pkgm", "y"], "");
    assert_eq!((st, out.as_str()), (0, "main of __main__ pkgm ['y']\n"));
    let (st, _, err) = taipan(&["-m", "no_such_module_here"], "");
    assert_eq!(st, 1);
    assert!(err.contains("No module named no_such_module_here"), "{err}");
}

#[test]
fn exit_statuses() {
    assert_eq!(taipan(&["-c", "raise SystemExit(3)"], "").0, 3);
    assert_eq!(taipan(&["-c", "import sys; sys.exit('bye')"], "").0, 1);
    let (st, _, err) = taipan(&["-c", "1/0"], "");
    assert_eq!(st, 1);
    assert!(err.ends_with("ZeroDivisionError: division by zero\n"), "{err}");
    let (st, _, err) = taipan(&["-c", "x = ("], "");
    assert_eq!(st, 1);
    assert!(err.contains("SyntaxError: '(' was never closed"), "{err}");
    assert_eq!(taipan(&["missing_file.py"], "").0, 2);
}

#[test]
fn version() {
    let (st, out, _) = taipan(&["--version"], "");
    assert_eq!(st, 0);
    assert!(out.starts_with("Python 3.11.7"), "{out}");
}

/// The compile cache of imported modules (docs/imports.md): written beside
/// the source on first import, reused, rebuilt when corrupted or when the
/// source changes, never written for the main script, and the opt-outs.
#[test]
fn compile_cache() {
    use std::path::Path;
    let dir = std::env::temp_dir().join(format!("taipan-cache-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("pkg")).unwrap();
    std::fs::write(dir.join("main.py"), "import cmod, pkg.sub\nprint(cmod.VALUE, cmod.K().m(), pkg.sub.X)\n").unwrap();
    std::fs::write(dir.join("cmod.py"), "def f():\n    return [i * i for i in range(4)]\nclass K:\n    def m(self):\n        return (lambda x: x + 1)(1)\nVALUE = f()\n").unwrap();
    std::fs::write(dir.join("pkg/__init__.py"), "").unwrap();
    std::fs::write(dir.join("pkg/sub.py"), "X = 'sub'\n").unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_taipan"))
            .args(args)
            .arg("main.py")
            .current_dir(&dir)
            .env("TAIPAN_CACHE_DEBUG", "1")
            .env("XDG_CACHE_HOME", dir.join("xdg"))
            .env_remove("TAIPAN_NO_CACHE")
            .output()
            .expect("run taipan");
        (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let tag = format!("taipan-{}", env!("CARGO_PKG_VERSION").replace('.', ""));
    let cache = dir.join(format!("__pycache__/cmod.{tag}.tpc"));
    let mtime = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).unwrap();

    // First run: compiled and written (the package's files too; not main.py).
    let (out, err) = run(&[]);
    assert_eq!(out, "[0, 1, 4, 9] 2 sub\n", "{err}");
    assert!(err.contains("wrote") && cache.is_file(), "{err}");
    assert!(dir.join(format!("pkg/__pycache__/__init__.{tag}.tpc")).is_file());
    assert!(dir.join(format!("pkg/__pycache__/sub.{tag}.tpc")).is_file());
    assert!(!dir.join(format!("__pycache__/main.{tag}.tpc")).exists());
    assert!(!err.contains("main.py"), "{err}");

    // Second run: read back, not rewritten.
    let (before, bytes) = (mtime(&cache), std::fs::read(&cache).unwrap());
    std::thread::sleep(std::time::Duration::from_millis(20));
    let (out, err) = run(&[]);
    assert_eq!(out, "[0, 1, 4, 9] 2 sub\n");
    assert!(err.contains(&format!("hit {}", cache.display())) && !err.contains("wrote"), "{err}");
    assert_eq!((mtime(&cache), std::fs::read(&cache).unwrap()), (before, bytes.clone()));

    // Corrupt (a flipped byte, then a truncated file): ignored and rebuilt.
    let mut bad = bytes.clone();
    let last = bad.len() - 1;
    bad[last] ^= 0x55;
    std::fs::write(&cache, &bad).unwrap();
    let (out, err) = run(&[]);
    assert_eq!(out, "[0, 1, 4, 9] 2 sub\n");
    assert!(err.contains("stale or invalid") && err.contains(&format!("wrote {}", cache.display())), "{err}");
    assert_eq!(std::fs::read(&cache).unwrap(), bytes);
    std::fs::write(&cache, &bytes[..bytes.len() / 2]).unwrap();
    let (out, err) = run(&[]);
    assert_eq!(out, "[0, 1, 4, 9] 2 sub\n");
    assert!(err.contains("stale or invalid") && err.contains("wrote"), "{err}");
    assert_eq!(std::fs::read(&cache).unwrap(), bytes);

    // A changed source, same size and a different mtime: recompiled.
    std::fs::write(dir.join("cmod.py"), "def f():\n    return [i + i for i in range(4)]\nclass K:\n    def m(self):\n        return (lambda x: x + 2)(1)\nVALUE = f()\n").unwrap();
    let f = std::fs::File::options().write(true).open(dir.join("cmod.py")).unwrap();
    f.set_modified(before + std::time::Duration::from_secs(5)).unwrap();
    drop(f);
    let (out, err) = run(&[]);
    assert_eq!(out, "[0, 2, 4, 6] 3 sub\n", "{err}");
    assert!(err.contains("stale or invalid") && err.contains("wrote"), "{err}");
    let (out, err) = run(&[]);
    assert_eq!(out, "[0, 2, 4, 6] 3 sub\n");
    assert!(err.contains(&format!("hit {}", cache.display())), "{err}");

    // -X no-cache neither reads nor writes; -B reads but does not write.
    std::fs::remove_file(&cache).unwrap();
    let (out, err) = run(&["-X", "no-cache"]);
    assert_eq!(out, "[0, 2, 4, 6] 3 sub\n");
    assert!(!cache.exists() && !err.contains("hit"), "{err}");
    let (out, _) = run(&["-B"]);
    assert_eq!(out, "[0, 2, 4, 6] 3 sub\n");
    assert!(!cache.exists());
    let (_, err) = run(&["-B"]);
    assert!(err.contains("hit") && !err.contains("wrote"), "{err}");

    // An unusable cache directory is skipped silently.
    std::fs::remove_dir_all(dir.join("__pycache__")).unwrap();
    std::fs::write(dir.join("__pycache__"), "not a directory").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_taipan")).arg("main.py").current_dir(&dir).env("XDG_CACHE_HOME", dir.join("xdg")).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[0, 2, 4, 6] 3 sub\n");
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn dash_b_sets_dont_write_bytecode() {
    let (st, out, _) = taipan(&["-B", "-c", "import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)"], "");
    assert_eq!((st, out.as_str()), (0, "True 1\n"));
    let (st, out, _) = taipan(&["-c", "import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)"], "");
    assert_eq!((st, out.as_str()), (0, "False 0\n"));
}
