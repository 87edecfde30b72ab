print("loading circ_a", __name__)
X = 1
import circ_b
def f(): return circ_b.Y
