import { strToU8, zipSync, type Zippable } from 'fflate';

/** The name, inside the zip, of the whole record as it was stored. */
export const RECORD_NAME = 'saved-copy.json';

/** Bytes cannot go into JSON as they are: they go as base64, marked so. */
function toJson(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    let binary = '';
    for (let i = 0; i < value.length; i += 0x8000) binary += String.fromCharCode(...value.subarray(i, i + 0x8000));
    return { base64: btoa(binary) };
  }
  if (value instanceof ArrayBuffer) return toJson(new Uint8Array(value));
  if (Array.isArray(value)) return value.map(toJson);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJson(v)]));
  return value;
}

/** A path that is safe to unzip: relative, and not climbing out of the folder. */
const safePath = (p: string) => p !== '' && !p.startsWith('/') && !p.split('/').includes('..');

/**
 * A saved sandbox that could not be opened, as a zip to download: every file in it that
 * is still readable (text or bytes) under `files/`, and the whole record as JSON, so
 * nothing the learner made is lost even when the record's shape is not understood.
 */
export function brokenCopyZip(value: unknown): Uint8Array {
  const tree: Zippable = { [RECORD_NAME]: strToU8(JSON.stringify(toJson(value), null, 2) ?? 'null') };
  const files = typeof value === 'object' && value !== null ? (value as { files?: unknown }).files : undefined;
  if (typeof files === 'object' && files !== null) {
    for (const [path, content] of Object.entries(files)) {
      if (!safePath(path)) continue;
      if (content instanceof Uint8Array) tree[`files/${path}`] = content;
      else if (typeof content === 'string') tree[`files/${path}`] = strToU8(content);
    }
  }
  return zipSync(tree, { level: 6 });
}
