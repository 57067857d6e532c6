/** What the editor can do with a file's bytes. */
export type FileContent =
  | { kind: 'text'; text: string; lineBreak: '\n' | '\r\n' }
  | { kind: 'binary'; format: 'sqlite' | null }
  | { kind: 'too-large'; bytes: number };

/** Beyond this a file is data, not something to read line by line (and would slow the page). */
export const MAX_EDITOR_BYTES = 1_000_000;

// Every SQLite database starts with these 16 bytes, whatever its name.
const SQLITE_MAGIC = 'SQLite format 3\0';
// Git's rule of thumb: a NUL byte near the start means binary.
const SNIFF_BYTES = 8000;

export function readForEditor(bytes: Uint8Array): FileContent {
  if (startsWith(bytes, SQLITE_MAGIC)) return { kind: 'binary', format: 'sqlite' };
  if (bytes.length > MAX_EDITOR_BYTES) return { kind: 'too-large', bytes: bytes.length };
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return { kind: 'binary', format: null };
  let text: string;
  try {
    // ignoreBOM keeps a byte order mark in the text, so saving writes it back.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { kind: 'binary', format: null };
  }
  // The editor keeps lines, not line ends: remember Windows ones to write them back. A file
  // that mixes both gets Unix ones, as most editors would save it.
  const windows = text.includes('\r\n') && !/(^|[^\r])\n/.test(text);
  return { kind: 'text', text, lineBreak: windows ? '\r\n' : '\n' };
}

function startsWith(bytes: Uint8Array, prefix: string): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix.charCodeAt(i)) return false;
  return true;
}

/** A size as people read it: 1.5 MB, 340 KB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
