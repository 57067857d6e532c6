/** How the editor reads a file: which syntax it highlights and how deep Tab indents. */
export type EditorLanguage = 'python' | 'html' | 'json' | 'text';

const BY_EXTENSION: Record<string, EditorLanguage> = {
  py: 'python',
  // Django templates are .html files: HTML mode, with the template tags marked on top.
  html: 'html',
  htm: 'html',
  json: 'json',
};

export function editorLanguageFor(path: string): EditorLanguage {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  // A leading dot names a hidden file (.env), not an extension.
  if (dot <= 0) return 'text';
  return BY_EXTENSION[name.slice(dot + 1).toLowerCase()] ?? 'text';
}

/** PEP 8 asks for four spaces in Python; the HTML and JSON that startproject writes use two. */
export function indentWidth(language: EditorLanguage): number {
  return language === 'html' || language === 'json' ? 2 : 4;
}
