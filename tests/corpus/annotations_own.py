import string, types
print(string.__annotations__, '__annotations__' in string.__dict__)
m = types.ModuleType('m'); print(m.__annotations__)
class A:
    attr: int
class B(A): pass
class C(A):
    y: str
print(A.__annotations__, B.__annotations__, C.__annotations__, '__annotations__' in B.__dict__)
try: int.__annotations__
except AttributeError as e: print(e)
print(A().__annotations__)
