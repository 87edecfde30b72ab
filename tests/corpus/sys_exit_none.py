# sys.exit() with no argument and sys.exit(None) give status 0
import sys
try:
    sys.exit()
except SystemExit as e:
    print("code:", e.code)
print(sys.argv[0].endswith(".py"), len(sys.argv))
sys.exit(None)
