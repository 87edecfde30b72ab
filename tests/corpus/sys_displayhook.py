import sys, builtins
exec(compile("1+1", "<s>", "single"))
print(builtins._)
exec(compile("None", "<s>", "single"))
print(builtins._)
def hook(v): print("hook got", v)
sys.displayhook = hook
exec(compile("'x'", "<s>", "single"))
sys.displayhook = sys.__displayhook__
sys.displayhook([1, 'a'])
print(builtins._)
del sys.displayhook
try: exec(compile("3", "<s>", "single"))
except RuntimeError as e: print(e)
