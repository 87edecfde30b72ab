# SystemExit runs finally blocks; can be caught
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
try:
    try:
        sys.exit(7)
    finally:
        print("finally before exit")
except SystemExit as e:
    print("code", e.code)
def f():
    try:
        raise SystemExit(2)
    finally:
        print("f finally")
f()
