from django import forms

from .models import Book, Category


class BookForm(forms.ModelForm):
    class Meta:
        model = Book
        fields = '__all__'
        labels = {'pages': 'Page count'}
        widgets = {'published': forms.DateInput(attrs={'type': 'date'}), 'notes': forms.Textarea(attrs={'rows': 2})}
        help_texts = {'slug': 'Letters, numbers and hyphens.'}


class ShortBookForm(forms.ModelForm):
    extra = forms.CharField(required=False)

    class Meta:
        model = Book
        exclude = ['notes', 'email', 'editor', 'pages', 'slug']


class CategoryForm(forms.ModelForm):
    class Meta:
        model = Category
        fields = ['name']
