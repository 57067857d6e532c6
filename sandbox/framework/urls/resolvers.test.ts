import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { makeProject, request } from '../core/handlers/project.testkit';
import { openProject } from '../program';
import { PyException } from '../python';
import { resolve, rootResolver, ResolverError } from './resolvers';

const VIEWS = `from django.http import HttpResponse, JsonResponse

def show(request, *args, **kwargs):
    return JsonResponse({'args': list(args), 'kwargs': kwargs})
`;

const HOME_URLS = `from django.urls import path, re_path
from . import views

app_name = 'home'
urlpatterns = [
    path('', views.show, name='index'),
    path('student/<int:pk>/', views.show, name='detail'),
    path('tag/<slug:slug>/', views.show, name='tag'),
    path('file/<path:p>', views.show, name='file'),
    path('by/<str:name>/', views.show, name='by'),
    path('u/<uuid:u>/', views.show, name='uuid'),
    re_path(r'^year/(?P<year>[0-9]{4})/$', views.show, name='year'),
    re_path(r'^pos/([0-9]+)/$', views.show, name='pos'),
]
`;

const ROOT_URLS = `from django.contrib import admin
from django.urls import include, path
from home import views

extra = [path('ping/', views.show, name='ping')]

urlpatterns = [
    path('admin/', admin.site.urls),
    path('', include('home.urls')),
    path('again/', include('home.urls', namespace='again')),
    path('api/', include((extra, 'api'))),
    path('flat/', include(extra)),
]
`;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(path.dirname(d), { recursive: true, force: true })));

function project() {
  const dir = makeProject({ 'home/views.py': VIEWS, 'home/urls.py': HOME_URLS, 'myproject/urls.py': ROOT_URLS });
  dirs.push(dir);
  return dir;
}

describe('the URL resolver', () => {
  const dir = project();
  const json = (url: string) => {
    const r = request(dir, url);
    expect(r.status, r.body.slice(0, 300)).toBe(200);
    return JSON.parse(r.body) as { args: unknown[]; kwargs: Record<string, unknown> };
  };

  it('converts path() parameters with their converters', () => {
    expect(json('/student/7/').kwargs).toEqual({ pk: 7 });
    expect(json('/tag/my-slug_1/').kwargs).toEqual({ slug: 'my-slug_1' });
    expect(json('/file/a/b/c.txt').kwargs).toEqual({ p: 'a/b/c.txt' });
    expect(json('/by/Asha/').kwargs).toEqual({ name: 'Asha' });
    expect(json('/u/12345678-1234-1234-1234-1234567890ab/').kwargs).toEqual({ u: '12345678-1234-1234-1234-1234567890ab' });
  });

  it('passes re_path() named groups as strings and unnamed ones positionally', () => {
    expect(json('/year/2024/').kwargs).toEqual({ year: '2024' });
    expect(json('/pos/12/').args).toEqual(['12']);
  });

  it('does not match a converter that rejects the text', () => {
    expect(request(dir, '/student/abc/').status).toBe(404);
    expect(request(dir, '/tag/not a slug/').status).toBe(404);
  });

  it('lists every chain of patterns tried', () => {
    const loaded = openProject(dir, 'myproject.settings');
    try {
      resolve(rootResolver('myproject.urls'), '/nowhere/', loaded.interp);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ResolverError);
      const tried = (err as ResolverError).detail.tried!.map((chain) => chain.map((e) => e.pattern.text).join(''));
      expect(tried.slice(0, 3)).toEqual(['admin/', '', 'student/<int:pk>/']);
      // An include whose prefix does not match is one entry; one whose prefix matched lists its patterns.
      expect(tried).toContain('again/');
      expect(tried).toContain('api/');
      expect(tried).not.toContain('api/ping/');
      expect((err as ResolverError).detail.path).toBe('nowhere/');
    } finally {
      loaded.connections.closeAll();
    }
  });
});

describe('reverse()', () => {
  const dir = project();
  const loaded = openProject(dir, 'myproject.settings');
  afterAll(() => loaded.connections.closeAll());
  const reverse = (code: string) => loaded.interp.evalExpression(code, { reverse: loaded.interp.importModule('django.urls').dict.get('reverse')! });
  const message = (code: string) => {
    try {
      reverse(code);
    } catch (err) {
      if (err instanceof PyException) return `${err.exc.cls.name}: ${loaded.interp.str(err.exc)}`;
      throw err;
    }
    return 'no error';
  };

  it('builds URLs from names, namespaces and arguments', () => {
    expect(reverse("reverse('home:index')")).toBe('/');
    expect(reverse("reverse('home:detail', args=[3])")).toBe('/student/3/');
    expect(reverse("reverse('home:detail', kwargs={'pk': 4})")).toBe('/student/4/');
    expect(reverse("reverse('again:detail', args=[5])")).toBe('/again/student/5/');
    expect(reverse("reverse('api:ping')")).toBe('/api/ping/');
    expect(reverse("reverse('ping')")).toBe('/flat/ping/');
    expect(reverse("reverse('home:year', kwargs={'year': '2024'})")).toBe('/year/2024/');
    expect(reverse("reverse('home:by', args=['a b'])")).toBe('/by/a%20b/');
  });

  it("raises NoReverseMatch with Django's messages", () => {
    expect(message("reverse('nope')")).toBe("NoReverseMatch: Reverse for 'nope' not found. 'nope' is not a valid view function or pattern name.");
    expect(message("reverse('home:detail', args=['x'])")).toBe(
      "NoReverseMatch: Reverse for 'detail' with arguments '('x',)' not found. 1 pattern(s) tried: ['student/(?P<pk>[0-9]+)/\\\\Z']",
    );
    expect(message("reverse('home:detail')")).toBe("NoReverseMatch: Reverse for 'detail' with no arguments not found. 1 pattern(s) tried: ['student/(?P<pk>[0-9]+)/\\\\Z']");
    expect(message("reverse('shop:index')")).toBe("NoReverseMatch: 'shop' is not a registered namespace");
  });
});
