# complex numbers: construction, arithmetic, errors, hashing, subclasses.
print(complex(1,2)+1, 1+2j-1.5, (1+2j)*(3-1j), (1+2j)/(3-1j), (1+2j)**2, (1+2j)**0.5, 2**(1+1j), abs(3+4j), hash(1+2j), hash(complex(3,0))==hash(3), complex('1+2j'), complex(' (1-2.5j) '), complex('j'), complex(2), complex(1j,1j), (1j).conjugate(), -(1+1j), +(1j), 1j==1j, 1j!=2, 0j==0, bool(0j))
for e in ['1j//1','1j%1','1j/0','0j**-1','1j<2j', 'complex("x")', 'complex("1", 2)', 'complex(1, "2")', 'int(1j)', 'float(1j)', 'divmod(1j,1)', '(1+1j)**(10**20)', '(-8)**(1/3)', '(-8.0)**0.5', 'complex.__add__(1j, 2)', '{1j: 1}[1j]', 'sum([1j, 2, 3.5])', 'complex(real=1, imag=2)', '(1+2j).real + (1+2j).imag', 'repr(complex(-0.0, -1))', 'str(1e300j*1e300j)', "f'{1+2j}'"]:
    try: print(e, repr(eval(e)))
    except Exception as x: print(e, type(x).__name__, x)
class MyC(complex): pass
m = MyC(1, 2)
print(m + 1, type(m + 1), m == 1+2j, repr(m))
