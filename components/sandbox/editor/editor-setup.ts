import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import {
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  type ViewUpdate,
} from '@codemirror/view';

export interface SetupHandlers {
  save(): void;
  update(update: ViewUpdate): void;
}

/**
 * What every file gets, whatever its language. Tab indents (a code editor without it
 * surprises learners); CodeMirror keeps its own way out for keyboard users: Escape, then
 * Tab, moves focus on. The pane's description says so.
 */
export function editorSetup({ save, update }: SetupHandlers): Extension {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    keymap.of([
      // preventDefault even when nothing is unsaved: the browser's "Save page" dialog never opens.
      {
        key: 'Mod-s',
        preventDefault: true,
        run: () => {
          save();
          return true;
        },
      },
      ...defaultKeymap,
      ...historyKeymap,
      indentWithTab,
    ]),
    EditorView.updateListener.of(update),
    EditorView.domEventHandlers({
      blur: () => {
        save();
      },
    }),
  ];
}
