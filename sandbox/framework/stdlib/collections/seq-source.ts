/** namedtuple (over the tuple-backed `_tuplebase`), deque and ChainMap, in Python. */
export const SEQ_SOURCE = String.raw`
_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])

class _tuplegetter:
    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc
    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return _store(instance)[self.index]
    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")
    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")
    def __repr__(self):
        return f'_tuplegetter({self.index}, {self.__doc__!r})'

def _tb_getitem(self, index):
    return _store(self)[index]
def _tb_len(self):
    return len(_store(self))
def _tb_iter(self):
    return iter(_store(self))
def _tb_contains(self, item):
    return item in _store(self)
def _tb_hash(self):
    return hash(_store(self))
def _tb_plain(other):
    return _store(other) if isinstance(other, _tuplebase) else other
def _tb_eq(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return _store(self) == _tb_plain(other)
def _tb_ne(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return _store(self) != _tb_plain(other)
def _tb_lt(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return _store(self) < _tb_plain(other)
def _tb_le(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return _store(self) <= _tb_plain(other)
def _tb_gt(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return _store(self) > _tb_plain(other)
def _tb_ge(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return _store(self) >= _tb_plain(other)
def _tb_add(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return _store(self) + _tb_plain(other)
def _tb_radd(self, other):
    if not isinstance(other, tuple):
        return NotImplemented
    return _tb_plain(other) + _store(self)
def _tb_mul(self, n):
    return _store(self) * n
def _tb_count(self, value):
    return _store(self).count(value)
def _tb_index(self, value, *args):
    return _store(self).index(value, *args)
def _tb_repr(self):
    return repr(_store(self))
for _name, _fn in [('__getitem__', _tb_getitem), ('__len__', _tb_len), ('__iter__', _tb_iter), ('__contains__', _tb_contains),
                   ('__hash__', _tb_hash), ('__eq__', _tb_eq), ('__ne__', _tb_ne), ('__lt__', _tb_lt), ('__le__', _tb_le),
                   ('__gt__', _tb_gt), ('__ge__', _tb_ge), ('__add__', _tb_add), ('__radd__', _tb_radd), ('__mul__', _tb_mul),
                   ('__rmul__', _tb_mul), ('count', _tb_count), ('index', _tb_index), ('__repr__', _tb_repr)]:
    setattr(_tuplebase, _name, _fn)

def _namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    fields = tuple(field_names)
    ns = {
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        ns[name] = _tuplegetter(index, f'Alias for field number {index}')
    return _make_class(typename, (_namedtuplebase,), ns, module)

class _namedtuplebase(_tuplebase):
    __slots__ = ()
    @classmethod
    def _make(cls, iterable):
        items = tuple(iterable)
        if len(items) != len(cls._fields):
            raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(items)}')
        return _new(cls, items)
    def _replace(self, /, **kwds):
        values = []
        for name in self._fields:
            values.append(kwds.pop(name) if name in kwds else getattr(self, name))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return _new(type(self), tuple(values))
    def _asdict(self):
        return dict(zip(self._fields, _store(self)))
    def __getnewargs__(self):
        return _store(self)
    def __repr__(self):
        shown = ', '.join(f'{name}={value!r}' for name, value in zip(self._fields, _store(self)))
        return f'{type(self).__name__}({shown})'


class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self.extend(iterable)
    @property
    def maxlen(self):
        return self._maxlen
    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]
    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen:]
    def append(self, x):
        self._items.append(x)
        self._trim_left()
    def appendleft(self, x):
        self._items.insert(0, x)
        self._trim_right()
    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)
    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)
    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()
    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)
    def clear(self):
        self._items.clear()
    def copy(self):
        return type(self)(self._items, self._maxlen)
    __copy__ = copy
    def count(self, x):
        return self._items.count(x)
    def index(self, x, *args):
        try:
            return self._items.index(x, *args)
        except ValueError:
            raise ValueError(f'{x!r} is not in deque') from None
    def insert(self, i, x):
        if self._maxlen is not None and len(self._items) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._items.insert(i, x)
    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError(f'{value!r} is not in deque') from None
    def reverse(self):
        self._items.reverse()
    def rotate(self, n=1):
        size = len(self._items)
        if size:
            n = n % size
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]
    def _check_index(self, index):
        if not isinstance(index, int):
            raise TypeError(f'sequence index must be integer, not {type(index).__name__!r}')
        if not -len(self._items) <= index < len(self._items):
            raise IndexError('deque index out of range')
    def __getitem__(self, index):
        self._check_index(index)
        return self._items[index]
    def __setitem__(self, index, value):
        self._check_index(index)
        self._items[index] = value
    def __delitem__(self, index):
        self._check_index(index)
        del self._items[index]
    def __len__(self):
        return len(self._items)
    def __iter__(self):
        return iter(self._items)
    def __reversed__(self):
        return reversed(self._items)
    def __contains__(self, x):
        return x in self._items
    def __bool__(self):
        return bool(self._items)
    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items
    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items != other._items
    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items < other._items
    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items <= other._items
    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items > other._items
    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items >= other._items
    __hash__ = None
    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        return type(self)(self._items + other._items, self._maxlen)
    def __iadd__(self, other):
        self.extend(other)
        return self
    def __mul__(self, n):
        return type(self)(self._items * n, self._maxlen)
    def __repr__(self):
        if self._maxlen is None:
            return f'{type(self).__name__}({self._items!r})'
        return f'{type(self).__name__}({self._items!r}, maxlen={self._maxlen})'


class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]
    def __missing__(self, key):
        raise KeyError(key)
    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)
    def get(self, key, default=None):
        return self[key] if key in self else default
    def __len__(self):
        return len(set().union(*self.maps))
    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)
    def __contains__(self, key):
        return any(key in m for m in self.maps)
    def __bool__(self):
        return any(self.maps)
    def __repr__(self):
        return f'{type(self).__name__}({", ".join(map(repr, self.maps))})'
    def __eq__(self, other):
        return dict(self.items()) == (dict(other.items()) if hasattr(other, 'items') else other)
    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))
    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])
    __copy__ = copy
    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)
    @property
    def parents(self):
        return type(self)(*self.maps[1:])
    def __setitem__(self, key, value):
        self.maps[0][key] = value
    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}') from None
    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None
    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}') from None
    def clear(self):
        self.maps[0].clear()
    def keys(self):
        return list(self)
    def items(self):
        return [(k, self[k]) for k in self]
    def values(self):
        return [self[k] for k in self]
    def update(self, other=(), /, **kwds):
        self.maps[0].update(other, **kwds)
    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]
    def __or__(self, other):
        m = self.copy()
        m.maps[0].update(other)
        return m
`;
