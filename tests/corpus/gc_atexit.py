# atexit functions run at exit, last registered first; errors are reported.
import atexit

def hello(name, punct="!"):
    print("bye", name + punct)

def boom():
    print("boom runs")
    1 / 0

n0 = atexit._ncallbacks()
atexit.register(boom)
atexit.register(hello, "first")
r = atexit.register(hello, "second", punct="?")
print(r is hello)
atexit.register(print, "unregistered")
atexit.unregister(print)
print(atexit._ncallbacks() - n0)

class Lifetime:
    def __del__(self):
        print("finalized at exit")
keep = Lifetime()

try:
    atexit.register(1)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)
print("main done")
