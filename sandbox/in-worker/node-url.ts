/**
 * `node:url` in the browser, for memfs alone (it checks whether a path is a URL): the
 * browser's own URL is Node's, and the `url` package would add a legacy parser nobody calls.
 */
export const URL = globalThis.URL;
