import type { PyClass, PyModule } from '../python';
import type { Options } from '../db/models/options';

/** django.apps.AppConfig as the registry holds it: one installed application. */
export interface AppConfig {
  /** The dotted path in INSTALLED_APPS' sense: `home`, `django.contrib.auth`. */
  name: string;
  label: string;
  module: PyModule | null;
  configClass: PyClass | null;
  /** Models by lower-case name, in definition order. */
  models: Map<string, Options>;
  /** Management commands the app adds (Django finds them in management/commands/). */
  commands: string[];
  /** A contrib app's AppConfig.default_auto_field (they all keep AutoField). */
  defaultAutoField?: string;
}

/**
 * The contrib apps a new project lists, with the commands each adds and the models Django
 * defines in them (module, then class names in definition order), which `shell` counts.
 */
export const CONTRIB_APPS: Record<string, { label: string; commands: string[]; models?: [string, string[]] }> = {
  'django.contrib.admin': { label: 'admin', commands: [], models: ['django.contrib.admin.models', ['LogEntry']] },
  'django.contrib.auth': { label: 'auth', commands: ['changepassword', 'createsuperuser'], models: ['django.contrib.auth.models', ['Permission', 'Group', 'User']] },
  'django.contrib.contenttypes': { label: 'contenttypes', commands: ['remove_stale_contenttypes'], models: ['django.contrib.contenttypes.models', ['ContentType']] },
  'django.contrib.sessions': { label: 'sessions', commands: ['clearsessions'], models: ['django.contrib.sessions.models', ['Session']] },
  'django.contrib.messages': { label: 'messages', commands: [] },
  'django.contrib.staticfiles': { label: 'staticfiles', commands: ['collectstatic', 'findstatic', 'runserver'] },
};
