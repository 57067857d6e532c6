from django.urls import path
from django.views.generic import RedirectView, TemplateView

from . import views

urlpatterns = [
    path('', views.HomeView.as_view(), name='home'),
    path('ping/', views.PingView.as_view(greeting='hello')),
    path('ping/<int:n>/', views.PingView.as_view()),
    path('post/new/', views.post_new, name='post_new'),
    path('post/<int:pk>/edit/', views.PostEditView.as_view(), name='post_edit'),
    path('contact/', views.ContactView.as_view()),
    path('thanks/', TemplateView.as_view(template_name='home/thanks.html')),
    path('old/', RedirectView.as_view(url='/ping/')),
    path('old/<int:n>/', RedirectView.as_view(url='/ping/%(n)s/', permanent=True, query_string=True)),
    path('by-name/', RedirectView.as_view(pattern_name='post_new')),
    path('gone/', RedirectView.as_view()),
]
