import { PyDict, PySet, PyTuple, type PyValue } from './objects';
import { hashKey, PyOtherType } from './values';

export type DictViewKind = 'keys' | 'values' | 'items';

/**
 * dict.keys(), .values() and .items(): live views of the dict, not copies, so a view taken
 * before an update sees it. Keys and items views are set-like (`d.keys() & {'a'}`).
 */
export class PyDictView extends PyOtherType {
  readonly pyTypeName: string;
  constructor(
    readonly dict: PyDict,
    readonly kind: DictViewKind,
  ) {
    super();
    this.pyTypeName = `dict_${kind}`;
  }

  get setLike(): boolean {
    return this.kind !== 'values';
  }

  iterItems(): PyValue[] {
    const entries = [...this.dict.entries.values()];
    if (this.kind === 'keys') return entries.map((e) => e.key);
    if (this.kind === 'values') return entries.map((e) => e.value);
    return entries.map((e) => new PyTuple([e.key, e.value]));
  }

  len(): number {
    return this.dict.entries.size;
  }

  /** Keys views equal sets and other keys views with the same members; a values view only itself. */
  equals(other: PyValue): boolean {
    if (this.kind === 'values') return other === this;
    if (this.kind === 'keys' && (other instanceof PySet || (other instanceof PyDictView && other.kind === 'keys'))) {
      const theirs = other instanceof PySet ? other.entries : other.dict.entries;
      return theirs.size === this.dict.entries.size && [...theirs.keys()].every((k) => this.dict.entries.has(k));
    }
    return false;
  }

  hasKey(key: PyValue): boolean {
    return this.dict.entries.has(hashKey(key));
  }
}
