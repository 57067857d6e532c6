import { contribSource } from '../sources';

/** The admin's static files (our own stylesheet and icons), by their path under STATIC_URL. */
const FILES: Record<string, { source: 'adminCss' | 'adminIconYes' | 'adminIconNo' | 'adminIconUnknown' | 'adminSearch' | 'adminAddlink' | 'adminChangelink' | 'adminDeletelink'; contentType: string }> = {
  'admin/css/base.css': { source: 'adminCss', contentType: 'text/css' },
  'admin/img/icon-yes.svg': { source: 'adminIconYes', contentType: 'image/svg+xml' },
  'admin/img/icon-no.svg': { source: 'adminIconNo', contentType: 'image/svg+xml' },
  'admin/img/icon-unknown.svg': { source: 'adminIconUnknown', contentType: 'image/svg+xml' },
  'admin/img/search.svg': { source: 'adminSearch', contentType: 'image/svg+xml' },
  'admin/img/icon-addlink.svg': { source: 'adminAddlink', contentType: 'image/svg+xml' },
  'admin/img/icon-changelink.svg': { source: 'adminChangelink', contentType: 'image/svg+xml' },
  'admin/img/icon-deletelink.svg': { source: 'adminDeletelink', contentType: 'image/svg+xml' },
};

/**
 * One of django.contrib.admin's static files, as the staticfiles finders find it in the app's
 * `static/` folder: `path` is relative to STATIC_URL (`admin/css/base.css`); null if the admin
 * has no such file. The files live in the lazily loaded chunk, with the admin's Python.
 */
export function adminStaticFile(path: string): { contentType: string; body: string } | null {
  const file = Object.hasOwn(FILES, path) ? FILES[path] : undefined;
  if (!file) return null;
  return { contentType: file.contentType, body: contribSource(file.source, 'django.contrib.admin') };
}
