import logging
class ListStream:
    def __init__(self):
        self.lines = []
    def write(self, text):
        self.lines.append(text)
    def flush(self):
        pass
stream = ListStream()
logger = logging.getLogger("shop.orders")
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(levelno)d|%(lineno)d|%(funcName)s|%(message)s"))
logger.addHandler(handler)
logger.setLevel(logging.DEBUG)
def place(order_id):
    logger.debug("placing %s", order_id)
    logger.info("order %(id)s for %(who)s", {"id": order_id, "who": "ann"})
place(7)
logger.log(25, "custom level %d", 25)
logging.addLevelName(25, "NOTICE")
logger.log(25, "named now")
print("".join(stream.lines), end="")
stream.lines.clear()
handler.setFormatter(logging.Formatter("{levelname:<8}{name}: {message}", style="{"))
logger.warning("brace style")
handler.setFormatter(logging.Formatter("$levelname ${name}: $message", style="$"))
logger.error("dollar style")
handler.setLevel(logging.ERROR)
logger.warning("filtered by handler level")
logger.critical("passes")
print("".join(stream.lines), end="")
stream.lines.clear()
handler.setLevel(logging.NOTSET)
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
handler.addFilter(OnlyOdd())
for i in range(4):
    logger.info("number %d", i)
handler.filters.clear()
logger.addFilter(lambda record: "secret" not in record.getMessage())
logger.info("public")
logger.info("secret stuff")
class Short(logging.Formatter):
    def formatException(self, ei):
        return f"!! {ei[0].__name__}: {ei[1]}"
handler.setFormatter(Short("%(levelname)s %(message)s"))
try:
    {}["missing"]
except KeyError:
    logger.exception("lookup failed")
logger.error("explicit", exc_info=ValueError("bad"))
logger.error("no exception", exc_info=True)
print("".join(stream.lines).replace(__file__, "FILE"), end="")
stream.lines.clear()
child = logging.getLogger("shop.orders.refunds")
child.warning("from child")
child.propagate = False
child.warning("not propagated")
print(stream.lines, child.parent is logger, child.getEffectiveLevel(), logger.getChild("refunds") is child)
print(logger, logging.getLogger(), handler, logging.NullHandler())
print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(33), logging.getLevelName(25))
adapter = logging.LoggerAdapter(logger, {"user": "bo"})
handler.setFormatter(logging.Formatter("%(user)s %(message)s"))
adapter.info("adapted")
print(stream.lines)
try:
    logger.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
try:
    logging.basicConfig(nonsense=1)
except ValueError as e:
    print("ValueError:", e)
record = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelno": 20})
print(record.getMessage(), logging.Formatter().format(record))
logging.disable(logging.CRITICAL)
logger.critical("disabled")
logging.disable(logging.NOTSET)
print(stream.lines[-1:], logger.isEnabledFor(logging.INFO), logger.hasHandlers())
