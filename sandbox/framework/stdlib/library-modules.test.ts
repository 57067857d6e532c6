import { describe, expect, it } from 'vitest';
import { newDict } from '../python';
import { LIBRARY_MODULE_NAMES } from '.';
import { libraryModules } from './library-modules';

describe('the standard library chunk', () => {
  it('holds exactly the modules the registry names for it', () => {
    const ctx = { environ: newDict([]), argv: [], sysPath: [], cwd: '/' };
    expect(Object.keys(libraryModules(ctx)).sort()).toEqual([...LIBRARY_MODULE_NAMES].sort());
  });
});
