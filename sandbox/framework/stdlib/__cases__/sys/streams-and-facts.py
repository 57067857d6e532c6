import sys, io
print(sys.version_info[:2] >= (3, 12), sys.version_info.major, sys.version_info.minor, type(sys.version_info).__name__)
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1, sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit(), sys.implementation.name, "sys" in sys.modules, isinstance(sys.path, list))
print(sys.stdout.write("direct\n"))
print("to stderr", file=sys.stderr)
sys.stderr.write("more stderr\n")
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1, 2)
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured), sys.stdout is sys.__stdout__)
print(repr(sys.stdout), repr(sys.stderr), sys.stdout.encoding)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.maxunicode)
try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.code)
try:
    sys.exit("bye")
except SystemExit as e:
    print("exit", e.code)
sys.stdout.flush()
