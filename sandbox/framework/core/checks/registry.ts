import type { AppRegistry } from '../../apps/registry';
import type { CheckMessage } from './messages';
import { checkModels } from './model-checks';

/** django.core.checks.run_checks: every registered check, in Django's order. */
export function runChecks(apps: AppRegistry): CheckMessage[] {
  return [...checkModels(apps)];
}
