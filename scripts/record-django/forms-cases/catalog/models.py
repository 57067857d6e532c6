from django.db import models


class Category(models.Model):
    name = models.CharField(max_length=50, unique=True)

    def __str__(self):
        return self.name


class Book(models.Model):
    GENRES = [('fic', 'Fiction'), ('sci', 'Science'), ('his', 'History')]
    title = models.CharField(max_length=100, unique=True, help_text='The full title.')
    genre = models.CharField(max_length=3, choices=GENRES)
    rating = models.IntegerField(choices=[(1, 'Poor'), (2, 'Fair'), (3, 'Good')], default=2)
    category = models.ForeignKey(Category, on_delete=models.CASCADE)
    editor = models.ForeignKey(Category, on_delete=models.SET_NULL, null=True, blank=True, related_name='edited', verbose_name='editing desk')
    published = models.DateField()
    in_stock = models.BooleanField(default=True)
    price = models.DecimalField(max_digits=6, decimal_places=2)
    pages = models.PositiveIntegerField(blank=True, null=True)
    email = models.EmailField(blank=True)
    slug = models.SlugField()
    notes = models.TextField(blank=True)
    added = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.title
