import fs from 'node:fs';
import type { Check, CheckResult } from './checks';
import { collapseSpaces, homePath, type GradeContext } from './context';

type FileCheck = Extract<Check, { type: 'file_exists' | 'folder_exists' | 'file_absent' | 'file_contains' | 'migration_exists' }>;

const kindOf = (file: string): 'file' | 'folder' | null => {
  try {
    return fs.statSync(file).isDirectory() ? 'folder' : 'file';
  } catch {
    return null;
  }
};

export function fileCheck(check: FileCheck, context: GradeContext): CheckResult {
  if (check.type === 'migration_exists') {
    const file = homePath(context, `${check.project}/${check.app}/migrations/${check.name}.py`);
    return { passed: kindOf(file) === 'file' };
  }
  const file = homePath(context, check.path);
  const kind = kindOf(file);
  switch (check.type) {
    case 'file_exists':
      return { passed: kind === 'file', found: kind === 'folder' ? 'a folder' : undefined };
    case 'folder_exists':
      return { passed: kind === 'folder', found: kind === 'file' ? 'a file' : undefined };
    case 'file_absent':
      return { passed: kind === null };
    case 'file_contains':
      return { passed: kind === 'file' && collapseSpaces(fs.readFileSync(file, 'utf8')).includes(collapseSpaces(check.text)) };
  }
}
