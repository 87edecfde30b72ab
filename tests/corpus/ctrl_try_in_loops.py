# try/except inside loops, continue/break in except and finally
results = []
for v in ["1", "x", "3", None, "5", "stop", "7"]:
    try:
        if v == "stop":
            break
        n = int(v)
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        continue
    else:
        results.append(n * 10)
    finally:
        results.append("|")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"attempt {attempts}")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("retry:", e)
def first_valid(items):
    for it in items:
        try:
            return int(it)
        except ValueError:
            pass
        finally:
            print("  checked", it)
    return None
print(first_valid(["a", "b", "42", "c"]), first_valid([]))
errors = {}
for expr in ["1/0", "[][0]", "{}['k']", "int('q')", "len(5)", "1+1"]:
    try:
        eval(expr)
    except Exception as e:
        errors[expr] = type(e).__name__
print(errors)
total = 0
for i in range(5):
    try:
        try:
            if i % 2:
                raise ValueError(i)
            total += i
        finally:
            total += 100
    except ValueError as e:
        total -= int(str(e))
print(total)
