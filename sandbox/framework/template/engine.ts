import { PyDict, PyException, newException, pyError, typeName, type Interpreter, type PyValue } from '../python';
import { Context } from './context';
import { TemplateDoesNotExist, errorData } from './errors';
import { findTemplate, type Attempt } from './loaders';
import { Template } from './template';

export interface EngineOptions {
  interp: Interpreter;
  /** The learner's files. */
  readFile(path: string): string | null;
  /** TEMPLATES[0]['DIRS'], absolute. */
  dirs: string[];
  /** Each installed app's templates/ folder, absolute, in INSTALLED_APPS order (APP_DIRS). */
  appDirs: string[];
  debug: boolean;
  /** settings.STATIC_URL, e.g. '/static/'. */
  staticUrl: string;
  /** What a request adds to a template's context (the csrf token, the context processors' values). */
  requestContext?(request: PyValue): RenderRequest | null;
  /** For {% url %}; throws a PyException (NoReverseMatch) when it cannot. */
  reverse(viewName: string, args: PyValue[], kwargs: Map<string, PyValue>, currentApp: string | null): string;
}

/** What a view's request brings to the context: the CSRF token, and context processors' values. */
export interface RenderRequest {
  /** The token, or null when the context values below bring it (lazily, as the csrf context processor). */
  csrfToken: string | null;
  /** Values context processors add (request, user, messages...), under the view's own. */
  context?: Map<string, PyValue>;
}

/** The DjangoTemplates backend: finds templates by name and renders them. */
export class Engine {
  constructor(readonly options: EngineOptions) {}

  /** Loader order: DIRS, then the app directories; the first file found wins. */
  getTemplate(name: string): Template {
    const tried: Attempt[] = [];
    const found = findTemplate(
      name,
      [
        { loader: 'django.template.loaders.filesystem.Loader', dirs: this.options.dirs },
        { loader: 'django.template.loaders.app_directories.Loader', dirs: this.options.appDirs },
      ],
      (p) => this.options.readFile(p),
      tried,
    );
    if (!found) throw notFound(name, tried);
    return new Template(found.source, this, name, found.path);
  }

  /** select_template: the first of several names that exists. */
  selectTemplate(names: string[]): Template {
    if (!names.length) throw notFound('No template names provided', []);
    const tried: Attempt[] = [];
    for (const name of names) {
      try {
        return this.getTemplate(name);
      } catch (err) {
        if (!(err instanceof PyException) || err.exc.cls !== TemplateDoesNotExist) throw err;
        tried.push(...(errorData(err).attemptedPaths ?? []));
      }
    }
    throw notFound(names.join(', '), tried);
  }

  renderToString(templateName: string | string[], context: PyValue, request: RenderRequest | null = null): string {
    const template = typeof templateName === 'string' ? this.getTemplate(templateName) : this.selectTemplate(templateName);
    return template.render(context, request);
  }

  fromString(source: string): Template {
    return new Template(source, this);
  }

  /** make_context: the view's dict (None for none) over the request's values. */
  makeContext(context: PyValue, request: RenderRequest | null): Context {
    if (context !== null && !(context instanceof PyDict)) {
      throw pyError('TypeError', `context must be a dict rather than ${typeName(context)}.`);
    }
    const values = new Map<string, PyValue>(request?.context ?? []);
    if (request && request.csrfToken !== null) values.set('csrf_token', request.csrfToken);
    if (context) for (const { key, value } of context.entries.values()) values.set(this.options.interp.str(key), value);
    return new Context(this.options.interp, this, values);
  }
}

function notFound(name: string, tried: Attempt[]): PyException {
  const err = new PyException(newException(TemplateDoesNotExist, [name]));
  errorData(err).attemptedPaths = tried;
  return err;
}
