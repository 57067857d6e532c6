import path from 'node:path';
import { PyDict, PyInstance, PyList, PyTuple, dictGet, type Interpreter, type PyValue } from '../python';
import { requestContext } from './context-processors';
import type { Settings } from '../conf/settings';
import type { AppRegistry } from '../apps/registry';
import { Engine, type EngineOptions } from '../template';

/** The engine settings.TEMPLATES describes for this project. */
export function engineFor(interp: Interpreter, settings: Settings, apps: AppRegistry, reverse: EngineOptions['reverse']): Engine {
  return new Engine(engineConfig(interp, settings, apps, reverse));
}

/** The engine's options from settings.TEMPLATES[0] (the DjangoTemplates backend). */
export function engineConfig(interp: Interpreter, settings: Settings, apps: AppRegistry, reverse: EngineOptions['reverse']): EngineOptions {
  const templates = settings.get('TEMPLATES');
  const first = templates instanceof PyList || templates instanceof PyTuple ? templates.items[0] : undefined;
  const option = (name: string): PyValue | undefined => (first instanceof PyDict ? dictGet(first, name) : undefined);
  const dirsValue = option('DIRS');
  const dirs = dirsValue instanceof PyList || dirsValue instanceof PyTuple ? dirsValue.items.map((d) => path.resolve(interp.options.cwd ?? '/', interp.str(d))) : [];
  const appDirsOn = option('APP_DIRS');
  const appDirs =
    appDirsOn !== undefined && interp.truthy(appDirsOn)
      ? apps.appConfigs.filter((a) => a.module?.file).map((a) => path.join(path.dirname(a.module!.file!), 'templates'))
      : [];
  const staticUrl = settings.get('STATIC_URL');
  return {
    interp,
    // The same files the interpreter reads the learner's Python from.
    readFile: (p) => interp.options.fs.readFile(p),
    dirs,
    appDirs,
    debug: settings.bool('DEBUG', false),
    staticUrl: typeof staticUrl === 'string' ? (staticUrl.startsWith('/') ? staticUrl : `/${staticUrl}`) : '/static/',
    reverse,
    requestContext: (request) => (request instanceof PyInstance ? { csrfToken: null, context: requestContext(interp, settings, request) } : null),
  };
}
