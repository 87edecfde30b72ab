# object.__dir__ exists and super().__dir__() works from an override.
class A:
    y = 2
    def __init__(self):
        self.x = 1

class B(A):
    def __dir__(self):
        return ['extra'] + super().__dir__()

print(sorted(set(object.__dir__(A()))) == dir(A()))
print('extra' in dir(B()), 'x' in dir(B()), 'y' in B().__dir__())
print(type(object.__dir__(1)).__name__, 'real' in object.__dir__(1))
print(sorted(set(A().__dir__())) == dir(A()))
