/**
 * `startproject`/`startapp --template DIR`: Django's TemplateCommand walking a template
 * directory of the learner's. Folders and file names holding `project_name`/`app_name` are
 * renamed, `*.py-tpl` files lose their `-tpl`, and the files whose new name ends with one
 * of the --extension suffixes, or that --name lists, are rendered with Django's template
 * engine (autoescape off) in a context of the command's options; the rest are copied.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PyList, pyError, type PyValue } from '../../python';
import { Engine } from '../../template';
import { Context } from '../../template/context';
import { CommandError, type Options } from './base';
import type { CommandContext } from './context';

const URL_SCHEMES = ['http', 'https', 'ftp'];
/** django.utils.archive's formats, by the extensions it reads them from. */
const ARCHIVE_EXTENSIONS = ['.tar', '.tar.bz2', '.tbz2', '.tbz', '.tz2', '.tar.gz', '.tgz', '.taz', '.tar.xz', '.txz', '.tar.lzma', '.tlz', '.zip'];

/** handle_extensions(): comma-separated lists flattened, each with its leading dot. */
export function handleExtensions(extensions: readonly string[]): string[] {
  const list = extensions.flatMap((ext) => ext.replace(/ /g, '').split(',')).map((ext) => (ext.startsWith('.') ? ext : `.${ext}`));
  return [...new Set(list)];
}

/** A temporary folder's name as tempfile.mkdtemp makes them: what Django's messages show. */
function temporaryFolder(appOrProject: string, suffix: string): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz0123456789_';
  const random = Array.from({ length: 8 }, () => letters[Math.floor(Math.random() * letters.length)]).join('');
  return `/tmp/django_${appOrProject}_template_${random}${suffix}`;
}

/** handle_template(): the template directory, or Django's error for what the sandbox cannot use. */
export function templateDirectory(template: string, appOrProject: 'app' | 'project', ctx: CommandContext): string {
  const stripped = template.startsWith('file://') ? template.slice('file://'.length) : template;
  const expanded = path.normalize(path.resolve(ctx.cwd, stripped));
  if (fs.existsSync(expanded) && fs.statSync(expanded).isDirectory()) return expanded;
  const scheme = template.includes(':') ? template.split(':', 1)[0]!.toLowerCase() : '';
  if (URL_SCHEMES.includes(scheme)) {
    // The sandbox has no network to download from.
    throw new CommandError(`couldn't download URL ${template} to ${temporaryFolder(appOrProject, '_download')}: [Errno -3] Temporary failure in name resolution`);
  }
  if (fs.existsSync(expanded)) {
    const lower = expanded.toLowerCase();
    const reason = ARCHIVE_EXTENSIONS.some((ext) => lower.endsWith(ext))
      ? 'the sandbox cannot unpack archives; give the template as a directory'
      : `Path not a recognized archive format: ${expanded}`;
    throw new CommandError(`couldn't extract file ${expanded} to ${temporaryFolder(appOrProject, '_extract')}: ${reason}`);
  }
  throw new CommandError(`couldn't handle ${appOrProject} template ${template}.`);
}

function toPython(value: unknown): PyValue {
  if (Array.isArray(value)) return new PyList(value.map(toPython));
  if (value === undefined) return null;
  return value as PyValue;
}

export interface TemplateCopy {
  appOrProject: 'app' | 'project';
  name: string;
  topDir: string;
  templateDir: string;
  options: Options;
  /** The template context's names besides the options (project_name, camel_case_project_name...). */
  context: Record<string, string>;
  aOrAn: string;
  verbosity: number;
}

/** Copies and renders the template directory into topDir, as TemplateCommand.handle does. */
export function copyTemplateDirectory(copy: TemplateCopy, ctx: CommandContext): void {
  const { appOrProject, name, topDir, templateDir, options } = copy;
  const extensions = handleExtensions(options.extensions as string[]);
  const extraFiles = (options.files as string[]).flatMap((f) => f.split(',').map((s) => s.trim()));
  const exclude = options.exclude as string[] | undefined;
  const excluded = ['.git', '__pycache__', ...(exclude ?? []).map((d) => d.trim())];
  if (copy.verbosity >= 2) {
    ctx.stdout(`Rendering ${appOrProject} template files with extensions: ${extensions.join(', ')}\n`);
    ctx.stdout(`Rendering ${appOrProject} template files with filenames: ${extraFiles.join(', ')}\n`);
  }
  const baseName = `${appOrProject}_name`;
  const engine = new Engine({
    interp: ctx.interp,
    readFile: () => null,
    dirs: [],
    appDirs: [],
    debug: false,
    staticUrl: '',
    // Django renders with settings that have no ROOT_URLCONF.
    reverse: () => {
      throw pyError('AttributeError', "'Settings' object has no attribute 'ROOT_URLCONF'");
    },
  });
  const values = new Map<string, PyValue>(Object.entries(options).map(([key, value]) => [key, toPython(value)]));
  for (const [key, value] of Object.entries(copy.context)) values.set(key, value);

  const walk = (root: string) => {
    const relativeDir = path.relative(templateDir, root).replaceAll(baseName, name);
    if (relativeDir) fs.mkdirSync(path.join(topDir, relativeDir), { recursive: true });
    const entries = fs.readdirSync(root).sort();
    const dirs = entries.filter((entry) => fs.statSync(path.join(root, entry)).isDirectory());
    // Without --exclude, every hidden folder stays behind; with it, only the ones listed (and .git, __pycache__).
    const kept = dirs.filter((dir) => (exclude === undefined ? !dir.startsWith('.') && dir !== '__pycache__' : !excluded.includes(dir)));
    for (const filename of entries.filter((entry) => !dirs.includes(entry))) {
      if (/\.(pyo|pyc|py\.class)$/.test(filename)) continue;
      let newPath = path.join(topDir, relativeDir, filename.replaceAll(baseName, name));
      if (newPath.endsWith('.py-tpl')) newPath = newPath.slice(0, -'-tpl'.length);
      if (fs.existsSync(newPath)) {
        throw new CommandError(`${newPath} already exists. Overlaying ${copy.aOrAn} ${appOrProject} into an existing directory won't replace conflicting files.`);
      }
      const oldPath = path.join(root, filename);
      if (extensions.some((ext) => newPath.endsWith(ext)) || extraFiles.includes(filename)) {
        const context = new Context(ctx.interp, engine, new Map(values));
        context.autoescape = false;
        fs.writeFileSync(newPath, engine.fromString(fs.readFileSync(oldPath, 'utf8')).renderIn(context, true));
      } else fs.writeFileSync(newPath, fs.readFileSync(oldPath));
      if (copy.verbosity >= 2) ctx.stdout(`Creating ${newPath}\n`);
    }
    for (const dir of kept) walk(path.join(root, dir));
  };
  walk(templateDir);
}
