import { runChecks } from '../checks/registry';
import { LEVEL_NAMES, formatCheckMessage, isSerious, type CheckMessage } from '../checks/messages';
import { CommandError } from './base';
import { checkUrls } from '../checks/urls';
import { checkStaticfilesDirs } from '../../contrib/staticfiles/checks';
import type { CommandContext } from './context';

/** django.core.management.base.SystemCheckError: printed without a `CommandError:` prefix. */
export class SystemCheckError extends CommandError {
  constructor(message: string) {
    super(message);
    this.name = 'SystemCheckError';
  }
}

/**
 * BaseCommand.check(): runs the checks, prints what they found grouped by level, and
 * raises SystemCheckError when any finding is serious.
 */
export function runSystemChecks(ctx: CommandContext, { displayNumErrors }: { displayNumErrors: boolean }): void {
  const issues: CheckMessage[] = ctx.apps ? runChecks(ctx.apps) : [];
  if (ctx.apps && ctx.settings) {
    if (ctx.apps.appConfigs.some((a) => a.name === 'django.contrib.staticfiles')) issues.push(...checkStaticfilesDirs(ctx.interp, ctx.settings));
    issues.push(...checkUrls(ctx.interp, ctx.settings));
  }
  let header = '';
  let body = '';
  let footer = '';
  if (issues.length) {
    header = 'System check identified some issues:\n';
    const levels = [...new Set(issues.map((i) => i.level))].sort((a, b) => b - a);
    for (const level of levels) {
      const colour = level >= 40 ? ctx.errStyle.ERROR : ctx.errStyle.WARNING;
      // Django sorts the formatted lines (code points, as Python compares strings).
      const lines = issues.filter((i) => i.level === level).map((m) => colour(formatCheckMessage(m)));
      lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      body += `\n${LEVEL_NAMES[level]}:\n${lines.join('\n')}\n`;
    }
  }
  if (displayNumErrors) {
    if (issues.length) footer += '\n';
    const count = issues.length === 0 ? 'no issues' : issues.length === 1 ? '1 issue' : `${issues.length} issues`;
    footer += `System check identified ${count} (0 silenced).`;
  }
  if (issues.some(isSerious)) throw new SystemCheckError(`${ctx.errStyle.ERROR(`SystemCheckError: ${header}`)}${body}${footer}`);
  const message = header + body + footer;
  if (!message) return;
  if (issues.length) ctx.stderr(message + '\n');
  else ctx.stdout(message + '\n');
}
