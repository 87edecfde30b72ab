print("pkg init", __name__, __package__)
from .util import helper
from . import sub
