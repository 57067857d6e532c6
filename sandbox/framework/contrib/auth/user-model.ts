import type { AppRegistry } from '../../apps/registry';
import type { Settings } from '../../conf/settings';

/** settings.AUTH_USER_MODEL, with Django's default. */
export function authUserModel(settings: Settings | null): string {
  const value = settings?.get('AUTH_USER_MODEL');
  return typeof value === 'string' ? value : 'auth.User';
}

/**
 * The swappable models a project has, by lower-cased label, with their setting: Django's
 * apps.get_swappable_settings_name, which a relation to the user model consults to be written
 * `to=settings.AUTH_USER_MODEL` and to depend on `swappable_dependency(settings.AUTH_USER_MODEL)`.
 */
export function swappableSettings(apps: AppRegistry, settings: Settings | null): Map<string, string> {
  const label = authUserModel(settings);
  const [app, model] = label.split('.');
  const installed = apps.byLabel(app ?? '')?.models.has((model ?? '').toLowerCase());
  return installed ? new Map([[label.toLowerCase(), 'AUTH_USER_MODEL']]) : new Map();
}
