import { pyLen, pyStrip } from '../../python';
import { fill, wrap } from '../textwrap';
import { pyFormat, pyStr } from './py-values';
import { SUPPRESS, type Action, type MutuallyExclusiveGroup } from './types';

interface Section {
  readonly parent: Section | null;
  readonly heading: string | null;
  readonly items: (() => string)[];
}

/**
 * argparse.HelpFormatter. Items are rendered lazily, when formatHelp() runs, because the
 * column where help text starts depends on the longest invocation in every section.
 */
export class HelpFormatter {
  private currentIndent = 0;
  private actionMaxLength = 0;
  private readonly maxHelpPosition: number;
  private readonly root: Section = { parent: null, heading: null, items: [] };
  private current: Section = this.root;

  constructor(
    protected readonly prog: string,
    protected readonly width: number,
  ) {
    this.maxHelpPosition = Math.min(24, Math.max(width - 20, 4));
  }

  startSection(heading: string): void {
    this.currentIndent += 2;
    const section: Section = { parent: this.current, heading, items: [] };
    this.current.items.push(() => this.formatSection(section));
    this.current = section;
  }

  endSection(): void {
    this.current = this.current.parent ?? this.root;
    this.currentIndent -= 2;
  }

  addText(text: string | null): void {
    if (text !== null && text !== SUPPRESS) this.current.items.push(() => this.formatText(text));
  }

  addUsage(usage: string | null, actions: readonly Action[], groups: readonly MutuallyExclusiveGroup[]): void {
    if (usage === SUPPRESS) return;
    this.current.items.push(() => this.formatUsage(usage, actions, groups));
  }

  addArguments(actions: readonly Action[]): void {
    for (const action of actions) {
      if (action.help === SUPPRESS) continue;
      const length = pyLen(this.invocation(action)) + this.currentIndent;
      this.actionMaxLength = Math.max(this.actionMaxLength, length);
      this.current.items.push(() => this.formatAction(action));
    }
  }

  formatHelp(): string {
    let help = this.formatSection(this.root);
    if (help) help = `${help.replace(/\n\n\n+/g, '\n\n').replace(/^\n+|\n+$/g, '')}\n`;
    return help;
  }

  private formatSection(section: Section): string {
    if (section.parent !== null) this.currentIndent += 2;
    const body = section.items.map((render) => render()).join('');
    if (section.parent !== null) this.currentIndent -= 2;
    if (!body) return '';
    const heading =
      section.heading !== null && section.heading !== SUPPRESS
        ? `${' '.repeat(this.currentIndent)}${section.heading}:\n`
        : '';
    return `\n${heading}${body}\n`;
  }

  private formatText(text: string): string {
    const expanded = text.includes('%(prog)') ? pyFormat(text, { prog: this.prog }) : text;
    const width = Math.max(this.width - this.currentIndent, 11);
    const indent = ' '.repeat(this.currentIndent);
    return `${fill(collapseWhitespace(expanded), width, indent, indent)}\n\n`;
  }

  private formatUsage(
    usage: string | null,
    actions: readonly Action[],
    groups: readonly MutuallyExclusiveGroup[],
  ): string {
    const prefix = 'usage: ';
    const prog = this.prog;
    let text: string;
    if (usage !== null) {
      text = pyFormat(usage, { prog });
    } else if (actions.length === 0) {
      text = prog;
    } else {
      const optionals = actions.filter((a) => a.optionStrings.length > 0);
      const positionals = actions.filter((a) => a.optionStrings.length === 0);
      const actionUsage = this.formatActionsUsage([...optionals, ...positionals], groups);
      text = [prog, actionUsage].filter(Boolean).join(' ');
      const textWidth = this.width - this.currentIndent;
      if (pyLen(prefix) + pyLen(text) > textWidth) {
        text = this.wrapUsage(prefix, prog, optionals, positionals, groups, textWidth);
      }
    }
    return `${prefix}${text}\n\n`;
  }

  /** Usage too long for one line: optionals, then positionals, each group of lines aligned. */
  private wrapUsage(
    prefix: string,
    prog: string,
    optionals: readonly Action[],
    positionals: readonly Action[],
    groups: readonly MutuallyExclusiveGroup[],
    textWidth: number,
  ): string {
    const optUsage = this.formatActionsUsage(optionals, groups);
    const posUsage = this.formatActionsUsage(positionals, groups);
    const optParts = usageParts(optUsage);
    const posParts = usageParts(posUsage);
    // CPython asserts this too: metavars with spaces or brackets cannot be wrapped.
    if (optParts.join(' ') !== optUsage || posParts.join(' ') !== posUsage) {
      throw new Error('AssertionError: usage parts do not rejoin to the usage');
    }

    const linesOf = (parts: readonly string[], indent: string, firstPrefix?: string): string[] => {
      const lines: string[] = [];
      let line: string[] = [];
      let lineLength = (firstPrefix === undefined ? pyLen(indent) : pyLen(firstPrefix)) - 1;
      for (const part of parts) {
        if (lineLength + 1 + pyLen(part) > textWidth && line.length > 0) {
          lines.push(indent + line.join(' '));
          line = [];
          lineLength = pyLen(indent) - 1;
        }
        line.push(part);
        lineLength += pyLen(part) + 1;
      }
      if (line.length > 0) lines.push(indent + line.join(' '));
      if (firstPrefix !== undefined && lines.length > 0) lines[0] = lines[0]!.slice(indent.length);
      return lines;
    };

    let lines: string[];
    if (pyLen(prefix) + pyLen(prog) <= 0.75 * textWidth) {
      const indent = ' '.repeat(pyLen(prefix) + pyLen(prog) + 1);
      if (optParts.length > 0) {
        lines = [...linesOf([prog, ...optParts], indent, prefix), ...linesOf(posParts, indent)];
      } else if (posParts.length > 0) {
        lines = linesOf([prog, ...posParts], indent, prefix);
      } else {
        lines = [prog];
      }
    } else {
      const indent = ' '.repeat(pyLen(prefix));
      lines = linesOf([...optParts, ...posParts], indent);
      if (lines.length > 1) lines = [...linesOf(optParts, indent), ...linesOf(posParts, indent)];
      lines = [prog, ...lines];
    }
    return lines.join('\n');
  }

  /** The usage text for `actions`, bracketing mutually exclusive groups as `[a | b]` / `(a | b)`. */
  private formatActionsUsage(actions: readonly Action[], groups: readonly MutuallyExclusiveGroup[]): string {
    const inGroup = new Set<Action>();
    const inserts = new Map<number, string>();
    const insert = (index: number, text: string, joiner: string) => {
      const existing = inserts.get(index);
      inserts.set(index, existing === undefined ? text : existing + joiner + text);
    };
    for (const group of groups) {
      if (group.actions.length === 0) throw new Error('empty group');
      const start = actions.indexOf(group.actions[0]!);
      if (start < 0) continue;
      const end = start + group.actions.length;
      if (!group.actions.every((action, k) => actions[start + k] === action)) continue;
      for (const action of group.actions) inGroup.add(action);
      const [open, close] = group.required ? ['(', ')'] : ['[', ']'];
      insert(start, open, ' ');
      insert(end, close, '');
      for (let i = start + 1; i < end; i++) inserts.set(i, '|');
    }

    const parts: (string | null)[] = [];
    actions.forEach((action, i) => {
      if (action.help === SUPPRESS) {
        parts.push(null);
        if (inserts.get(i) === '|') inserts.delete(i);
        else if (inserts.get(i + 1) === '|') inserts.delete(i + 1);
      } else if (action.optionStrings.length === 0) {
        let part = this.formatArgs(action, action.dest);
        if (inGroup.has(action) && part.startsWith('[') && part.endsWith(']')) part = part.slice(1, -1);
        parts.push(part);
      } else {
        const optionString = action.optionStrings[0]!;
        let part =
          action.nargs === 0
            ? optionString
            : `${optionString} ${this.formatArgs(action, action.dest.toUpperCase())}`;
        if (!action.required && !inGroup.has(action)) part = `[${part}]`;
        parts.push(part);
      }
    });
    for (const index of [...inserts.keys()].sort((a, b) => b - a)) {
      parts.splice(index, 0, inserts.get(index)!);
    }

    const text = parts
      .filter((part): part is string => part !== null)
      .join(' ')
      .replace(/([[(]) /g, '$1')
      .replace(/ ([\])])/g, '$1')
      .replace(/[[(] *[\])]/g, '')
      .replace(/\(([^|]*)\)/g, '$1');
    return pyStrip(text);
  }

  private formatAction(action: Action): string {
    const helpPosition = Math.min(this.actionMaxLength + 2, this.maxHelpPosition);
    const helpWidth = Math.max(this.width - helpPosition, 11);
    const actionWidth = helpPosition - this.currentIndent - 2;
    const indent = ' '.repeat(this.currentIndent);
    const invocation = this.invocation(action);

    let header: string;
    let firstIndent = 0;
    if (!action.help) {
      header = `${indent}${invocation}\n`;
    } else if (pyLen(invocation) <= actionWidth) {
      header = `${indent}${invocation}${' '.repeat(actionWidth - pyLen(invocation))}  `;
    } else {
      // Too long to share a line with its help: the help starts on the next line.
      header = `${indent}${invocation}\n`;
      firstIndent = helpPosition;
    }

    const parts = [header];
    if (action.help && pyStrip(action.help)) {
      const helpText = this.expandHelp(action);
      if (helpText) {
        const [first, ...rest] = splitLines(helpText, helpWidth);
        if (first === undefined) throw new Error('IndexError: list index out of range');
        parts.push(`${' '.repeat(firstIndent)}${first}\n`);
        for (const line of rest) parts.push(`${' '.repeat(helpPosition)}${line}\n`);
      }
    } else if (!header.endsWith('\n')) {
      parts.push('\n');
    }
    return parts.join('');
  }

  /** How the help list names an action: `-v {0,1,2,3}, --verbosity {0,1,2,3}`, `app_label`. */
  private invocation(action: Action): string {
    if (action.optionStrings.length === 0) return this.metavar(action, action.dest);
    if (action.nargs === 0) return action.optionStrings.join(', ');
    const args = this.formatArgs(action, action.dest.toUpperCase());
    return action.optionStrings.map((optionString) => `${optionString} ${args}`).join(', ');
  }

  private metavar(action: Action, fallback: string): string {
    if (action.metavar !== null) return action.metavar;
    if (action.choices !== null) return `{${action.choices.map(pyStr).join(',')}}`;
    return fallback;
  }

  private formatArgs(action: Action, fallback: string): string {
    const metavar = this.metavar(action, fallback);
    const { nargs } = action;
    if (nargs === null) return metavar;
    if (nargs === '?') return `[${metavar}]`;
    if (nargs === '*') return `[${metavar} ...]`;
    if (nargs === '+') return `${metavar} [${metavar} ...]`;
    return Array<string>(nargs).fill(metavar).join(' ');
  }

  /** Help strings are %-format templates over the action's attributes: %(default)s, %%... */
  private expandHelp(action: Action): string {
    const params: Record<string, unknown> = {
      option_strings: [...action.optionStrings],
      dest: action.dest,
      nargs: action.nargs,
      const: action.const,
      default: action.default,
      type: action.type,
      choices: action.choices === null ? null : action.choices.map(pyStr).join(', '),
      required: action.required,
      help: action.help,
      metavar: action.metavar,
      prog: this.prog,
    };
    if (action.kind === 'version') params.version = action.version;
    for (const [key, value] of Object.entries(params)) {
      if (value === SUPPRESS) delete params[key];
    }
    return pyFormat(action.help ?? '', params);
  }
}

/** Split usage into wrappable parts; a bracketed group such as `[--list | --plan]` stays whole. */
function usageParts(text: string): string[] {
  return text.match(/\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+/g) ?? [];
}

/** argparse collapses runs of ASCII whitespace before wrapping any text it formats. */
function collapseWhitespace(text: string): string {
  return pyStrip(text.replace(/[ \t\n\r\f\v]+/g, ' '));
}

function splitLines(text: string, width: number): string[] {
  return wrap(collapseWhitespace(text), width);
}
