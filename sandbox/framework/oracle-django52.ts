// For the fidelity tests: the oracle's Django 3.2 recordings and the sandbox's Django 5.2
// output, made comparable where the two versions print differently.

/**
 * The oracle recorded Django 3.2; the sandbox is Django 5.2, whose makemigrations marks
 * each operation with its category (`+ Create model`, `- Remove field`, `~ Alter field`)
 * where 3.2 printed `-` for all.
 */
const CATEGORY: [RegExp, string][] = [
  [/^(Create model|Add field|Add index|Add constraint) /, '+'],
  [/^(Delete model|Remove field|Remove index|Remove constraint) /, '-'],
];
/** 5.2's shell first says how many models it imported for you; 3.2 imported none. */
const AUTO_IMPORTS = /(\x1b\[[0-9;]*m)?\d+ objects? imported automatically[^\n]*\r?\n\r?\n(\x1b\[0m)?/g;

export const asDjango52 = (text: string) =>
  text.replace(AUTO_IMPORTS, '').replace(/^ {4}- (.*)$/gm, (_, operation: string) => `    ${CATEGORY.find(([pattern]) => pattern.test(operation))?.[1] ?? '~'} ${operation}`);

