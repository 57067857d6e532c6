import { describe, expect, it } from 'vitest';
import { parseCheck } from './parse';

describe('parseCheck: http_post', () => {
  const base = { type: 'http_post', project: 'p', path: '/students/add/', data: { name: 'Asha', age: '20' }, status: 302 };

  it('takes form fields as strings and a row as column values', () => {
    const check = { ...base, location: '/students/', table: 'home_student', added: 1, row: { name: 'Asha', age: 20 } };
    expect(parseCheck(check, 'x')).toEqual(check);
  });

  it('says what is wrong, and where', () => {
    expect(() => parseCheck({ ...base, data: { age: 20 } }, 'exercise a, check 1')).toThrow('exercise a, check 1: a http_post check needs "data" (fields)');
    expect(() => parseCheck({ ...base, data: ['name'] }, 'x')).toThrow('needs "data" (fields)');
    expect(() => parseCheck({ ...base, added: 1 }, 'x')).toThrow('x: an http_post check\'s "added" and "row" need "table"');
    expect(() => parseCheck({ ...base, table: 't', row: {} }, 'x')).toThrow('needs "row" (values)');
    expect(() => parseCheck({ ...base, redirect: '/' }, 'x')).toThrow('x: a http_post check has no field "redirect"');
  });
});
