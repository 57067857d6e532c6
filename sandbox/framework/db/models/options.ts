import type { PyClass, PyValue } from '../../python';
import type { FieldInfo } from './fields';

/** A model class as the framework knows it: Django's `Model._meta`. */
export interface ModelInfo {
  cls: PyClass;
  name: string;
  appLabel: string;
  fields: FieldInfo[];
  /** The inner `class Meta` options, by name. */
  meta: Map<string, PyValue>;
}

/** The table a model lives in: Meta.db_table, else `app_label_modelname`. */
export function tableName(appLabel: string, name: string, dbTableOption: PyValue | undefined): string {
  return typeof dbTableOption === 'string' ? dbTableOption : `${appLabel}_${name.toLowerCase()}`;
}
