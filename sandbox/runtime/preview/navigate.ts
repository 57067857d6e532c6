import type { PreviewResponse } from '../runtime';
import { injectBridge } from './bridge-script';
import { CookieJar } from './cookie-jar';
import { dataUrl } from './data-url';
import type { DispatchSource, NavigateRequest } from './exchange';
import { mediaType, textDecoder } from './headers';
import { inlineAssets } from './inline-assets';
import { fetchFollowing, MAX_REDIRECTS, OffSiteRedirectError, TooManyRedirectsError } from './redirects';
import { resolveSitePath } from './site-url';
import { imagePage, jsonPage, textPage } from './text-pages';

export type NavigationError = 'too-many-redirects' | 'off-site-redirect' | 'failed';

/** What the preview shows after a navigation. */
export type PreviewOutcome =
  /** A page for the iframe's srcdoc, at `path` (after redirects). */
  | { kind: 'document'; path: string; status: number; document: string }
  /** An answer the preview cannot show (a zip, a PDF): only its type and size. */
  | { kind: 'download'; path: string; status: number; contentType: string; size: number }
  /** Nothing listens on the port: the server stopped. */
  | { kind: 'offline' }
  | { kind: 'error'; path: string; error: NavigationError; detail: string };

export interface NavigateOptions {
  /** The browser's cookies, kept by the caller across navigations; a fresh jar if not given. */
  jar?: CookieJar;
  maxRedirects?: number;
}

/** Larger images are offered as a download note rather than a page of base64. */
const MAX_IMAGE_PAGE = 5_000_000;

function isConnectionRefused(error: unknown): boolean {
  if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ECONNREFUSED') return true;
  return error instanceof Error && error.message.includes('ECONNREFUSED');
}

const isHtml = (type: string) => type === 'text/html' || type === 'application/xhtml+xml';
const isJson = (type: string) => type === 'application/json' || type.endsWith('+json');
const isText = (type: string) => type.startsWith('text/') || /^application\/(javascript|ecmascript|xml|x-www-form-urlencoded)$/.test(type) || type.endsWith('+xml');

/**
 * Sends `request` to the server behind `source` as a browser would (cookies, redirects)
 * and turns the answer into something the preview can show. Error pages (Django's 404 and
 * 500 pages) are pages like any other.
 */
export async function navigate(source: DispatchSource, request: NavigateRequest, options: NavigateOptions = {}): Promise<PreviewOutcome> {
  const jar = options.jar ?? new CookieJar();
  let path = request.path;
  let response: PreviewResponse;
  try {
    ({ path, response } = await fetchFollowing(source, request, jar, options.maxRedirects ?? MAX_REDIRECTS));
  } catch (error) {
    if (isConnectionRefused(error)) return { kind: 'offline' };
    const detail = error instanceof Error ? error.message : String(error);
    if (error instanceof TooManyRedirectsError) return { kind: 'error', path: error.path, error: 'too-many-redirects', detail };
    if (error instanceof OffSiteRedirectError) return { kind: 'error', path, error: 'off-site-redirect', detail: error.location };
    return { kind: 'error', path, error: 'failed', detail };
  }

  const type = mediaType(response.headers);
  const { status, body } = response;
  const show = (document: string): PreviewOutcome => ({ kind: 'document', path, status, document });
  const text = () => textDecoder(response.headers).decode(body);

  if (isHtml(type)) {
    const load = async (assetPath: string) =>
      (await fetchFollowing(source, { method: 'GET', path: assetPath, headers: { accept: '*/*' } }, jar)).response;
    const inlined = await inlineAssets(text(), (href) => resolveSitePath(href, path, source.port), load);
    return show(injectBridge(inlined, path, source.port));
  }
  if (isJson(type)) return show(jsonPage(text()));
  if (isText(type)) return show(textPage(text()));
  if (type.startsWith('image/') && body.length <= MAX_IMAGE_PAGE) return show(imagePage(dataUrl(type, body)));
  return { kind: 'download', path, status, contentType: type, size: body.length };
}
