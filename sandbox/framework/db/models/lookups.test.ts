import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlite } from '../backends/sqlite3/engine';
import { ormSandbox, type OrmSandbox } from '../orm-sandbox.testkit';

const MODELS = 'from django.db import models\n\n\nclass Student(models.Model):\n    name = models.CharField(max_length=100)\n    age = models.IntegerField()\n    address = models.TextField(null=True)\n';

let orm: OrmSandbox;
beforeAll(async () => {
  await loadSqlite();
  orm = ormSandbox(MODELS);
  orm.out("from home.models import Student\nfor n, a, ad in [('Asha', 20, 'Pune'), ('ravi', 22, None), ('Meera_1', 19, '100% Delhi')]:\n    Student.objects.create(name=n, age=a, address=ad)");
  orm.sql();
});

/** Names of the students a filter keeps, and the WHERE clause it ran. */
function lookup(filter: string): [string, string] {
  const out = orm.out(`from home.models import Student\nprint(list(Student.objects.filter(${filter}).values_list('name', flat=True)))`).trim();
  const sql = orm.sql()[0] ?? '';
  return [out, sql.slice(sql.indexOf(' WHERE ') + 7)];
}

describe('lookups on SQLite', () => {
  it.each([
    ["name='Asha'", "['Asha']", `"home_student"."name" = 'Asha'`],
    ["name__exact='asha'", '[]', `"home_student"."name" = 'asha'`],
    ["name__iexact='asha'", "['Asha']", `"home_student"."name" LIKE 'asha' ESCAPE '\\'`],
    ["name__contains='EE'", "['Meera_1']", `"home_student"."name" LIKE '%EE%' ESCAPE '\\'`],
    ["name__icontains='as'", "['Asha']", `"home_student"."name" LIKE '%as%' ESCAPE '\\'`],
    ["name__startswith='r'", "['ravi']", `"home_student"."name" LIKE 'r%' ESCAPE '\\'`],
    ["name__endswith='_1'", "['Meera_1']", `"home_student"."name" LIKE '%\\_1' ESCAPE '\\'`],
    ["address__contains='0%'", "['Meera_1']", `"home_student"."address" LIKE '%0\\%%' ESCAPE '\\'`],
    ['age__gt=20', "['ravi']", '"home_student"."age" > 20'],
    ['age__gte=20', "['Asha', 'ravi']", '"home_student"."age" >= 20'],
    ['age__lt=20', "['Meera_1']", '"home_student"."age" < 20'],
    ["age__lte='20'", "['Asha', 'Meera_1']", '"home_student"."age" <= 20'],
    ['pk__in=[1, 3, 3, None]', "['Asha', 'Meera_1']", '"home_student"."id" IN (1, 3)'],
    ['age__range=(19, 20)', "['Asha', 'Meera_1']", '"home_student"."age" BETWEEN 19 AND 20'],
    ['address__isnull=True', "['ravi']", '"home_student"."address" IS NULL'],
    ['address__isnull=False', "['Asha', 'Meera_1']", '"home_student"."address" IS NOT NULL'],
    ['address=None', "['ravi']", '"home_student"."address" IS NULL'],
  ])('%s', (filter, names, where) => {
    expect(lookup(filter)).toEqual([names, where]);
  });
});
