import sys; print("main of", __name__, __package__, sys.argv[1:])
