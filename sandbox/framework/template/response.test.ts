import { beforeAll, describe, expect, it } from 'vitest';
import { prepareProgram } from '../core/management/database-commands';
import { makeProject, manage, request } from '../core/handlers/project.testkit';

beforeAll(async () => {
  await prepareProgram(['python', 'manage.py', 'shell']);
});

const VIEWS = `from django.template.response import TemplateResponse


class Kettle(TemplateResponse):
    pass


def home(request):
    return TemplateResponse(request, "home.html", {"name": "Asha"})


def teapot(request):
    return Kettle(request, ["missing.html", "home.html"], {"name": "Ravi"}, status=418, headers={"X-Tea": "chai"})
`;

const files = {
  'myproject/views.py': VIEWS,
  'myproject/urls.py': 'from django.urls import path\nfrom myproject import views\n\nurlpatterns = [path("", views.home), path("tea/", views.teapot)]\n',
  'templates/home.html': 'Namaste {{ name }}\n',
};
const settings = "TEMPLATES[0]['DIRS'] = [BASE_DIR / 'templates']\n";

describe('django.template.response.TemplateResponse in a learner’s own view', () => {
  it('renders after the view, with its status, headers and class, and logs a 418 by its phrase', () => {
    const project = makeProject(files, settings);
    const home = request(project, '/');
    expect(home.status).toBe(200);
    expect(home.body).toBe('Namaste Asha\n');
    expect(home.header('Content-Type')).toBe('text/html; charset=utf-8');
    const tea = request(project, '/tea/');
    expect(tea.status).toBe(418);
    expect(tea.body).toBe('Namaste Ravi\n');
    expect(tea.header('X-Tea')).toBe('chai');
    expect(tea.log).toContain("I'm a Teapot: /tea/");
  });

  it('stays unrendered when the view is called directly, as in Django, until render()', () => {
    const project = makeProject(files, `${settings}ALLOWED_HOSTS = ['testserver']\n`);
    const ran = manage(project, [
      'shell',
      '-c',
      [
        'from django.test import RequestFactory',
        'from django.template.response import TemplateResponse, ContentNotRenderedError',
        'from myproject.views import home, teapot',
        "response = home(RequestFactory().get('/'))",
        'print(response.is_rendered, response)',
        'try:',
        '    response.content',
        'except ContentNotRenderedError as e:',
        '    print(e)',
        'print(response.render().content, response.is_rendered)',
        "print(type(teapot(RequestFactory().get('/'))).__name__)",
        'try:',
        '    TemplateResponse(None)',
        'except TypeError as e:',
        '    print(e)',
      ].join('\n'),
    ]);
    expect(ran.stderr).toBe('');
    expect(ran.stdout.split('\n').filter((line) => line && !line.includes('imported automatically'))).toEqual([
      'False <TemplateResponse status_code=200, "text/html; charset=utf-8">',
      'The response content must be rendered before it can be accessed.',
      "b'Namaste Asha\\n' True",
      'Kettle',
      "TemplateResponse.__init__() missing 1 required positional argument: 'template'",
    ]);
  });
});
