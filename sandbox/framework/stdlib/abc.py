"""Abstract Base Classes (PEP 3119), as CPython 3.12's abc module behaves."""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods: a class with any cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    """Deprecated: use classmethod with abstractmethod."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated: use staticmethod with abstractmethod."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    # property, classmethod and staticmethod are abstract when the function they wrap is.
    for inner in ('fget', 'fset', 'fdel', '__func__'):
        if getattr(getattr(value, inner, None), '__isabstractmethod__', False):
            return True
    return False


def _class_attribute(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(_class_attribute(cls, name)):
                abstracts.add(name)
    return frozenset(abstracts)


_abc_invalidation_counter = [0]


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes."""

    def __init__(cls, name, bases, namespace, **kwargs):
        type.__setattr__(cls, '__abstractmethods__', _compute_abstracts(cls))
        type.__setattr__(cls, '_abc_registry', [])

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            joined = ', '.join(repr(n) for n in names)
            noun = 'method' if len(names) == 1 else 'methods'
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} without an implementation for abstract {noun} {joined}")
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = cls.__dict__.get('__subclasshook__')
        if hook is not None:
            ok = hook.__get__(None, cls)(subclass) if hasattr(hook, '__get__') else hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for klass in cls.__mro__:
            for registered in klass.__dict__.get('_abc_registry', ()):
                if registered in subclass.__mro__ or issubclass(subclass, registered):
                    return True
        return False

    def _dump_registry(cls, file=None):
        print(f'Class: {cls.__module__}.{cls.__qualname__}', file=file)
        print(f'Inv. counter: {get_cache_token()}', file=file)


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()


def get_cache_token():
    return _abc_invalidation_counter[0]


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    type.__setattr__(cls, '__abstractmethods__', _compute_abstracts(cls))
    return cls
