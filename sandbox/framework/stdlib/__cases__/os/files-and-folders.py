import os, tempfile
root = tempfile.mkdtemp()
os.chdir(root)
print(os.getcwd() == root, os.listdir("."))
os.makedirs("a/b/c")
os.makedirs("a/b/c", exist_ok=True)
os.mkdir("d")
with open("a/f.txt", "w") as f:
    f.write("12345")
print(sorted(os.listdir("a")), os.path.isdir("a/b"), os.path.isfile("a/f.txt"), os.path.getsize("a/f.txt"))
st = os.stat("a/f.txt")
print(st.st_size, st[6], type(st).__name__, isinstance(st.st_mtime, float))
for top, dirs, files in os.walk("a"):
    print(top, sorted(dirs), sorted(files))
for top, dirs, files in os.walk("a", topdown=False):
    print(top, sorted(dirs), sorted(files))
with os.scandir("a") as it:
    for entry in sorted(it, key=lambda e: e.name):
        print(entry.name, entry.path, entry.is_dir(), entry.is_file())
os.rename("a/f.txt", "a/g.txt")
os.replace("a/g.txt", "d/g.txt")
print(os.listdir("d"), os.path.exists("a/g.txt"))
os.remove("d/g.txt")
os.rmdir("d")
print(os.path.exists("d"))
for action in [lambda: os.mkdir("a"), lambda: os.makedirs("a"), lambda: os.rmdir("a"), lambda: os.remove("a"),
               lambda: os.remove("nope"), lambda: os.rename("nope", "x"), lambda: os.listdir("nope"), lambda: os.chdir("nope"),
               lambda: os.stat("nope"), lambda: os.unlink("a/b"), lambda: os.fspath(3), lambda: os.path.getsize("nope")]:
    try:
        action()
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.filename)
    except TypeError as e:
        print("TypeError", e)
os.chdir("a")
print(os.path.basename(os.getcwd()), os.path.abspath("x") == os.path.join(root, "a", "x"))
print(os.sep, os.linesep == "\n", os.name, os.curdir, os.pardir, os.pathsep, os.extsep, os.devnull)
print(isinstance(os.environ, object), os.getenv("NOPE_NOT_SET"), os.getenv("NOPE_NOT_SET", "dflt"), os.environ.get("NOPE_NOT_SET"))
print(len(os.urandom(8)), type(os.urandom(2)).__name__, os.cpu_count() >= 1, os.fspath("p"))
