import type { Library } from '../library';
import { flowTags } from './flow';
import { loaderTags } from './loader-tags';
import { miscTags } from './misc';
import { doNow } from './now';
import { staticLibrary } from './static';

/** The builtin tags (django.template.defaulttags and loader_tags). */
export const defaultTags: Library = { tags: { ...flowTags, ...loaderTags, ...miscTags, now: doNow }, filters: {} };

const empty: Library = { tags: {}, filters: {} };

/**
 * The libraries `{% load %}` knows with startproject's INSTALLED_APPS. Only `static` has
 * content; the others exist so `{% load %}`'s error lists the same names as Django.
 */
export const installedLibraries: Record<string, Library> = {
  admin_list: empty,
  admin_modify: empty,
  admin_urls: empty,
  cache: empty,
  i18n: empty,
  l10n: empty,
  log: empty,
  static: staticLibrary,
  tz: empty,
};
