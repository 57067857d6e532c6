/**
 * The learner owns their home folder and /tmp, like a user without root: anything else is
 * "Permission denied". It also keeps the shell from touching a real disk outside its folder
 * when it runs on one (`cli.mjs shell`).
 */
export function mayWrite(home: string, target: string): boolean {
  const inside = (root: string) => target === root || target.startsWith(root + '/');
  return inside(home) || inside('/tmp');
}
