# argparse: positionals, optionals, flags, choices, nargs, subparsers,
# defaults, and usage errors caught via SystemExit.
import argparse
import contextlib
import io

parser = argparse.ArgumentParser(prog="tool", description="A test tool.")
parser.add_argument("src")
parser.add_argument("dst", nargs="?", default="out")
parser.add_argument("-n", "--count", type=int, default=1)
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--dry-run", action="store_true")
parser.add_argument("--no-color", dest="color", action="store_false")
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("-I", "--include", action="append", default=[])
parser.add_argument("--pair", nargs=2, metavar=("K", "V"))
parser.add_argument("--const", action="store_const", const=42)


def show(ns):
    print(sorted(vars(ns).items()))


show(parser.parse_args(["in.txt"]))
show(parser.parse_args(["a", "b", "-n", "3", "-vv", "--dry-run", "--no-color"]))
show(parser.parse_args(["--mode=slow", "-I", "x", "-Iy", "--include", "z", "s"]))
show(parser.parse_args(["s", "--pair", "k", "v", "--const", "--count=7"]))
ns = parser.parse_args(["s"])
print(ns.src, ns.dst, ns.count, ns.verbose, ns.dry_run, ns.color)
print(ns == argparse.Namespace(**vars(ns)), "src" in ns)
args, rest = parser.parse_known_args(["s", "--unknown", "u1", "t"])
print(args.src, args.dst, rest)


def try_parse(p, argv):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            result = p.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
        print(err.getvalue(), end="")
    else:
        show(result)


try_parse(parser, [])
try_parse(parser, ["s", "-n", "many"])
try_parse(parser, ["s", "--mode", "medium"])
try_parse(parser, ["s", "d", "extra"])
try_parse(parser, ["s", "--pair", "only"])

print(parser.format_usage(), end="")

sp = argparse.ArgumentParser(prog="git")
sp.add_argument("--git-dir", default=".git")
subs = sp.add_subparsers(dest="command", required=True)
c = subs.add_parser("commit")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
c.set_defaults(handler="do_commit")
a = subs.add_parser("add")
a.add_argument("paths", nargs="+")
a.add_argument("-f", "--force", action="store_true")
a.set_defaults(handler="do_add")
show(sp.parse_args(["commit", "-m", "msg"]))
show(sp.parse_args(["--git-dir", "/r", "add", "a.py", "b.py", "-f"]))
try_parse(sp, ["commit"])
try_parse(sp, ["push"])
try_parse(sp, ["add"])

g = argparse.ArgumentParser(prog="grp")
mx = g.add_mutually_exclusive_group()
mx.add_argument("--json", action="store_true")
mx.add_argument("--xml", action="store_true")
g.add_argument("nums", nargs="*", type=float)
show(g.parse_args(["--json", "1", "2.5"]))
try_parse(g, ["--json", "--xml"])
g.set_defaults(extra="yes")
show(g.parse_args([]))

h = argparse.ArgumentParser(prog="helper", add_help=False)
h.add_argument("--level", type=int, default=3, help="the level")
print(h.parse_args(["--lev", "5"]).level)
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        parser.parse_args(["--help"])
    except SystemExit as e:
        code = e.code
print("help exit", code, out.getvalue().splitlines()[0])
