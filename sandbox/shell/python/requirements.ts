import { canonicalName } from './catalogue';

/** One requirement as pip reads it: `django`, `Django==5.2.8`, `asgiref>=3.8.1`. */
export interface Requirement {
  /** As typed, without markers (pip echoes it in "Collecting ..."). */
  text: string;
  name: string;
  /** Comma-separated version clauses, e.g. `>=3.8,<4`; empty for any version. */
  spec: string;
}

const REQUIREMENT = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*((?:[<>=!~]=?|===)\s*[^;\s]+(?:\s*,\s*(?:[<>=!~]=?|===)\s*[^;\s]+)*)?\s*(?:;.*)?$/;

export function parseRequirement(text: string): Requirement | null {
  const m = REQUIREMENT.exec(text);
  if (!m) return null;
  return { text: text.split(';')[0]!.trim(), name: m[1]!, spec: (m[3] ?? '').replace(/\s+/g, '') };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}

/** PEP 440 clauses, for the release numbers the catalogue has. */
export function satisfies(version: string, spec: string): boolean {
  if (!spec) return true;
  return spec.split(',').every((clause) => {
    const m = /^(===|==|!=|<=|>=|~=|<|>)(.+)$/.exec(clause);
    if (!m) return false;
    const [, op, wanted] = m as unknown as [string, string, string];
    if (wanted.endsWith('.*')) {
      const prefix = wanted.slice(0, -2);
      const matches = version === prefix || version.startsWith(prefix + '.');
      return op === '!=' ? !matches : matches;
    }
    const c = compareVersions(version, wanted);
    switch (op) {
      case '==':
      case '===':
        return c === 0;
      case '!=':
        return c !== 0;
      case '<=':
        return c <= 0;
      case '>=':
        return c >= 0;
      case '<':
        return c < 0;
      case '>':
        return c > 0;
      default: {
        // ~=X.Y means >=X.Y and ==X.*
        const release = wanted.split('.');
        const prefix = release.slice(0, -1).join('.');
        return c >= 0 && (version === prefix || version.startsWith(prefix + '.'));
      }
    }
  });
}

export const sameProject = (a: string, b: string) => canonicalName(a) === canonicalName(b);
