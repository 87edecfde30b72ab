def helper(): return "helped " + __name__
