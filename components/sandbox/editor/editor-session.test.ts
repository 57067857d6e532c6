import { describe, expect, it } from 'vitest';
import { EditorSession, type FileIo } from './editor-session';

const utf8 = (text: string) => new TextEncoder().encode(text);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A home folder in memory, counting reads; no view is attached (there is no DOM here). */
function files(initial: Record<string, string | Uint8Array>) {
  const disk = new Map(Object.entries(initial).map(([p, v]) => [p, typeof v === 'string' ? utf8(v) : v]));
  const reads: string[] = [];
  const io: FileIo = {
    async load(path) {
      reads.push(path);
      const bytes = disk.get(path);
      if (!bytes) throw new Error(`ENOENT: ${path}`);
      return bytes;
    },
    async save(path, data) {
      disk.set(path, data);
    },
  };
  return { disk, reads, io };
}

describe('EditorSession', () => {
  it('opens a text file and names it', async () => {
    const { io } = files({ 'polls/views.py': 'x = 1\n' });
    const session = new EditorSession(io, 'hint');
    session.open('polls/views.py');
    expect(session.getSnapshot()).toMatchObject({ path: 'polls/views.py', view: { kind: 'loading' } });
    await settle();
    expect(session.getSnapshot()).toMatchObject({ path: 'polls/views.py', view: { kind: 'text' }, dirty: false, note: null });
  });

  it('says what a database or a broken read is instead of opening it', async () => {
    const { io } = files({ 'db.sqlite3': utf8('SQLite format 3\0rest') });
    const session = new EditorSession(io, 'hint');
    session.open('db.sqlite3');
    await settle();
    expect(session.getSnapshot().view).toEqual({ kind: 'binary', format: 'sqlite' });
    session.open('missing.py');
    await settle();
    expect(session.getSnapshot().view).toEqual({ kind: 'error' });
    session.open(null);
    expect(session.getSnapshot().view).toEqual({ kind: 'empty' });
  });

  it('reads the file again only when the reload key changes, not on the first one', async () => {
    const { io, reads } = files({ 'a.py': 'a\n' });
    const session = new EditorSession(io, 'hint');
    session.open('a.py');
    session.syncReloadKey(0);
    await settle();
    session.syncReloadKey(0);
    await settle();
    expect(reads).toEqual(['a.py']);
    session.syncReloadKey(1);
    await settle();
    expect(reads).toEqual(['a.py', 'a.py']);
  });

  it('follows a file a command changed, removed, or made readable', async () => {
    const { io, disk } = files({ 'a.py': 'a\n', 'data.bin': new Uint8Array([0, 1, 2]) });
    const session = new EditorSession(io, 'hint');
    session.open('a.py');
    await settle();
    disk.set('a.py', utf8('a\nb\n'));
    session.syncReloadKey(1);
    await settle();
    expect(session.getSnapshot()).toMatchObject({ view: { kind: 'text' }, dirty: false });
    disk.delete('a.py');
    session.syncReloadKey(2);
    await settle();
    expect(session.getSnapshot().view).toEqual({ kind: 'gone' });

    session.open('data.bin');
    await settle();
    expect(session.getSnapshot().view).toEqual({ kind: 'binary', format: null });
    disk.set('data.bin', utf8('now text\n'));
    session.syncReloadKey(3);
    await settle();
    expect(session.getSnapshot().view).toEqual({ kind: 'text' });
  });

  it('drops an answer that arrives after another file was opened', async () => {
    let release = () => {};
    const slow: FileIo = {
      load: (path) =>
        path === 'slow.py' ? new Promise((resolve) => (release = () => resolve(utf8('slow\n')))) : Promise.resolve(new Uint8Array([0])),
      save: async () => {},
    };
    const session = new EditorSession(slow, 'hint');
    session.open('slow.py');
    await settle();
    session.open('fast.bin');
    await settle();
    release();
    await settle();
    expect(session.getSnapshot()).toMatchObject({ path: 'fast.bin', view: { kind: 'binary' } });
  });

  it('does not write a file that has no unsaved edits', async () => {
    const { io, disk } = files({ 'a.py': 'a\n' });
    const before = disk.get('a.py');
    const session = new EditorSession(io, 'hint');
    session.open('a.py');
    await settle();
    await session.saveNow();
    expect(disk.get('a.py')).toBe(before);
    expect(session.getSnapshot().save).toBe('idle');
  });
});
