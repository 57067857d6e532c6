from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views import View
from django.views.generic import FormView, RedirectView, TemplateView

from .forms import ContactForm, PostForm
from .models import Post


class HomeView(TemplateView):
    template_name = 'home/home.html'
    extra_context = {'title': 'Welcome'}

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx['posts'] = Post.objects.all()
        return ctx


class PingView(View):
    greeting = 'pong'

    def get(self, request, *args, **kwargs):
        return HttpResponse(f'{self.greeting} {kwargs}')


def post_new(request):
    if request.method == "POST":
        form = PostForm(request.POST)
        if form.is_valid():
            post = form.save(commit=False)
            post.save()
            return redirect('home')
    else:
        form = PostForm()
    return render(request, 'home/post_edit.html', {'form': form})


class PostEditView(View):
    def get(self, request, pk):
        post = Post.objects.get(pk=pk)
        return render(request, 'home/post_edit.html', {'form': PostForm(instance=post)})

    def post(self, request, pk):
        post = Post.objects.get(pk=pk)
        form = PostForm(request.POST, instance=post)
        if form.is_valid():
            form.save()
            return redirect('home')
        return render(request, 'home/post_edit.html', {'form': form})


class ContactView(FormView):
    template_name = 'home/contact.html'
    form_class = ContactForm
    success_url = '/thanks/'
