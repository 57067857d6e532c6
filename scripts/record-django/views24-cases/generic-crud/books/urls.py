from django.urls import path

from . import views

app_name = "books"
urlpatterns = [
    path("", views.BookListView.as_view(), name="list"),
    path("long/", views.LongBookListView.as_view(), name="long"),
    path("<int:pk>/", views.BookDetailView.as_view(), name="detail"),
    path("by-slug/<slug:slug>/", views.BookDetailView.as_view(), name="by-slug"),
    path("new/", views.BookCreateView.as_view(), name="create"),
    path("<int:pk>/edit/", views.BookUpdateView.as_view(), name="update"),
    path("<int:pk>/delete/", views.BookDeleteView.as_view(), name="delete"),
    path("shelves/", views.ShelfListView.as_view(), name="shelves"),
    path("empty/", views.EmptyShelves.as_view(), name="empty"),
]
