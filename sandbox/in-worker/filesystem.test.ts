import { describe, expect, it } from 'vitest';
import fs, { restore, snapshot } from './filesystem';

describe('the in-memory filesystem', () => {
  it('starts with the learner\'s home and nothing else', () => {
    restore({ files: {}, folders: [], links: {} });
    expect(snapshot()).toEqual({ files: {}, folders: expect.arrayContaining(['/etc', '/tmp', '/usr/bin', '/home', '/home/learner']), links: {} });
  });

  it('round-trips files byte for byte, empty folders and links through a snapshot', () => {
    restore({ files: {}, folders: [], links: {} });
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    fs.mkdirSync('/home/learner/site/static', { recursive: true });
    fs.writeFileSync('/home/learner/site/db.sqlite3', bytes);
    fs.writeFileSync('/home/learner/site/empty.py', '');
    fs.symlinkSync('/usr/bin/python3', '/home/learner/site/python');
    const taken = snapshot();
    expect(taken.files['/home/learner/site/db.sqlite3']).toEqual(bytes);
    expect(taken.folders).toContain('/home/learner/site/static');

    fs.writeFileSync('/home/learner/site/db.sqlite3', 'changed');
    fs.writeFileSync('/home/learner/stray.txt', 'gone after restore');
    expect(taken.files['/home/learner/site/db.sqlite3']).toEqual(bytes);

    restore(structuredClone(taken));
    expect(snapshot()).toEqual(taken);
    expect(fs.existsSync('/home/learner/stray.txt')).toBe(false);
    expect(fs.readlinkSync('/home/learner/site/python')).toBe('/usr/bin/python3');
  });
});
