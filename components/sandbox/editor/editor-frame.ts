// The editor pane's frame, shared by the pane and the placeholder shown while CodeMirror
// loads, so that the one replaces the other without the pane moving.
export const EDITOR_FRAME = 'flex h-full min-h-0 flex-col bg-white text-sm text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100';
export const EDITOR_HEADER = 'flex min-h-9 items-center gap-2 border-b border-zinc-200 px-3 py-1.5 dark:border-zinc-800';
