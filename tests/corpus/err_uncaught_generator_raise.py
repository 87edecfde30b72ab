# exception raised inside a generator propagates to the consumer
def gen():
    yield 1
    yield 2
    raise ValueError("generator exhausted badly")
for v in gen():
    print(v)
