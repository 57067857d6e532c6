import fs from 'node:fs';
import path from 'node:path';
import type { Variation } from './checks';
import { sqlite } from '../framework';

/**
 * A copy of the learner's project outside their home, changed by `variations`, so a page can
 * be graded on data the learner did not see (a fourth course, a renamed route). Their own
 * files and database are never touched; the copy is removed by `dispose`.
 */
export interface ScratchProject {
  dir: string;
  dispose(): void;
}

/** Where copies go: not under home, so the file tree and the saved sandbox never see them. */
const SCRATCH_ROOT = '/tmp/grader-scratch';
let made = 0;

function copyTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const name of fs.readdirSync(from) as string[]) {
    const source = path.join(from, name);
    const target = path.join(to, name);
    if (fs.statSync(source).isDirectory()) copyTree(source, target);
    else fs.writeFileSync(target, fs.readFileSync(source));
  }
}

function removeTree(dir: string): void {
  for (const name of fs.readdirSync(dir) as string[]) {
    const entry = path.join(dir, name);
    if (fs.statSync(entry).isDirectory()) removeTree(entry);
    else fs.unlinkSync(entry);
  }
  fs.rmdirSync(dir);
}

/** Runs `sql` on the copy's database and saves it; or why it could not (no database, a table the learner's lacks). */
function varyDatabase(file: string, sql: string): string | null {
  if (!fs.existsSync(file)) return 'no db.sqlite3 to vary';
  // sql.js is loaded: grade() loads it before any http_get check.
  const db = new (sqlite().Database)(new Uint8Array(fs.readFileSync(file)));
  try {
    db.exec(sql);
    fs.writeFileSync(file, db.export());
    return null;
  } catch (err) {
    return `the database could not be varied: ${err instanceof Error ? err.message : String(err)}`;
  } finally {
    db.close();
  }
}

/** The copy, or why the project cannot be varied (the learner's file no longer has the text a variation changes). */
export function scratchProject(project: string, variations: Variation[]): ScratchProject | { error: string } {
  const holder = path.join(SCRATCH_ROOT, `${Date.now()}-${made++}-${Math.random().toString(36).slice(2, 8)}`);
  // The copy keeps the folder's name: a settings module may be found by it.
  const dir = path.join(holder, path.basename(project));
  const dispose = () => {
    if (fs.existsSync(holder)) removeTree(holder);
  };
  try {
    copyTree(project, dir);
    for (const v of variations) {
      if ('sql' in v) {
        const refused = varyDatabase(path.join(dir, 'db.sqlite3'), v.sql);
        if (refused) {
          dispose();
          return { error: refused };
        }
        continue;
      }
      const file = path.join(dir, v.file);
      const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
      const pattern = new RegExp(v.pattern);
      if (text === null || !pattern.test(text)) {
        dispose();
        return { error: `${v.file} has nothing that matches /${v.pattern}/ to vary` };
      }
      fs.writeFileSync(file, text.replace(pattern, v.replace));
    }
  } catch (err) {
    dispose();
    throw err;
  }
  return { dir, dispose };
}
