import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { brokenCopyZip, RECORD_NAME } from './broken-copy';

const read = (zip: Uint8Array): Record<string, string> => Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
const record = (zip: Uint8Array): unknown => JSON.parse(read(zip)[RECORD_NAME] ?? 'undefined');

describe('the download of a saved copy that could not be opened', () => {
  it('holds every readable file, and the whole record as JSON with bytes in base64', () => {
    const zip = read(
      brokenCopyZip({
        files: { 'mysite/views.py': new TextEncoder().encode('def home(request): ...\n'), 'notes.txt': 'kept as text', 'odd.bin': 7 },
        folders: 'not a list',
      }),
    );
    expect(zip['files/mysite/views.py']).toBe('def home(request): ...\n');
    expect(zip['files/notes.txt']).toBe('kept as text');
    expect(zip['files/odd.bin']).toBeUndefined();
    const whole = JSON.parse(zip[RECORD_NAME] ?? '{}');
    expect(whole.folders).toBe('not a list');
    expect(whole.files['odd.bin']).toBe(7);
    expect(atob(whole.files['mysite/views.py'].base64)).toBe('def home(request): ...\n');
  });

  it('never writes a file outside the folder it is unzipped into', () => {
    const zip = read(brokenCopyZip({ files: { '../evil.sh': 'rm -rf ~', '/etc/x': 'x', 'ok.py': 'x = 1' } }));
    expect(Object.keys(zip).sort()).toEqual(['files/ok.py', RECORD_NAME].sort());
  });

  it('still gives the record when there is nothing like files in it', () => {
    for (const value of [null, 'garbage', 12, [1, 2]]) expect(record(brokenCopyZip(value))).toEqual(value);
  });
});
