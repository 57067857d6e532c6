import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSqlite } from '../backends/sqlite3/engine';
import { ormSandbox, type OrmSandbox } from '../orm-sandbox.testkit';

const MODELS = `
from django.db import models


class Category(models.Model):
    name = models.CharField(max_length=50)


class Product(models.Model):
    name = models.CharField(max_length=50)
    price = models.IntegerField()
    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name="products")
`;

const SELECT = 'SELECT "home_category"."id", "home_category"."name", COUNT("home_product"."id") AS "n" FROM "home_category" LEFT OUTER JOIN "home_product" ON ("home_category"."id" = "home_product"."category_id")';
const GROUP_BY = 'GROUP BY "home_category"."id", "home_category"."name"';

let orm: OrmSandbox;
beforeAll(() => loadSqlite());
beforeEach(() => {
  orm = ormSandbox(MODELS);
  orm.out(
    [
      'from home.models import Category, Product',
      "tea = Category.objects.create(name='tea')",
      "coffee = Category.objects.create(name='coffee')",
      "Product.objects.create(name='chai', price=10, category=tea)",
      "Product.objects.create(name='green', price=20, category=tea)",
      "Product.objects.create(name='latte', price=30, category=coffee)",
    ].join('\n'),
  );
  orm.sql();
});

const py = (code: string) => orm.out(`from django.db.models import Count, F, Q, Sum\nfrom home.models import Category, Product\nqs = Category.objects.annotate(n=Count('products')).order_by('name')\n${code}`);
const err = (code: string) => orm.run(`from django.db.models import Count, Q\nfrom home.models import Category\nqs = Category.objects.annotate(n=Count('products'))\n${code}`).error;

/** Filters naming an annotation, in keywords or in Q objects: the ones on aggregates go to HAVING, as Django sends them. */
describe('filters on annotations', () => {
  it('puts aggregate conditions in HAVING, from keywords, Q objects, OR and exclude()', () => {
    expect(py("print(list(qs.filter(Q(n__gt=1)).values_list('name', flat=True)))")).toBe("['tea']\n");
    expect(py("print(list(qs.filter(Q(n__gt=1) | Q(name='coffee')).values_list('name', 'n')))")).toBe("[('coffee', 1), ('tea', 2)]\n");
    expect(py("print(list(qs.exclude(n__gt=1).values_list('name', 'n')))")).toBe("[('coffee', 1)]\n");
    expect(py("print(list(qs.filter(~Q(n__gt=1), name__startswith='c').values_list('name', 'n')))")).toBe("[('coffee', 1)]\n");
    expect(py("print(Category.objects.annotate(total=Sum('products__price')).filter(total__gte=30).count())")).toBe('2\n');
    // A condition on an annotation that does not aggregate stays in WHERE.
    expect(py("print(list(Product.objects.annotate(double=F('price') * 2).filter(Q(double__gt=30)).order_by('name').values_list('name', flat=True)))")).toBe("['green', 'latte']\n");
    orm.sql();
    expect(py("print(qs.filter(Q(n__gt=1) | Q(name='coffee')).query)")).toBe(`${SELECT} ${GROUP_BY} HAVING (COUNT("home_product"."id") > 1 OR "home_category"."name" = coffee) ORDER BY "home_category"."name" ASC\n`);
    expect(py("print(qs.filter(Q(n__gt=1), name='tea').query)")).toBe(`${SELECT} WHERE "home_category"."name" = tea ${GROUP_BY} HAVING COUNT("home_product"."id") > 1 ORDER BY "home_category"."name" ASC\n`);
  });

  it('counts, tests, changes and deletes only the groups HAVING keeps', () => {
    expect(py('print(qs.count(), qs.filter(n__gt=1).count(), qs.filter(n__gt=5).count(), qs.filter(n__gt=1)[:1].count())')).toBe('2 1 0 1\n');
    expect(py("print(Product.objects.values('category').annotate(c=Count('id')).filter(c__gt=1).count())")).toBe('1\n');
    expect(py('print(qs.filter(n__gte=1).exists(), qs.filter(n__gt=9).exists())')).toBe('True False\n');
    orm.sql();
    expect(py("print(qs.filter(n__gt=1).update(name='teas'), list(Category.objects.order_by('pk').values_list('name', flat=True)))")).toBe("1 ['teas', 'coffee']\n");
    expect(orm.sql()[0]).toBe(
      `UPDATE "home_category" SET "name" = 'teas' WHERE "home_category"."id" IN (SELECT U0."id" FROM "home_category" U0 LEFT OUTER JOIN "home_product" U1 ON (U0."id" = U1."category_id") GROUP BY U0."id", U0."name" HAVING COUNT(U1."id") > 1)`,
    );
    expect(py('print(qs.filter(n__lt=2).delete())')).toBe("(2, {'home.Product': 1, 'home.Category': 1})\n");
    expect(py("print(list(Category.objects.values_list('name', flat=True)), Product.objects.count())")).toBe("['teas'] 2\n");
  });

  it('words a lookup no field has as Django does, and says which ones the sandbox lacks', () => {
    expect(err('qs.filter(Q(n__year=1))')).toBe("django.core.exceptions.FieldError: Unsupported lookup 'year' for IntegerField or join on the field not permitted.");
    expect(err('qs.filter(n__gtee=1)')).toBe("django.core.exceptions.FieldError: Unsupported lookup 'gtee' for IntegerField or join on the field not permitted, perhaps you meant gte or gt?");
    expect(err('qs.filter(n__contains=1)')).toBe("NotImplementedError: the sandbox compares an annotation with exact, gt, gte, lt, lte, in and isnull, not with contains ('n__contains')");
  });
});
