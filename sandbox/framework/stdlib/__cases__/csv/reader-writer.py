import csv, io
s = io.StringIO()
w = csv.writer(s)
print(w.writerow(["", None, 1.5, True, " x", "a\nb", 'q"q']))
w.writerow([""])
w.writerow([])
w.writerows([[1, 2], ["a,b", "c"]])
print(repr(s.getvalue()))
print(list(csv.reader(io.StringIO(s.getvalue()))))
s = io.StringIO()
csv.writer(s, quoting=csv.QUOTE_ALL).writerow(["a", 1])
csv.writer(s, quoting=csv.QUOTE_NONNUMERIC).writerow(["a", 1, 2.5, None])
csv.writer(s, delimiter="\t").writerow(["a b", "c\td"])
csv.writer(s, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", "c"])
csv.writer(s, dialect="excel-tab").writerow(["x", "y"])
csv.writer(s, lineterminator="\n").writerow(["u"])
print(repr(s.getvalue()))
print(list(csv.reader(['"a",1,2.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)), list(csv.reader(["", "x"])), list(csv.reader(['a,"b\n', 'c",d'])))
print(list(csv.reader(["a;b;c"], delimiter=";")), list(csv.reader(['a,"b"c'])), list(csv.reader(['a,"b'])))
r = csv.reader(["a", "b"])
print(next(r), r.line_num, r.dialect.delimiter)
for action in [lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]), lambda: list(csv.reader(['a,"b'], strict=True)),
               lambda: list(csv.reader(['a,"b"c'], strict=True)), lambda: list(csv.reader([b"a"])), lambda: csv.get_dialect("nope"),
               lambda: csv.writer(io.StringIO(), delimiter="ab"), lambda: csv.writer(1), lambda: list(csv.reader(['a'], quoting=csv.QUOTE_NONNUMERIC))]:
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
print(csv.list_dialects(), csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.field_size_limit())
print(csv.get_dialect("excel").delimiter, repr(csv.get_dialect("excel").lineterminator), csv.excel.delimiter, csv.excel_tab.delimiter)
