from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponse
from django.views import View
from django.views.generic import TemplateView


class Secret(LoginRequiredMixin, View):
    def get(self, request, *args, **kwargs):
        return HttpResponse(f'secret for {request.user}')


class OwnLogin(LoginRequiredMixin, View):
    login_url = '/signin/'
    redirect_field_name = 'then'

    def get(self, request):
        return HttpResponse('ok')


class Page(TemplateView):
    template_name = 'page.html'
    extra_context = {'a': 1}

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx['b'] = 2
        return ctx


class Broken(View):
    def setup(self, request, *args, **kwargs):
        pass

    def get(self, request):
        return HttpResponse('never')
