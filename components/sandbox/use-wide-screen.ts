'use client';

import { useSyncExternalStore } from 'react';

const QUERY = '(min-width: 1024px)';

/** Whether the panes sit side by side (Tailwind's `lg`), or a phone shows them as tabs. */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    (change) => {
      const media = window.matchMedia(QUERY);
      media.addEventListener('change', change);
      return () => media.removeEventListener('change', change);
    },
    () => window.matchMedia(QUERY).matches,
    () => true,
  );
}
