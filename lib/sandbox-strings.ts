import type { Lang } from './languages';

/**
 * The sandbox panes' strings, part of UI_STRINGS (lib/ui-strings.ts). One section per pane,
 * so each pane's words stay together.
 */
export interface SandboxStrings {
  terminal: {
    label: string;
  };
  editor: {
    label: string;
  };
  tree: {
    label: string;
  };
  preview: {
    label: string;
  };
  runtime: {
    label: string;
  };
}

export const SANDBOX_STRINGS: Record<Lang, SandboxStrings> = {
  en: {
    terminal: {
      label: 'Terminal',
    },
    editor: {
      label: 'Editor',
    },
    tree: {
      label: 'Files',
    },
    preview: {
      label: 'Preview',
    },
    runtime: {
      label: 'Sandbox',
    },
  },
  hinglish: {
    terminal: {
      label: 'Terminal',
    },
    editor: {
      label: 'Editor',
    },
    tree: {
      label: 'Files',
    },
    preview: {
      label: 'Preview',
    },
    runtime: {
      label: 'Sandbox',
    },
  },
};
