d = {0: 0}
try:
    for i in d:
        del d[0]
        d[0] = 0
except RuntimeError as e: print(e)
d = {0: 0, 1: 1}
try:
    for k, v in d.items():
        del d[k]; d[k+10] = v
except RuntimeError as e: print(e)
d = {1: 1}
try:
    for k in d: d[2] = 2
except RuntimeError as e: print(e)
