import type { PyValue } from '../../python';
import type { AppRegistry } from '../../apps/registry';
import type { Settings } from '../../conf/settings';
import type { Options } from '../models/options';
import { concreteFieldDefs, manyToManyFieldDefs } from '../models/deconstruct';
import { ProjectState, type ModelState } from './state';

/** Meta options a model state carries, in Django's order (DEFAULT_NAMES, less app_label and apps). */
const META_OPTIONS = [
  'verbose_name', 'verbose_name_plural', 'db_table', 'db_table_comment', 'ordering', 'unique_together', 'permissions',
  'get_latest_by', 'order_with_respect_to', 'db_tablespace', 'abstract', 'managed', 'proxy', 'swappable', 'auto_created',
  'index_together', 'default_permissions', 'select_on_save', 'default_related_name', 'required_db_features',
  'required_db_vendor', 'base_manager_name', 'default_manager_name', 'indexes', 'constraints',
];

/** ModelState.from_model(): a model's fields and options, as migrations compare them. */
export function modelStateFromModel(model: Options, apps: AppRegistry, settings: Settings | null): ModelState {
  // Django's from_model: the concrete fields, then the many-to-many ones.
  const fields = [...concreteFieldDefs(model, apps, settings), ...manyToManyFieldDefs(model)];
  const options = new Map<string, PyValue>();
  for (const name of META_OPTIONS) if (model.meta.has(name)) options.set(name, model.meta.get(name)!);
  return { appLabel: model.appLabel, name: model.objectName, fields, options };
}

/** The state the learner's models.py files describe now, for the apps given. */
export function stateFromModels(apps: AppRegistry, settings: Settings | null, appLabels: Set<string>): ProjectState {
  const state = new ProjectState();
  for (const model of apps.allModels()) if (appLabels.has(model.appLabel)) state.add(modelStateFromModel(model, apps, settings));
  return state;
}
