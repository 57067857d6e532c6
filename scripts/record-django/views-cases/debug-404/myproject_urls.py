from django.contrib import admin
from django.urls import include, path, re_path

from home import views

urlpatterns = [
    path('admin/', admin.site.urls),
    path('', views.index, name='index'),
    path('polls/', include('polls.urls')),
    re_path(r'^articles/(?P<year>[0-9]{4})/$', views.year, name='year'),
    path('q/<int:pk>/', views.question),
    path('gone/', views.gone, name='gone'),
    path('bare/', views.bare),
]
