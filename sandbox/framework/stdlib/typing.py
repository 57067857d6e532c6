"""The sandbox's typing: the names annotations use, printing as CPython 3.12's do. Nothing is checked at run time."""

TYPE_CHECKING = False


def _type_repr(obj):
    if obj is None or obj is type(None):
        return 'None'
    if obj is ...:
        return '...'
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and other.__forward_arg__ == self.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class _Final:
    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name

    def __repr__(self):
        name = self._name if self._name else _type_repr(self.__origin__)
        if self._name:
            name = 'typing.' + name
        if self.__origin__ is Union:
            args = self.__args__
            if len(args) == 2 and type(None) in args:
                other = args[0] if args[1] is type(None) else args[1]
                return f'typing.Optional[{_type_repr(other)}]'
            return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'
        if self.__origin__ is Literal:
            return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'
        if not self.__args__:
            return f'{name}[()]'
        return f'{name}[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return False
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f'Cannot instantiate {self.__origin__!r}')
        if not callable(self.__origin__):
            raise TypeError(f'Type {self._name or self.__origin__!r} cannot be instantiated; use {_type_repr(self.__origin__)}() instead')
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params if isinstance(params, tuple) else (params,), self._name)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, type):
            return (self.__origin__,)
        return ()

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _SpecialGenericAlias(_Final):
    """List, Dict, Iterable...: a bare name that takes parameters."""
    def __init__(self, origin, name, nparams=-1):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams and self._name != 'Tuple':
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f'Too {many} arguments for {self!r}; actual {len(params)}, expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if not isinstance(self.__origin__, type):
            raise TypeError(f'Type {self._name} cannot be instantiated')
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, type):
            return (self.__origin__,)
        return ()


class _CallableAlias(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        return _CallableGenericAlias(self.__origin__, (args, result), 'Callable')


class _CallableGenericAlias(_GenericAlias):
    def __init__(self, origin, args, name):
        super().__init__(origin, args, name)
        params, result = args
        self.__args__ = (tuple(params) if isinstance(params, list) else params, result) if params is ... else tuple(params) + (result,)
        self._params = params
        self._result = result

    def __repr__(self):
        if self._params is ...:
            return f'typing.Callable[..., {_type_repr(self._result)}]'
        return f'typing.Callable[[{", ".join(_type_repr(a) for a in self._params)}], {_type_repr(self._result)}]'


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __reduce__(self):
        return self._name


def _union(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, '')
        inner = p.__args__ if isinstance(p, _GenericAlias) and p.__origin__ is Union else (p,)
        if type(p).__name__ == 'UnionType':
            inner = p.__args__
        for t in inner:
            if t not in flat:
                flat.append(t)
    if len(flat) == 1:
        return flat[0]
    return _GenericAlias(Union, tuple(flat))


def _optional(self, parameters):
    return Union[parameters, None]


def _wrap(self, parameters):
    return _GenericAlias(self, parameters if isinstance(parameters, tuple) else (parameters,), self._name)


def _literal(self, parameters):
    return _GenericAlias(Literal, parameters if isinstance(parameters, tuple) else (parameters,))


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _wrap)
Final = _SpecialForm('Final', _wrap)
Literal = _SpecialForm('Literal', _literal)
TypeGuard = _SpecialForm('TypeGuard', _wrap)
Required = _SpecialForm('Required', _wrap)
NotRequired = _SpecialForm('NotRequired', _wrap)
Concatenate = _SpecialForm('Concatenate', _wrap)
Annotated = _SpecialForm('Annotated', _wrap)


class _AbcPlaceholder:
    pass


def _abc(name):
    return _SpecialGenericAlias(name, name)


List = _SpecialGenericAlias(list, 'List', 1)
Dict = _SpecialGenericAlias(dict, 'Dict', 2)
Set = _SpecialGenericAlias(set, 'Set', 1)
FrozenSet = _SpecialGenericAlias(frozenset, 'FrozenSet', 1)
Tuple = _SpecialGenericAlias(tuple, 'Tuple')
Type = _SpecialGenericAlias(type, 'Type', 1)
Callable = _CallableAlias('Callable', 'Callable')
Iterable = _abc('Iterable')
Iterator = _abc('Iterator')
Sequence = _abc('Sequence')
MutableSequence = _abc('MutableSequence')
Mapping = _abc('Mapping')
MutableMapping = _abc('MutableMapping')
Collection = _abc('Collection')
Container = _abc('Container')
AbstractSet = _abc('AbstractSet')
MutableSet = _abc('MutableSet')
Generator = _abc('Generator')
AsyncGenerator = _abc('AsyncGenerator')
AsyncIterator = _abc('AsyncIterator')
AsyncIterable = _abc('AsyncIterable')
Awaitable = _abc('Awaitable')
Coroutine = _abc('Coroutine')
Reversible = _abc('Reversible')
Hashable = _abc('Hashable')
Sized = _abc('Sized')
KeysView = _abc('KeysView')
ValuesView = _abc('ValuesView')
ItemsView = _abc('ItemsView')
DefaultDict = _abc('DefaultDict')
OrderedDict = _abc('OrderedDict')
Counter = _abc('Counter')
Deque = _abc('Deque')
ChainMap = _abc('ChainMap')
Pattern = _abc('Pattern')
Match = _abc('Match')
IO = _abc('IO')
TextIO = _abc('TextIO')
BinaryIO = _abc('BinaryIO')
Text = str


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = _type_check(bound, '') if bound is not None else None
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    """Abstract base class for generic types."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic:
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)):
                    raise TypeError(f'Parameters to Generic[...] must all be type variables or parameter specification variables.')
        return _GenericAlias(cls, params)


class Protocol(Generic):
    """Base class for protocol classes."""


def runtime_checkable(cls):
    return cls


class _TypedDictMeta(type):
    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    """A dict whose keys have types; at run time, instances are plain dicts."""

    def __init_subclass__(cls, total=True, **kwargs):
        cls.__total__ = total
        keys = {}
        for base in reversed(cls.__mro__):
            keys.update(base.__dict__.get('__annotations__', {}))
        cls.__required_keys__ = frozenset(keys) if total else frozenset()
        cls.__optional_keys__ = frozenset() if total else frozenset(keys)


class _NamedTupleMeta(type):
    def __init__(cls, name, bases, ns):
        if ns.get('_root'):
            return
        fields = tuple(ns.get('__annotations__', {}))
        defaults = {}
        seen_default = False
        for f in fields:
            if f in ns:
                defaults[f] = ns[f]
                seen_default = True
            elif seen_default:
                raise TypeError(f"Non-default namedtuple field {f} cannot follow default field{'s' if len(defaults) > 1 else ''} {', '.join(defaults)}")
        cls._fields = fields
        cls._field_defaults = defaults
        cls.__match_args__ = fields
        for f in fields:
            if f in ns:
                type.__setattr__(cls, f, _FieldGetter(fields.index(f)))
            else:
                type.__setattr__(cls, f, _FieldGetter(fields.index(f)))


class _FieldGetter:
    def __init__(self, index):
        self.index = index

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj._values[self.index]

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")


class NamedTuple(metaclass=_NamedTupleMeta):
    """Typed version of namedtuple (class syntax); instances behave as tuples."""
    _root = True

    def __init__(self, *args, **kwargs):
        cls = type(self)
        values = list(args)
        if len(values) > len(cls._fields):
            most = len(cls._fields) + 1
            least = most - len(cls._field_defaults)
            takes = f'{most}' if least == most else f'from {least} to {most}'
            raise TypeError(f'{cls.__name__}.__new__() takes {takes} positional arguments but {len(values) + 1} were given')
        for f in cls._fields[len(values):]:
            if f in kwargs:
                values.append(kwargs.pop(f))
            elif f in cls._field_defaults:
                values.append(cls._field_defaults[f])
            else:
                missing = [g for g in cls._fields[len(values):] if g not in kwargs and g not in cls._field_defaults]
                names = ' and '.join(repr(m) for m in missing) if len(missing) <= 2 else ', '.join(repr(m) for m in missing[:-1]) + ', and ' + repr(missing[-1])
                raise TypeError(f"{cls.__name__}.__new__() missing {len(missing)} required positional argument{'s' if len(missing) > 1 else ''}: {names}")
        if kwargs:
            raise TypeError(f"{cls.__name__}.__new__() got an unexpected keyword argument {next(iter(kwargs))!r}")
        object.__setattr__(self, '_values', tuple(values))

    def __setattr__(self, name, value):
        if name in type(self)._fields:
            raise AttributeError("can't set attribute")
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self):
        inner = ', '.join(f'{f}={v!r}' for f, v in zip(self._fields, self._values))
        return f'{type(self).__name__}({inner})'

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __getitem__(self, index):
        return self._values[index]

    def __eq__(self, other):
        if isinstance(other, NamedTuple):
            return self._values == other._values
        return self._values == other

    def __lt__(self, other):
        return self._values < (other._values if isinstance(other, NamedTuple) else other)

    def __hash__(self):
        return hash(self._values)

    def __contains__(self, item):
        return item in self._values

    def count(self, value):
        return self._values.count(value)

    def index(self, value):
        return self._values.index(value)

    def _asdict(self):
        return dict(zip(self._fields, self._values))

    def _replace(self, **changes):
        values = [changes.pop(f, v) for f, v in zip(self._fields, self._values)]
        if changes:
            raise ValueError(f'Got unexpected field names: {list(changes)!r}')
        return type(self)(*values)

    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)


class NewType:
    """NewType('UserId', int): a callable that returns its argument, for type checkers' distinct types."""
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __call__(self, x):
        return x

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __or__(self, other):
        return Union[self, other]


def cast(typ, val):
    """Cast a value to a type: at run time, the value unchanged."""
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}'[:100])


def reveal_type(obj):
    return obj


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            'You should not call an overloaded function. '
            'A series of @typing.overload-decorated functions '
            'outside a stub module should always be followed '
            'by an implementation that is not @typing.overload-decorated.')
    return _overload_dummy


def final(f):
    return f


def override(method):
    return method


def no_type_check(arg):
    return arg


def dataclass_transform(**kwargs):
    return lambda cls: cls


def get_origin(tp):
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return getattr(tp, '__origin__', None) if type(tp).__name__ in ('GenericAlias', 'UnionType') else None


def get_args(tp):
    if isinstance(tp, _CallableGenericAlias):
        return (list(tp._params) if tp._params is not ... else ..., tp._result)
    if isinstance(tp, _GenericAlias):
        return tp.__args__
    if type(tp).__name__ in ('GenericAlias', 'UnionType'):
        return tp.__args__
    return ()


def _eval_hint(value, names):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return _eval(value, names)
    if isinstance(value, ForwardRef):
        return _eval(value.__forward_arg__, names)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, with string annotations evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            names = dict(_module_dict(base.__module__)) if globalns is None else dict(globalns)
            names.update(dict(vars(base)))
            if localns:
                names.update(localns)
            for name, value in base.__dict__.get('__annotations__', {}).items():
                hints[name] = _eval_hint(value, names)
        return hints
    names = dict(getattr(obj, '__globals__', {})) if globalns is None else dict(globalns)
    if localns:
        names.update(localns)
    annotations = getattr(obj, '__annotations__', None)
    if annotations is None:
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    for name, value in annotations.items():
        hints[name] = _eval_hint(value, names)
    return hints
