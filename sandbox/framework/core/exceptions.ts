import { PyClass, exceptionClass, type PyValue } from '../python';
import { DisallowedHost, SuspiciousOperation } from '../http/exceptions';

/** django.core.exceptions, as Python classes the learner's code can catch. */
const MODULE = 'django.core.exceptions';

function define(name: string, base: PyClass): PyClass {
  return new PyClass(name, [base], MODULE);
}

export const ImproperlyConfigured = define('ImproperlyConfigured', exceptionClass('Exception'));
export const AppRegistryNotReady = define('AppRegistryNotReady', exceptionClass('Exception'));
export const ObjectDoesNotExist = define('ObjectDoesNotExist', exceptionClass('Exception'));
export const FieldError = define('FieldError', exceptionClass('Exception'));
export const ValidationError = define('ValidationError', exceptionClass('Exception'));
export const PermissionDenied = define('PermissionDenied', exceptionClass('Exception'));

export function exceptionsModule(): Record<string, PyValue> {
  return { ImproperlyConfigured, AppRegistryNotReady, ObjectDoesNotExist, FieldError, ValidationError, PermissionDenied, SuspiciousOperation, DisallowedHost };
}
