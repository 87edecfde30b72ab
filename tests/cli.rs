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
