import csv, io
data = 'a,b,c\r\n1,"x, y",3\r\n"q""uote",,"multi\nline"\r\n\r\n  sp, "z"\r\n'
for row in csv.reader(io.StringIO(data, newline="")):
    print(row)
r = csv.reader(data.splitlines(True), skipinitialspace=True); print(list(r), r.line_num, r.dialect.delimiter)
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
print(list(csv.reader(['1,2.5,"x"', ''], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c'], escapechar="\\")), list(csv.reader(['"a\\"b",c'], escapechar="\\", doublequote=False)))
print(list(csv.reader(['a\tb'], dialect="excel-tab")), list(csv.reader(['"abc'])))
for bad in (lambda: list(csv.reader(['"a"b'], strict=True)), lambda: list(csv.reader(['"abc'], strict=True)),
            lambda: list(csv.reader([b'a,b'])), lambda: list(csv.reader(['a\0b'])), lambda: csv.reader([], delimiter="ab"),
            lambda: csv.reader([], delimiter=1), lambda: csv.reader([], quoting=9), lambda: csv.reader([], quotechar=None),
            lambda: csv.get_dialect("nope"), lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']),
            lambda: csv.writer(io.StringIO()).writerow(5), lambda: list(csv.reader(['a\rb'])), lambda: csv.reader([], foo=1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'd"e', None, 1, 2.5, True, "line\nbreak"])
w.writerow([""]); w.writerow([]); w.writerows([[1, 2], ["x", " y "]])
w2 = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n"); w2.writerow(["s", 1, 2.0, None])
w3 = csv.writer(out, quoting=csv.QUOTE_ALL, delimiter="|"); w3.writerow(["a", 1])
w4 = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\"); w4.writerow(["a,b", 'q"'])
w5 = csv.writer(out, doublequote=False, escapechar="\\"); print(w5.writerow(['x"y']))
print(repr(out.getvalue()))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter, csv.field_size_limit())
d = csv.DictReader(io.StringIO("name,age\nann,3\nbob,4\n"))
print([dict(r) for r in d], d.fieldnames)
o = io.StringIO(); dw = csv.DictWriter(o, fieldnames=["k", "v"]); dw.writeheader(); dw.writerow({"k": 1, "v": "two"}); print(repr(o.getvalue()))
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter, csv.Sniffer().has_header("name,age\nann,3\n"))
class My(csv.Dialect):
    delimiter = ":"; quotechar = '"'; lineterminator = "\n"; quoting = csv.QUOTE_MINIMAL; doublequote = True; skipinitialspace = False
print(list(csv.reader(["a:b"], My)))
try:
    class Bad(csv.Dialect):
        delimiter = "::"
    Bad()
except csv.Error as e:
    print("Error", e)
