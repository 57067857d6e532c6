/** django.utils.encoding's URL quoting, on the rules of Python's urllib.parse.quote. */

const ALWAYS_SAFE = /[A-Za-z0-9_.\-~]/;

function quote(text: string, safe: string): string {
  let out = '';
  for (const ch of text) {
    if (ALWAYS_SAFE.test(ch) || safe.includes(ch)) out += ch;
    else for (const byte of new TextEncoder().encode(ch)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** iri_to_uri: an IRI made fit for a URI, keeping what is already escaped. */
export function iriToUri(iri: string): string {
  return quote(iri, "/#%[]=:;$&()+,!?*@'~");
}

/** escape_uri_path: a path escaped as get_full_path gives it. */
export function escapeUriPath(path: string): string {
  return quote(path, "/:@&+$,-_.!~*'()");
}
