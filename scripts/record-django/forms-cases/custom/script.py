import datetime
from decimal import Decimal
from home.forms import SignupForm, Plain, Child
print('=====')
f = SignupForm()
print(list(f.fields))
print(f)
print('--- table')
print(f.as_table())
print('--- bad')
f = SignupForm({'username': 'a b', 'password': 'short', 'website': 'not a url', 'code': 'spam', 'birthday': '31/31/2020', 'wake': '25:00', 'seen': 'now',
                'height': '3.5', 'price': '1234.567', 'score': '11', 'colours': 'r', 'size': '9', 'locked': 'changed'})
print(f.is_valid())
print(f.errors.as_text())
print(f)
print('--- hidden error')
print(SignupForm({'username': 'asha', 'password': 'longenough', 'code': 'ab', 'token': ''}).as_ul())
print('--- good')
q = {'username': 'asha_r', 'password': 'longenough', 'website': 'example.com', 'code': 'ab1', 'birthday': '2001-02-03', 'wake': '07:30', 'seen': '2024-05-06 07:08',
     'height': '1.75', 'price': '9.5', 'score': '4', 'colours': ['r', 'g'], 'size': '2', 'token': 'xyz', 'locked': 'changed'}
f = SignupForm(q)
print(f.is_valid(), f.errors)
for k, v in f.cleaned_data.items():
    print(k, repr(v))
print(f['colours'])
print(f['size'])
print(f['locked'])
print(f['password'])
print(f['height'])
print(f['score'])
print(f['price'])
print('--- initial values')
f = SignupForm(initial={'birthday': datetime.date(2000, 1, 2), 'seen': datetime.datetime(2020, 1, 2, 3, 4, 5, 678), 'price': Decimal('1.50'), 'wake': datetime.time(6, 5, 4, 3), 'colours': ['g']})
print(f['birthday'], f['seen'], f['price'], f['wake'], sep='\n')
print(f['colours'])
print('--- auto_id, label_suffix')
p = Plain(auto_id=False, label_suffix=' =')
print(p.as_p())
print(p['name'].label_tag(), p['email'].label_tag(attrs={'class': 'x'}))
p = Plain(auto_id='f_%s')
print(p['email'].label_tag(), p['email'].id_for_label, p['email'].auto_id)
print(p)
print(list(Child.base_fields), list(Child().fields))
print(repr(Plain()), repr(Plain({})))
p = Plain({'name': 'x', 'email': 'y@z.co'})
print(repr(p), p.is_valid(), repr(p))
try:
    p['nope']
except KeyError as e:
    print('KeyError', e)
try:
    p.add_error('nope', 'x')
except ValueError as e:
    print('ValueError', e)
