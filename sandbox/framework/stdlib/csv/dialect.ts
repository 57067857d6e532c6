/** csv's formatting parameters, and the reading and writing they govern (no Python values here). */
export const QUOTE_MINIMAL = 0;
export const QUOTE_ALL = 1;
export const QUOTE_NONNUMERIC = 2;
export const QUOTE_NONE = 3;
export const QUOTE_STRINGS = 4;
export const QUOTE_NOTNULL = 5;

export interface Dialect {
  delimiter: string;
  quotechar: string | null;
  escapechar: string | null;
  doublequote: boolean;
  skipinitialspace: boolean;
  lineterminator: string;
  quoting: number;
  strict: boolean;
}

export const EXCEL: Dialect = { delimiter: ',', quotechar: '"', escapechar: null, doublequote: true, skipinitialspace: false, lineterminator: '\r\n', quoting: QUOTE_MINIMAL, strict: false };

/** A csv.Error, which the module turns into Python's `_csv.Error`. */
export class CsvError extends Error {}

/** One field read, and whether it was quoted (QUOTE_NONNUMERIC turns the others into floats). */
export interface Field {
  text: string;
  quoted: boolean;
}

/**
 * Reads one record from `nextLine` (a line with its newline, or null at the end): the
 * fields, or null when no line is left. A quoted field may run over several lines.
 */
export function readRecord(d: Dialect, nextLine: () => string | null): Field[] | null {
  const fields: Field[] = [];
  let field = '';
  let quoted = false;
  let state: 'start' | 'field' | 'escape' | 'quoted' | 'quotedEscape' | 'quoteInQuoted' = 'start';
  let started = false;
  const save = () => {
    fields.push({ text: field, quoted });
    field = '';
    quoted = false;
  };
  for (;;) {
    const line = nextLine();
    if (line === null) {
      if (!started) return null;
      if (state === 'quoted' || state === 'quotedEscape' || state === 'escape') {
        if (d.strict) throw new CsvError('unexpected end of data');
      }
      if (state !== 'start' || fields.length) save();
      return fields;
    }
    started = true;
    let ended = false;
    for (let i = 0; i < line.length && !ended; i++) {
      const c = line[i]!;
      const newline = c === '\n' || c === '\r';
      switch (state) {
        case 'start':
          if (newline) ended = true;
          else if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
            state = 'quoted';
            quoted = true;
          } else if (c === d.escapechar) state = 'escape';
          else if (c === ' ' && d.skipinitialspace) continue;
          else if (c === d.delimiter) save();
          else {
            field += c;
            state = 'field';
          }
          break;
        case 'field':
          if (newline) ended = true;
          else if (c === d.delimiter) {
            save();
            state = 'start';
          } else if (c === d.escapechar) state = 'escape';
          else field += c;
          break;
        case 'escape':
          field += c;
          state = 'field';
          break;
        case 'quoted':
          if (c === d.escapechar) state = 'quotedEscape';
          else if (c === d.quotechar) state = d.doublequote ? 'quoteInQuoted' : 'field';
          else field += c;
          break;
        case 'quotedEscape':
          field += c;
          state = 'quoted';
          break;
        case 'quoteInQuoted':
          if (c === d.quotechar) {
            field += c;
            state = 'quoted';
          } else if (c === d.delimiter) {
            save();
            state = 'start';
          } else if (newline) ended = true;
          else {
            if (d.strict) throw new CsvError(`'${d.delimiter}' expected after '${d.quotechar}'`);
            field += c;
            state = 'field';
          }
          break;
      }
    }
    if (ended || !['quoted', 'quotedEscape', 'escape'].includes(state)) {
      if (state === 'start' && fields.length === 0 && field === '' && !quoted) return [];
      save();
      return fields;
    }
  }
}

/** One field as the writer puts it: quoted, escaped, or as it is. */
function writeField(d: Dialect, text: string, isNumber: boolean, isNone: boolean, only: boolean): string {
  let quote = false;
  switch (d.quoting) {
    case QUOTE_ALL:
      quote = true;
      break;
    case QUOTE_NONNUMERIC:
      quote = !isNumber;
      break;
    case QUOTE_STRINGS:
      quote = !isNumber && !isNone;
      break;
    case QUOTE_NOTNULL:
      quote = !isNone;
      break;
  }
  const special = [d.delimiter, d.quotechar ?? '', '\r', '\n', ...d.lineterminator].filter((c) => c !== '');
  const needs = text.split('').some((c) => special.includes(c)) || (d.escapechar !== null && text.includes(d.escapechar));
  if (d.quoting === QUOTE_MINIMAL && (needs || (only && text === ''))) quote = true;
  let out = '';
  for (const c of text) {
    if (c === d.quotechar && d.quoting !== QUOTE_NONE) {
      if (d.doublequote) out += c + c;
      else if (d.escapechar !== null) out += d.escapechar + c;
      else throw new CsvError('need to escape, but no escapechar set');
    } else if (c === d.escapechar) out += c + c;
    else if (!quote && special.includes(c)) {
      if (d.escapechar === null) throw new CsvError('need to escape, but no escapechar set');
      out += d.escapechar + c;
    } else out += c;
  }
  return quote ? `${d.quotechar ?? ''}${out}${d.quotechar ?? ''}` : out;
}

export interface OutField {
  text: string;
  isNumber: boolean;
  isNone: boolean;
}

export function writeRecord(d: Dialect, fields: OutField[]): string {
  if (d.quoting === QUOTE_NONE && fields.length === 1 && fields[0]!.text === '') throw new CsvError('single empty field record must be quoted');
  return fields.map((f) => writeField(d, f.text, f.isNumber, f.isNone, fields.length === 1)).join(d.delimiter) + d.lineterminator;
}
