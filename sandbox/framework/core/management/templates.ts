import fs from 'node:fs';
import path from 'node:path';
import { SUPPRESS } from '../../stdlib/argparse';
import { CommandError, defineCommand, type Command, type Options } from './base';
import type { CommandContext } from './context';
import { APP_TEMPLATE, PROJECT_TEMPLATE, renderTemplate } from '../../conf/templates';
import { STDLIB_MODULES } from '../../utils/stdlib-modules';
import { getRandomSecretKey } from '../../utils/crypto';
import { DJANGO_VERSION, DOCS_VERSION } from '../../version';
import { copyTemplateDirectory, handleExtensions, templateDirectory } from './template-directory';

/** startproject and startapp: the same arguments and the same work, for a project or an app. */
export function templateCommand(appOrProject: 'app' | 'project', help: string, missingArgsMessage: string): Command {
  return defineCommand({
    help,
    requiresSystemChecks: false,
    needsSettings: false,
    missingArgsMessage,
    addArguments(parser) {
      parser.addArgument(['name'], { help: 'Name of the application or project.' });
      parser.addArgument(['directory'], { nargs: '?', help: 'Optional destination directory' });
      parser.addArgument(['--template'], { help: 'The path or URL to load the template from.' });
      parser.addArgument(['--extension', '-e'], {
        dest: 'extensions',
        action: 'append',
        default: ['py'],
        help: 'The file extension(s) to render (default: "py"). Separate multiple extensions with commas, or use -e multiple times.',
      });
      parser.addArgument(['--name', '-n'], {
        dest: 'files',
        action: 'append',
        default: [],
        help: 'The file name(s) to render. Separate multiple file names with commas, or use -n multiple times.',
      });
      // The built-in templates hold no folder to leave out; --exclude matters with --template.
      parser.addArgument(['--exclude', '-x'], {
        action: 'append',
        nargs: '?',
        const: '',
        default: SUPPRESS,
        help: 'The directory name(s) to exclude, in addition to .git and __pycache__. Can be used multiple times.',
      });
    },
    handle(options, ctx) {
      runTemplateCommand(appOrProject, options, ctx);
    },
  });
}

/** Packages a project's environment has besides the standard library: names a new app or project cannot take. */
const INSTALLED_PACKAGES = new Set(['django', 'asgiref', 'sqlparse', 'pip']);

/**
 * Django's TemplateCommand: what startproject and startapp share. Validates the name, picks
 * the folder, and writes the template's files with the name filled in.
 */
export function runTemplateCommand(appOrProject: 'app' | 'project', options: Options, ctx: CommandContext): void {
  const name = options.name as string;
  const target = (options.directory as string | null | undefined) ?? null;
  const aOrAn = appOrProject === 'app' ? 'an' : 'a';
  validateName(name, 'name', appOrProject, aOrAn, ctx);
  let topDir: string;
  if (target === null) {
    topDir = path.join(ctx.cwd, name);
    if (fs.existsSync(topDir)) throw new CommandError(`'${topDir}' already exists`);
    fs.mkdirSync(topDir, { recursive: true });
  } else {
    if (appOrProject === 'app') validateName(path.basename(target), 'directory', appOrProject, aOrAn, ctx);
    topDir = path.resolve(ctx.cwd, target);
    if (!fs.existsSync(topDir)) throw new CommandError(`Destination directory '${topDir}' does not exist, please create it first.`);
  }
  const context: Record<string, string> = {
    [`${appOrProject}_name`]: name,
    [`${appOrProject}_directory`]: topDir,
    [`camel_case_${appOrProject}_name`]: titleCase(name).replace(/_/g, ''),
    // startproject adds it to its options, so a custom template sees it too.
    ...(appOrProject === 'project' ? { secret_key: getRandomSecretKey() } : {}),
    docs_version: DOCS_VERSION,
    django_version: DJANGO_VERSION,
  };
  const verbosity = options.verbosity as number;
  if (typeof options.template === 'string') {
    const templateDir = templateDirectory(options.template, appOrProject, ctx);
    copyTemplateDirectory({ appOrProject, name, topDir, templateDir, options, context, aOrAn, verbosity }, ctx);
    return;
  }
  if (verbosity >= 2) {
    ctx.stdout(`Rendering ${appOrProject} template files with extensions: ${handleExtensions(options.extensions as string[]).join(', ')}\n`);
    ctx.stdout(`Rendering ${appOrProject} template files with filenames: ${(options.files as string[]).join(', ')}\n`);
  }
  const template = appOrProject === 'project' ? PROJECT_TEMPLATE : APP_TEMPLATE;
  for (const [relative, text] of Object.entries(template)) {
    const file = path.join(topDir, relative.replace(/^project_name(?=\/)/, name));
    if (fs.existsSync(file)) {
      throw new CommandError(`${file} already exists. Overlaying ${aOrAn} ${appOrProject} into an existing directory won't replace conflicting files.`);
    }
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, renderTemplate(text, context));
    if (verbosity >= 2) ctx.stdout(`Creating ${file}\n`);
  }
}

/** Python's str.title(): each run of letters starts upper-case. */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[^a-z])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function validateName(name: string, nameOrDir: 'name' | 'directory', app: string, aOrAn: string, ctx: CommandContext) {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    throw new CommandError(`'${name}' is not a valid ${app} ${nameOrDir}. Please make sure the ${nameOrDir} is a valid identifier.`);
  }
  if (STDLIB_MODULES.has(name) || INSTALLED_PACKAGES.has(name) || ctx.interp.canImport(name)) {
    throw new CommandError(
      `'${name}' conflicts with the name of an existing Python module and cannot be used as ${aOrAn} ${app} ${nameOrDir}. Please try another ${nameOrDir}.`,
    );
  }
}
