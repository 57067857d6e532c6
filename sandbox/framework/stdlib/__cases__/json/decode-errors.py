import json
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\u00e9\\ud83d\\ude00\\n\\"\\/"}'))
print(json.loads('123456789012345678901234567890'), json.loads('-1.5e3'), json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads('[1, 2.5]', parse_int=float, parse_float=str))
print(json.loads('{"x": 1, "y": 2}', object_pairs_hook=list), json.loads('[NaN]', parse_constant=lambda c: c))
print(json.loads(b'{"bytes": true}'), json.loads('\t\n[ ]\r\n'))
d = json.JSONDecoder()
print(d.raw_decode('{"a": 1} trailing'), d.raw_decode('  [2]', 2), d.decode('"x"'))
bad = ['', ' ', '{', '{"a"', '{"a":}', '{"a": 1 "b": 2}', '[1,]', '[1 2]', '"abc', '"a\\x"', '"\\u12g4"', '"tab\there"',
       'tru', 'nul', '01', '1.', '-', '.5', '{"a": 1}}', "['x']", '{"a": 1,}', '[\n1,\n2,\n]', '"' + chr(0x1F600) + '" 1', '\ufeff[]']
for text in bad:
    try:
        json.loads(text)
        print('ok?', repr(text))
    except json.JSONDecodeError as e:
        print(repr(text), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"tab\there"', strict=False))
try:
    json.loads(42)
except TypeError as e:
    print('TypeError:', e)
err = json.JSONDecodeError('Boom', 'ab\ncd', 4)
print(err, err.args, isinstance(err, ValueError), type(err).__name__)
class In:
    def read(self):
        return '{"from": "file"}'
print(json.load(In()))
json.loads('[1, 2')
