from django import forms

from .models import Task


class TaskForm(forms.ModelForm):
    class Meta:
        model = Task
        fields = '__all__'


class Snippet(forms.Form):
    template_name = 'home/form_snippet.html'
    name = forms.CharField()
    secret = forms.CharField(widget=forms.HiddenInput)
