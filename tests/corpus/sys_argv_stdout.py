# sys.argv and sys.stdout.write
import sys
print(sys.argv, len(sys.argv))
sys.stdout.write("written without newline")
sys.stdout.write("\n")
n = sys.stdout.write("héllo\n")
print(n)
print(type(sys.argv).__name__, sys.argv[0])
sys.stdout.write("a" + "b" * 3 + "\n")
print(sys.maxsize > 2 ** 31, sys.maxsize == 2 ** 63 - 1)
for i in range(3):
    sys.stdout.write(f"{i};")
sys.stdout.write("\n")
