import { PyException } from '../../python';
import type { Context } from '../context';
import { syntaxError } from '../errors';
import { splitContents } from '../lexer';
import type { TagCompiler } from '../library';
import { Node } from '../nodes';
import { dateParts, formatDate, NAMED_FORMATS } from '../filters/dateformat';

/** `{% now "jS F Y H:i" %}` and `{% now "Y" as year %}`: the current time in the current zone (naive without USE_TZ). */
class NowNode extends Node {
  constructor(
    readonly format: string,
    readonly asvar: string | null,
  ) {
    super();
  }

  render(ctx: Context): string {
    const interp = ctx.interp;
    let moment;
    try {
      const timezone = interp.importModule('django.utils.timezone');
      moment = interp.call(interp.getAttr(timezone, 'now'), []);
      // USE_TZ gives an aware UTC moment, shown in the current zone; without it, the naive local time.
      if (interp.call(interp.getAttr(moment, 'utcoffset'), []) !== null) moment = interp.call(interp.getAttr(timezone, 'localtime'), [moment]);
    } catch (err) {
      if (!(err instanceof PyException) || err.exc.cls.name !== 'ImproperlyConfigured') throw err;
      moment = interp.call(interp.getAttr(interp.getAttr(interp.importModule('datetime'), 'datetime'), 'now'), []);
    }
    const text = formatDate(dateParts(moment, interp)!, NAMED_FORMATS[this.format] ?? this.format);
    if (this.asvar) {
      ctx.set(this.asvar, text);
      return '';
    }
    return text;
  }
}

export const doNow: TagCompiler = (_parser, token) => {
  const bits = splitContents(token.contents);
  let asvar: string | null = null;
  if (bits.length === 4 && bits[2] === 'as') asvar = bits[3]!;
  else if (bits.length !== 2) throw syntaxError("'now' statement takes one argument");
  return new NowNode(bits[1]!.slice(1, -1), asvar);
};
