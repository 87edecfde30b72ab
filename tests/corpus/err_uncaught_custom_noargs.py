# uncaught custom exception with no message, raised as class
class Boom(Exception):
    pass
print("about to fail")
raise Boom
