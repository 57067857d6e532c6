import type { SavedSandbox } from './runtime';

/** A SavedSandbox as JSON (files in base64): how a lesson's starting files are published. */
export interface SavedJson {
  files: Record<string, string>;
  folders: string[];
  links: Record<string, string>;
  shell?: SavedSandbox['shell'];
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function savedToJson(saved: SavedSandbox): SavedJson {
  return { ...saved, files: Object.fromEntries(Object.entries(saved.files).map(([p, b]) => [p, toBase64(b)])) };
}

export function savedFromJson(json: SavedJson): SavedSandbox {
  return { ...json, files: Object.fromEntries(Object.entries(json.files).map(([p, t]) => [p, fromBase64(t)])) };
}

/** Where the build publishes the files a lesson starts with (for a lesson that does not start empty). */
export const lessonStartUrl = (slug: string) => `/sandbox/starts/${slug}.json`;
