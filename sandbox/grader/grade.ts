import type { Database } from 'sql.js';
import type { Check, CheckResult } from './checks';
import type { GradeContext } from './context';
import { fileCheck } from './file-checks';
import { shellCheck } from './shell-checks';
import { databaseCheck, openDatabase } from './database-checks';
import { projectCheck } from './project-checks';
import { postCheck } from './post-checks';
import { testsCheck } from './test-checks';
import { loadSqlite, loadStandardLibrary } from '../framework';

/**
 * Grades checks against the learner's sandbox as it is now: files, settings, database,
 * the project's answers to requests, and what was typed at the terminal. A check that
 * cannot even be looked at (the project fails to load) fails with the reason as `found`.
 */
export async function grade(checks: Check[], context: GradeContext): Promise<CheckResult[]> {
  const databases = new Map<string, Promise<Database | null>>();
  const database = (project: string) => {
    if (!databases.has(project)) databases.set(project, openDatabase(context, project));
    return databases.get(project)!;
  };
  // Checks import the learner's modules, which import the framework's lazily loaded parts.
  await loadStandardLibrary();
  // A view may query the database while an http_get check is graded; a test run builds a test database.
  if (checks.some((c) => c.type === 'http_get' || c.type === 'http_post' || c.type === 'tests_catch')) await loadSqlite();
  try {
    const one = async (check: Check): Promise<CheckResult> => {
      try {
        return await gradeOne(check, context, database);
      } catch (err) {
        return { passed: false, found: err instanceof Error ? err.message : String(err) };
      }
    };
    const results: (CheckResult | null)[] = [];
    for (const check of checks) results.push(check.type === 'tests_catch' ? null : await one(check));
    // A tests_catch runs the learner's tests twice, for seconds, and the page grades after
    // every command: it waits until every other check of the exercise passes.
    const othersPass = results.every((r) => r === null || r.passed);
    const graded: CheckResult[] = [];
    for (const [i, check] of checks.entries()) graded.push(results[i] ?? (othersPass ? await one(check) : { passed: false }));
    return graded;
  } finally {
    for (const db of databases.values()) (await db)?.close();
  }
}

async function gradeOne(check: Check, context: GradeContext, database: (project: string) => Promise<Database | null>): Promise<CheckResult> {
  switch (check.type) {
    case 'file_exists':
    case 'folder_exists':
    case 'file_absent':
    case 'file_contains':
    case 'migration_exists':
      return fileCheck(check, context);
    case 'command_succeeded':
    case 'venv_active':
    case 'package_installed':
      return shellCheck(check, context);
    case 'migration_applied':
    case 'table_exists':
    case 'table_has_column':
    case 'row_count':
    case 'row_exists':
      return databaseCheck(check, await database(check.project));
    case 'app_installed':
    case 'http_get':
    case 'url_reverses':
      return projectCheck(check, context);
    case 'http_post':
      return postCheck(check, context);
    case 'tests_catch':
      return testsCheck(check, context);
  }
}
