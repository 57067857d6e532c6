import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSqlite } from '../../db/backends/sqlite3/engine';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { makeProject, request } from './project.testkit';
import { runProgram } from '../../program';

const fixture = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../__fixtures__/oracle/07-views-urls-templates.json'), 'utf8')) as {
  steps: { n?: number; kind: string; path?: string; content?: string; stdout_json?: { responses: { path: string; status_code: number; body: string; headers: Record<string, string> }[] } }[];
};
/** The learner's files of the oracle scenario (views.py, urls.py, index.html). */
const learnerFile = (suffix: string) => fixture.steps.filter((s) => s.kind === 'write' || s.kind === 'edit').findLast((s) => s.path!.endsWith(suffix))!.content!;
const oracleResponse = (step: number, p: string) => fixture.steps.find((s) => s.n === step)!.stdout_json!.responses.find((r) => r.path === p)!;

/** The oracle's probe asked as Django's test client does, from host "testserver"; these requests come from runserver's address. */
const asLocal = (body: string) => body.replaceAll('http://testserver/', 'http://127.0.0.1:8000/');

beforeAll(() => loadSqlite());

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(path.dirname(d), { recursive: true, force: true })));
const project = (files: Record<string, string>, settings = '') => {
  const dir = makeProject(files, settings);
  dirs.push(dir);
  return dir;
};

const LEARNER = {
  'home/views.py': learnerFile('home/views.py'),
  'home/urls.py': learnerFile('home/urls.py'),
  'home/templates/index.html': learnerFile('templates/index.html'),
  'myproject/urls.py': learnerFile('myproject/urls.py'),
};

describe('a fresh project', () => {
  const dir = project({});
  it("shows the 'install worked' page at / with DEBUG on, byte for byte as Django", () => {
    const r = request(dir, '/');
    const want = oracleResponse(8, '/');
    expect(r.status).toBe(200);
    expect(r.body).toBe(want.body);
    expect(r.header('Content-Type')).toBe(want.headers['Content-Type']);
    expect(r.header('Content-Length')).toBe('12068');
    expect(r.log).toBe('');
  });
  it('answers other paths with the debug 404 listing admin/, byte for byte as Django', () => {
    const r = request(dir, '/missing/');
    expect(r.status).toBe(404);
    expect(r.body).toBe(asLocal(oracleResponse(8, '/missing/').body));
    expect(r.log).toBe('Not Found: /missing/\n');
  });
});

describe("the oracle scenario's views (DEBUG = True)", () => {
  const dir = project(LEARNER);
  it('renders the template, byte for byte as Django', () => {
    const r = request(dir, '/');
    const want = oracleResponse(19, '/');
    expect(r.status).toBe(200);
    expect(r.body).toBe(want.body);
    expect(r.headers.map(([k]) => k)).toEqual(Object.keys(want.headers));
    expect(r.header('Content-Length')).toBe(want.headers['Content-Length']);
  });
  it("formats JsonResponse as Django's json.dumps", () => {
    const r = request(dir, '/api/');
    expect(r.body).toBe(oracleResponse(19, '/api/').body);
    expect(r.header('Content-Type')).toBe('application/json');
  });
  it('lists the included patterns with their names in the debug 404, byte for byte as Django', () => {
    const r = request(dir, '/missing/');
    expect(r.body).toBe(asLocal(oracleResponse(19, '/missing/').body));
  });
  it('explains a view that returned None, with a traceback in the log', () => {
    const r = request(dir, '/broken/none/');
    expect(r.status).toBe(500);
    expect(r.body).toContain("<title>ValueError\n          at /broken/none/</title>");
    expect(r.body).toContain("The view home.views.returns_none didn&#x27;t return an HttpResponse object. It returned None instead.");
    expect(r.header('Vary')).toBe('Cookie');
    expect(r.log).toMatch(/^Internal Server Error: \/broken\/none\/\n[\s\S]*ValueError: The view home.views.returns_none didn't return an HttpResponse object. It returned None instead.\n$/);
  });
  it("lays the error page out as Django 5.2 does: the same sections, facts and request information", () => {
    // Frame ids carry Python's object ids, and the sandbox offers no "share on dpaste.com" form.
    const landmarks = (body: string) => ({
      ids: [...body.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !/\d/.test(id) && id !== 'pasteform'),
      facts: [...body.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((m) => m[1]),
      headings: [...body.matchAll(/<h[1-4][^>]*>([^<]+)/g)].map((m) => m[1]!.trim()),
      empty: [...body.matchAll(/<p>(No \w+ data)<\/p>/g)].map((m) => m[1]),
    });
    const want = oracleResponse(19, '/broken/template/').body;
    const r = request(dir, '/broken/template/');
    expect(landmarks(r.body)).toEqual(landmarks(want));
    expect(r.body).toContain('<th scope="row">Raised during:</th>\n      <td>home.views.missing_template</td>');
    expect(r.body).toContain('Using settings module <code>myproject.settings</code>');
    expect(r.body).toContain("<td>SECRET_KEY</td>\n        <td class=\"code\"><pre>&#x27;********************&#x27;</pre></td>");
  });
  it("shows a missing template's error with the learner's line", () => {
    const r = request(dir, '/broken/template/');
    expect(r.status).toBe(500);
    expect(r.body).toContain('<title>TemplateDoesNotExist\n          at /broken/template/</title>');
    expect(r.body).toContain('views.py</code>, line 27, in missing_template');
  });
  it('redirects to the slashed URL when only that one resolves (APPEND_SLASH)', () => {
    const r = request(dir, '/hello');
    expect(r.status).toBe(301);
    expect(r.header('Location')).toBe('/hello/');
    expect(request(dir, '/nothing').status).toBe(404);
  });
  it('answers a host ALLOWED_HOSTS does not allow with 400', () => {
    const r = request(dir, '/', { headers: { host: 'evil.example' } });
    expect(r.status).toBe(400);
    expect(r.body).toContain('<title>DisallowedHost\n          at /</title>');
    expect(r.log).toBe("Invalid HTTP_HOST header: 'evil.example'. You may need to add 'evil.example' to ALLOWED_HOSTS.\nBad Request: /\n");
  });
});

describe('DEBUG = False', () => {
  const dir = project(LEARNER, "DEBUG = False\nALLOWED_HOSTS = ['*']\n");
  it("gives Django's plain error pages and logs nothing", () => {
    const missing = request(dir, '/missing/');
    expect(missing.status).toBe(404);
    expect(missing.body).toBe(oracleResponse(30, '/missing/').body);
    const broken = request(dir, '/broken/template/');
    expect(broken.status).toBe(500);
    expect(broken.body).toBe(oracleResponse(30, '/broken/template/').body);
    expect(missing.log + broken.log).toBe('');
  });
});

describe('shortcuts and responses', () => {
  const views = `from django.http import HttpResponse, JsonResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from .models import Student

def created(request):
    response = HttpResponse('made', status=201, content_type='text/plain')
    response['X-Course'] = 'django'
    return response

def items(request):
    return JsonResponse([1, 2.5, None, True, 'é'], safe=False)

def unsafe(request):
    return JsonResponse([1])

def go(request):
    return redirect('detail', pk=3)

def detail(request, pk):
    student = get_object_or_404(Student, pk=pk)
    return HttpResponse(student.name)

def query(request):
    return HttpResponse(request.GET.get('q', 'none') + ':' + request.method + ':' + reverse('detail', args=[9]))

def gone(request):
    raise Http404('No such page')
`;
  const urls = `from django.urls import path
from home import views
urlpatterns = [
    path('created/', views.created),
    path('items/', views.items),
    path('unsafe/', views.unsafe),
    path('go/', views.go),
    path('student/<int:pk>/', views.detail, name='detail'),
    path('query/', views.query),
    path('gone/', views.gone),
]
`;
  const models = `from django.db import models

class Student(models.Model):
    name = models.CharField(max_length=50)
`;
  const dir = project({ 'home/views.py': views, 'myproject/urls.py': urls, 'home/models.py': models });
  beforeAll(() => {
    const quiet = { cwd: dir, env: {}, stdout: () => undefined, stderr: (t: string) => void process.stderr.write(t) };
    runProgram(['python', 'manage.py', 'makemigrations', 'home'], quiet);
    runProgram(['python', 'manage.py', 'migrate'], quiet);
  });

  it('keeps status, content type and headers the view sets', () => {
    const r = request(dir, '/created/');
    expect([r.status, r.body, r.header('Content-Type'), r.header('X-Course')]).toEqual([201, 'made', 'text/plain', 'django']);
  });
  it('serializes lists with safe=False, and refuses them otherwise', () => {
    expect(request(dir, '/items/').body).toBe('[1, 2.5, null, true, "\\u00e9"]');
    expect(request(dir, '/unsafe/').body).toContain('In order to allow non-dict objects to be serialized set the safe parameter to False.');
  });
  it('redirects to a reversed view name', () => {
    const r = request(dir, '/go/');
    expect([r.status, r.header('Location')]).toEqual([302, '/student/3/']);
  });
  it('reads the query string', () => {
    expect(request(dir, '/query/?q=hi').body).toBe('hi:GET:/student/9/');
  });
  it("turns get_object_or_404's miss into Django's 404 message", () => {
    const r = request(dir, '/student/1/');
    expect(r.status, r.body.match(/exception_value">([^<]*)/)?.[1]).toBe(404);
    expect(r.body).toContain('No Student matches the given query.');
    expect(r.body).toContain('Raised by:');
  });
  it('shows the message of an Http404 a view raises', () => {
    const r = request(dir, '/gone/');
    expect(r.status).toBe(404);
    expect(r.body).toContain('No such page');
    expect(r.body).toContain('matched the last one.');
  });
});
