import logging
import logging.config
class Collect(logging.Handler):
    records = []
    def emit(self, record):
        Collect.records.append(self.format(record))
old = logging.getLogger("old.module")
logging.config.dictConfig({
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "simple": {"format": "{levelname} {name} {message}", "style": "{"},
        "verbose": {"format": "%(levelname)s:%(name)s:%(message)s"},
    },
    "filters": {"only_app": {"name": "app"}},
    "handlers": {
        "collect": {"class": "__main__.Collect", "formatter": "simple", "level": "INFO"},
        "verbose": {"()": Collect, "formatter": "verbose", "filters": ["only_app"]},
    },
    "root": {"handlers": ["collect"], "level": "WARNING"},
    "loggers": {
        "app": {"handlers": ["verbose"], "level": "DEBUG", "propagate": True},
        "quiet": {"handlers": [], "level": "ERROR", "propagate": False},
    },
})
logging.getLogger("app.views").debug("debug from app")
logging.getLogger("app").info("info from app")
logging.getLogger("other").warning("warning from other")
logging.getLogger("quiet").error("quiet error")
old.warning("old still works")
print(Collect.records)
print(logging.getLogger("app").level, logging.getLogger("quiet").propagate, logging.root.level, old.disabled)
logging.config.dictConfig({"version": 1, "loggers": {"app": {"level": "INFO"}}})
print(old.disabled, logging.getLogger("app").disabled, logging.getLogger("app").handlers)
for bad in ({}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}}):
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError:", e)
