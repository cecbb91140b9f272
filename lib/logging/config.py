"""Configuring logging from a dictionary or a configparser file (CPython 3.12's logging.config).

listen (a socket server for configurations) needs threads: it raises NotImplementedError."""

import functools
import io
import logging
import logging.handlers
import os
import queue
import re

DEFAULT_LOGGING_CONFIG_PORT = 9030

IDENTIFIER = re.compile("^[a-z_][a-z0-9_]*$", re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from a configparser-format file (a name, a file object or a RawConfigParser)."""
    import configparser
    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if not os.path.getsize(fname):
            raise RuntimeError(f"{fname} is an empty file")
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, "readline"):
                cp.read_file(fname)
            else:
                cp.read(fname, encoding=io.text_encoding(encoding))
        except configparser.ParsingError as e:
            raise RuntimeError(f"{fname} is invalid: {e}")
    formatters = _create_formatters(cp)
    with logging._lock:
        _clearExistingHandlers()
        handlers = _install_handlers(cp, formatters)
        _install_loggers(cp, handlers, disable_existing_loggers)


def _resolve(name):
    parts = name.split(".")
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += "." + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _names(text):
    return [name.strip() for name in text.split(",")] if text else []


def _create_formatters(cp):
    formatters = {}
    for name in _names(cp["formatters"]["keys"]):
        section = "formatter_%s" % name
        fmt = cp.get(section, "format", raw=True, fallback=None)
        datefmt = cp.get(section, "datefmt", raw=True, fallback=None)
        style = cp.get(section, "style", raw=True, fallback="%")
        defaults = cp.get(section, "defaults", raw=True, fallback=None)
        class_name = cp[section].get("class")
        factory = _resolve(class_name) if class_name else logging.Formatter
        if defaults is not None:
            formatters[name] = factory(fmt, datefmt, style, defaults=eval(defaults, vars(logging)))
        else:
            formatters[name] = factory(fmt, datefmt, style)
    return formatters


def _install_handlers(cp, formatters):
    handlers = {}
    fixups = []
    for name in _names(cp["handlers"]["keys"]):
        section = cp["handler_%s" % name]
        klass = section["class"]
        fmt = section.get("formatter", "")
        try:
            klass = eval(klass, vars(logging))
        except (AttributeError, NameError):
            klass = _resolve(klass)
        args = eval(section.get("args", "()"), vars(logging))
        kwargs = eval(section.get("kwargs", "{}"), vars(logging))
        handler = klass(*args, **kwargs)
        handler.name = name
        if "level" in section:
            handler.setLevel(section["level"])
        if len(fmt):
            handler.setFormatter(formatters[fmt])
        if issubclass(klass, logging.handlers.MemoryHandler):
            target = section.get("target", "")
            if len(target):
                fixups.append((handler, target))
        handlers[name] = handler
    for handler, target in fixups:
        handler.setTarget(handlers[target])
    return handlers


def _install_loggers(cp, handlers, disable_existing):
    names = _names(cp["loggers"]["keys"])
    names.remove("root")
    section = cp["logger_root"]
    root = logging.root
    if "level" in section:
        root.setLevel(section["level"])
    for h in root.handlers[:]:
        root.removeHandler(h)
    for hand in _names(section["handlers"]):
        root.addHandler(handlers[hand])
    existing = sorted(root.manager.loggerDict.keys())
    child_loggers = []
    for name in names:
        section = cp["logger_%s" % name]
        qualname = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qualname)
        if qualname in existing:
            prefix = qualname + "."
            for other in existing[existing.index(qualname) + 1:]:
                if other[:len(prefix)] == prefix:
                    child_loggers.append(other)
            existing.remove(qualname)
        if "level" in section:
            logger.setLevel(section["level"])
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = 0
        for hand in _names(section["handlers"]):
            logger.addHandler(handlers[hand])
    _handle_existing_loggers(existing, child_loggers, disable_existing)


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    raise NotImplementedError("logging.config.listen is not implemented in Ginger yet (it needs threads)")


def stopListening():
    pass


def _clearExistingHandlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Reset the children of configured loggers; disable (or not) the other existing loggers."""
    root = logging.root
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


class ConvertingMixin(object):
    """Converts 'ext://' and 'cfg://' strings, and nested dicts and lists, as values are read."""

    def convert_with_key(self, key, value, replace=True):
        result = self.configurator.convert(value)
        if value is not result:
            if replace:
                self[key] = result
            if type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
                result.parent = self
                result.key = key
        return result

    def convert(self, value):
        result = self.configurator.convert(value)
        if value is not result and type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
            result.parent = self
        return result


class ConvertingDict(dict, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self.convert_with_key(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self.convert_with_key(key, dict.pop(self, key, default), replace=False)


class ConvertingList(list, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, tuple.__getitem__(self, key), replace=False)


class BaseConfigurator(object):
    CONVERT_PATTERN = re.compile(r"^(?P<prefix>[a-z]+)://(?P<suffix>.*)$")
    WORD_PATTERN = re.compile(r"^\s*(\w+)\s*")
    DOT_PATTERN = re.compile(r"^\.\s*(\w+)\s*")
    INDEX_PATTERN = re.compile(r"^\[\s*(\w+)\s*\]\s*")
    DIGIT_PATTERN = re.compile(r"^\d+$")

    value_converters = {"ext": "ext_convert", "cfg": "cfg_convert"}

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        """The object a dotted name names, importing modules as needed."""
        parts = s.split(".")
        used = parts.pop(0)
        try:
            found = self.importer(used)
            for part in parts:
                used += "." + part
                try:
                    found = getattr(found, part)
                except AttributeError:
                    self.importer(used)
                    found = getattr(found, part)
            return found
        except ImportError as e:
            raise ValueError("Cannot resolve %r: %s" % (s, e)) from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """The value at a path in the configuration: 'handlers.console.level', 'list[0]'."""
        rest = value
        m = self.WORD_PATTERN.match(rest)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[m.end():]
        d = self.config[m.groups()[0]]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                d = d[m.groups()[0]]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m:
                    index = m.groups()[0]
                    if not self.DIGIT_PATTERN.match(index):
                        d = d[index]
                    else:
                        try:
                            d = d[int(index)]
                        except TypeError:
                            d = d[index]
            if m:
                rest = rest[m.end():]
            else:
                raise ValueError("Unable to convert %r at %r" % (value, rest))
        return d

    def convert(self, value):
        if not isinstance(value, ConvertingDict) and isinstance(value, dict):
            value = ConvertingDict(value)
            value.configurator = self
        elif not isinstance(value, ConvertingList) and isinstance(value, list):
            value = ConvertingList(value)
            value.configurator = self
        elif not isinstance(value, ConvertingTuple) and isinstance(value, tuple) and not hasattr(value, "_fields"):
            value = ConvertingTuple(value)
            value.configurator = self
        elif isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                converter = self.value_converters.get(m.group("prefix"))
                if converter:
                    value = getattr(self, converter)(m.group("suffix"))
        return value

    def configure_custom(self, config):
        factory = config.pop("()")
        if not callable(factory):
            factory = self.resolve(factory)
        kwargs = {k: config[k] for k in config if k != "." and valid_ident(k)}
        result = factory(**kwargs)
        props = config.pop(".", None)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


class DictConfigurator(BaseConfigurator):
    """Configures logging from a dictionary in the schema of CPython's logging.config (version 1)."""

    def configure(self):
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        incremental = config.pop("incremental", False)
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
                return
            disable_existing = config.pop("disable_existing_loggers", True)
            _clearExistingHandlers()
            formatters = config.get("formatters", {})
            for name in formatters:
                try:
                    formatters[name] = self.configure_formatter(formatters[name])
                except Exception as e:
                    raise ValueError("Unable to configure formatter %r" % name) from e
            filters = config.get("filters", {})
            for name in filters:
                try:
                    filters[name] = self.configure_filter(filters[name])
                except Exception as e:
                    raise ValueError("Unable to configure filter %r" % name) from e
            handlers = config.get("handlers", {})
            deferred = []
            for name in sorted(handlers):
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    if " not configured yet" in str(e.__cause__):
                        deferred.append(name)
                    else:
                        raise ValueError("Unable to configure handler %r" % name) from e
            for name in deferred:
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    raise ValueError("Unable to configure handler %r" % name) from e
            existing = sorted(logging.root.manager.loggerDict.keys())
            child_loggers = []
            loggers = config.get("loggers", {})
            for name in loggers:
                if name in existing:
                    prefix = name + "."
                    for other in existing[existing.index(name) + 1:]:
                        if other[:len(prefix)] == prefix:
                            child_loggers.append(other)
                    existing.remove(name)
                try:
                    self.configure_logger(name, loggers[name])
                except Exception as e:
                    raise ValueError("Unable to configure logger %r" % name) from e
            _handle_existing_loggers(existing, child_loggers, disable_existing)
            root = config.get("root", None)
            if root:
                try:
                    self.configure_root(root)
                except Exception as e:
                    raise ValueError("Unable to configure root logger") from e

    def _configure_incremental(self, config):
        handlers = config.get("handlers", {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError("No handler found with name %r" % name)
            try:
                level = handlers[name].get("level", None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e
        loggers = config.get("loggers", {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        root = config.get("root", None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e

    def configure_formatter(self, config):
        if "()" in config:
            factory = config["()"]
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                config["fmt"] = config.pop("format")
                config["()"] = factory
                return self.configure_custom(config)
        fmt = config.get("format", None)
        datefmt = config.get("datefmt", None)
        style = config.get("style", "%")
        cname = config.get("class", None)
        defaults = config.get("defaults", None)
        factory = self.resolve(cname) if cname else logging.Formatter
        kwargs = {"defaults": defaults} if defaults is not None else {}
        if "validate" in config:
            return factory(fmt, datefmt, style, config["validate"], **kwargs)
        return factory(fmt, datefmt, style, **kwargs)

    def configure_filter(self, config):
        if "()" in config:
            return self.configure_custom(config)
        return logging.Filter(config.get("name", ""))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, "filter", None)):
                    filterer.addFilter(f)
                else:
                    filterer.addFilter(self.config["filters"][f])
            except Exception as e:
                raise ValueError("Unable to add filter %r" % f) from e

    def _configure_queue_handler(self, klass, **kwargs):
        q = kwargs["queue"] if "queue" in kwargs else queue.Queue()
        listener_class = kwargs.get("listener", logging.handlers.QueueListener)
        listener = listener_class(q, *kwargs["handlers"],
                                  respect_handler_level=kwargs.get("respect_handler_level", False))
        handler = klass(q)
        handler.listener = listener
        return handler

    def configure_handler(self, config):
        config_copy = dict(config)
        formatter = config.pop("formatter", None)
        if formatter:
            try:
                formatter = self.config["formatters"][formatter]
            except Exception as e:
                raise ValueError("Unable to set formatter %r" % formatter) from e
        level = config.pop("level", None)
        filters = config.pop("filters", None)
        if "()" in config:
            factory = config.pop("()")
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            cname = config.pop("class")
            klass = cname if callable(cname) else self.resolve(cname)
            if issubclass(klass, logging.handlers.MemoryHandler) and "target" in config:
                try:
                    target_name = config["target"]
                    target = self.config["handlers"][target_name]
                    if not isinstance(target, logging.Handler):
                        config.update(config_copy)
                        raise TypeError("target not configured yet")
                    config["target"] = target
                except Exception as e:
                    raise ValueError("Unable to set target handler %r" % target_name) from e
            elif issubclass(klass, logging.handlers.QueueHandler):
                self._prepare_queue_handler(config, config_copy)
            elif issubclass(klass, logging.handlers.SysLogHandler) and "address" in config:
                config["address"] = self.as_tuple(config["address"])
            if issubclass(klass, logging.handlers.QueueHandler):
                factory = functools.partial(self._configure_queue_handler, klass)
            else:
                factory = klass
        kwargs = {k: config[k] for k in config if k != "." and valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            kwargs["strm"] = kwargs.pop("stream")
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        props = config.pop(".", None)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def _prepare_queue_handler(self, config, config_copy):
        if "handlers" not in config:
            raise ValueError("No handlers specified for a QueueHandler")
        if "queue" in config:
            spec = config["queue"]
            if not isinstance(spec, queue.Queue):
                if isinstance(spec, str):
                    q = self.resolve(spec)
                    if not callable(q):
                        raise TypeError("Invalid queue specifier %r" % spec)
                    q = q()
                elif isinstance(spec, dict):
                    if "()" not in spec:
                        raise TypeError("Invalid queue specifier %r" % spec)
                    q = self.configure_custom(dict(spec))
                else:
                    raise TypeError("Invalid queue specifier %r" % spec)
                config["queue"] = q
        if "listener" in config:
            spec = config["listener"]
            if isinstance(spec, type):
                if not issubclass(spec, logging.handlers.QueueListener):
                    raise TypeError("Invalid listener specifier %r" % spec)
            else:
                if isinstance(spec, str):
                    listener = self.resolve(spec)
                    if isinstance(listener, type) and not issubclass(listener, logging.handlers.QueueListener):
                        raise TypeError("Invalid listener specifier %r" % spec)
                elif isinstance(spec, dict):
                    if "()" not in spec:
                        raise TypeError("Invalid listener specifier %r" % spec)
                    listener = self.configure_custom(dict(spec))
                else:
                    raise TypeError("Invalid listener specifier %r" % spec)
                if not callable(listener):
                    raise TypeError("Invalid listener specifier %r" % spec)
                config["listener"] = listener
        handlers = []
        name = None
        try:
            for name in config["handlers"]:
                handler = self.config["handlers"][name]
                if not isinstance(handler, logging.Handler):
                    config.update(config_copy)
                    raise TypeError("Required handler %r is not configured yet" % name)
                handlers.append(handler)
        except Exception as e:
            raise ValueError("Unable to set required handler %r" % name) from e
        config["handlers"] = handlers

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config["handlers"][h])
            except Exception as e:
                raise ValueError("Unable to add handler %r" % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get("level", None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get("handlers", None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get("filters", None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get("propagate", None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary."""
    dictConfigClass(config).configure()
