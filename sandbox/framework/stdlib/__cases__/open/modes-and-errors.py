import os, tempfile
os.chdir(tempfile.mkdtemp())
with open("a.txt", "w", encoding="utf-8") as f:
    print(f.write("one\ntwo\n"), f.name, f.mode, f.closed, repr(f))
print(f.closed)
f = open("a.txt", encoding="utf-8")
print(repr(f), f.encoding, f.readable(), f.writable())
print(repr(f.read(2)), repr(f.readline()), f.tell(), repr(f.readline()), repr(f.readline()))
f.seek(0)
print(f.readlines())
f.close()
for action in [lambda: f.read(), lambda: open("missing.txt"), lambda: open("a.txt", "x"), lambda: open(".", "r"),
               lambda: open("a.txt").write("x"), lambda: open("a.txt", "w").read(), lambda: open("a.txt", "q"),
               lambda: open("a.txt", "rw"), lambda: open("a.txt", "rb", encoding="utf-8"), lambda: open("a.txt", "w").write(5),
               lambda: open("nodir/x.txt", "w")]:
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
try:
    open("missing.txt")
except OSError as e:
    print(e.errno, e.strerror, e.filename, e.args)
with open("a.txt", "a") as f:
    f.write("three\n")
with open("a.txt", "r+") as f:
    f.write("ONE")
    f.seek(0, 2)
    f.write("four\n")
print(open("a.txt").read())
with open("b.bin", "wb") as f:
    print(f.write(b"\x00\x01abc\n"), repr(f))
with open("b.bin", "rb") as f:
    print(f.read(2), f.read(), f.tell(), f.mode)
with open("c.txt", "w", newline="") as f:
    f.write("x\r\ny\rz\n")
print(repr(open("c.txt").read()), repr(open("c.txt", newline="").read()), list(open("c.txt", newline="")))
with open("u.txt", "w", encoding="utf-8") as f:
    f.write("héllo wörld")
with open("u.txt", "rb") as f:
    print(len(f.read()))
with open("u.txt", encoding="latin-1") as f:
    print(repr(f.read()))
print(sum(1 for _ in open("a.txt")))
