import logging
log = logging.getLogger("quiet.module")
log.warning("goes to stderr")
log.info("dropped")
print(logging.lastResort, logging.root.handlers, log.hasHandlers())
logging.warning("root warning %s", "configures")
print(logging.root.handlers)
logging.basicConfig(level=logging.DEBUG)
print(logging.root.level)
logging.basicConfig(level=logging.DEBUG, force=True, format="%(message)s")
print(logging.root.level, len(logging.root.handlers))
try:
    logging.basicConfig(stream=1, filename="x", force=True)
except ValueError as e:
    print("ValueError:", e)
