import { type PyValue } from '../../python';
import { ObjectDoesNotExist } from '../../core/exceptions';
import type { OrmContext } from './context';
import { modelClass } from './base';
import { fieldClasses } from './fields';
import { DELETION_HANDLERS } from './deletion';
import { ManagerClass } from './manager';
import { QuerySetClass } from './query-state';
import { QClass, installQRepr } from './query-utils';
import { ProtectedError, RestrictedError } from './exceptions';
import { FClass, ValueClass, installExpressionReprs } from './expressions';
import { AGGREGATES } from './aggregates';

/** `from django.db import models`: what models.py sees, and the ORM's classes. */
export function modelsModule(orm: OrmContext): Record<string, PyValue> {
  installQRepr(orm.interp);
  installExpressionReprs(orm.interp);
  return {
    Model: modelClass(orm),
    ...fieldClasses(),
    // The on_delete handlers: django.db.models takes them from deletion, as here.
    ...DELETION_HANDLERS,
    Manager: ManagerClass,
    QuerySet: QuerySetClass,
    Q: QClass,
    F: FClass,
    Value: ValueClass,
    ...AGGREGATES,
    ObjectDoesNotExist,
    ProtectedError,
    RestrictedError,
  };
}
