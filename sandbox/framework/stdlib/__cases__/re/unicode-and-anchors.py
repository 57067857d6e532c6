import re
print(re.findall(r'\w+', 'naïve café 東京 x_1 ٣'), re.findall(r'\w+', 'naïve café', re.ASCII), re.findall(r'(?a)\w+', 'ñb'))
print(re.findall(r'\d', '1٣۴x'), re.findall(r'\s', 'a\u00a0b\u2003c\td'), re.findall(r'\S+', 'a\u3000b'))
print(re.findall(r'\bé\w*', 'été éclair'), re.sub(r'\B', '-', 'abc'), re.findall(r'\b\w', 'ça va'))
s = '😀a😀bc'
m = re.search('b', s)
print(m.span(), m.start(), s[m.start():m.end()], [x.span() for x in re.finditer('😀', s)], len(s))
print(re.sub('😀', 'X', s), re.split('a', s), re.findall('.', '😀é'), re.match('😀+', '😀😀x').end())
print(re.search(r'a$', 'a\n'), re.search(r'a\Z', 'a\n'), re.search(r'\Aa', 'ba'), re.findall(r'^\w', 'a\nb', re.M), re.findall('$', 'a\nb\n'))
print(re.findall('.', 'a\r\nb'), re.findall('(?s).', 'a\nb'), re.findall(r'[^a]', 'a\nb'))
print(re.search('STRASSE', 'straße', re.I), re.findall('[a-c]+', 'ABCabc', re.I), re.match('(?i:ab)c', 'ABc'), re.match('(?i:ab)c', 'ABC'))
print(re.findall(r'x{2}|y{,2}z|w{1,}', 'xxx yyz ww'), re.findall('a{,}', 'aa'), re.findall('a{}', 'a{}'), re.findall(r'\{', '{'))
print(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups(), re.match(r'(?:(a)|b)+', 'ba').groups(), re.match(r'(a)?(b)', 'b').lastindex)
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)a', 'aaa'), re.match(r'a++a', 'aaa'), re.match(r'a*+b', 'aab').group())
print(re.match(r'(?<=a)b', 'ab'), re.search(r'(?<=a)b', 'ab').span(), re.search(r'(?<!a)b', 'abcb').span(), re.search(r'x(?=y)', 'xzxy').span())
print(re.match(r'(\w)\1', 'aab'), re.match(r'(?P<c>\w)(?P=c)', 'aab').group(), re.sub(r'(a)(b)?', r'[\2]', 'a ab'))
print(re.match(r'\x41\u00e9\U0001F600\101\0', 'Aé😀A\x00'), re.findall(r'[\d\s,]+', '1, 2 x'), re.findall(r'[\W]', 'a-b c'), re.findall(r'[^\W\d]+', 'ab12cd'))
print(re.findall(r'[.^$*+?{}()|\\/-]', '.^$*+?{}()|\\/-'), re.findall(r'[]a]', ']a'), re.findall(r'[a-]', 'a-'), re.findall('[&&~~]', '&~'))
print(re.match('a.c', 'a\nc'), re.fullmatch('a|ab', 'ab'), re.match(r'\d+?', '123').group(), re.search(r'a{2,3}?', 'aaaa').group())
print(re.compile(r'(?P<first>\w+) (?P<last>\w+)').sub(r'\g<last>, \g<first>', 'Ada Lovelace'), re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2'))
print(re.findall(r'''(?x)
    \d+   # digits
    \s*   # optional space
    [a-z]+ # unit
''', '10 kg, 5m'), re.match(r'(?x) [ ] a', ' a'), re.match(r'(?x) \  a', ' a'))
m = re.match(r'(?P<y>\d{4})-(?P<m>\d\d)?', '2024-')
print(m.groups(), m.groups('?'), m.groupdict('none'), m.lastgroup, m.span('m'), m.start(2), bool(m), repr(re.match('', 'x')))
print(re.match(r'^articles/(?P<year>[0-9]{4})/$', 'articles/2003/').groupdict(), re.match(r'^(?P<slug>[-\w]+)/$', 'my-post_2/').group('slug'))
for p in [r'(?<=a+)b', r'(?<=ab|c)d', r'(?<=ab|cd)e', r'(?<!x{2})y', r'(?<=(a)\1)b', r'(?<=a{1,2})b', r'(?<=\d{3}-)\d']:
    try:
        print(repr(p), re.search(p, 'aab cde xy 555-1'))
    except re.error as e:
        print(repr(p), 're.error:', e, e.pos)
print(re.findall(r'(?s)a.*b', 'aab\nab'), re.findall(r'a.*b', 'aab\nab', re.S), re.findall(r'^\w', 'ab\ncd'), re.findall(r'\Ab|x\Z', 'ab\nx'))
print(re.findall(r'\B', ''), re.findall(r'\B', 'ab'), re.findall(r'\b', ''), re.sub(r'\B', '.', 'abc de'), re.search(r'^b', 'ab'))
print(re.findall(r'a*?', 'aab'), re.sub(r'b{,2}|x', '#', 'A.b\nxa'), re.findall(r'|a', 'a'), re.split(r'\s??', 'a b'), [m.span() for m in re.finditer(r'(?i:a){,2}|\.', 'A.b')])
