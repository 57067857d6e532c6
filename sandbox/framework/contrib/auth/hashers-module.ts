import { bytesToHex } from '@noble/hashes/utils.js';
import { md5 } from '@noble/hashes/legacy.js';
import { PyNativeFunction, pyError, typeName, type Interpreter, type PyValue } from '../../python';
import { PyBytes } from '../../python/bytes';
import { compareDigest } from '../../stdlib/hmac';
import { sourceModule } from '../../stdlib/types/source-module';
import { randomString } from '../../utils/crypto';
import { pbkdf2Base64 } from './hashers';
import source from './hashers.py?raw';

const encoder = new TextEncoder();

function passwordBytes(value: PyValue | undefined): Uint8Array {
  if (typeof value === 'string') return encoder.encode(value);
  if (value instanceof PyBytes) return value.data;
  throw pyError('TypeError', `a bytes-like object is required, not '${typeName(value ?? null)}'`);
}

/** `import_string(path)`: the attribute a dotted path names, as django.utils.module_loading finds it. */
export function importString(interp: Interpreter, path: string): PyValue {
  const dot = path.lastIndexOf('.');
  if (dot < 0) throw pyError('ImportError', `${path} doesn't look like a module path`);
  const module = interp.importModule(path.slice(0, dot));
  const value = module.dict.get(path.slice(dot + 1));
  if (value === undefined) throw pyError('ImportError', `Module "${path.slice(0, dot)}" does not define a "${path.slice(dot + 1)}" attribute/class`);
  return value;
}

/** `django.contrib.auth.hashers`: make_password, check_password, identify_hasher and the hasher classes. */
export function hashersModule(interp: Interpreter): Record<string, PyValue> {
  return sourceModule(interp, 'django.contrib.auth.hashers', source, {
    _pbkdf2: new PyNativeFunction('_pbkdf2', ([digest, password, salt, iterations]) => {
      if (typeof salt !== 'string' || typeof iterations !== 'number') throw pyError('TypeError', 'pbkdf2() takes a str salt and an int iteration count');
      return pbkdf2Base64(passwordBytes(password), salt, iterations, digest === 'SHA-1' ? 'SHA-1' : 'SHA-256');
    }),
    _md5_hex: new PyNativeFunction('_md5_hex', ([text]) => bytesToHex(md5(passwordBytes(text)))),
    _random_string: new PyNativeFunction('_random_string', ([length]) => randomString(typeof length === 'number' ? length : 12)),
    _compare_digest: new PyNativeFunction('_compare_digest', ([a, b]) => compareDigest(a, b)),
    _import_string: new PyNativeFunction('_import_string', ([path]) => importString(interp, String(path))),
  });
}
