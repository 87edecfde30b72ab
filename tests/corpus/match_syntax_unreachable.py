# match: an irrefutable case before other cases is a SyntaxError for the whole file
print("never printed")

def area(shape):
    match shape:
        case ("square", side):
            return side * side
        case other:
            return 0
        case ("circle", r):
            return 3 * r * r
