import { PyClass, PyDict, PyException, PyFloat, PyInstance, PyList, PyNativeFunction, dictSet, exceptionClass, newDict, newException, objectClass, pyError, typeName, type Interpreter, type Kwargs, type PyValue } from '../../python';
import { PyLong } from '../../python/big-int';
import { iterOf } from '../../python/iteration';
import { addressOf } from '../../python/native-class';
import { CsvError, EXCEL, QUOTE_ALL, QUOTE_MINIMAL, QUOTE_NONE, QUOTE_NONNUMERIC, QUOTE_NOTNULL, QUOTE_STRINGS, readRecord, writeRecord, type Dialect } from './dialect';

const Error_ = new PyClass('Error', [exceptionClass('Exception')], '_csv');

function csvError(message: string): PyException {
  return new PyException(newException(Error_, [message]));
}

/** Runs csv code, turning its CsvError into `_csv.Error`. */
function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (err) {
    if (err instanceof CsvError) throw csvError(err.message);
    throw err;
  }
}

const PARAMS = ['delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace', 'lineterminator', 'quoting', 'strict'] as const;

/** `csv`: reader, writer, DictReader, DictWriter, the dialects and the QUOTE_ constants. */
export function csvModule(interp: Interpreter): Record<string, PyValue> {
  const registry = new Map<string, Dialect>([
    ['excel', EXCEL],
    ['excel-tab', { ...EXCEL, delimiter: '\t' }],
    ['unix', { ...EXCEL, lineterminator: '\n', quoting: QUOTE_ALL }],
  ]);
  const fn = (name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue) => new PyNativeFunction(name, (a, k) => guarded(() => body(a, k)));

  const dialectClass = (name: string, d: Dialect) => {
    const cls = new PyClass(name, [DialectBase], 'csv');
    for (const p of PARAMS) cls.dict.set(p, d[p]);
    return cls;
  };
  const DialectBase = new PyClass('Dialect', [objectClass], 'csv');
  const DialectObject = new PyClass('Dialect', [objectClass], '_csv', {
    getAttr: (self, name) => ((PARAMS as readonly string[]).includes(name) ? ((self.native as Dialect)[name as keyof Dialect] as PyValue) : undefined),
  });
  DialectObject.dict.set('__repr__', new PyNativeFunction('__repr__', ([self]) => `<_csv.Dialect object at 0x${addressOf(self as PyInstance)}>`));
  const dialectObject = (d: Dialect) => {
    const instance = new PyInstance(DialectObject);
    instance.native = d;
    return instance;
  };

  /** The dialect a reader or writer uses: a name, a Dialect class or object, then keyword overrides. */
  const dialectOf = (value: PyValue | undefined, kwargs: Kwargs): Dialect => {
    let d: Dialect = EXCEL;
    if (typeof value === 'string') {
      const known = registry.get(value);
      if (!known) throw new CsvError('unknown dialect');
      d = known;
    } else if (value instanceof PyInstance && value.cls === DialectObject) d = value.native as Dialect;
    else if (value !== undefined && value !== null) {
      d = { ...EXCEL };
      for (const p of PARAMS) {
        const v = interp.findAttr(value, p);
        if (v !== undefined) (d as unknown as Record<string, PyValue>)[p] = v;
      }
    }
    const out: Dialect = { ...d };
    for (const [k, v] of kwargs) {
      if (!(PARAMS as readonly string[]).includes(k)) throw pyError('TypeError', `'${k}' is an invalid keyword argument for this function`);
      (out as unknown as Record<string, PyValue>)[k] = k === 'doublequote' || k === 'skipinitialspace' || k === 'strict' ? interp.truthy(v) : v;
    }
    for (const k of ['delimiter', 'quotechar', 'escapechar'] as const) {
      const v = out[k];
      if (k !== 'delimiter' && v === null) continue;
      if (typeof v !== 'string' || [...v].length !== 1) throw pyError('TypeError', `"${k}" must be a 1-character string`);
    }
    if (typeof out.lineterminator !== 'string') throw pyError('TypeError', '"lineterminator" must be a string');
    if (typeof out.quoting !== 'number' || out.quoting < 0 || out.quoting > 5) throw pyError('TypeError', 'bad "quoting" value');
    return out;
  };

  // ---- reader and writer ----------------------------------------------------------------
  const Reader = new PyClass('reader', [objectClass], '_csv', {
    getAttr: (self, name) => {
      const state = self.native as { dialect: Dialect; lineNum: number };
      if (name === 'line_num') return state.lineNum;
      if (name === 'dialect') return dialectObject(state.dialect);
      return undefined;
    },
  });
  interface ReaderState {
    dialect: Dialect;
    lines: Iterator<PyValue>;
    lineNum: number;
  }
  const nextRow = (state: ReaderState): PyValue[] | null => {
    const record = guarded(() =>
      readRecord(state.dialect, () => {
        const r = state.lines.next();
        if (r.done) return null;
        if (typeof r.value !== 'string') throw new CsvError(`iterator should return strings, not ${typeName(r.value)} (the file should be opened in text mode)`);
        state.lineNum++;
        return r.value;
      }),
    );
    if (record === null) return null;
    return record.map((f) => {
      if (state.dialect.quoting === QUOTE_NONNUMERIC && !f.quoted) {
        const n = Number(f.text);
        if (f.text.trim() === '' || Number.isNaN(n)) throw pyError('ValueError', `could not convert string to float: '${f.text}'`);
        return new PyFloat(n);
      }
      return f.text;
    });
  };
  Reader.dict.set('__iter__', new PyNativeFunction('__iter__', ([self]) => self!));
  Reader.dict.set('__next__', new PyNativeFunction('__next__', ([self]) => {
    const row = nextRow((self as PyInstance).native as ReaderState);
    if (row === null) throw pyError('StopIteration');
    return new PyList(row);
  }));
  Reader.dict.set('__repr__', new PyNativeFunction('__repr__', ([self]) => `<_csv.reader object at 0x${addressOf(self as PyInstance)}>`));
  const makeReader = (source: PyValue, dialect: PyValue | undefined, kwargs: Kwargs): PyInstance => {
    const r = new PyInstance(Reader);
    const state: ReaderState = { dialect: guarded(() => dialectOf(dialect, kwargs)), lines: iterOf(interp, source), lineNum: 0 };
    r.native = state;
    return r;
  };

  const Writer = new PyClass('writer', [objectClass], '_csv', {
    getAttr: (self, name) => (name === 'dialect' ? dialectObject((self.native as { dialect: Dialect }).dialect) : undefined),
  });
  interface WriterState {
    dialect: Dialect;
    write: PyValue;
  }
  const outField = (v: PyValue) => ({
    text: v === null ? '' : interp.str(v),
    isNumber: typeof v === 'number' || typeof v === 'boolean' || v instanceof PyFloat || v instanceof PyLong || (v instanceof PyInstance && v.cls.name === 'Decimal'),
    isNone: v === null,
  });
  const writeRow = (state: WriterState, row: PyValue): PyValue => {
    if (typeof row === 'string' || row === null || typeof row === 'number') {
      if (typeof row !== 'string') throw csvError(`iterable expected, not ${typeName(row)}`);
    }
    const line = guarded(() => writeRecord(state.dialect, interp.iterate(row).map(outField)));
    return interp.call(state.write, [line]);
  };
  const writerMethod = (name: string, body: (state: WriterState, args: PyValue[]) => PyValue) =>
    Writer.dict.set(name, new PyNativeFunction(name, ([self, ...args]) => body((self as PyInstance).native as WriterState, args)));
  writerMethod('writerow', (state, [row]) => writeRow(state, row ?? null));
  writerMethod('writerows', (state, [rows]) => {
    for (const row of interp.iterate(rows ?? null)) writeRow(state, row);
    return null;
  });
  Writer.dict.set('__repr__', new PyNativeFunction('__repr__', ([self]) => `<_csv.writer object at 0x${addressOf(self as PyInstance)}>`));
  const makeWriter = (file: PyValue, dialect: PyValue | undefined, kwargs: Kwargs): PyInstance => {
    const write = interp.findAttr(file, 'write');
    if (write === undefined) throw pyError('TypeError', 'argument 1 must have a "write" method');
    const w = new PyInstance(Writer);
    const state: WriterState = { dialect: guarded(() => dialectOf(dialect, kwargs)), write };
    w.native = state;
    return w;
  };

  const { DictReader, DictWriter } = dictClasses(interp, makeReader, makeWriter);
  return {
    Error: Error_,
    QUOTE_MINIMAL,
    QUOTE_ALL,
    QUOTE_NONNUMERIC,
    QUOTE_NONE,
    QUOTE_STRINGS,
    QUOTE_NOTNULL,
    Dialect: DialectBase,
    excel: dialectClass('excel', EXCEL),
    excel_tab: dialectClass('excel_tab', registry.get('excel-tab')!),
    unix_dialect: dialectClass('unix_dialect', registry.get('unix')!),
    reader: fn('reader', ([source, dialect], kwargs) => makeReader(source ?? null, dialect ?? kwargs.get('dialect'), withoutDialect(kwargs))),
    writer: fn('writer', ([file, dialect], kwargs) => makeWriter(file ?? null, dialect ?? kwargs.get('dialect'), withoutDialect(kwargs))),
    DictReader,
    DictWriter,
    register_dialect: fn('register_dialect', ([name, dialect], kwargs) => {
      if (typeof name !== 'string') throw pyError('TypeError', 'dialect name must be a string');
      registry.set(name, dialectOf(dialect, kwargs));
      return null;
    }),
    unregister_dialect: fn('unregister_dialect', ([name]) => {
      if (!registry.delete(String(name))) throw new CsvError('unknown dialect');
      return null;
    }),
    get_dialect: fn('get_dialect', ([name]) => {
      const d = registry.get(String(name));
      if (!d) throw new CsvError('unknown dialect');
      return dialectObject(d);
    }),
    list_dialects: fn('list_dialects', () => new PyList([...registry.keys()])),
    field_size_limit: fn('field_size_limit', () => 131072),
  };
}

function withoutDialect(kwargs: Kwargs): Kwargs {
  const out = new Map(kwargs);
  out.delete('dialect');
  return out;
}

type MakeReader = (source: PyValue, dialect: PyValue | undefined, kwargs: Kwargs) => PyInstance;
type MakeWriter = (file: PyValue, dialect: PyValue | undefined, kwargs: Kwargs) => PyInstance;

/** csv.DictReader and csv.DictWriter: rows as dicts keyed by the header's field names. */
function dictClasses(interp: Interpreter, makeReader: MakeReader, makeWriter: MakeWriter) {
  const split = (kwargs: Kwargs, own: string[]) => {
    const rest = new Map(kwargs);
    const mine = new Map<string, PyValue>();
    for (const k of own) if (rest.has(k)) {
      mine.set(k, rest.get(k)!);
      rest.delete(k);
    }
    return { mine, rest };
  };
  interface DictReaderState {
    reader: PyInstance;
    fieldnames: PyValue;
    restkey: PyValue;
    restval: PyValue;
  }
  const readerState = (self: PyValue | undefined) => (self as PyInstance).native as DictReaderState;
  const nextOf = (reader: PyInstance): PyList | null => {
    try {
      return interp.call(interp.getAttr(reader, '__next__'), []) as PyList;
    } catch (err) {
      if (err instanceof PyException && err.exc.cls.name === 'StopIteration') return null;
      throw err;
    }
  };
  const fieldnamesOf = (state: DictReaderState): PyValue => {
    if (state.fieldnames === null) {
      const first = nextOf(state.reader);
      state.fieldnames = first ?? null;
    }
    return state.fieldnames;
  };
  const DictReader = new PyClass('DictReader', [objectClass], 'csv', {
    construct: (cls, args, kwargs) => {
      const { mine, rest } = split(kwargs, ['f', 'fieldnames', 'restkey', 'restval', 'dialect']);
      const self = new PyInstance(cls);
      const fieldnames = args[1] ?? mine.get('fieldnames') ?? null;
      const state: DictReaderState = {
        reader: makeReader(args[0] ?? mine.get('f') ?? null, args[4] ?? mine.get('dialect'), rest),
        fieldnames: fieldnames === null ? null : new PyList(interp.iterate(fieldnames)),
        restkey: args[2] ?? mine.get('restkey') ?? null,
        restval: args[3] ?? mine.get('restval') ?? null,
      };
      self.native = state;
      return self;
    },
    getAttr: (self, name) => {
      const state = self.native as DictReaderState;
      if (name === 'fieldnames') return fieldnamesOf(state);
      if (name === 'line_num') return interp.getAttr(state.reader, 'line_num');
      if (name === 'reader') return state.reader;
      if (name === 'restkey') return state.restkey;
      if (name === 'restval') return state.restval;
      if (name === 'dialect') return interp.getAttr(state.reader, 'dialect');
      return undefined;
    },
  });
  DictReader.dict.set('__iter__', new PyNativeFunction('__iter__', ([self]) => self!));
  DictReader.dict.set('__next__', new PyNativeFunction('__next__', ([self]) => {
    const state = readerState(self);
    const names = fieldnamesOf(state);
    let row = nextOf(state.reader);
    while (row !== null && row.items.length === 0) row = nextOf(state.reader);
    if (row === null) throw pyError('StopIteration');
    const keys = names === null ? [] : interp.iterate(names);
    const d: PyDict = newDict();
    keys.forEach((k, i) => dictSet(d, k, i < row.items.length ? row.items[i]! : state.restval));
    if (row.items.length > keys.length) dictSet(d, state.restkey, new PyList(row.items.slice(keys.length)));
    return d;
  }));

  interface DictWriterState {
    writer: PyInstance;
    fieldnames: PyValue[];
    restval: PyValue;
    extrasaction: string;
  }
  const DictWriter = new PyClass('DictWriter', [objectClass], 'csv', {
    construct: (cls, args, kwargs) => {
      const { mine, rest } = split(kwargs, ['f', 'fieldnames', 'restval', 'extrasaction', 'dialect']);
      const self = new PyInstance(cls);
      const fieldnames = args[1] ?? mine.get('fieldnames');
      if (fieldnames === undefined) throw pyError('TypeError', "DictWriter.__init__() missing 1 required positional argument: 'fieldnames'");
      const extrasaction = String(args[3] ?? mine.get('extrasaction') ?? 'raise').toLowerCase();
      if (extrasaction !== 'raise' && extrasaction !== 'ignore') throw pyError('ValueError', `extrasaction (${extrasaction}) must be 'raise' or 'ignore'`);
      const state: DictWriterState = {
        writer: makeWriter(args[0] ?? mine.get('f') ?? null, args[4] ?? mine.get('dialect'), rest),
        fieldnames: interp.iterate(fieldnames),
        restval: args[2] ?? mine.get('restval') ?? '',
        extrasaction,
      };
      self.native = state;
      return self;
    },
    getAttr: (self, name) => {
      const state = self.native as DictWriterState;
      if (name === 'fieldnames') return new PyList(state.fieldnames);
      if (name === 'writer') return state.writer;
      return undefined;
    },
  });
  const writerState = (self: PyValue | undefined) => (self as PyInstance).native as DictWriterState;
  const rowOf = (state: DictWriterState, row: PyValue): PyList => {
    if (!(row instanceof PyDict)) throw pyError('AttributeError', `'${typeName(row)}' object has no attribute 'keys'`);
    if (state.extrasaction === 'raise') {
      const wrong = [...row.entries.values()].map((e) => e.key).filter((k) => !state.fieldnames.some((f) => interp.equal(f, k)));
      if (wrong.length) throw pyError('ValueError', `dict contains fields not in fieldnames: ${wrong.map((k) => interp.repr(k)).join(', ')}`);
    }
    return new PyList(state.fieldnames.map((f) => interp.call(interp.getAttr(row, 'get'), [f, state.restval])));
  };
  const write = (state: DictWriterState, row: PyValue) => interp.call(interp.getAttr(state.writer, 'writerow'), [row]);
  DictWriter.dict.set('writeheader', new PyNativeFunction('writeheader', ([self]) => {
    const state = writerState(self);
    return write(state, new PyList(state.fieldnames));
  }));
  DictWriter.dict.set('writerow', new PyNativeFunction('writerow', ([self, row]) => {
    const state = writerState(self);
    return write(state, rowOf(state, row ?? null));
  }));
  DictWriter.dict.set('writerows', new PyNativeFunction('writerows', ([self, rows]) => {
    const state = writerState(self);
    for (const row of interp.iterate(rows ?? null)) write(state, rowOf(state, row));
    return null;
  }));
  return { DictReader, DictWriter };
}
