from django import forms

from .models import Post


class PostForm(forms.ModelForm):

    class Meta:
        model = Post
        fields = ('title', 'text',)


class ContactForm(forms.Form):
    name = forms.CharField(max_length=20)
    email = forms.EmailField()
