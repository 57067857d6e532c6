/**
 * `node:os` in the browser: the sandbox's machine has one account, the learner's, whose
 * home is where the terminal starts and where a lesson's files live.
 */
const USERNAME = 'learner';
const HOME = `/home/${USERNAME}`;

export function homedir(): string {
  return HOME;
}

/** What createsuperuser falls back on for its default username when LOGNAME and USER are unset. */
export function userInfo() {
  return { username: USERNAME, uid: 1000, gid: 1000, shell: '/bin/bash', homedir: HOME };
}

const os = { homedir, userInfo };
export default os;
