import { describe, expect, it } from 'vitest';
import { compileLesson } from './compile-lesson';

const front = '---\ntitle: A lesson\nsummary: One line.\n---\n';

describe('compileLesson', () => {
  it('reads the frontmatter and refuses a lesson without a summary', async () => {
    const lesson = await compileLesson(front + 'Text.\n', { where: 'x.mdx' });
    expect(lesson.frontmatter).toEqual({ title: 'A lesson', summary: 'One line.' });
    await expect(compileLesson('---\ntitle: T\n---\nText.\n', { where: 'x.mdx' })).rejects.toThrow('x.mdx: frontmatter needs a "summary"');
  });

  it('slugs English headings and gives a translation the ids it is handed', async () => {
    const en = await compileLesson(front + '## Install Django with pip\n\n## What you learned\n', { where: 'en.mdx' });
    expect(en.headings).toEqual([
      { id: 'install-django-with-pip', depth: 2, text: 'Install Django with pip' },
      { id: 'what-you-learned', depth: 2, text: 'What you learned' },
    ]);
    const hi = await compileLesson(front + '## pip se Django install karo\n\n## Tumne kya seekha\n', {
      where: 'hinglish.mdx',
      headingIds: en.headings.map((h) => h.id),
    });
    expect(hi.headings.map((h) => h.id)).toEqual(['install-django-with-pip', 'what-you-learned']);
    expect(hi.code).toContain('"install-django-with-pip"');
  });

  it('highlights Python with both colour themes and renders console blocks as a terminal', async () => {
    const lesson = await compileLesson(front + '```python\nimport os\n```\n\n```console\n(env) $ pip list\nPackage Version\n```\n', {
      where: 'x.mdx',
    });
    expect(lesson.code).toContain('--shiki-dark');
    expect(lesson.code).toContain('console-prompt');
    expect(lesson.codeBlocks).toEqual([
      { lang: 'python', code: 'import os' },
      { lang: 'console', code: '(env) $ pip list\nPackage Version' },
    ]);
  });

  it("marks console blocks for the learner's own computer, Windows prompts included", async () => {
    const lesson = await compileLesson(front + '```console own-computer\n$ pipx install pipenv\n> py -m venv env\n```\n', { where: 'x.mdx' });
    expect(lesson.codeBlocks).toEqual([{ lang: 'console', code: '$ pipx install pipenv\n> py -m venv env', runs: 'own-computer' }]);
    expect(lesson.code).toContain('own-computer');
    expect(lesson.code.match(/console-prompt/g)).toHaveLength(2);
    expect(lesson.code).toContain('On your own computer, not in the sandbox');
  });

  it("captions own-computer blocks in the lesson's language, outside the copied <pre>", async () => {
    const lesson = await compileLesson(front + '```console own-computer\n$ pipx install pipenv\n```\n\n```console\n$ ls\n```\n', {
      where: 'x.mdx',
      ownComputerLabel: 'Apne computer par, sandbox mein nahi',
    });
    expect(lesson.code.match(/Apne computer par/g)).toHaveLength(1);
    expect(lesson.code).toContain('figcaption');
    expect(lesson.code).toContain('Apne computer par, sandbox mein nahi');
    expect(lesson.code.indexOf('figcaption')).toBeLessThan(lesson.code.indexOf('own-computer'));
  });

  it('keeps highlighted code at WCAG AA contrast: no keyword-argument orange or dim comment grey', async () => {
    const lesson = await compileLesson(front + '```python\n# a comment\nname = models.CharField(max_length=100)\n```\n', { where: 'x.mdx' });
    const code = lesson.code.toLowerCase();
    expect(code).toContain('color:"#b35900"');
    expect(code).not.toContain('#e36209');
    // The comment grey stays in the light theme, where it reads at 4.7:1.
    expect(code).toContain('color:"#6a737d","--shiki-dark":"#959da5"');
    expect(code).not.toContain('"--shiki-dark":"#6a737d"');
  });
});
