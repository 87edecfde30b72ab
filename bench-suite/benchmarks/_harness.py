"""Shared benchmark protocol for bench-suite/benchmarks/*.py.

Every benchmark module defines

    NAME = "short_name"
    SIZES = {"smoke": <size>, "default": <size>}
    def run(size): ...            # the timed work; returns a result
    def check(size, result): ...  # None if the result is right, else a message

and ends with

    if __name__ == "__main__":
        import _harness
        _harness.main(NAME, SIZES, run, check)

(`bench-suite/run --check-drivers` fails if a benchmark does not).

Command line of every benchmark:

    python3 BENCH.py [SIZE [WARMUPS [ITERATIONS]]]

SIZE is "smoke", "default" or an integer (default: "default"); WARMUPS
(default 1) and ITERATIONS (default 3) are counts of untimed and timed calls
of run(size).  Every result is checked with check(size, result), outside the
timed region.  The driver prints exactly one line starting with "BENCH "
followed by a JSON object:

    BENCH {"name": "nbody", "size": 20000, "warmups": 1, "iterations": 3,
           "times": [0.51, 0.50, 0.50], "ok": true, "error": null}

("times" is null when the time module cannot be imported; the runner then
falls back to whole-process wall time).  A wrong result prints the line with
"ok": false and the message, writes the message to stderr and exits with
status 1.  sys and time are optional imports.
"""


def _bench_json_str(s):
    out = []
    for ch in str(s):
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def main(NAME, SIZES, run, check):
    argv = []
    try:
        import sys
        argv = list(sys.argv[1:])
    except Exception:
        pass
    size_arg = argv[0] if len(argv) > 0 else "default"
    warmups = int(argv[1]) if len(argv) > 1 else 1
    iterations = int(argv[2]) if len(argv) > 2 else 3
    if size_arg in SIZES:
        size = SIZES[size_arg]
    else:
        size = int(size_arg)
    clock = None
    try:
        import time
        clock = time.perf_counter
    except Exception:
        pass
    times = []
    error = None
    for i in range(warmups + iterations):
        t0 = clock() if clock is not None else 0.0
        result = run(size)
        t1 = clock() if clock is not None else 0.0
        if i >= warmups:
            times.append(t1 - t0)
        error = check(size, result)
        if error is not None:
            break
    if clock is None:
        times_text = "null"
    else:
        times_text = "[" + ", ".join([repr(t) for t in times]) + "]"
    line = 'BENCH {"name": %s, "size": %d, "warmups": %d, "iterations": %d, "times": %s, "ok": %s, "error": %s}' % (
        _bench_json_str(NAME), size, warmups, iterations, times_text,
        "true" if error is None else "false",
        "null" if error is None else _bench_json_str(error))
    print(line)
    if error is not None:
        raise SystemExit(NAME + ": WRONG RESULT: " + str(error))
