e = OSError(2, "No such file", "a.txt")
print(e, e.args, e.errno, e.strerror, e.filename, e.filename2)
print(OSError("plain"), OSError("plain").errno, OSError(1, 2, 3, 4, 5, 6).args)
print(FileNotFoundError(2, "gone", "x", None, "y"))
print(repr(OSError(2, "No such file")), str(PermissionError(13, "denied")))
try:
    raise FileNotFoundError(2, "No such file or directory", "missing.txt")
except OSError as err:
    print(type(err).__name__, err)
