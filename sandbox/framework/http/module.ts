import { PyClass, objectClass, type Interpreter, type PyValue } from '../python';
import { Http404 } from './exceptions';
import { QueryDict, bindQueryDictInterpreter } from './querydict';
import { RawPostDataException } from './request';
import { bindResponseInterpreter, responseClasses } from './response';

/** `from django.http import HttpResponse, JsonResponse, Http404, ...`. */
export function httpModule(interp: Interpreter): Record<string, PyValue> {
  bindResponseInterpreter(interp);
  bindQueryDictInterpreter(interp);
  return {
    ...responseClasses(),
    Http404,
    QueryDict,
    RawPostDataException,
    HttpRequest: new PyClass('HttpRequest', [objectClass], 'django.http.request'),
  };
}
