import os.path as p
print(p.join("a", "b", "c"), p.join("/a", "/b", "c"), p.join("a/", "/"), p.join("", "x"), p.join("a", ""))
print(p.split("/a/b/"), p.split("a"), p.split("/"), p.split("//x"), p.split(""))
print(p.splitext("a/b.c.d"), p.splitext("a.b/c"), p.splitext("...x"), p.splitext("x."), p.splitext(""))
print(p.normpath(""), p.normpath("//a//b"), p.normpath("///a"), p.normpath("../../a/../b"), p.normpath("a/.."), p.normpath("/.."))
print(p.basename("/a/b"), p.basename("a/"), p.dirname("/a/b"), p.dirname("/a"), p.dirname("a"), p.dirname("//a"))
print(p.relpath("a/b", "a"), p.relpath("/x/y", "/x/y"), p.relpath("/a", "/b/c"))
print(p.commonpath(["a/b/c", "a/b", "a/./b/d"]), p.commonprefix(["interstellar", "internet", "interval"]), p.commonprefix([]))
print(p.isabs("/x"), p.isabs("x"), p.expanduser("x/~"), p.expandvars("no vars"), p.splitdrive("c:/x"))
for action in [lambda: p.join(1), lambda: p.join("a", 1), lambda: p.basename(None), lambda: p.relpath(""), lambda: p.commonpath([]),
               lambda: p.commonpath(["/a", "b"]), lambda: p.exists(1.5)]:
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
print(p.exists(""), p.isfile(""), p.isdir(""))
