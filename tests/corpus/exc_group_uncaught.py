# An uncaught ExceptionGroup ends with the closing line of the tree.
def task(i):
    if i % 2:
        raise ValueError(f"task {i} failed")
    raise TypeError(f"task {i} wrong type")

errors = []
for i in range(4):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
print(len(errors), "errors")
raise ExceptionGroup("tasks", errors)
