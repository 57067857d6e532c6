/** Python's itertools, lazy as CPython's: every tool takes one item at a time from its input. */
export const ITERTOOLS_SOURCE = String.raw`
class count:
    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)) and not hasattr(v, '__add__'):
                raise TypeError('a number is required')
        self._n = start
        self._step = step
    def __iter__(self):
        return self
    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n
    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f'count({self._n!r})'
        return f'count({self._n!r}, {self._step!r})'

class repeat:
    def __init__(self, object, times=None):
        self._object = object
        self._times = None if times is None else max(times, 0)
    def __iter__(self):
        return self
    def __next__(self):
        if self._times is not None:
            if self._times <= 0:
                raise StopIteration
            self._times -= 1
        return self._object
    def __length_hint__(self):
        return self._times
    def __repr__(self):
        if self._times is None:
            return f'repeat({self._object!r})'
        return f'repeat({self._object!r}, {self._times})'

class _lazy:
    def __init__(self, gen):
        self._gen = gen
    def __iter__(self):
        return self
    def __next__(self):
        return next(self._gen)

def _cycle(saved, it):
    for element in it:
        yield element
        saved.append(element)
    while saved:
        for element in saved:
            yield element
class cycle(_lazy):
    def __init__(self, iterable):
        _lazy.__init__(self, _cycle([], iter(iterable)))

def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element
class chain(_lazy):
    def __init__(self, *iterables):
        _lazy.__init__(self, _chain(iterables))
    @classmethod
    def from_iterable(cls, iterable):
        obj = cls()
        obj._gen = _chain(iterable)
        return obj

def _islice(it, start, stop, step):
    i = 0
    nexti = start
    while stop is None or i < stop:
        try:
            element = next(it)
        except StopIteration:
            return
        if i == nexti:
            yield element
            nexti += step
        i += 1
class islice(_lazy):
    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}' if args else 'islice expected at least 2 arguments, got 1')
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop, step = (tuple(args) + (None,))[:3]
        start = 0 if start is None else start
        step = 1 if step is None else step
        if len(args) == 1 and stop is not None and (not isinstance(stop, int) or stop < 0):
            raise ValueError('Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        for v in (start, stop):
            if v is not None and (not isinstance(v, int) or v < 0):
                raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
        if not isinstance(step, int) or step <= 0:
            raise ValueError('Step for islice() must be a positive integer or None.')
        _lazy.__init__(self, _islice(iter(iterable), start, stop, step))

def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total
class accumulate(_lazy):
    def __init__(self, iterable, func=None, *, initial=None):
        _lazy.__init__(self, _accumulate(iter(iterable), func, initial))

def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d
class compress(_lazy):
    def __init__(self, data, selectors):
        _lazy.__init__(self, _compress(iter(data), iter(selectors)))

def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x
class dropwhile(_lazy):
    def __init__(self, predicate, iterable):
        _lazy.__init__(self, _dropwhile(predicate, iter(iterable)))

def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break
class takewhile(_lazy):
    def __init__(self, predicate, iterable):
        _lazy.__init__(self, _takewhile(predicate, iter(iterable)))

def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x
class filterfalse(_lazy):
    def __init__(self, function, iterable):
        _lazy.__init__(self, _filterfalse(function, iter(iterable)))

def _starmap(function, it):
    for args in it:
        yield function(*args)
class starmap(_lazy):
    def __init__(self, function, iterable):
        _lazy.__init__(self, _starmap(function, iter(iterable)))

def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)
class zip_longest(_lazy):
    def __init__(self, *iterables, fillvalue=None):
        _lazy.__init__(self, _zip_longest([iter(it) for it in iterables], fillvalue))

def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b
class pairwise(_lazy):
    def __init__(self, iterable):
        _lazy.__init__(self, _pairwise(iter(iterable)))

def _batched(it, n):
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch
class batched(_lazy):
    def __init__(self, iterable, n):
        if n < 1:
            raise ValueError('n must be at least one')
        _lazy.__init__(self, _batched(iter(iterable), n))

def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)
class product(_lazy):
    def __init__(self, *iterables, repeat=1):
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        _lazy.__init__(self, _product(pools))

def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return
class permutations(_lazy):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else r
        if r < 0:
            raise ValueError('r must be non-negative')
        _lazy.__init__(self, _permutations(pool, r))

def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)
class combinations(_lazy):
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        _lazy.__init__(self, _combinations(tuple(iterable), r))

def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
class combinations_with_replacement(_lazy):
    def __init__(self, iterable, r):
        if r < 0:
            raise ValueError('r must be non-negative')
        _lazy.__init__(self, _cwr(tuple(iterable), r))

class groupby:
    def __init__(self, iterable, key=None):
        self._keyfunc = key if key is not None else (lambda x: x)
        self._it = iter(iterable)
        self._exhausted = False
        self._tgtkey = self._currkey = self._currvalue = _sentinel
        self._id = object()
    def __iter__(self):
        return self
    def __next__(self):
        self._id = object()
        while self._currkey is _sentinel or self._currkey == self._tgtkey:
            self._step()
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._id))
    def _step(self):
        self._currvalue = next(self._it)
        self._currkey = self._keyfunc(self._currvalue)

class _grouper:
    def __init__(self, parent, tgtkey, id):
        self._parent = parent
        self._tgtkey = tgtkey
        self._id = id
    def __iter__(self):
        return self
    def __next__(self):
        parent = self._parent
        if parent._id is not self._id:
            raise StopIteration
        if parent._currvalue is _sentinel:
            try:
                parent._step()
            except StopIteration:
                parent._id = None
                raise
        if parent._currkey != self._tgtkey:
            raise StopIteration
        value = parent._currvalue
        parent._currvalue = _sentinel
        return value

_sentinel = object()

class _tee_link:
    def __init__(self):
        self.value = None
        self.next = None

class _tee:
    def __init__(self, it, link):
        self._it = it
        self._link = link
    def __iter__(self):
        return self
    def __next__(self):
        link = self._link
        if link.next is None:
            link.value = next(self._it)
            link.next = _tee_link()
        self._link = link.next
        return link.value
    def __copy__(self):
        return _tee(self._it, self._link)

def tee(iterable, n=2):
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    link = _tee_link()
    return tuple(_tee(it, link) for _ in range(n))
`;
