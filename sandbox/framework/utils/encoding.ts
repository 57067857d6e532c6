import { quote } from '../stdlib/urllib/quoting';

/** django.utils.encoding's URL quoting, on urllib.parse.quote as Django's. */

/** iri_to_uri: an IRI made fit for a URI, keeping what is already escaped. */
export function iriToUri(iri: string): string {
  return quote(iri, "/#%[]=:;$&()+,!?*@'~");
}

/** escape_uri_path: a path escaped as get_full_path gives it. */
export function escapeUriPath(path: string): string {
  return quote(path, "/:@&+$,-_.!~*'()");
}
