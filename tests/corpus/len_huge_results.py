# __len__ results outside the machine range: OverflowError or ValueError as CPython.
import sys
class H:
    def __len__(self): return sys.maxsize + 1
class N:
    def __len__(self): return -2**70
class M:
    def __len__(self): return -1
class B:
    def __len__(self): return True
for c in (H, N, M, B):
    try:
        print(len(c()))
    except Exception as e:
        print(type(e).__name__, e)
