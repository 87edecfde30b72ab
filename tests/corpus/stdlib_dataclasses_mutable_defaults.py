# dataclasses rejects mutable defaults by their class's __hash__, which it
# reads from instances of list/dict/set subclasses (a set subclass instance
# once lacked its attribute store and crashed here).
from dataclasses import dataclass, field
from typing import ClassVar


for typ, empty in [(list, []), (dict, {}), (set, set())]:
    class Sub(typ):
        pass
    for default in (empty, Sub()):
        try:
            @dataclass
            class Point:
                x: typ = default
        except ValueError as e:
            print(str(e).replace(__name__ + ".", ""))

    @dataclass
    class C:
        z: ClassVar[typ] = Sub()
        y: typ = field(default_factory=Sub)
    print(type(C.z).__name__, type(C().y).__name__)
