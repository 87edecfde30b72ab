# sys.exit(True) -> status 1; SystemExit is not an Exception
import sys
try:
    sys.exit(True)
except Exception:
    print("not reached")
except BaseException as e:
    print("BaseException", type(e).__name__, e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
raise SystemExit(True)
