import csv, io
r = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n\n5,6\n"))
print(r.fieldnames, list(r), r.line_num)
r = csv.DictReader(io.StringIO("1,2\n"), fieldnames=["x", "y"], restval="?")
print(list(r))
r = csv.DictReader(io.StringIO("a,b\n1,2,3\n"), restkey="extra")
print(next(r))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["name", "age"], restval="n/a")
print(w.writeheader(), w.writerow({"name": "Ana"}))
w.writerows([{"name": "Bo", "age": 3}, {"age": 4, "name": "Cy"}])
print(repr(out.getvalue()), w.fieldnames)
try:
    w.writerow({"name": "x", "city": "y"})
except ValueError as e:
    print("ValueError", e)
w = csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="ignore")
print(w.writerow({"a": 1, "b": 2}))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="nope")
except ValueError as e:
    print("ValueError", e)
