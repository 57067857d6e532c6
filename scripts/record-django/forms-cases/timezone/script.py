import datetime
from django import forms
print('=====')


class When(forms.Form):
    at = forms.DateTimeField()
    day = forms.DateField(required=False)


utc = datetime.timezone.utc
f = When(initial={'at': datetime.datetime(2024, 1, 1, 12, 0, 30, 999, tzinfo=utc), 'day': datetime.date(2024, 2, 3)})
print(f['at'])
print(f['day'])
print(repr(f['at'].value()))
f = When({'at': '2024-01-01 10:00', 'day': '02/03/2024'})
print(f.is_valid())
print(f.cleaned_data['at'].isoformat(), f.cleaned_data['day'])
print(f['at'])
f = When({'at': '2024-01-01T10:00:00+00:00'})
print(f.is_valid(), f.cleaned_data['at'].isoformat())
f = When({'at': 'Jan 5 2024'})
print(f.is_valid(), f.cleaned_data['at'].isoformat())
f = When({'at': 'tomorrow', 'day': '2024-13-01'})
print(f.is_valid(), f.errors.as_text())
