from ..util import helper as h2
VALUE = h2()
