import io
s = io.StringIO("hello\nworld\n")
print(s.read(3), repr(s.readline()), s.tell(), s.getvalue() == "hello\nworld\n")
s.seek(0)
print(list(s))
s = io.StringIO()
print(s.write("abc"), s.write("déf"), s.getvalue(), s.tell())
s.seek(1)
s.write("X")
print(s.getvalue(), repr(s.read()))
s.truncate(2)
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable())
print(type(s).__name__, isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))
s.close()
for action in [lambda: s.getvalue(), lambda: s.write("x"), lambda: io.StringIO(5), lambda: io.StringIO().write(3), lambda: io.StringIO().fileno()]:
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
with io.StringIO("a\nb") as t:
    print(t.readlines(), t.closed)
print(t.closed)
b = io.BytesIO(b"abc")
print(b.read(1), b.read(), b.getvalue(), b.write(b"de"), b.getvalue(), b.tell())
b.seek(0)
print(b.readline(), type(b).__name__)
try:
    b.write("str")
except TypeError as e:
    print(e)
w = io.TextIOWrapper(io.BytesIO("line1\nline2\n".encode()), encoding="utf-8")
print(w.readline(), end="")
print(w.read())
print(io.SEEK_END, io.DEFAULT_BUFFER_SIZE, issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
