from pathlib import PurePath, PurePosixPath, Path, PosixPath
p = PurePosixPath("/usr/lib/python3.12/site-packages/x.tar.gz")
print(p.parts, p.name, p.stem, p.suffix, p.suffixes, p.root, p.anchor, p.drive)
print(p.parent, list(p.parents)[:2], p.parents[0], len(p.parents))
print(p.with_name("y.txt"), p.with_suffix(""), p.with_suffix(".zip"), p.with_stem("z"))
print(PurePath("a"), type(PurePath("a")).__name__, type(Path("a")).__name__, isinstance(Path("a"), PurePath), isinstance(Path("a"), PurePosixPath))
print(PurePosixPath("a") / "b" / PurePosixPath("c"), "x" / PurePosixPath("y"), PurePosixPath("a", "/b", "c"))
print(PurePosixPath(".").name == "", PurePosixPath("").parts, PurePosixPath("..").parts, PurePosixPath("a/../b").parts)
print(PurePosixPath("a/b").relative_to("a"), PurePosixPath("/a/b").is_relative_to("/a"), PurePosixPath("/a/b").is_relative_to("/c"))
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("a/b.py").match("a/*.py"), PurePosixPath("a/b.py").match("/*.py"), PurePosixPath("/a/b").as_uri())
print(PurePosixPath("a") == PurePosixPath("a"), PurePosixPath("a") == "a", PurePosixPath("a") < PurePosixPath("b"), hash(PurePosixPath("a")) == hash(PurePosixPath("a/")))
print({PurePosixPath("x"): 1}[PurePosixPath("x")], str(PurePosixPath("/a/b")), repr(Path("a/b")), Path("a/b").as_posix())
for action in [lambda: PurePosixPath("/").with_name("x"), lambda: PurePosixPath("a").with_suffix("txt"), lambda: PurePosixPath("a").with_name("b/c"),
               lambda: PurePosixPath("a") / 3, lambda: PurePosixPath(3), lambda: PurePosixPath("a").relative_to("b"), lambda: PurePosixPath("a").as_uri(),
               lambda: PurePosixPath("a") < "b"]:
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([PurePosixPath("a-b"), PurePosixPath("a/z"), PurePosixPath("/a")]))
