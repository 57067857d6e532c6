import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlite } from './backends/sqlite3/engine';
import { ormSandbox } from './orm-sandbox.testkit';

const MODELS = 'from django.db import models\n\n\nclass Product(models.Model):\n    name = models.CharField(max_length=10)\n    price = models.FloatField()\n';

beforeAll(() => loadSqlite());

describe('django.db.connection', () => {
  it("runs SQL with a cursor; values come back typed as Python's sqlite3 gives them", () => {
    const orm = ormSandbox(MODELS);
    const out = orm.out(
      [
        'from django.db import connection',
        'c = connection.cursor()',
        "c.execute('INSERT INTO home_product (name, price) VALUES (%s, %s)', ['Pen', 9])",
        'print(c.rowcount, c.lastrowid)',
        "c.execute('SELECT id, name, price, NULL, 2.5 FROM home_product')",
        'print(c.fetchone(), c.fetchone(), c.description[1][0])',
        "print(c.execute('SELECT name FROM home_product WHERE price > %s', [1]).fetchall())",
        "c.execute('UPDATE home_product SET price = price * 2')",
        'print(c.rowcount)',
      ].join('\n'),
    );
    expect(out).toBe("1 1\n(1, 'Pen', 9.0, None, 2.5) None name\n[('Pen',)]\n1\n");
  });

  it('runs SQL as written when no parameters are given, as Django does', () => {
    const orm = ormSandbox(MODELS);
    expect(orm.out("from django.db import connection\nc = connection.cursor()\nc.execute(\"SELECT '%s', 'a%%b'\")\nprint(c.fetchall())")).toBe("[('%s', 'a%%b')]\n");
    expect(orm.out("from django.db import connection\nc = connection.cursor()\nc.execute(\"SELECT 'a%%b', %s\", ['x'])\nprint(c.fetchall())")).toBe("[('a%b', 'x')]\n");
  });

  it("turns SQLite's errors into django.db.utils errors", () => {
    const orm = ormSandbox(MODELS);
    const err = (sql: string) => orm.run(`from django.db import connection\nconnection.cursor().execute(${JSON.stringify(sql)})`).error;
    expect(err('SELECT * FROM home_student')).toBe('django.db.utils.OperationalError: no such table: home_student');
    expect(err('SELEC 1')).toBe('django.db.utils.OperationalError: near "SELEC": syntax error');
    expect(err('SELECT 1; SELECT 2')).toBe('django.db.utils.ProgrammingError: You can only execute one statement at a time.');
    expect(err("INSERT INTO home_product (name) VALUES ('x')")).toBe('django.db.utils.IntegrityError: NOT NULL constraint failed: home_product.price');
    expect(orm.run('from django.db import connection\nconnection.cursor().execute("SELECT %s", [[1]])').error).toBe(
      "django.db.utils.ProgrammingError: Error binding parameter 1: type 'list' is not supported",
    );
  });

  it('records the queries run, as connection.queries does under DEBUG', () => {
    const orm = ormSandbox(MODELS);
    expect(orm.out("from django.db import connection, reset_queries\nfrom home.models import Product\nreset_queries()\nProduct.objects.filter(name='Pen').count()\nprint(connection.queries)")).toBe(
      `[{'sql': 'SELECT COUNT(*) AS "__count" FROM "home_product" WHERE "home_product"."name" = \\'Pen\\'', 'time': '0.000'}]\n`,
    );
  });
});
