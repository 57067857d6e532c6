import { beforeAll, describe, expect, it } from 'vitest';
import { prepareProgram } from '../../core/management/database-commands';
import { Browser, answerOf, expectedAnswer, databaseState, fixtureProject, views24Fixtures } from './views24.testkit';

beforeAll(async () => {
  await prepareProgram(['python', 'manage.py', 'shell']);
});

/**
 * The official tutorial's polls (parts 3-4: generic views, the vote with F(), templates, the
 * static CSS) and the Django Girls blog, through the request handler (and runserver's static
 * files handler) as real Django answered them; then the database as real Django left it.
 */
describe('the tutorials through the handler (recorded)', () => {
  for (const [name, fixture] of views24Fixtures().filter(([, f]) => f.requests.length)) {
    it(name, () => {
      const project = fixtureProject(fixture);
      const browser = new Browser(project, `${fixture.project}.settings`);
      for (const expected of fixture.requests) {
        const got = answerOf(expected, browser.send(expected.method, expected.path, expected.data));
        // Last-Modified is the file's own time, which differs between the recording and here.
        if (expected.headers['Last-Modified']) got.headers['Last-Modified'] = expected.headers['Last-Modified'];
        expect(got).toEqual(expectedAnswer(expected));
      }
      expect(databaseState(project, fixture)).toEqual(fixture.db);
    }, 120_000);
  }
});
