import os, tempfile
from pathlib import Path
os.chdir(tempfile.mkdtemp())
Path("u.txt").write_text("añb\nçd\n", encoding="utf-8")
with open("u.txt", encoding="utf-8") as f:
    print(repr(f.read(2)), f.tell())
    pos = f.tell()
    print(repr(f.readline()), f.tell())
    f.seek(pos)
    print(repr(f.read()))
    print(f.seek(0, 2), repr(f.read()))
with open(Path("u.txt"), "rb") as f:
    f.seek(-3, 2)
    print(f.read(), f.tell(), f.seek(1), f.read(2))
with open("w.txt", "w+", encoding="utf-8") as f:
    f.write("abc\ndef\n")
    f.seek(0)
    print(f.readlines(), f.read() == "")
    f.truncate(4)
print(repr(open("w.txt", encoding="utf-8").read()))
f = open("w.txt", encoding="utf-8")
f.close()
f.close()
for action in [lambda: f.readline(), lambda: iter(f), lambda: f.tell(), lambda: open("w.txt", encoding="nope"), lambda: open(3.5)]:
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
with open("lines.txt", "w", encoding="utf-8") as f:
    f.writelines(f"line {i}\n" for i in range(3))
with open("lines.txt", encoding="utf-8") as f:
    print([line.rstrip() for line in f], f.closed)
print(os.path.getsize("lines.txt"), sorted(os.listdir(".")))
