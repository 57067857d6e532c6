from django.core.exceptions import FieldError, ImproperlyConfigured
from django import forms
from home.forms import BookForm, ShortBookForm, CategoryForm
from home.models import Book, Category
print('=====')
fiction = Category.objects.create(name='Novels')
Category.objects.create(name='Papers')
form = BookForm()
print(list(form.fields))
for f in form:
    print(f.name, type(f.field).__name__, type(f.field.widget).__name__, f.field.required, repr(f.label), repr(f.initial))
print(form)
print('--- short')
print(list(ShortBookForm.base_fields))
print(ShortBookForm().as_ul())
print('--- errors')
data = {'title': 'Dune', 'genre': 'xyz', 'rating': '9', 'category': '99', 'published': 'yesterday', 'price': '12345.678', 'pages': '-3', 'email': 'bad', 'slug': 'not a slug'}
form = BookForm(data)
print(form.is_valid())
print(form.errors.as_text())
print(form)
print('--- valid')
data = {'title': 'Dune', 'genre': 'fic', 'rating': '3', 'category': str(fiction.pk), 'published': '1965-08-01', 'in_stock': 'on', 'price': '9.99', 'slug': 'dune'}
form = BookForm(data)
print(form.is_valid(), form.errors)
print(sorted((k, repr(v)) for k, v in form.cleaned_data.items()))
book = form.save()
print(book.pk, book.category.name, book.editor, book.published, book.price, book.rating, book.in_stock, book.pages)
print('--- unique')
form = BookForm(data)
print(form.is_valid(), form.errors.as_json())
print(form['title'])
print(form['title'].errors)
form = CategoryForm({'name': 'Novels'})
print(form.is_valid(), form.errors.as_text())
print('--- edit')
form = BookForm(instance=book)
print(form['category'].value(), form['published'].value(), form['price'].value())
print(form['category'])
print(form['genre'])
print(form['published'])
form = BookForm(dict(data, title='Dune', price='10.50'), instance=book)
print(form.is_valid(), form.changed_data)
form.save()
print(Book.objects.get(pk=book.pk).price)
print('--- meta errors')
try:
    class NoFields(forms.ModelForm):
        class Meta:
            model = Book
except ImproperlyConfigured as e:
    print('ImproperlyConfigured:', e)
try:
    class Unknown(forms.ModelForm):
        class Meta:
            model = Book
            fields = ['title', 'colour']
except FieldError as e:
    print('FieldError:', e)
try:
    class NotEditable(forms.ModelForm):
        class Meta:
            model = Book
            fields = ['title', 'added']
except FieldError as e:
    print('FieldError:', e)
try:
    class Stringy(forms.ModelForm):
        class Meta:
            model = Book
            fields = 'title'
except TypeError as e:
    print('TypeError:', e)
