import sys
class Upper:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text.upper())
        return len(text)
    def flush(self):
        pass
real = sys.stdout
sys.stdout = Upper()
print("hello", "world", sep="-")
print("again", end="!")
captured = sys.stdout.parts
sys.stdout = real
print(captured)
print("back", file=sys.stdout)
sys.stdout = None
print("nowhere")
sys.stdout = sys.__stdout__
print("restored", sys.argv[0].endswith(".py") or sys.argv[0] == "main.py", len(sys.argv))
print(sys.stdin.readable(), sys.stdout.writable(), sys.stderr.name, sys.stdout.name, sys.stdin.name)
