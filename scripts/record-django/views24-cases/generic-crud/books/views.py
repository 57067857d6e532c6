from django.urls import reverse_lazy
from django.views.generic import CreateView, DeleteView, DetailView, ListView, UpdateView

from .models import Book, Shelf


class BookListView(ListView):
    model = Book
    paginate_by = 2


class LongBookListView(ListView):
    queryset = Book.objects.filter(pages__gt=150)
    context_object_name = "long_books"
    template_name = "books/long.html"
    ordering = "-pages"


class BookDetailView(DetailView):
    model = Book


class BookCreateView(CreateView):
    model = Book
    fields = ["title", "slug", "pages"]


class BookUpdateView(UpdateView):
    model = Book
    fields = ["title", "pages"]
    success_url = reverse_lazy("books:list")


class BookDeleteView(DeleteView):
    model = Book
    success_url = reverse_lazy("books:list")


class ShelfListView(ListView):
    model = Shelf


class EmptyShelves(ListView):
    model = Shelf
    allow_empty = False
    template_name = "books/long.html"
