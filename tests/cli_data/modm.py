import sys; print("mod", __name__, sys.argv[0].endswith("modm.py"), sys.argv[1:])
