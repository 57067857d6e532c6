import { describe, expect, it } from 'vitest';
import { validatePassword } from './password-validation';

const COMMON = ['django.contrib.auth.password_validation.CommonPasswordValidator'];

describe("CommonPasswordValidator with Django 5.2's list", () => {
  it.each(['!qaz1qaz', 'aquamarine', '123456', 'Password'])('rejects %s', (password) => {
    expect(validatePassword(password, {}, COMMON)).toEqual(['This password is too common.']);
  });

  // These were on the list Django 3.2 shipped, not on 5.2's.
  it.each(['.ktymrf', '01011982', '&heartstracker'])('accepts %s', (password) => {
    expect(validatePassword(password, {}, COMMON)).toEqual([]);
  });
});
