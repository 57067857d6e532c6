import { PyClass, PyDict, PyException, PyList, PyNativeFunction, PyTuple, newDict, newException, pyError, typeName, type Interpreter, type PyValue } from '../python';
import type { Settings } from '../conf/settings';
import type { AppRegistry } from '../apps/registry';
import { Http404 } from '../http/exceptions';
import { HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect, bindResponseInterpreter } from '../http/response';
import { NoReverseMatch } from '../urls/resolvers';
import { engineFor } from './template-engine';

export interface ShortcutsContext {
  settings(): Settings;
  apps: AppRegistry;
  /** django.urls.reverse, as the Python module exports it. */
  reverse(): PyValue;
}

/** {% url %}'s reverse(): django.urls.reverse called as Python code calls it. */
export function reverseFor(interp: Interpreter, reverse: () => PyValue) {
  return (viewName: string, args: PyValue[], kwargs: Map<string, PyValue>): string =>
    interp.str(interp.call(reverse(), [viewName], new Map<string, PyValue>([['args', new PyTuple(args)], ['kwargs', newDict([...kwargs])]])));
}

/** render(request, template_name, context=None, content_type=None, status=None). */
function render(interp: Interpreter, ctx: ShortcutsContext) {
  return new PyNativeFunction('render', (args, kwargs) => {
    const arg = (i: number, name: string) => (kwargs.has(name) ? kwargs.get(name)! : args[i]);
    const request = arg(0, 'request') ?? null;
    const name = arg(1, 'template_name');
    if (name === undefined) throw pyError('TypeError', `render() missing 1 required positional argument: 'template_name'`);
    const context = arg(2, 'context') ?? new PyDict();
    if (!(context instanceof PyDict)) throw pyError('TypeError', `context must be a dict rather than ${typeName(context)}.`);
    const engine = engineFor(interp, ctx.settings(), ctx.apps, reverseFor(interp, ctx.reverse));
    const names = name instanceof PyList || name instanceof PyTuple ? name.items.map((n) => interp.str(n)) : interp.str(name);
    const content = engine.renderToString(names, context, engine.options.requestContext?.(request) ?? null);
    const response = new Map<string, PyValue>();
    const contentType = arg(3, 'content_type');
    const status = arg(4, 'status');
    if (contentType !== undefined && contentType !== null) response.set('content_type', contentType);
    if (status !== undefined && status !== null) response.set('status', status);
    return interp.call(HttpResponse, [content], response);
  });
}

/** resolve_url: a model's get_absolute_url(), a view name reversed, or the text as a URL. */
function resolveUrl(interp: Interpreter, ctx: ShortcutsContext, to: PyValue, args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
  const absolute = interp.findAttr(to, 'get_absolute_url');
  if (absolute !== undefined && typeof to !== 'string') return interp.call(absolute, []);
  if (typeof to === 'string' && (to.startsWith('./') || to.startsWith('../'))) return to;
  try {
    const reverseArgs = new Map<string, PyValue>([['args', new PyTuple(args)], ['kwargs', newDict([...kwargs])]]);
    return interp.call(ctx.reverse(), [to], reverseArgs);
  } catch (err) {
    if (!(err instanceof PyException) || !err.exc.cls.isSubclassOf(NoReverseMatch)) throw err;
    if (typeof to !== 'string' || (!to.includes('/') && !to.includes('.'))) throw err;
    return to;
  }
}

/** The queryset behind a Model, a Manager or a QuerySet, as get_object_or_404 takes it. */
function querysetOf(interp: Interpreter, klass: PyValue, fn: string): { qs: PyValue; model: string } {
  if (klass instanceof PyClass) {
    const manager = interp.findAttr(klass, '_default_manager') ?? interp.findAttr(klass, 'objects');
    if (manager !== undefined) return { qs: interp.call(interp.getAttr(manager, 'all'), []), model: klass.name };
  }
  const all = interp.findAttr(klass, 'all');
  if (all === undefined || typeof klass === 'string') {
    const shown = klass instanceof PyClass ? klass.name : typeName(klass);
    throw pyError('ValueError', `First argument to ${fn}() must be a Model, Manager, or QuerySet, not '${shown}'.`);
  }
  const qs = interp.call(all, []);
  const model = interp.findAttr(qs, 'model');
  return { qs, model: model instanceof PyClass ? model.name : typeName(klass) };
}

/** `from django.shortcuts import render, redirect, get_object_or_404, get_list_or_404`. */
export function shortcutsModule(interp: Interpreter, ctx: ShortcutsContext): Record<string, PyValue> {
  bindResponseInterpreter(interp);
  return {
    render: render(interp, ctx),
    resolve_url: new PyNativeFunction('resolve_url', ([to, ...args], kwargs) => resolveUrl(interp, ctx, to ?? null, args, new Map(kwargs))),
    redirect: new PyNativeFunction('redirect', ([to, ...args], kwargs) => {
      const permanent = kwargs.has('permanent') && interp.truthy(kwargs.get('permanent')!);
      const rest = new Map([...kwargs].filter(([k]) => k !== 'permanent'));
      const url = resolveUrl(interp, ctx, to ?? null, args, rest);
      return interp.call(permanent ? HttpResponsePermanentRedirect : HttpResponseRedirect, [url]);
    }),
    get_object_or_404: new PyNativeFunction('get_object_or_404', ([klass, ...args], kwargs) => {
      const { qs, model } = querysetOf(interp, klass ?? null, 'get_object_or_404');
      try {
        return interp.call(interp.getAttr(qs, 'get'), args, kwargs);
      } catch (err) {
        if (err instanceof PyException && err.exc.cls.mro.some((c) => c.name === 'ObjectDoesNotExist' || c.name === 'DoesNotExist')) {
          throw new PyException(newException(Http404, [`No ${model} matches the given query.`]));
        }
        throw err;
      }
    }),
    get_list_or_404: new PyNativeFunction('get_list_or_404', ([klass, ...args], kwargs) => {
      const { qs, model } = querysetOf(interp, klass ?? null, 'get_list_or_404');
      const items = interp.iterate(interp.call(interp.getAttr(qs, 'filter'), args, kwargs));
      if (!items.length) throw new PyException(newException(Http404, [`No ${model} matches the given query.`]));
      return new PyList(items);
    }),
  };
}
