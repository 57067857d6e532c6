/** The course's buttons (exercises, edits, progress): one look, kept in one place. */
export const BUTTON =
  'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800';

/** The one action a card is for ("Check"): filled, and it keeps its colour under the pointer. */
export const PRIMARY_BUTTON =
  'rounded-md border border-brand-700 bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-50';
