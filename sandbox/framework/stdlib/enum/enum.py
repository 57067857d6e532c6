"""Support for enumerations: the sandbox's own implementation of CPython 3.12's enum module."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'member', 'nonmember']

_builtin_property = property
_type = type
_MIXIN_TYPES = (int, str, float)


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an item to become an Enum member."""
    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects an item from becoming an Enum member."""
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')
            or type(obj).__name__ in ('function', 'builtin_function_or_method'))


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return name.startswith(pattern) and not name.endswith('__')


def _member_type(bases):
    for base in bases:
        for cls in base.__mro__:
            if cls in _MIXIN_TYPES:
                return cls
    return object


def _find_new(cls):
    for base in cls.__mro__:
        if base in _WITHOUT_OWN_NEW or base is object or base in _MIXIN_TYPES:
            continue
        found = base.__dict__.get('__new__')
        if found is not None:
            return found
    return None


class EnumType(type):
    """Metaclass for Enum."""

    def __init__(cls, name, bases, classdict, **kwds):
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._unhashable_values_ = []
        cls._member_type_ = _member_type(bases)
        if _enum_base_defined:
            for base in bases:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError('<enum %r> cannot extend %r' % (name, base))
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        if cls._member_type_ is not object:
            # Members behave as their value: the methods a mixed-in type would give them.
            own = [b for b in cls.__mro__ if b not in (Enum, ReprEnum, object) and b not in _MIXIN_TYPES]
            for key, fn in _MIXIN_METHODS.items():
                if not any(key in b.__dict__ for b in own):
                    type.__setattr__(cls, key, fn)
        new = _find_new(cls)
        last_values = []
        for key, value in classdict.items():
            if key in ignore or _is_dunder(key) or _is_sunder(key) or _is_private(name, key):
                continue
            if isinstance(value, nonmember):
                setattr(cls, key, value.value)
                continue
            if isinstance(value, member):
                value = value.value
            elif _is_descriptor(value):
                continue
            if isinstance(value, auto):
                if value.value is None:
                    value.value = cls._generate_next_value_(key, 1, len(cls._member_names_), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(cls._generate_next_value_(key, 1, len(cls._member_names_), last_values[:]) if isinstance(v, auto) else v for v in value)
            last_values.append(value)
            cls._add_member_(key, value, new)
        if Flag is not None and issubclass(cls, Flag):
            cls._flag_mask_ = 0
            for m in cls._member_map_.values():
                if isinstance(m._value_, int):
                    cls._flag_mask_ |= m._value_

    def _add_member_(cls, name, value, new):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (value,)
        if new is not None:
            obj = new(cls, *args)
            if not hasattr(obj, '_value_'):
                obj._value_ = cls._member_type_(*args) if cls._member_type_ is not object else value
        else:
            obj = object.__new__(cls)
            obj._value_ = cls._member_type_(*args) if cls._member_type_ is not object else value
        value = obj._value_
        obj._name_ = name
        obj.__objclass__ = cls
        obj._sort_order_ = len(cls._member_names_)
        init = cls.__init__
        if init is not Enum.__init__:
            init(obj, *args)
        canonical = cls._lookup_value_(value)
        if canonical is not None:
            obj = canonical
        else:
            cls._member_names_.append(name)
        cls._member_map_[name] = obj
        try:
            cls._value2member_map_.setdefault(value, obj)
        except TypeError:
            cls._unhashable_values_.append((value, obj))
        type.__setattr__(cls, name, obj)

    def _lookup_value_(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for known, m in cls._unhashable_values_:
                if known == value:
                    return m
            return None

    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)
        if isinstance(value, cls):
            return value
        found = cls._lookup_value_(value)
        if found is not None:
            return found
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError('error in %s._missing_: returned %r instead of None or a valid member' % (cls.__name__, result))
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        """The functional API: Enum('Color', 'RED GREEN') and its list, pair and dict forms."""
        if cls._member_names_:
            raise TypeError('%r cannot extend %r' % (class_name, cls))
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs = []
            for count, name in enumerate(names):
                pairs.append((name, cls._generate_next_value_(name, start, count, [v for _, v in pairs])))
            names = pairs
        items = names.items() if isinstance(names, dict) else names
        classdict = {'__module__': module or '__main__', '__qualname__': qualname or class_name}
        for name, value in items:
            classdict[name] = value
        return _type(class_name, bases, classdict)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        type.__setattr__(cls, name, value)

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return value._name_ in cls._member_map_
        return cls._lookup_value_(value) is not None

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)


EnumMeta = EnumType


class _MappingProxy:
    """A read-only view of the members by name (types.MappingProxyType's behaviour)."""
    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __eq__(self, other):
        return self._mapping == (other._mapping if isinstance(other, _MappingProxy) else other)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)




def _mixin_value(other):
    if isinstance(other, Enum) and other._member_type_ is not object:
        return other._value_
    return other


def _mixin_getattr(self, name):
    if name.startswith('_'):
        raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))
    return getattr(self._value_, name)


_MIXIN_METHODS = {
    '__eq__': lambda self, other: self._value_ == _mixin_value(other),
    '__ne__': lambda self, other: self._value_ != _mixin_value(other),
    '__lt__': lambda self, other: self._value_ < _mixin_value(other),
    '__le__': lambda self, other: self._value_ <= _mixin_value(other),
    '__gt__': lambda self, other: self._value_ > _mixin_value(other),
    '__ge__': lambda self, other: self._value_ >= _mixin_value(other),
    '__hash__': lambda self: hash(self._value_),
    '__add__': lambda self, other: self._value_ + _mixin_value(other),
    '__radd__': lambda self, other: _mixin_value(other) + self._value_,
    '__sub__': lambda self, other: self._value_ - _mixin_value(other),
    '__rsub__': lambda self, other: _mixin_value(other) - self._value_,
    '__mul__': lambda self, other: self._value_ * _mixin_value(other),
    '__rmul__': lambda self, other: _mixin_value(other) * self._value_,
    '__truediv__': lambda self, other: self._value_ / _mixin_value(other),
    '__floordiv__': lambda self, other: self._value_ // _mixin_value(other),
    '__mod__': lambda self, other: self._value_ % _mixin_value(other),
    '__pow__': lambda self, other: self._value_ ** _mixin_value(other),
    '__neg__': lambda self: -self._value_,
    '__pos__': lambda self: +self._value_,
    '__abs__': lambda self: abs(self._value_),
    '__int__': lambda self: int(self._value_),
    '__float__': lambda self: float(self._value_),
    '__index__': lambda self: self._value_,
    '__bool__': lambda self: bool(self._value_),
    '__len__': lambda self: len(self._value_),
    '__iter__': lambda self: iter(self._value_),
    '__contains__': lambda self, item: _mixin_value(item) in self._value_,
    '__getitem__': lambda self, key: self._value_[key],
    '__getattr__': _mixin_getattr,
}

_enum_base_defined = False
Flag = None
ReprEnum = None
# Enum's own classes, whose members are made the default way.
_WITHOUT_OWN_NEW = []


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last_value = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last_value + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last_value,)) from None

    def __repr__(self):
        return '<%s.%s: %r>' % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        names = ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']
        return sorted(set(names) | {k for k in self.__dict__ if not k.startswith('_')})

    @_builtin_property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @name.setter
    def name(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'name'")

    @_builtin_property
    def value(self):
        """The value of the Enum member."""
        return self._value_

    @value.setter
    def value(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute 'value'")


_enum_base_defined = True
_WITHOUT_OWN_NEW.append(Enum)


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


_WITHOUT_OWN_NEW.append(ReprEnum)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        obj = str.__new__(cls)
        obj._value_ = str(*values)
        return obj

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Support for flags: members combine with |, & and ^."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for value in last_values:
            if isinstance(value, int) and value > 0:
                high = max(high, value.bit_length())
        return 2 ** high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if value < 0 or value & ~cls._flag_mask_:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        pseudo._name_ = '|'.join(names) if names else None
        pseudo._sort_order_ = len(cls._member_names_)
        cls._value2member_map_[value] = pseudo
        return pseudo

    def __repr__(self):
        value_repr = repr(self._value_)
        if self._name_ is None:
            return '<%s: %s>' % (self.__class__.__name__, value_repr)
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, value_repr)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        return iter([m for m in self.__class__ if m._value_ & self._value_ == m._value_ and m._value_])

    def __len__(self):
        return len(list(self.__iter__()))

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def _operand(self, other, op):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is int and isinstance(other, int):
            return other
        raise TypeError("unsupported operand type(s) for %s: %r and %r" % (op, type(self).__name__, type(other).__name__))

    def __or__(self, other):
        return self.__class__(self._value_ | self._operand(other, '|'))

    def __and__(self, other):
        return self.__class__(self._value_ & self._operand(other, '&'))

    def __xor__(self, other):
        return self.__class__(self._value_ ^ self._operand(other, '^'))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)


_WITHOUT_OWN_NEW.append(Flag)


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""

    def __str__(self):
        return str(self._value_)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__
    __repr__ = Flag.__repr__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m._name_:
            duplicates.append((name, m._name_))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


property = _builtin_property
