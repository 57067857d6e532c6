import { beforeAll, describe, expect, it } from 'vitest';
import { prepareProgram } from '../../core/management/database-commands';
import { makeProject, manage } from '../../core/handlers/project.testkit';

beforeAll(async () => {
  await prepareProgram(['python', 'manage.py', 'shell']);
});

describe('django.contrib.admin.models.LogEntry', () => {
  it('reads and writes the admin’s history as a model, and words each entry as Django does', () => {
    const project = makeProject({});
    expect(manage(project, ['migrate'])).toMatchObject({ code: 0, stderr: '' });
    const ran = manage(project, [
      'shell',
      '-c',
      [
        'from django.contrib.admin.models import LogEntry, ADDITION, CHANGE, DELETION',
        'from django.contrib.auth.models import User',
        "from django.utils.text import get_text_list",
        "asha = User.objects.create_user('asha')",
        "added = LogEntry.objects.log_actions(asha.pk, [asha], ADDITION, [{'added': {}}], single_object=True)",
        "LogEntry.objects.log_actions(asha.pk, [asha], CHANGE, [{'changed': {'fields': ['Email address', 'First name', 'Last name']}}])",
        "LogEntry.objects.log_actions(asha.pk, [asha], DELETION, '')",
        'print(added, added.is_addition(), added.is_change(), added.get_edited_object())',
        "for entry in LogEntry.objects.order_by('pk'):",
        '    print(entry.action_flag, entry.object_id, entry.content_type, entry.user, entry.get_change_message())',
        '    print(entry)',
        'print(LogEntry.objects.filter(user=asha).count(), LogEntry.objects.first().action_time.tzname())',
        "print(get_text_list(['a', 'b', 'c'], 'and'), get_text_list(['a', 'b']), get_text_list(['a']), repr(get_text_list([])))",
      ].join('\n'),
    ]);
    expect(ran.stderr).toBe('');
    expect(ran.stdout.split('\n').filter((line) => line && !line.includes('imported automatically'))).toEqual([
      'Added “asha”. True False asha',
      '1 1 Authentication and Authorization | user asha Added.',
      'Added “asha”.',
      '2 1 Authentication and Authorization | user asha Changed Email address, First name and Last name.',
      'Changed “asha” — Changed Email address, First name and Last name.',
      '3 1 Authentication and Authorization | user asha ',
      'Deleted “asha.”',
      '3 UTC',
      'a, b and c a or b a \'\'',
    ]);
  });

  it('counts as the admin app’s model: makemigrations sees no change in it', () => {
    const project = makeProject({});
    expect(manage(project, ['makemigrations'])).toMatchObject({ code: 0, stdout: 'No changes detected\n' });
    expect(manage(project, ['makemigrations', 'admin'])).toMatchObject({ code: 0, stdout: "No changes detected in app 'admin'\n" });
  });
});
