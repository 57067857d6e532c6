from django.urls import path

from home import views

app_name = 'polls'
urlpatterns = [
    path('', views.index, name='index'),
    path('<int:question_id>/', views.question, name='detail'),
    path('<int:question_id>/results/', views.question, name='results'),
]
