# RecursionError through a property that calls itself
class Broken:
    @property
    def value(self):
        return self.value + 1
print("accessing property")
Broken().value
