import { PyClass, PyInstance, PyNativeFunction, newDict, type Interpreter } from '../../python';
import { metaOf } from '../../db/models/meta';
import { camelCaseToSpaces } from '../../utils/text';

/**
 * What the generic views read from a model's `_meta` (app_label, model_name, verbose_name), for
 * a model class or one of its instances; None for anything else, where Django's views test
 * `isinstance(obj, models.Model)`.
 */
export function modelMetaNative(interp: Interpreter): PyNativeFunction {
  return new PyNativeFunction('_meta', ([value]) => {
    const cls = value instanceof PyClass ? value : value instanceof PyInstance ? value.cls : null;
    const opts = cls && metaOf(cls);
    if (!opts) return null;
    const verbose = opts.meta.get('verbose_name');
    return newDict([
      ['app_label', opts.appLabel],
      ['model_name', opts.modelName],
      ['object_name', opts.objectName],
      ['verbose_name', verbose !== undefined && verbose !== null ? interp.str(verbose) : camelCaseToSpaces(opts.objectName)],
    ]);
  });
}
