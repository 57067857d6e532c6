import string
t = string.Template('$who likes $what, ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'), t.template)
print(t.safe_substitute({'who': 'ana'}), t.get_identifiers(), t.is_valid())
print(string.Template('$x $y').substitute({'x': 1}, y=2))
for bad in ['$', 'a $1', 'line\n  ${ok} $!']:
    try:
        string.Template(bad).substitute(ok=1)
    except ValueError as e:
        print('ValueError:', e)
print(string.Template('cost: $').safe_substitute(), string.Template('$!').is_valid())
class Percent(string.Template):
    delimiter = '%'
print(Percent('%name is %age').substitute(name='Bo', age=7))
class Dotted(string.Template):
    idpattern = r'[a-z]+(?:\.[a-z]+)*'
print(Dotted('$user.name!').substitute({'user.name': 'Cy'}))
f = string.Formatter()
print(f.format('{} + {} = {total:>5}', 1, 2, total=3), f.format('{0!r:>8}|{name.__class__.__name__}', 'x', name='abc'))
print(f.format('{a[0]}-{a[1]}-{b[k]}', a=[7, 8], b={'k': 'v'}), f.format('{{literal}} {0:{1}}', 3.14159, '.2f'))
print(list(f.parse('a{0}b{x!r:>3}c{{')))
try:
    f.format('{} {0}', 1)
except ValueError as e:
    print('ValueError:', e)
print(string.capwords(' the  quick brown '), string.capwords('a_b_c', '_'))
print(len(string.ascii_letters), string.whitespace == ' \t\n\r\x0b\x0c', string.printable[-6:] == string.whitespace)
print(Percent('%x').pattern.pattern == string.Template.pattern.pattern, string.Template.pattern.flags & 2 != 0)
class Braces(string.Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))'
print(Braces('@a @{b} @@').substitute(a=1, b=2))
t2 = string.Template('$missing')
t2.substitute()
