import type { Interpreter, PyClass, PyValue } from '../python';
import { ValidationError } from '../core/exceptions';
import { installValidationError } from '../core/validation-error';
import { validatorClasses } from '../core/validators';
import { errorListClasses } from './utils';
import { widgetClasses } from './widgets';
import { fieldClasses } from './fields';
import { boundFieldClass } from './boundfield';
import { formClasses } from './forms';
import { modelFormClasses } from './models';

/** Every class of django.forms, made once per interpreter (their methods call back into it). */
export interface FormsNamespace {
  validators: Record<string, PyValue>;
  widgets: Record<string, PyClass>;
  fields: Record<string, PyClass>;
  utils: Record<string, PyValue>;
  boundfield: Record<string, PyValue>;
  forms: Record<string, PyClass>;
  models: Record<string, PyValue>;
}

const built = new WeakMap<Interpreter, FormsNamespace>();

export function formsNamespace(interp: Interpreter): FormsNamespace {
  let ns = built.get(interp);
  if (ns) return ns;
  installValidationError(interp);
  const validators = validatorClasses(interp);
  const { ErrorList, ErrorDict } = errorListClasses(interp);
  const widgets = widgetClasses(interp);
  const fields = fieldClasses(interp, widgets, validators);
  const BoundField = boundFieldClass(interp);
  const forms = formClasses(interp, fields.Field!, ErrorList, ErrorDict);
  const models = modelFormClasses(interp, { fields, widgets, forms });
  ns = { validators, widgets, fields, utils: { ErrorList, ErrorDict }, boundfield: { BoundField }, forms, models };
  built.set(interp, ns);
  return ns;
}

/** The django.forms modules, for the sandbox's module table. */
export function formsModules(): Record<string, (interp: Interpreter) => Record<string, PyValue>> {
  return {
    'django.forms': (interp) => {
      const ns = formsNamespace(interp);
      return { ...ns.widgets, ...ns.fields, ...ns.forms, ...ns.models, ValidationError, Widget: ns.widgets.Widget! };
    },
    'django.forms.widgets': (interp) => formsNamespace(interp).widgets,
    'django.forms.fields': (interp) => formsNamespace(interp).fields,
    'django.forms.forms': (interp) => formsNamespace(interp).forms,
    'django.forms.models': (interp) => formsNamespace(interp).models,
    'django.forms.utils': (interp) => ({ ...formsNamespace(interp).utils, ValidationError }),
    'django.forms.boundfield': (interp) => formsNamespace(interp).boundfield,
    'django.core.validators': (interp) => ({ ...formsNamespace(interp).validators, ValidationError }),
  };
}
