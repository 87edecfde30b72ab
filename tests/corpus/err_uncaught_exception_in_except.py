# exception raised while handling another (context shown, last line is the new one)
def parse(s):
    try:
        return int(s)
    except ValueError:
        return undefined_fallback(s)
print(parse("12"))
print(parse("twelve"))
