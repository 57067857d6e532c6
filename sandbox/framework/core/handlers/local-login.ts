import { handle, type FinalResponse } from './base';
import { localGet } from '../../http/request';
import type { LoadedProject } from './project';

/**
 * What the test Client's force_login() does: a session row for the user, holding the keys
 * django.contrib.auth.login() stores, and the cookie that names it. Written through the
 * project's own connection, so it lives exactly as long as that connection's database.
 */
const LOGIN = `
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore

_user = get_user_model()._default_manager.get_by_natural_key(_username)
_session = SessionStore()
_session["_auth_user_id"] = str(_user.pk)
_session["_auth_user_backend"] = getattr(settings, "AUTHENTICATION_BACKENDS", ["django.contrib.auth.backends.ModelBackend"])[0]
_session["_auth_user_hash"] = _user.get_session_auth_hash()
_session.save()
_cookie = getattr(settings, "SESSION_COOKIE_NAME", "sessionid") + "=" + _session.session_key
`;

/**
 * A GET answered as runserver would answer the browser of `username` once logged in: their
 * session cookie sent with it. A username with no user raises the Python error
 * (`User.DoesNotExist`). The session is a row in the project's database: grade against a
 * connection that is discarded afterwards.
 */
export function answerLocalGetAs(project: LoadedProject, path: string, username: string): FinalResponse {
  const module = project.interp.runSource(LOGIN, '__grader_login__', new Map([['_username', username]]), '<login>');
  const cookie = project.interp.str(module.dict.get('_cookie') ?? null);
  const info = localGet(path);
  info.headers = { ...info.headers, cookie };
  return handle(project, info, { log: () => undefined });
}
