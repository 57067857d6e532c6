"""logging.config.dictConfig: configuration from a dictionary, the shape of Django's LOGGING setting."""

import logging
import sys

IDENTIFIER = None


def _resolve(name):
    """A dotted name ('logging.StreamHandler', 'django.utils.log.AdminEmailHandler') to the object it names."""
    parts = name.split('.')
    for i in range(len(parts), 0, -1):
        module_name = '.'.join(parts[:i])
        try:
            found = _import_module(module_name)
        except ImportError:
            continue
        for attr in parts[i:]:
            found = getattr(found, attr)
        return found
    raise ImportError('No module named %r' % parts[0])


def _convert(value):
    if isinstance(value, str) and value.startswith('ext://'):
        return _resolve(value[len('ext://'):])
    return value


class DictConfigurator:
    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            raise ValueError('Cannot resolve %r: %s' % (s, e)) from e

    def configure_custom(self, config):
        config = dict(config)
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: _convert(v) for k, v in config.items()}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def configure_formatter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        defaults = config.get('defaults', None)
        c = self.resolve(cname) if cname else logging.Formatter
        if defaults is not None:
            return c(fmt, dfmt, style, config.get('validate', True), defaults=defaults)
        return c(fmt, dfmt, style, config.get('validate', True))

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.config['filters'][f] if isinstance(f, str) else f)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            result = self.configure_custom(config)
        else:
            cname = config.pop('class')
            klass = cname if callable(cname) else self.resolve(cname)
            kwargs = {k: _convert(v) for k, v in config.items() if k != '.'}
            result = klass(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        return result

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            for name in config.get('handlers', None) or []:
                try:
                    logger.addHandler(self.config['handlers'][name])
                except Exception as e:
                    raise ValueError('Unable to add handler %r' % name) from e
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        incremental = config.pop('incremental', False)
        disable_existing = config.pop('disable_existing_loggers', True)
        if incremental:
            for name, hconfig in config.get('handlers', {}).items():
                handler = logging._handlers.get(name)
                if handler is None:
                    raise ValueError('No handler found with name %r' % name)
                if 'level' in hconfig:
                    handler.setLevel(logging._checkLevel(hconfig['level']))
            for name, lconfig in config.get('loggers', {}).items():
                self.configure_logger(name, lconfig, True)
            if config.get('root'):
                self.common_logger_config(logging.root, config['root'], True)
            return
        logging._handlers.clear()
        formatters = config.get('formatters', {})
        for name in list(formatters):
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        config['formatters'] = formatters
        filters = config.get('filters', {})
        for name in list(filters):
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        config['filters'] = filters
        handlers = config.get('handlers', {})
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(handlers[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        config['handlers'] = handlers
        root = logging.root
        existing = sorted(logging.root.manager.loggerDict)
        child_loggers = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                i = existing.index(name) + 1
                prefixed = name + '.'
                while i < len(existing) and existing[i].startswith(prefixed):
                    child_loggers.append(existing[i])
                    i += 1
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        for log in existing:
            logger = root.manager.loggerDict[log]
            if log in child_loggers:
                logger.level = logging.NOTSET
                logger.handlers = []
                logger.propagate = True
            elif isinstance(logger, logging.Logger):
                logger.disabled = disable_existing
        root_config = config.get('root', None)
        if root_config:
            try:
                self.common_logger_config(root, root_config)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e
        root.manager._clear_cache()


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging using a dictionary."""
    dictConfigClass(config).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError("logging.config.fileConfig() is not available in the sandbox's Python (it reads files)")
