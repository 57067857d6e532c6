import type { PreviewResponse } from '../runtime';
import { dataUrl } from './data-url';
import { mediaType, textDecoder } from './headers';
import { escapeHtml, formatStartTag, spliceAll, startTags, type StartTag } from './html-tags';

/** Fetches a path from the server (following redirects); null when that failed. */
export type AssetLoader = (path: string) => Promise<PreviewResponse | null>;

/** Bigger images stay as they are: a data: URL of megabytes makes the page slow to swap in. */
export const MAX_INLINE_IMAGE = 200_000;
/** A page with hundreds of assets would keep the server busy for a while; the first ones will do. */
const MAX_ASSETS = 40;

type Edit = [number, number, string];

/** Text that must not close the element it is inlined into early (`</style`, `</script`, `<!--`). */
function rawText(text: string, element: 'style' | 'script'): string {
  return text.replace(new RegExp(`</(${element})`, 'gi'), '<\\/$1').replace(/<!--/g, '<\\!--');
}

function ok(response: PreviewResponse | null): response is PreviewResponse {
  return response !== null && response.status >= 200 && response.status < 300;
}

const isStylesheet = (tag: StartTag) =>
  tag.name === 'link' && (tag.attributes.get('rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet') && tag.attributes.has('href');
const isScript = (tag: StartTag) => tag.name === 'script' && tag.attributes.has('src') && (tag.body ?? '').trim() === '';
const isImage = (tag: StartTag) => tag.name === 'img' && tag.attributes.has('src') && !/^data:/i.test(tag.attributes.get('src') ?? '');

/** What a tag becomes once its asset is here: null to leave it as it is. */
function rewrite(tag: StartTag, response: PreviewResponse): string | null {
  const type = mediaType(response.headers);
  const text = () => textDecoder(response.headers).decode(response.body);
  if (isStylesheet(tag)) {
    const media = tag.attributes.get('media');
    return `<style${media ? ` media="${escapeHtml(media)}"` : ''}>${rawText(text(), 'style')}</style>`;
  }
  if (isScript(tag)) {
    const attributes = new Map([...tag.attributes].filter(([name]) => !['src', 'async', 'defer', 'integrity', 'crossorigin'].includes(name)));
    return `${formatStartTag('script', attributes)}${rawText(text(), 'script')}</script>`;
  }
  if (!type.startsWith('image/') || response.body.length > MAX_INLINE_IMAGE) return null;
  const attributes = new Map(tag.attributes);
  attributes.set('src', dataUrl(type, response.body));
  attributes.delete('srcset');
  return formatStartTag('img', attributes);
}

/**
 * A srcdoc document loads `/static/...` from this site, not from the learner's server, so
 * stylesheets, scripts and small images are fetched through the preview and written into
 * the page. A deferred script moves to the end, where it still runs after the page is read.
 */
export async function inlineAssets(html: string, resolve: (href: string) => string | null, load: AssetLoader): Promise<string> {
  const tags = [...startTags(html)].filter((tag) => isStylesheet(tag) || isScript(tag) || isImage(tag)).slice(0, MAX_ASSETS);
  const loads = new Map<string, Promise<PreviewResponse | null>>();
  const results = await Promise.all(
    tags.map(async (tag) => {
      const path = resolve(tag.attributes.get(tag.name === 'link' ? 'href' : 'src') ?? '');
      if (path === null) return null;
      if (!loads.has(path)) loads.set(path, load(path).catch(() => null));
      const response = (await loads.get(path)) ?? null;
      return ok(response) ? rewrite(tag, response) : null;
    }),
  );
  const edits: Edit[] = [];
  let deferred = '';
  tags.forEach((tag, i) => {
    const replacement = results[i];
    if (replacement === null || replacement === undefined) return;
    if (isScript(tag) && tag.attributes.has('defer')) {
      edits.push([tag.start, tag.end, '']);
      deferred += replacement;
    } else {
      edits.push([tag.start, tag.end, replacement]);
    }
  });
  if (deferred !== '') edits.push([html.length, html.length, deferred]);
  return spliceAll(html, edits);
}
