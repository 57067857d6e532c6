from django.views import View
from django.views.generic import TemplateView, RedirectView
from home.views import Secret, OwnLogin, Page, Broken
print('=====')


class User:
    def __init__(self, name, ok):
        self.name, self.is_authenticated = name, ok

    def __str__(self):
        return self.name


class Request:
    def __init__(self, path, user, method='GET', query=''):
        self.path, self.user, self.method = path, user, method
        self.META = {'QUERY_STRING': query}
        self.query = query

    def get_full_path(self):
        return self.path + ('?' + self.query if self.query else '')

    def build_absolute_uri(self):
        return 'http://127.0.0.1:8000' + self.get_full_path()


def show(response):
    body = response.content
    print(response.status_code, response.get('Location'), response.get('Allow'), body if isinstance(body, str) else body.decode())


show(Secret.as_view()(Request('/secret/', User('anon', False))))
show(Secret.as_view()(Request('/secret/page/', User('anon', False), query='x=1&y=a b')))
show(Secret.as_view()(Request('/secret/', User('asha', True))))
show(OwnLogin.as_view()(Request('/own/', User('anon', False))))
show(Secret.as_view()(Request('/secret/', User('asha', True), method='PATCH')))
view = Page.as_view(template_name='other.html')
print(view.view_class.__name__, view.view_initkwargs, view.__name__)
p = Page()
p.setup(Request('/p/', None), 1, k=2)
print(p.args, p.kwargs, p.request.path)
ctx = p.get_context_data(c=3)
print(sorted(k for k in ctx), ctx['view'] is p, ctx['a'], ctx['b'], ctx['c'])
print(p.get_template_names())
print(list(TemplateView().get_context_data()))
for kwargs in [{'get': 1}, {'nope': 1}, {'post': 2}]:
    try:
        Page.as_view(**kwargs)
    except TypeError as e:
        print('TypeError:', e)
try:
    Page().as_view()
except AttributeError as e:
    print('AttributeError:', e)
try:
    Broken.as_view()(Request('/b/', None))
except AttributeError as e:
    print('AttributeError:', e)
try:
    TemplateView().get_template_names()
except Exception as e:
    print(type(e).__name__ + ':', e)
print(View.http_method_names)
v = View()
print(v._allowed_methods())
r = RedirectView(url='/to/%(slug)s/', query_string=True)
r.setup(Request('/from/', None, query='q=1'))
print(r.get_redirect_url(slug='x'))
print(RedirectView().permanent, RedirectView.url, RedirectView.pattern_name)
