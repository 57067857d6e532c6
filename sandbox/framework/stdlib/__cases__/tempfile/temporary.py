import os, tempfile
print(tempfile.gettempdir(), tempfile.gettempprefix())
d = tempfile.mkdtemp(prefix="pre-", suffix="-suf")
print(os.path.isdir(d), os.path.basename(d).startswith("pre-"), d.endswith("-suf"), os.path.dirname(d) == tempfile.gettempdir())
fd, path = tempfile.mkstemp(suffix=".txt", dir=d)
print(isinstance(fd, int), os.path.exists(path), path.endswith(".txt"), os.path.dirname(path) == d)
os.close(fd)
with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "x.txt"), "w") as f:
        f.write("x")
    print(os.listdir(tmp), os.path.isdir(tmp))
print(os.path.exists(tmp))
t = tempfile.TemporaryDirectory()
print(repr(t).startswith("<TemporaryDirectory '"), os.path.isdir(t.name))
t.cleanup()
print(os.path.exists(t.name))
with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
    f.write("a,b\n")
    name = f.name
print(open(name).read(), end="")
with tempfile.NamedTemporaryFile("w+") as f:
    f.write("data")
    f.seek(0)
    print(f.read(), os.path.exists(f.name))
print(os.path.exists(f.name))
