'use client';

import { useCallback, useEffect, useState } from 'react';
import { forgetBrokenSandbox, keepBrokenSandbox, loadBrokenSandbox } from '@/sandbox/runtime/persistence';
import { brokenCopyZip } from '@/sandbox/runtime/broken-copy';
import { downloadFile } from '@/lib/browser/download-file';

/**
 * A saved copy of the lesson that could not be opened: moved aside when the learner starts
 * again, and kept to download until the learner deletes it.
 */
export function useBrokenCopy(slug: string) {
  const [kept, setKept] = useState(false);

  useEffect(() => {
    let current = true;
    loadBrokenSandbox(slug).then(
      (value) => current && setKept(value !== undefined),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [slug]);

  /** Moves the damaged copy aside, so that starting again does not overwrite it. */
  const keep = useCallback(
    async (value: unknown) => {
      await keepBrokenSandbox(slug, value);
      setKept(true);
    },
    [slug],
  );

  /** Downloads a copy: the one given (still in place), or the one kept aside. */
  const download = useCallback(
    async (value?: unknown) => {
      const copy = value === undefined ? await loadBrokenSandbox(slug) : value;
      downloadFile(brokenCopyZip(copy) as BlobPart, `${slug}-damaged-copy.zip`, 'application/zip');
    },
    [slug],
  );

  const forget = useCallback(async () => {
    await forgetBrokenSandbox(slug);
    setKept(false);
  }, [slug]);

  return { kept, keep, download, forget };
}
