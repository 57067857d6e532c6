import { expect, test, type Page } from '@playwright/test';
import { SandboxPage, newProject } from './support/sandbox';

/**
 * What the tutorials' forms and logins stand on, used in the preview as a learner uses it:
 * a form posted without its CSRF token gets Django's 403, with it the view's redirect and a
 * message shown once; a superuser made with createsuperuser logs in, the session carries
 * them to the next page, and logging out ends it.
 */
test.use({ viewport: { width: 1440, height: 1000 } });
test.describe.configure({ timeout: 240_000 });

const LESSON = '/en/lessons/virtual-environments?runtime=worker';

const VIEWS = `from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render


def contact(request):
    if request.method == "POST":
        messages.success(request, "Thanks, " + request.POST["name"] + "!")
        return redirect("contact")
    return render(request, "home/contact.html")


@login_required
def profile(request):
    return render(request, "home/profile.html")
`;

const URLS = `from django.contrib import admin
from django.urls import include, path
from home import views

urlpatterns = [
    path("", views.contact, name="contact"),
    path("accounts/profile/", views.profile, name="profile"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
]
`;

const TEMPLATES: Record<string, string> = {
  'home/templates/home/contact.html': `{% for message in messages %}<p class="message">{{ message }}</p>{% endfor %}
<form method="post">{% csrf_token %}<input name="name" value="Asha"><button>Send with token</button></form>
<form method="post"><input name="name" value="Ravi"><button>Send without token</button></form>
`,
  'home/templates/home/profile.html': `<h1>Namaste {{ user.username }}</h1>
<form method="post" action="{% url 'logout' %}">{% csrf_token %}<button>Log out</button></form>
`,
  'home/templates/registration/login.html': `<h1>Log in</h1>
{% if form.errors %}<p class="errors">{{ form.non_field_errors.0 }}</p>{% endif %}
<form method="post">{% csrf_token %}{{ form.as_p }}<button>Log in</button></form>
`,
  'home/templates/registration/logged_out.html': '<h1>Logged out</h1>\n',
};

async function go(page: Page, address: string) {
  const bar = page.getByTestId('preview').getByRole('textbox');
  await bar.fill(address);
  await bar.press('Enter');
}

test('a form posted in the preview is checked for its CSRF token; a login is kept by the session until logout', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await newProject(s);
  await s.openFile('myproject/myproject/settings.py');
  await s.edit("\nINSTALLED_APPS += ['home']\n", { append: true });
  await s.openFile('myproject/home/views.py');
  await s.edit(VIEWS);
  await s.openFile('myproject/myproject/urls.py');
  await s.edit(URLS);
  const files = Object.keys(TEMPLATES);
  await s.run(`mkdir -p home/templates/home home/templates/registration && touch ${files.join(' ')}`);
  for (const file of files) {
    await s.openFile(`myproject/${file}`);
    await s.edit(TEMPLATES[file]!);
  }
  await s.run('python manage.py migrate', 'Applying sessions.0001_initial... OK');
  await s.run('DJANGO_SUPERUSER_PASSWORD=Ghar-ka-kaam-2026 python manage.py createsuperuser --noinput --username asha --email asha@example.com', 'Superuser created successfully.');
  await s.run('python manage.py runserver', 'Quit the server with CONTROL-C.', { prompt: false });

  const frame = page.frameLocator('[data-testid="preview-frame"]');
  await frame.getByRole('button', { name: 'Send without token' }).click({ timeout: 20_000 });
  await expect(frame.locator('body')).toContainText('CSRF verification failed. Request aborted.');
  await expect(frame.locator('body')).toContainText('CSRF token missing.');
  await expect(s.terminal.locator('.xterm-rows')).toContainText('Forbidden (CSRF token missing.): /');
  await expect(s.terminal.locator('.xterm-rows')).toContainText('"POST / HTTP/1.1" 403');

  await go(page, '/');
  await frame.getByRole('button', { name: 'Send with token' }).click();
  await expect(frame.locator('.message')).toHaveText('Thanks, Asha!');
  await expect(s.terminal.locator('.xterm-rows')).toContainText('"POST / HTTP/1.1" 302 0');
  // A message is shown once.
  await go(page, '/');
  await expect(frame.getByRole('button', { name: 'Send with token' })).toBeVisible();
  await expect(frame.locator('.message')).toHaveCount(0);

  await go(page, '/accounts/profile/');
  await expect(frame.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(page.getByTestId('preview').getByRole('textbox')).toHaveValue('/accounts/login/?next=/accounts/profile/');
  await frame.getByLabel('Username').fill('asha');
  await frame.getByLabel('Password').fill('not-the-password');
  await frame.getByRole('button', { name: 'Log in' }).click();
  await expect(frame.locator('.errors')).toContainText('Please enter a correct username and password.');
  await frame.getByLabel('Password').fill('Ghar-ka-kaam-2026');
  await frame.getByRole('button', { name: 'Log in' }).click();
  await expect(frame.getByRole('heading', { name: 'Namaste asha' })).toBeVisible({ timeout: 20_000 });

  // The session cookie is sent with every later request of this project.
  await go(page, '/accounts/profile/');
  await expect(frame.getByRole('heading', { name: 'Namaste asha' })).toBeVisible();
  await frame.getByRole('button', { name: 'Log out' }).click();
  await expect(frame.getByRole('heading', { name: 'Logged out' })).toBeVisible();
  await go(page, '/accounts/profile/');
  await expect(frame.getByRole('heading', { name: 'Log in' })).toBeVisible();
});
