#!/usr/bin/env python3
"""Regenerate expected outputs for the Taipan differential test corpus.

Usage: python3 tests/regen.py [NAME ...]

With no arguments every tests/corpus/*.py is run; otherwise only the named
programs (with or without the .py suffix).  Each program is run with
`python3 -I NAME.py` (cwd = tests/corpus, PYTHONHASHSEED=0, 10 s timeout) and
three files are written to tests/expected/:

  NAME.stdout       exact stdout
  NAME.stderr_tail  last line of stderr (empty file if stderr is empty)
  NAME.status       exit status (decimal, followed by a newline)

Expectations must ONLY be produced by this script, never by hand.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
EXPECTED = os.path.join(HERE, "expected")
PYTHON = os.environ.get("REGEN_PYTHON", "python3")


def last_line(data: bytes) -> bytes:
    lines = data.splitlines()
    # last non-empty line
    for line in reversed(lines):
        if line.strip():
            return line.rstrip(b"\r")
    return b""


def regen(name: str) -> None:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONWARNINGS", None)
    try:
        proc = subprocess.run(
            [PYTHON, "-I", name + ".py"],
            cwd=CORPUS,
            env=env,
            capture_output=True,
            timeout=10,
        )
    except subprocess.TimeoutExpired:
        print(f"TIMEOUT: {name} (expectation not written)", file=sys.stderr)
        sys.exit(2)
    tail = last_line(proc.stderr)
    with open(os.path.join(EXPECTED, name + ".stdout"), "wb") as f:
        f.write(proc.stdout)
    with open(os.path.join(EXPECTED, name + ".stderr_tail"), "wb") as f:
        f.write(tail + b"\n" if tail else b"")
    with open(os.path.join(EXPECTED, name + ".status"), "w") as f:
        f.write(f"{proc.returncode}\n")
    if proc.returncode == 0 and tail:
        print(f"WARNING: {name} exited 0 but wrote to stderr (a warning?): "
              f"{tail.decode(errors='replace')!r}", file=sys.stderr)
    print(f"{name}: status={proc.returncode} stdout={len(proc.stdout)}B"
          + (f" stderr_tail={tail.decode(errors='replace')!r}" if tail else ""))


def main() -> None:
    os.makedirs(EXPECTED, exist_ok=True)
    if len(sys.argv) > 1:
        names = [os.path.basename(a)[:-3] if a.endswith(".py") else os.path.basename(a)
                 for a in sys.argv[1:]]
    else:
        names = sorted(f[:-3] for f in os.listdir(CORPUS) if f.endswith(".py"))
        # drop stale expectations
        live = set(names)
        for f in os.listdir(EXPECTED):
            base = f.rsplit(".", 1)[0]
            if base not in live:
                os.remove(os.path.join(EXPECTED, f))
    for name in names:
        if not os.path.exists(os.path.join(CORPUS, name + ".py")):
            print(f"no such program: {name}", file=sys.stderr)
            sys.exit(2)
        regen(name)


if __name__ == "__main__":
    main()
