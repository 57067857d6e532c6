/**
 * re's Python half: Pattern, Match, the module functions and re.error, written in Python so
 * their arguments, keywords, reprs and exceptions behave as CPython's do. The matching itself
 * is the natives' (_compile, _exec, _parse_template in engine.ts).
 */
export const RE_SOURCE = String.raw`
NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAG_NAMES = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'), (16, 'DOTALL'),
               (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'), (256, 'ASCII')]


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)



def _flags_repr(flags):
    names = []
    for bit, name in _FLAG_NAMES:
        if flags & bit:
            names.append('re.' + name)
            flags &= ~bit
    if flags:
        names.append(hex(flags))
    return '|'.join(names)


class Pattern:
    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def _search(self, string, pos, endpos, mode):
        found = _exec(self._code, string, pos, endpos, mode)
        if found is None:
            return None
        return _new_match(self, string, found)

    def match(self, string, pos=0, endpos=9223372036854775807):
        return self._search(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=9223372036854775807):
        return self._search(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=9223372036854775807):
        return self._search(string, pos, endpos, 0)

    def finditer(self, string, pos=0, endpos=9223372036854775807):
        return _callable_iterator(_scan_all(self._code, string, pos, endpos, 0)[0], lambda found: _new_match(self, string, found))

    def findall(self, string, pos=0, endpos=9223372036854775807):
        found = _scan_all(self._code, string, pos, endpos, 0)[0]
        if self.groups == 0:
            return [texts[0] for spans, texts, p, e in found]
        if self.groups == 1:
            return [texts[1] or '' for spans, texts, p, e in found]
        return [tuple([t or '' for t in texts[1:]]) for spans, texts, p, e in found]

    def split(self, string, maxsplit=0):
        found, gaps = _scan_all(self._code, string, 0, 9223372036854775807, maxsplit)
        out = [gaps[0]]
        for i, record in enumerate(found):
            out.extend(record[1][1:])
            out.append(gaps[i + 1])
        return out

    def _expander(self, repl):
        if callable(repl):
            return repl
        if not isinstance(repl, str):
            raise TypeError("expected str instance, %s found" % type(repl).__name__)
        if '\\' not in repl:
            return lambda m: repl
        items = _parse_template(repl, self.groups, self.groupindex)
        if type(items) is tuple:
            raise error(items[1], repl, items[2])

        def expand(m):
            texts = m._texts
            return ''.join([item if isinstance(item, str) else (texts[item] or '') for item in items])
        return expand

    def subn(self, repl, string, count=0):
        expand = self._expander(repl)
        found, gaps = _scan_all(self._code, string, 0, 9223372036854775807, count)
        pieces = [gaps[0]]
        for i, record in enumerate(found):
            piece = expand(_new_match(self, string, record))
            if not isinstance(piece, str):
                raise TypeError("expected str instance, %s found" % type(piece).__name__)
            pieces.append(piece)
            pieces.append(gaps[i + 1])
        return ''.join(pieces), len(found)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=9223372036854775807):
        raise NotImplementedError('Pattern.scanner() is not available in this sandbox')

    def __repr__(self):
        flags = _flags_repr(self.flags & ~UNICODE)
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return 're.compile(%s, %s)' % (text, flags)
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self




class Match:
    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return int(group)
        elif isinstance(group, str):
            if group in self.re.groupindex:
                return self.re.groupindex[group]
        raise IndexError('no such group')

    def _get(self, index, default=None):
        text = self._texts[index]
        return default if text is None else text

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple([self._get(self._index(g)) for g in groups])

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple([self._get(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        index = self._index(group)
        return (self._spans[2 * index], self._spans[2 * index + 1])

    @property
    def regs(self):
        return tuple([(self._spans[2 * i], self._spans[2 * i + 1]) for i in range(self.re.groups + 1)])

    @property
    def lastindex(self):
        best = None
        for i in range(1, self.re.groups + 1):
            start, end = self._spans[2 * i], self._spans[2 * i + 1]
            if start < 0:
                continue
            if best is None or end > best[0] or (end == best[0] and start > best[1]):
                best = (end, start, i)
        return None if best is None else best[2]

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == index:
                return name
        return None

    def expand(self, template):
        return self.re._expander(template)(self)

    def __bool__(self):
        return True

    def __repr__(self):
        text = repr(self.group(0))
        if len(text) > 50:
            text = text[:50]
        return '<re.Match object; span=(%d, %d), match=%s>' % (self._spans[0], self._spans[1], text)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self




def _new_match(pattern, string, found):
    m = _new_instance(Match)
    m.re = pattern
    m.string = string
    m._spans, m._texts, m.pos, m.endpos = found
    return m


_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, bool) or not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'int'" % type(flags).__name__)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    if key in _cache:
        return _cache[key]
    if flags & ASCII and flags & UNICODE:
        raise ValueError('ASCII and UNICODE flags are incompatible')
    result = _native_compile(pattern, flags)
    if result[0] is None:
        raise error(result[1], pattern, result[2])
    p = _new_instance(Pattern)
    p._code, p.groups, p.groupindex, p.flags = result
    p.pattern = pattern
    if len(_cache) >= 512:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


_SPECIAL = {c: '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c'}


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join([_SPECIAL.get(c, c) for c in pattern])
    raise TypeError("expected str instance, %s found" % type(pattern).__name__)


RegexFlag = int
`;
