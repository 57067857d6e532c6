/** camel_case_to_spaces: the default verbose_name of a model class. */
export function camelCaseToSpaces(name: string): string {
  return name.replace(/((?<=[a-z])[A-Z])|([A-Z](?![A-Z]|$))/g, ' $&').trim().toLowerCase();
}

/**
 * slugify: lower case, spaces and hyphens to one hyphen, anything not a word character
 * dropped, hyphens and underscores trimmed from the ends. ASCII only unless `allowUnicode`
 * (accents decomposed and dropped); with it, letters and digits of any script stay (a
 * word character in Python's sense: combining vowel signs are not).
 */
export function slugify(value: string, allowUnicode = false): string {
  let text = allowUnicode ? value.normalize('NFKC') : value.normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
  text = text.toLowerCase().replace(allowUnicode ? /[^\p{L}\p{N}_\s-]/gu : /[^\w\s-]/g, '');
  return text.replace(/[-\s]+/g, '-').replace(/^[-_]+|[-_]+$/g, '');
}

/** capfirst: the first character upper case. */
export function capfirst(text: string): string {
  const chars = [...text];
  return chars.length ? chars[0]!.toUpperCase() + chars.slice(1).join('') : text;
}

const ELLIPSIS = '%(truncated_text)s…';

/** Truncator's add_truncation_text: the text with the ellipsis (or `truncate`, which may say where the text goes). */
export function addTruncationText(text: string, truncate: string | null = null): string {
  const marker = truncate ?? ELLIPSIS;
  if (marker.includes('%(truncated_text)s')) return marker.replace('%(truncated_text)s', text);
  return text.endsWith(marker) ? text : `${text}${marker}`;
}

/** A combining mark, which Truncator does not count as a character. */
const combining = (ch: string) => /\p{Mn}/u.test(ch);

/** Truncator.chars: at most `length` characters, the truncation text included. */
export function truncateChars(value: string, length: number, truncate: string | null = null): string {
  if (length <= 0) return '';
  const text = [...value.normalize('NFC')];
  let keep = length;
  for (const ch of addTruncationText('', truncate)) {
    if (!combining(ch)) keep -= 1;
    if (keep === 0) break;
  }
  let count = 0;
  let end: number | null = null;
  for (let i = 0; i < text.length; i++) {
    if (combining(text[i]!)) continue;
    count += 1;
    if (end === null && count > keep) end = i;
    if (count > length) return addTruncationText(text.slice(0, end ?? 0).join(''), truncate);
  }
  return text.join('');
}

/** Truncator.words: at most `length` words (split on whitespace, joined by one space). */
export function truncateWords(value: string, length: number, truncate: string | null = null): string {
  if (length <= 0) return '';
  const words = value.split(/\s+/).filter(Boolean);
  if (words.length > length) return addTruncationText(words.slice(0, length).join(' '), truncate);
  return words.join(' ');
}
