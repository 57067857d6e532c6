import json
print(json.dumps({'a': [1, 2.5, None, True], 'b': {'c': 'd'}}, indent=2, sort_keys=True))
print(json.dumps([1, 2], indent='--'), json.dumps({'a': 1}, separators=(',', '=')))
print(json.dumps('\u00e9' + chr(0x1F600) + '\x00\x1f\x7f"\\'), json.dumps('\u00e9' + chr(0x1F600) + '\n', ensure_ascii=False))
print(json.JSONEncoder.__module__, json.JSONDecoder.__module__, json.JSONDecodeError.__module__, json.dumps.__module__)
print(json.dumps({(1, 2): 3, 'ok': 1}, skipkeys=True), json.dumps({1.5: 'x', False: 'y', 10**20: 'z'}))
print(json.dumps([float('nan'), float('-inf'), 1e100, 1e-5, 123456789.123, -0.0, 2**64]))
for bad in [float('nan'), {'k': float('inf')}]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print('ValueError:', e)
class Money:
    def __init__(self, cents):
        self.cents = cents
class MoneyEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Money):
            return {'cents': o.cents}
        return super().default(o)
print(json.dumps({'price': Money(995)}, cls=MoneyEncoder), MoneyEncoder(indent=1).encode([Money(1)]))
print(json.dumps({'when': object}, default=lambda o: o.__name__))
try:
    json.dumps({'x': Money(1)})
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps({(1,): 2})
except TypeError as e:
    print('TypeError:', e)
loop = {'self': None}
loop['self'] = loop
try:
    json.dumps(loop)
except ValueError as e:
    print('ValueError:', e)
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
out = Out()
json.dump({'a': [1, 2]}, out)
print(''.join(out.parts))
e = json.JSONEncoder(sort_keys=True, separators=(',', ':'))
print(e.encode({'b': 1, 'a': 2}), e.item_separator, e.key_separator, json.JSONEncoder(indent=2).item_separator)
print(json.dumps({'a': 1, 'b': 2}, sort_keys=True, indent=0))
print(json.dumps({'b': 1, 3: 2}, sort_keys=True))
