# uncaught TypeError: missing required positional argument
class Greeter:
    def greet(self, name, punctuation):
        return "Hello " + name + punctuation
g = Greeter()
print(g.greet("A", "!"))
print(g.greet("B"))
