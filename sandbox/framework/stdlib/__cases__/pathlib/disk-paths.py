import os, tempfile
from pathlib import Path
root = Path(tempfile.mkdtemp())
os.chdir(root)
print(Path.cwd() == root, Path.cwd().resolve() == root.resolve())
d = Path("pkg/sub")
d.mkdir(parents=True)
d.mkdir(parents=True, exist_ok=True)
print(d.exists(), d.is_dir(), d.is_file())
f = d / "notes.txt"
print(f.write_text("alpha\nbeta\n"), f.read_text(), f.stat().st_size, f.exists())
print(f.read_bytes(), (d / "b.bin").write_bytes(b"xy"))
(Path("pkg") / "a.py").touch()
(Path("pkg") / ".hidden").touch()
print(sorted(p.name for p in Path("pkg").iterdir()))
print(sorted(str(p) for p in Path("pkg").glob("*")))
print(sorted(str(p) for p in Path("pkg").glob("*.py")), sorted(str(p) for p in Path("pkg").rglob("*.txt")))
print(sorted(str(p) for p in Path(".").glob("**/*.txt")))
with f.open() as fh:
    print(fh.readline().strip(), fh.name)
with f.open("a") as fh:
    fh.write("gamma\n")
print(f.read_text().splitlines())
g = f.rename(d / "renamed.txt")
print(g, f.exists(), g.exists())
g.unlink()
g.unlink(missing_ok=True)
for action in [lambda: g.unlink(), lambda: g.read_text(), lambda: Path("pkg").mkdir(), lambda: Path("x/y").mkdir(), lambda: Path("pkg").rmdir(),
               lambda: Path("pkg/a.py").write_text(3)]:
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
print(Path("pkg/a.py").absolute() == root / "pkg" / "a.py", Path("pkg/../pkg/a.py").resolve() == (root / "pkg/a.py").resolve())
print(Path("~").expanduser() == Path.home(), Path("nope").exists(), Path("nope").is_dir())
