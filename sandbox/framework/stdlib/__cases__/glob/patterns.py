import glob, os, tempfile
os.chdir(tempfile.mkdtemp())
for name in ["a.py", "b.py", "c.txt", ".hidden.py", "sub/d.py", "sub/deeper/e.py", "sub/deeper/f.txt"]:
    os.makedirs(os.path.dirname(name) or ".", exist_ok=True)
    open(name, "w").close()
print(sorted(glob.glob("*.py")), sorted(glob.glob("*")), sorted(glob.glob("?.txt")), sorted(glob.glob("[ab].py")), sorted(glob.glob("[!a].py")))
print(sorted(glob.glob("**/*.py")), sorted(glob.glob("**/*.py", recursive=True)))
print(sorted(glob.glob("sub/**", recursive=True)), sorted(glob.glob("**", recursive=True)))
print(sorted(glob.glob("sub/*/")), glob.glob("nope*"), glob.glob("c.txt"), glob.glob("missing.txt"), glob.glob(""))
print(sorted(glob.glob("*.py", root_dir="sub/deeper")), sorted(glob.glob(".*")), sorted(glob.glob("*", include_hidden=True)))
print(sorted(glob.iglob("*.txt")), glob.escape("a*b?[c]"), glob.has_magic("a*"), glob.has_magic("abc"))
