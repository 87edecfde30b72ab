print((2.675).__round__(2), (2.5).__round__(), (7).__round__(-1), (15).__round__(), float.__round__(1.25, 1))
class B(bytes): pass
print(B(b'ab').__bytes__(), type(B(b'ab').__bytes__()).__name__, b'x'.__bytes__())
import typing
print(issubclass(float, typing.SupportsRound), issubclass(bytes, typing.SupportsBytes), issubclass(int, typing.SupportsRound))
print(round(2.5), round(3.14159, 3), round(1234, -2))
