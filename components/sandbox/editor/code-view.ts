import { Compartment, EditorState, Text, type Extension, type TransactionSpec } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { editorLanguageFor, type EditorLanguage } from './editor-language';
import { indentation } from './language-support';
import { darkTheme, lightTheme } from './themes';

/**
 * The CodeMirror side of the pane: one view, and a state that outlives it (React may
 * unmount and mount the pane again, as Strict Mode does). The parts that change while a
 * file is open (grammar, colours, read-only) sit in compartments.
 */
export class CodeView {
  private view: EditorView | null = null;
  private state: EditorState;
  private dark = false;
  private readonly languageSlot = new Compartment();
  private readonly themeSlot = new Compartment();
  private readonly lockSlot = new Compartment();

  constructor(
    /** Key bindings and listeners every file gets (editorSetup). */
    private readonly setup: Extension,
    /** The id of the text that tells screen reader users how the editor works. */
    private readonly hintId: string,
  ) {
    this.state = this.create('', null, '\n');
  }

  get current(): EditorState {
    return this.view?.state ?? this.state;
  }

  attach(host: HTMLElement): void {
    this.view = new EditorView({ state: this.state, parent: host });
  }

  detach(): void {
    if (!this.view) return;
    this.state = this.view.state;
    this.view.destroy();
    this.view = null;
  }

  setDark(dark: boolean): void {
    this.dark = dark;
    this.dispatch({ effects: this.themeSlot.reconfigure(dark ? darkTheme : lightTheme) });
  }

  /** The text stays on screen but cannot be typed in (while the next file loads). */
  lock(): void {
    this.dispatch({ effects: this.lockSlot.reconfigure([EditorState.readOnly.of(true), EditorView.editable.of(false)]) });
  }

  /** A new file: fresh undo history, cursor at the top. Returns the document as shown. */
  show(doc: string, path: string | null, lineBreak: '\n' | '\r\n'): Text {
    const state = this.create(doc, path, lineBreak);
    if (this.view) this.view.setState(state);
    else this.state = state;
    return state.doc;
  }

  setGrammar(language: EditorLanguage, grammar: Extension): void {
    this.dispatch({ effects: this.languageSlot.reconfigure([indentation(language), grammar]) });
  }

  /** Replaces part of the text as a normal edit (undo brings the old text back). */
  replace(change: { from: number; to: number; insert: string }): void {
    // As Text, not a string: a Windows file's state splits strings on \r\n only.
    this.dispatch({ changes: { ...change, insert: Text.of(change.insert.split('\n')) } });
  }

  private dispatch(spec: TransactionSpec): void {
    if (this.view) this.view.dispatch(spec);
    else this.state = this.state.update(spec).state;
  }

  private create(doc: string, path: string | null, lineBreak: '\n' | '\r\n'): EditorState {
    const language = path === null ? 'text' : editorLanguageFor(path);
    // The file's path names the text box, so tests and screen readers find it by name.
    const attributes: Record<string, string> = { 'aria-describedby': this.hintId };
    if (path !== null) attributes['aria-label'] = path;
    return EditorState.create({
      doc,
      extensions: [
        this.languageSlot.of(indentation(language)),
        this.themeSlot.of(this.dark ? darkTheme : lightTheme),
        this.lockSlot.of([]),
        EditorView.contentAttributes.of(attributes),
        lineBreak === '\r\n' ? EditorState.lineSeparator.of('\r\n') : [],
        this.setup,
      ],
    });
  }
}
