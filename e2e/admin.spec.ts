import { expect, test, type Page } from '@playwright/test';
import { SandboxPage, newProject } from './support/sandbox';

/**
 * The admin in the preview, as the official tutorial's part 2 walks a learner through it:
 * a superuser logs in, a registered model is added, changed, filtered and deleted, each
 * with Django's messages, the history shows what changed, and logging out ends it.
 */
test.use({ viewport: { width: 1440, height: 1000 } });
test.describe.configure({ timeout: 300_000 });

const LESSON = '/en/lessons/virtual-environments?runtime=worker';

const MODELS = `import datetime

from django.db import models
from django.utils import timezone


class Question(models.Model):
    question_text = models.CharField(max_length=200)
    pub_date = models.DateTimeField("date published")

    def __str__(self):
        return self.question_text

    def was_published_recently(self):
        return self.pub_date >= timezone.now() - datetime.timedelta(days=1)
`;

const ADMIN = `from django.contrib import admin

from .models import Question


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["question_text", "pub_date", "was_published_recently"]
    list_filter = ["pub_date"]
    search_fields = ["question_text"]
`;

async function go(page: Page, address: string) {
  const bar = page.getByTestId('preview').getByRole('textbox');
  await bar.fill(address);
  await bar.press('Enter');
}

test('the admin in the preview: log in, add, change, filter, delete, history and log out, in Django’s words', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await newProject(s);
  await s.openFile('myproject/myproject/settings.py');
  await s.edit("\nINSTALLED_APPS += ['home']\n", { append: true });
  await s.openFile('myproject/home/models.py');
  await s.edit(MODELS);
  await s.openFile('myproject/home/admin.py');
  await s.edit(ADMIN);
  await s.run('python manage.py makemigrations', 'Create model Question');
  await s.run('python manage.py migrate', 'Applying home.0001_initial... OK');
  await s.run('DJANGO_SUPERUSER_PASSWORD=Ghar-ka-kaam-2026 python manage.py createsuperuser --noinput --username asha --email asha@example.com', 'Superuser created successfully.');
  await s.run('python manage.py runserver', 'Quit the server with CONTROL-C.', { prompt: false });
  const frame = page.frameLocator('[data-testid="preview-frame"]');
  const address = page.getByTestId('preview').getByRole('textbox');

  await go(page, '/admin/');
  await expect(address).toHaveValue('/admin/login/?next=/admin/', { timeout: 20_000 });
  await expect(s.terminal.locator('.xterm-rows')).toContainText('"GET /admin/ HTTP/1.1" 302 0');
  await expect(frame.locator('#site-name')).toHaveText('Django administration');
  await frame.getByLabel('Username:').fill('asha');
  await frame.getByLabel('Password:').fill('wrong-password');
  await frame.getByRole('button', { name: 'Log in' }).click();
  await expect(frame.locator('.errornote')).toContainText('Please enter the correct username and password for a staff account.');
  await frame.getByLabel('Password:').fill('Ghar-ka-kaam-2026');
  await frame.getByRole('button', { name: 'Log in' }).click();
  await expect(frame.getByRole('heading', { name: 'Site administration' })).toBeVisible({ timeout: 20_000 });
  await expect(frame.locator('#user-tools')).toContainText('Welcome, asha.');
  // Django's look: its blue header, from the admin's stylesheet served under /static/admin/.
  expect(await frame.locator('#header').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(65, 118, 144)');

  await frame.getByRole('link', { name: 'Questions' }).first().click();
  await expect(frame.locator('#content h1')).toHaveText('Select question to change');
  await expect(frame.locator('#changelist')).toContainText('0 questions');
  await frame.getByRole('link', { name: 'Add question' }).click();
  await expect(frame.locator('#content h1')).toHaveText('Add question');
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(frame.locator('.errornote')).toContainText('Please correct the errors below.');
  await expect(frame.locator('.field-question_text .errorlist')).toHaveText('This field is required.');
  await frame.locator('#id_question_text').fill("What's new?");
  await frame.locator('#id_pub_date_0').fill('2026-12-04');
  await frame.locator('#id_pub_date_1').fill('10:30:00');
  await frame.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(frame.locator('.messagelist')).toContainText("The question “What's new?” was added successfully.");
  await expect(frame.locator('#result_list')).toContainText("What's new?");

  await frame.locator('#result_list').getByRole('link', { name: "What's new?" }).click();
  await frame.locator('#id_question_text').fill('What is new?');
  await frame.getByRole('button', { name: 'Save and continue editing' }).click();
  await expect(frame.locator('.messagelist')).toContainText('The question “What is new?” was changed successfully. You may edit it again below.');
  await frame.getByRole('link', { name: 'History' }).click();
  await expect(frame.locator('#change-history')).toContainText('Changed Question text.');
  await expect(frame.locator('#change-history')).toContainText('Added.');

  await go(page, '/admin/home/question/?q=nothing-like-this');
  await expect(frame.locator('#changelist')).toContainText('0 results');
  await go(page, '/admin/home/question/');
  await frame.locator('input[name="_selected_action"]').first().check();
  await frame.locator('select[name="action"]').selectOption('delete_selected');
  await frame.getByRole('button', { name: 'Go' }).click();
  await expect(frame.locator('#content h1')).toHaveText('Delete multiple objects');
  await frame.getByRole('button', { name: 'Yes, I’m sure' }).click();
  await expect(frame.locator('.messagelist')).toContainText('Successfully deleted 1 question.');

  await frame.getByRole('button', { name: 'Log out' }).click();
  await expect(frame.getByRole('heading', { name: 'Logged out' })).toBeVisible();
  await go(page, '/admin/');
  await expect(address).toHaveValue('/admin/login/?next=/admin/');
  await page.screenshot({ path: 'test-results/admin-logged-out.png' });
});
