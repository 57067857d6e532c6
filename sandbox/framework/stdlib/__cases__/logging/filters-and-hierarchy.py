import logging
class Sink(logging.Handler):
    def __init__(self, label):
        super().__init__()
        self.label = label
    def emit(self, record):
        print(self.label, record.name, record.levelname, self.format(record))
root = logging.getLogger()
root.addHandler(Sink("root"))
root.setLevel(logging.INFO)
app = logging.getLogger("app")
app.addHandler(Sink("app"))
models = logging.getLogger("app.models")
models.addFilter(logging.Filter("app.models.query"))
logging.getLogger("app.models.query").info("sql ran")
models.info("filtered out at models")
logging.getLogger("app.views").warning("view warning %d", 1)
app.propagate = False
logging.getLogger("app.views").error("not at root")
print(logging.getLogger("app.views").parent.name, logging.getLogger("app").parent is root, root.name)
a_b = logging.getLogger("x.y.z")
x = logging.getLogger("x")
print(a_b.parent is x, logging.getLogger("x.y").parent is x, a_b.parent.name)
h = Sink("fmt")
h.setFormatter(logging.Formatter("[%(name)s] %(message)s", defaults={"extra_key": "-"}))
lonely = logging.getLogger("lonely")
lonely.propagate = False
lonely.addHandler(h)
lonely.info("with %s and %s", "args", "more", extra={"user": "ann"})
try:
    lonely.info("x", extra={"name": "clash"})
except KeyError as e:
    print("KeyError:", e)
print(lonely.handlers, repr(logging.getLevelName(logging.WARNING)), logging.WARN, logging.FATAL)
print(sorted(logging.getLevelNamesMapping().items())[:3])
