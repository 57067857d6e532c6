import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinLengthValidator, MaxValueValidator


def no_spam(value):
    if 'spam' in value.lower():
        raise ValidationError('No spam, please.', code='spam')


class UpperField(forms.CharField):
    def clean(self, value):
        value = super().clean(value)
        return value.upper()


class DateInput(forms.DateInput):
    input_type = 'date'


class SignupForm(forms.Form):
    required_css_class = 'required'
    error_css_class = 'error'
    username = forms.SlugField(max_length=30, validators=[MinLengthValidator(3)])
    password = forms.CharField(widget=forms.PasswordInput, min_length=8)
    website = forms.URLField(required=False)
    code = UpperField(max_length=5, validators=[no_spam], label='Invite code?')
    birthday = forms.DateField(widget=DateInput, required=False)
    wake = forms.TimeField(required=False)
    seen = forms.DateTimeField(required=False)
    height = forms.FloatField(required=False, max_value=3)
    price = forms.DecimalField(max_digits=5, decimal_places=2, required=False, min_value=0)
    score = forms.IntegerField(required=False, validators=[MaxValueValidator(10)], step_size=2)
    colours = forms.MultipleChoiceField(choices=[('r', 'Red'), ('g', 'Green')], required=False)
    size = forms.TypedChoiceField(choices=[('', 'Pick one'), ('1', 'Small'), ('2', 'Big')], coerce=int, required=False)
    token = forms.CharField(widget=forms.HiddenInput, initial='abc')
    locked = forms.CharField(disabled=True, initial='fixed', required=False)

    field_order = ['code', 'username']

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields['username'].widget.attrs.update({'class': 'input', 'placeholder': 'you'})
        self.fields['website'].help_text = 'With <b>https</b>'


class Plain(forms.Form):
    name = forms.CharField()
    email = forms.EmailField(label='E-mail')


class Child(Plain):
    age = forms.IntegerField()
    email = None
