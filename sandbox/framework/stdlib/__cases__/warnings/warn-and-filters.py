import warnings
class Outbox:
    def __init__(self):
        self.text = ""
    def write(self, s):
        self.text += s
out = Outbox()
def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", category.__name__, message, lineno)
warnings.showwarning = show
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
def legacy():
    warnings.warn("legacy path")
for _ in range(2):
    legacy()
old_api()
warnings.warn("runtime thing", RuntimeWarning)
warnings.filterwarnings("ignore", message="legacy")
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="leg")
legacy()
warnings.warn("Other")
warnings.simplefilter("error", RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("RuntimeWarning:", e, type(e).__mro__[1].__name__)
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as caught:
    warnings.warn("one")
    warnings.warn("two", FutureWarning)
    warnings.warn(UserWarning("three"))
print([(str(w.message), w.category.__name__) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
warnings.warn("after catch")
print(warnings.formatwarning("msg", UserWarning, "app.py", 12, "x = 1"), end="")
warnings.simplefilter("once")
for _ in range(3):
    warnings.warn("only once")
for bad in (lambda: warnings.simplefilter("loud"), lambda: warnings.warn("x", ValueError), lambda: warnings.warn("x", "str")):
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
