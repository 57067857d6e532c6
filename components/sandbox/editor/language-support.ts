import { indentUnit } from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import { indentWidth, type EditorLanguage } from './editor-language';

/** Indentation for a language, known at once (it does not wait for the grammar to load). */
export function indentation(language: EditorLanguage): Extension {
  const width = indentWidth(language);
  return [indentUnit.of(' '.repeat(width)), EditorState.tabSize.of(width)];
}

const loaded = new Map<EditorLanguage, Promise<Extension>>();

/**
 * A language's grammar, fetched the first time a file needs it: the HTML mode brings CSS
 * and JavaScript with it, more than most lessons ever open.
 */
export function grammar(language: EditorLanguage): Promise<Extension> {
  let pending = loaded.get(language);
  if (!pending) {
    pending = importGrammar(language);
    // A failed download is retried with the next file rather than remembered.
    pending.catch(() => loaded.delete(language));
    loaded.set(language, pending);
  }
  return pending;
}

async function importGrammar(language: EditorLanguage): Promise<Extension> {
  switch (language) {
    case 'python':
      return (await import('@codemirror/lang-python')).python();
    case 'html': {
      const [{ html }, { djangoTemplateMarks }] = await Promise.all([import('@codemirror/lang-html'), import('./django-template-marks')]);
      return [html(), djangoTemplateMarks];
    }
    case 'json':
      return (await import('@codemirror/lang-json')).json();
    case 'text':
      return [];
  }
}
