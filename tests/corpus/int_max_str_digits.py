import sys
print(sys.flags.int_max_str_digits, sys.int_info, sys.get_int_max_str_digits())
for expr in ["int('1'*5000)", "str(10**5000)", "sys.set_int_max_str_digits(100)", "'%d' % 10**5000", "f'{10**5000}'", "format(10**5000, ',')",
             "len(hex(10**5000))", "len(format(10**5000, 'x'))", "int('1'*5000, 16) > 0", "int('1'*5000, 7)", "len(str(int(' -' + '1'*4300 + '  ')))",
             "int('1_'*4300+'1')", "len(repr(10**4299))", "len(repr(10**4300))", "len(repr(-10**4299))", "sys.set_int_max_str_digits(1.5)", "sys.set_int_max_str_digits(x=1)",
             "'%s' % 10**5000", "len(str(10**5000 // 10**800))", "int(b'1'*5000)"]:
    try: print(expr[:30], eval(expr))
    except Exception as e: print(expr[:30], type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=0); print(len(str(10**5000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(700)
try: str(10**700)
except ValueError as e: print(e)
print(len(str(10**699)))
