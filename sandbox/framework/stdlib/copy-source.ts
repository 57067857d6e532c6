/** Python's copy module: shallow and deep copies, with memo, cycles and the __copy__/__deepcopy__ hooks. */
export const COPY_SOURCE = String.raw`
class Error(Exception):
    pass
error = Error

_atomic = (type(None), int, float, bool, str, bytes, type, range, type(len), type(Ellipsis), type(NotImplemented))

def _is_atomic(x):
    return isinstance(x, _atomic) or callable(x) and not hasattr(x, '__dict__') and not isinstance(x, (list, dict, set))

def copy(x):
    cls = type(x)
    if isinstance(x, (list, dict, set, bytearray)) and cls in (list, dict, set, bytearray):
        return x.copy()
    if cls in (tuple, frozenset) or isinstance(x, _atomic):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, (list, dict, set)):
        return x.copy()
    if callable(x) and not hasattr(cls, '__call__'):
        return x
    return _reconstruct(x, None, False)

def _reconstruct(x, memo, deep):
    cls = type(x)
    y = _blank(x)
    if y is None:
        raise Error(f'un(shallow)copyable object of type {cls}')
    if memo is not None:
        memo[id(x)] = y
    if isinstance(x, dict):
        for key, value in x.items():
            y[deepcopy(key, memo) if deep else key] = deepcopy(value, memo) if deep else value
    elif isinstance(x, tuple) and deep:
        y = cls._make(deepcopy(list(x), memo)) if hasattr(cls, '_make') else y
    state = getattr(x, '__dict__', None)
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    return y

def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if isinstance(x, _atomic) and cls not in (list, dict, set):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(i is j for i, j in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        elif callable(x) and not hasattr(x, '__dict__'):
            y = x
        elif hasattr(cls, '__copy__') and not hasattr(x, '__dict__'):
            y = cls.__copy__(x)
        else:
            y = _reconstruct(x, memo, True)
    if y is not x:
        memo[d] = y
    return y

def replace(obj, /, **changes):
    func = getattr(type(obj), '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {type(obj).__name__} objects")
    return func(obj, **changes)
`;
