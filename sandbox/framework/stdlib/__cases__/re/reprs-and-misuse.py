import re
print(re.match('.*', 'x' * 100))
print(re.compile('y' * 300))
print(re.compile('a', re.I | re.X | re.A), re.compile('a', re.U), re.compile('(?u)a'))
print(re.search('é', 'caf😀é'))
m = re.match('(?P<a>x)(y)?', 'x')
print(m.lastgroup, m.lastindex, m.regs, m.re, m.string, m.pos, m.endpos)
try:
    m.group('zz')
except IndexError as e:
    print(e)
try:
    re.compile('a', re.A | re.U)
except ValueError as e:
    print(e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print(e)
print(re.compile(re.compile('a')).pattern, re.sub('a', lambda m: '', 'aXa'), type(re.finditer('a', 'a')).__name__)
print(repr(re.escape('')), re.split('', 'ab'), re.split('(?=b)', 'abab'))
