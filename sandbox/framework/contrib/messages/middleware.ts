import { PyInstance, pyError } from '../../python';
import type { Middleware } from '../../core/handlers/middleware';
import { requestState } from '../../http/request-state';

/** MessageMiddleware: request._messages is the storage; what it holds at the end is stored for the next request. */
export const messageMiddleware: Middleware = (next, ctx) => {
  const { request, project } = ctx;
  const interp = project.interp;
  // request._messages is made when first used: a request without messages runs none of their Python.
  (requestState(request).lazy ??= new Map()).set('_messages', () => {
    const api = interp.importModule('django.contrib.messages.api');
    const made = interp.call(api.dict.get('default_storage')!, [request]);
    request.dict.set('_messages', made);
    return made;
  });
  const response = next();
  const storage = request.dict.get('_messages');
  if (storage instanceof PyInstance) {
    const unstored = interp.call(interp.getAttr(storage, 'update'), [response]);
    if (unstored !== null && interp.truthy(unstored) && interp.truthy(ctx.value('DEBUG', false))) throw pyError('ValueError', 'Not all temporary messages could be stored.');
  }
  return response;
};
