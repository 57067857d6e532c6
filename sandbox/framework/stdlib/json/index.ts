import type { Interpreter, PyValue } from '../../python';
import { pythonModule } from '../re/python-module';
import { JSON_SOURCE } from './module-source';
import { jsonNatives } from './scanner';

/** Python's json, as CPython 3.12 has it: the encoder and decoder classes, dump(s) and load(s). */
export function jsonModule(interp: Interpreter): Record<string, PyValue> {
  return pythonModule(interp, 'json', JSON_SOURCE, jsonNatives(interp));
}

/** json.decoder and json.encoder: where CPython defines the classes json re-exports. */
export function jsonSubmodule(interp: Interpreter, names: string[]): Record<string, PyValue> {
  const json = interp.importModule('json');
  const namespace: Record<string, PyValue> = {};
  for (const name of names) namespace[name] = json.dict.get(name) ?? null;
  return namespace;
}
