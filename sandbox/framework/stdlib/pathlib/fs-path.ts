import { PyInstance, type PyValue } from '../../python';

/** The text of a Path (or a str), for settings such as DATABASES['default']['NAME']. */
export function fsPath(value: PyValue): string | null {
  if (typeof value === 'string') return value;
  if (value instanceof PyInstance && typeof value.native === 'string' && value.cls.module === 'pathlib') return value.native;
  return null;
}
