import { PyClass, type PyValue } from '../../python';
import type { Options } from './options';

/**
 * `Model._meta`: the Options each model class was given when it was created. It is a module
 * of its own, below everything else in the ORM, because fields, queries and instances all
 * find a class's options from the class, and so does Options itself (a ForeignKey's `to`
 * names a class), while the Model class that fills it in imports them all.
 */
const metas = new WeakMap<PyClass, Options>();

export function metaOf(cls: PyValue): Options | undefined {
  return cls instanceof PyClass ? metas.get(cls) : undefined;
}

export function setMeta(cls: PyClass, options: Options) {
  metas.set(cls, options);
}
