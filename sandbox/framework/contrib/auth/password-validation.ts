import { gunzipSync, strFromU8 } from 'fflate';
import commonPasswordsGz from './common-passwords.txt.gz?binary';

/** The validators a project lists in AUTH_PASSWORD_VALIDATORS, by their dotted names. */
const VALIDATORS: Record<string, (password: string, user: Record<string, string>) => string | null> = {
  'django.contrib.auth.password_validation.UserAttributeSimilarityValidator': similarity,
  'django.contrib.auth.password_validation.MinimumLengthValidator': (password) =>
    password.length < 8 ? 'This password is too short. It must contain at least 8 characters.' : null,
  'django.contrib.auth.password_validation.CommonPasswordValidator': (password) =>
    commonPasswords().has(password.toLowerCase().trim()) ? 'This password is too common.' : null,
  'django.contrib.auth.password_validation.NumericPasswordValidator': (password) => (/^\d+$/.test(password) ? 'This password is entirely numeric.' : null),
};

let common: Set<string> | null = null;

/** Django's list of 20,000 common passwords, unpacked the first time a password is checked. */
function commonPasswords(): Set<string> {
  common ??= new Set(strFromU8(gunzipSync(commonPasswordsGz)).split('\n').map((p) => p.trim()));
  return common;
}

const ATTRIBUTE_NAMES: Record<string, string> = { username: 'username', first_name: 'first name', last_name: 'last name', email: 'email address' };

/** difflib's quick_ratio: the characters the two strings share, as a multiset, over their length. */
function quickRatio(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const ch of b) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let matches = 0;
  for (const ch of a) {
    const n = counts.get(ch) ?? 0;
    if (n > 0) {
      matches++;
      counts.set(ch, n - 1);
    }
  }
  return a.length + b.length ? (2 * matches) / (a.length + b.length) : 1;
}

function similarity(password: string, user: Record<string, string>): string | null {
  const lower = password.toLowerCase();
  for (const [attribute, verbose] of Object.entries(ATTRIBUTE_NAMES)) {
    const value = user[attribute];
    if (!value) continue;
    const parts = [...value.toLowerCase().split(/\W+/), value.toLowerCase()];
    for (const part of parts) {
      // A very long password is not "similar" to a short attribute just by containing it.
      if (lower.length >= 10 * part.length && part.length < (0.7 / 2) * lower.length) continue;
      if (quickRatio(lower, part) >= 0.7) return `The password is too similar to the ${verbose}.`;
    }
  }
  return null;
}

/** validate_password(): every configured validator's complaint, in the settings' order. */
export function validatePassword(password: string, user: Record<string, string>, validatorNames: string[]): string[] {
  return validatorNames.map((name) => VALIDATORS[name]?.(password, user) ?? null).filter((m): m is string => m !== null);
}
