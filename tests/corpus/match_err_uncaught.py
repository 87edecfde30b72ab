# match: an uncaught TypeError from a class pattern ends the program
class Node:
    def __init__(self, value):
        self.value = value

def first_value(tree):
    match tree:
        case [Node(value=v), *_]:
            return v
        case Node(v):
            return v

print(first_value([Node(1), Node(2)]))
print(first_value(Node(3)))
