import { describe, expect, it } from 'vitest';
import { CsvError, EXCEL, QUOTE_NONE, QUOTE_NONNUMERIC, readRecord, writeRecord } from './dialect';

function readAll(lines: string[], dialect = EXCEL): string[][] {
  const queue = [...lines];
  const rows: string[][] = [];
  for (let row = readRecord(dialect, () => queue.shift() ?? null); row !== null; row = readRecord(dialect, () => queue.shift() ?? null)) rows.push(row.map((f) => f.text));
  return rows;
}

const field = (text: string, isNumber = false, isNone = false) => ({ text, isNumber, isNone });

describe('csv records', () => {
  it('reads quoted fields, doubled quotes and fields over several lines', () => {
    expect(readAll(['a,"b,c","say ""hi"""\r\n', '\r\n', 'x,"multi\n', 'line",y\n'])).toEqual([['a', 'b,c', 'say "hi"'], [], ['x', 'multi\nline', 'y']]);
  });
  it('is strict only when asked', () => {
    expect(readAll(['a,"b"c'])).toEqual([['a', 'bc']]);
    expect(() => readAll(['a,"b"c'], { ...EXCEL, strict: true })).toThrow(CsvError);
  });
  it('quotes what needs quoting, and a lone empty field', () => {
    expect(writeRecord(EXCEL, [field('a'), field('b,c'), field('q"q'), field('1', true)])).toBe('a,"b,c","q""q",1\r\n');
    expect(writeRecord(EXCEL, [field('')])).toBe('""\r\n');
    expect(writeRecord({ ...EXCEL, quoting: QUOTE_NONNUMERIC }, [field('a'), field('2', true), field('', false, true)])).toBe('"a",2,""\r\n');
    expect(() => writeRecord({ ...EXCEL, quoting: QUOTE_NONE }, [field('a,b')])).toThrow('need to escape, but no escapechar set');
  });
});
