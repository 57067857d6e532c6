import os, shutil, tempfile
os.chdir(tempfile.mkdtemp())
os.makedirs("src/inner")
with open("src/a.txt", "w") as f:
    f.write("hello")
with open("src/inner/b.txt", "w") as f:
    f.write("world")
print(shutil.copyfile("src/a.txt", "copy.txt"), open("copy.txt").read())
os.mkdir("dest")
print(shutil.copy("src/a.txt", "dest"), shutil.copy2("src/a.txt", "dest/c.txt"), sorted(os.listdir("dest")))
print(shutil.copytree("src", "tree"), sorted(os.listdir("tree")), open("tree/inner/b.txt").read())
print(shutil.move("copy.txt", "dest"), shutil.move("tree", "moved"), os.path.exists("tree"), sorted(os.listdir("moved")))
shutil.rmtree("moved")
print(os.path.exists("moved"), shutil.which("definitely-not-a-command-xyz"))
shutil.rmtree("nope", ignore_errors=True)
for action in [lambda: shutil.copyfile("nope", "x"), lambda: shutil.copytree("src", "dest"), lambda: shutil.rmtree("nope"),
               lambda: shutil.rmtree("src/a.txt"), lambda: shutil.copyfile("src/a.txt", "src/a.txt"), lambda: shutil.move("dest/a.txt", "dest")]:
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))
