/**
 * Counter, OrderedDict and defaultdict in Python, over `_dictbase`: a dict-backed class
 * (TypeScript) whose `_store(self)` is the instance's own dict.
 */
export const DICT_BASE_SOURCE = String.raw`
_MISSING = object()

class _dictbase_impl:
    __hash__ = None
    def __getitem__(self, key):
        d = _store(self)
        if key in d:
            return d[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)
    def __setitem__(self, key, value):
        _store(self)[key] = value
    def __delitem__(self, key):
        del _store(self)[key]
    def __contains__(self, key):
        return key in _store(self)
    def __len__(self):
        return len(_store(self))
    def __iter__(self):
        return iter(_store(self))
    def __reversed__(self):
        return reversed(list(_store(self)))
    def __eq__(self, other):
        if isinstance(other, _dictbase):
            return _store(self) == _store(other)
        if isinstance(other, dict):
            return _store(self) == other
        return NotImplemented
    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq
    def __repr__(self):
        return repr(_store(self))
    def __or__(self, other):
        if not isinstance(other, (dict, _dictbase)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new
    def __ror__(self, other):
        if not isinstance(other, (dict, _dictbase)):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new
    def __ior__(self, other):
        self.update(other)
        return self
    def keys(self):
        return _store(self).keys()
    def values(self):
        return _store(self).values()
    def items(self):
        return _store(self).items()
    def get(self, key, default=None):
        return _store(self).get(key, default)
    def setdefault(self, key, default=None):
        return _store(self).setdefault(key, default)
    def pop(self, key, default=_MISSING):
        d = _store(self)
        if key in d:
            return d.pop(key)
        if default is _MISSING:
            raise KeyError(key)
        return default
    def popitem(self):
        d = _store(self)
        if not d:
            raise KeyError('popitem(): dictionary is empty')
        return d.popitem()
    def clear(self):
        _store(self).clear()
    def update(self, other=(), /, **kwds):
        d = _store(self)
        if isinstance(other, _dictbase):
            other = _store(other)
        d.update(other, **kwds)
    def copy(self):
        return self.__class__(self)
    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new

for _name, _value in _dictbase_impl.__dict__.items():
    if _name not in ('__module__', '__qualname__', '__doc__', '__dict__', '__weakref__'):
        setattr(_dictbase, _name, _value)


class defaultdict(_dictbase):
    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        _dictbase.update(self, *args, **kwds)
    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value
    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            shown = 'None'
        elif type(factory) is type:
            shown = repr(factory)
        else:
            shown = repr(factory)
        return f'{type(self).__name__}({shown}, {_store(self)!r})'
    def copy(self):
        return type(self)(self.default_factory, self)
    __copy__ = copy


class OrderedDict(_dictbase):
    def __repr__(self):
        if not self:
            return f'{type(self).__name__}()'
        return f'{type(self).__name__}({_store(self)!r})'
    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(_store(self).items()) == list(_store(other).items())
        return _dictbase.__eq__(self, other)
    def move_to_end(self, key, last=True):
        d = _store(self)
        if key not in d:
            raise KeyError(key)
        value = d.pop(key)
        if last:
            d[key] = value
        else:
            rest = list(d.items())
            d.clear()
            d[key] = value
            d.update(rest)
    def popitem(self, last=True):
        d = _store(self)
        if not d:
            raise KeyError('dictionary is empty')
        key = next(reversed(list(d))) if last else next(iter(d))
        return key, d.pop(key)


class Counter(_dictbase):
    def __init__(self, iterable=None, /, **kwds):
        self.update(iterable, **kwds)
    def __missing__(self, key):
        return 0
    def total(self):
        return sum(_store(self).values())
    def most_common(self, n=None):
        items = sorted(_store(self).items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:max(n, 0)]
    def elements(self):
        for elem, count in _store(self).items():
            for _ in range(count):
                yield elem
    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')
    def update(self, iterable=None, /, **kwds):
        d = _store(self)
        if iterable is not None:
            if isinstance(iterable, (dict, _dictbase)):
                for elem, count in iterable.items():
                    d[elem] = d.get(elem, 0) + count
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) + 1
        if kwds:
            self.update(kwds)
    def subtract(self, iterable=None, /, **kwds):
        d = _store(self)
        if iterable is not None:
            if isinstance(iterable, (dict, _dictbase)):
                for elem, count in iterable.items():
                    d[elem] = d.get(elem, 0) - count
            else:
                for elem in iterable:
                    d[elem] = d.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)
    def copy(self):
        return self.__class__(self)
    def __delitem__(self, elem):
        d = _store(self)
        if elem in d:
            del d[elem]
    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            shown = ', '.join(f'{k!r}: {v!r}' for k, v in self.most_common())
            return f'{self.__class__.__name__}({{{shown}}})'
        except TypeError:
            return f'{self.__class__.__name__}({_store(self)!r})'
    def __eq__(self, other):
        if isinstance(other, Counter):
            return all(self[e] == other[e] for c in (self, other) for e in c)
        return _dictbase.__eq__(self, other)
    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq
    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)
    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other
    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)
    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result
    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result
    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result
    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result
    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result
    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result
    def _keep_positive(self):
        d = _store(self)
        for elem in [e for e, c in d.items() if not c > 0]:
            del d[elem]
        return self
    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()
    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()
    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()
    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()
`;
