from django import forms
print('=====')
attempts = [
    lambda: forms.CharField(max_lenght=100),
    lambda: forms.CharField(100),
    lambda: forms.EmailField(requird=False),
    lambda: forms.Textarea(attr={'rows': 3}),
    lambda: forms.ChoiceField(choices=[('a', 'A')], label='x', widget=forms.Select, foo=1),
    lambda: forms.ModelChoiceField(),
    lambda: forms.IntegerField(min=0),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print('TypeError:', e)


class MyField(forms.CharField):
    pass


try:
    MyField(1)
except TypeError as e:
    print('TypeError:', e)


class ContactForm(forms.Form):
    name = forms.CharField()


f = ContactForm({'name': 'x'})
try:
    f.cleaned_data
except AttributeError:
    print('AttributeError before is_valid()')
try:
    f.errors['name']
except KeyError as e:
    print('KeyError:', e)
print(f.is_valid(), f.cleaned_data)
try:
    f.add_error('name', forms.ValidationError({'name': 'x'}))
except TypeError as e:
    print('TypeError:', e)
e = forms.ValidationError({'name': ['bad'], 'age': 'worse'})
print(e.message_dict, e.messages, repr(e), str(e))
e = forms.ValidationError(['a', forms.ValidationError('b %(x)s', params={'x': 1}, code='c')])
print(e.messages, repr(e), [x.code for x in e.error_list])
try:
    e.message_dict
except AttributeError as err:
    print('AttributeError:', err)
e = forms.ValidationError('plain', code='p')
print(e.message, e.code, e.params, e.messages, list(e), str(e), repr(e), e.args)
f.add_error(None, {'name': ['via dict']}) if False else None
g = ContactForm({'name': ''})
g.is_valid()
g.add_error(None, forms.ValidationError({'name': 'again'}))
print(g.errors.as_json())
