import re
p = re.compile(r'(?P<key>\w+)=(?P<value>[^;]*)', re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile('a'), re.compile('a', re.M | re.S), re.compile('a', re.A).flags, re.compile('(?i)x').flags)
m = p.search('  name=Ana; age=30')
print(m, m.group(), m.group('key', 2), m['value'], m.span('value'), m.start(), m.end(1), m.pos, m.endpos)
print(m.groupdict(), m.lastindex, m.lastgroup, m.re is p, m.string, m.expand(r'\g<value> is \1'), m.regs)
print([mm.groupdict() for mm in p.finditer('a=1;b=2;c=')])
print(p.findall('a=1;b=2'), p.sub(r'\g<value>:\g<key>', 'a=1;b=2'), p.subn(lambda m: m['key'].upper(), 'a=1;b=2'))
print(p.match('x=1', 2), p.match('abc=1', 1), p.search('abc=1;d=2', 0, 5), p.fullmatch('k=v'), p.fullmatch('k=v;', 0, 3))
print(re.split(r'(,)|;', 'a,b;c'), re.split(r'\s*', 'a b  c'), re.split('x*', 'axbc'), re.split(r'\b', 'hi there'))
print(re.findall(r'\d*', 'a12b'), re.sub('x*', '-', 'abxd'), re.findall(r'(a)|(b)', 'ab'), re.findall('', 'ab'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, big cat', count=1), re.sub('a', r'\n\t\\', 'xa'))
print(re.escape('https://example.com/a_b?q=1&r=[2]'), re.escape('tab\there'), re.escape('é-ü'))
for bad in ['(unclosed', 'a)', '*a', 'a**', '[a', '[z-a]', r'\q', '(?P<1>a)', '(?P<a>x)(?P<a>y)', '(?P=zz)', 'a{3,2}',
            r'\2(a)', '(?z)', 'a(?i)b', '(?<x>a)', '(?P<>a)', '(?P<a', '(?i', '(?-i)', 'x\n(y', '^*', r'\b+', 'a++b', '(?#x']:
    try:
        re.compile(bad)
        print('compiled', repr(bad))
    except re.error as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
for template in [r'\g<x>', r'\3', r'\g', r'\g<1', r'\q']:
    try:
        re.sub('(a)', template, 'a')
    except (re.error, IndexError) as e:
        print(repr(template), type(e).__name__, e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError:', e)
try:
    m.group(5)
except IndexError as e:
    print('IndexError:', e)
print(re.compile(r'\d+') == re.compile(r'\d+'), re.purge(), re.I == 2, re.IGNORECASE == re.I, re.M | re.S == 24, hasattr(re, 'PatternError'))
print(re.compile('(?x) a b # comment\n c').match('abc'), bool(re.match('(?s).', '\n')), re.search('(?m)^b$', 'a\nb\nc').span())
re.compile('(?P<name>a')
