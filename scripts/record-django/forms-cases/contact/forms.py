from django import forms
from django.core.exceptions import ValidationError


class ContactForm(forms.Form):
    name = forms.CharField(max_length=100)
    email = forms.EmailField(help_text='We never share it.')
    subject = forms.ChoiceField(choices=[('hello', 'Say hello'), ('bug', 'Report a bug')])
    message = forms.CharField(widget=forms.Textarea(attrs={'rows': 3}))
    age = forms.IntegerField(required=False, min_value=0)
    cc_myself = forms.BooleanField(required=False, label='Send me a copy')

    def clean_name(self):
        name = self.cleaned_data['name']
        if name.lower() == 'admin':
            raise ValidationError('%(value)s is reserved.', code='reserved', params={'value': name})
        return name.title()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get('subject') == 'bug' and not cleaned.get('message', '').strip().endswith('.'):
            raise ValidationError('Describe the bug in a full sentence.')
        return cleaned
