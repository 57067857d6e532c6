import { describe, expect, it } from 'vitest';
import { editorLanguageFor, indentWidth } from './editor-language';

describe('editorLanguageFor', () => {
  it('reads the extension of the last path part', () => {
    expect(editorLanguageFor('mysite/polls/views.py')).toBe('python');
    expect(editorLanguageFor('polls/templates/polls/index.html')).toBe('html');
    expect(editorLanguageFor('fixtures/questions.json')).toBe('json');
    expect(editorLanguageFor('page.HTM')).toBe('html');
  });

  it('falls back to plain text', () => {
    expect(editorLanguageFor('requirements.txt')).toBe('text');
    expect(editorLanguageFor('Pipfile')).toBe('text');
    expect(editorLanguageFor('db.sqlite3')).toBe('text');
    expect(editorLanguageFor('notes.')).toBe('text');
  });

  it('does not take a hidden file or a dotted folder for an extension', () => {
    expect(editorLanguageFor('.py')).toBe('text');
    expect(editorLanguageFor('env/.gitignore')).toBe('text');
    expect(editorLanguageFor('site.py/README')).toBe('text');
  });
});

describe('indentWidth', () => {
  it('is four spaces for Python and plain text, two for HTML and JSON', () => {
    expect(indentWidth('python')).toBe(4);
    expect(indentWidth('text')).toBe(4);
    expect(indentWidth('html')).toBe(2);
    expect(indentWidth('json')).toBe(2);
  });
});
