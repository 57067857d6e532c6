import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSqlite } from '../backends/sqlite3/engine';
import { ormSandbox, type OrmSandbox } from '../orm-sandbox.testkit';

const MODELS = `
from django.db import models


class ActiveManager(models.Manager):
    def get_queryset(self):
        return models.Manager.get_queryset(self).filter(active=True)


class Category(models.Model):
    code = models.CharField(primary_key=True, max_length=5)
    title = models.CharField(max_length=50)

    class Meta:
        ordering = ['title']

    def __str__(self):
        return self.title


class Item(models.Model):
    SIZES = [('S', 'Small'), ('L', 'Large')]
    name = models.CharField(max_length=50)
    size = models.CharField(max_length=1, choices=SIZES, default='S')
    category = models.ForeignKey(Category, on_delete=models.CASCADE, related_name='items')
    active = models.BooleanField(default=True)
    stock = models.IntegerField(default=0)
    objects = models.Manager()
    live = ActiveManager()


class Profile(models.Model):
    item = models.OneToOneField(Item, on_delete=models.CASCADE)
    note = models.TextField(blank=True)
`;

let orm: OrmSandbox;
beforeAll(() => loadSqlite());
beforeEach(() => {
  orm = ormSandbox(MODELS);
  orm.out(
    [
      'from home.models import Category, Item',
      "b = Category.objects.create(code='B', title='Books')",
      "a = Category.objects.create(code='A', title='Art')",
      "Item.objects.create(name='Pen', category=a, size='L', stock=5)",
      "Item.objects.create(name='Ink', category=b, active=False)",
    ].join('\n'),
  );
  orm.sql();
});

const py = (code: string) => orm.out(`from home.models import Category, Item, Profile\n${code}`);
const err = (code: string) => orm.run(`from home.models import Category, Item, Profile\n${code}`).error;

describe('model classes', () => {
  it('declared managers replace objects; a Manager subclass may narrow get_queryset', () => {
    expect(py('print(Item.objects.count(), Item.live.count(), Item.live.all(), Item.live)')).toBe('2 1 <QuerySet [<Item: Item object (1)>]> home.Item.live\n');
    expect(err("Item.objects.get(pk=1).objects")).toBe("AttributeError: Manager isn't accessible via Item instances");
    expect(err('Item.objects.delete()')).toBe("AttributeError: 'Manager' object has no attribute 'delete'");
  });

  it('a declared primary key is the pk; Meta.ordering sorts, also through a ForeignKey', () => {
    expect(py("print(Category.objects.all(), repr(Category.objects.get(pk='A').pk), Item.objects.order_by('category'))")).toBe(
      "<QuerySet [<Category: Art>, <Category: Books>]> 'A' <QuerySet [<Item: Item object (1)>, <Item: Item object (2)>]>\n",
    );
    expect(orm.sql()[2]).toBe(
      'SELECT "home_item"."id", "home_item"."name", "home_item"."size", "home_item"."category_id", "home_item"."active", "home_item"."stock" FROM "home_item" INNER JOIN "home_category" ON ("home_item"."category_id" = "home_category"."code") ORDER BY "home_category"."title" ASC LIMIT 21',
    );
  });

  it('get_FOO_display gives the label of a choice', () => {
    expect(py('print(Item.objects.get(pk=1).get_size_display(), Item(size="X").get_size_display())')).toBe('Large X\n');
  });

  it('a OneToOneField is one object on the other side too', () => {
    expect(py("i = Item.objects.get(pk=1)\nProfile.objects.create(item=i, note='hi')\nprint(Item.objects.get(pk=1).profile.note)")).toBe('hi\n');
    expect(err('Item.objects.get(pk=2).profile')).toBe('home.models.Item.profile.RelatedObjectDoesNotExist: Item has no profile.');
  });

  it('instances: keyword and positional arguments, pk, equality, and what __init__ refuses', () => {
    expect(py("i = Item(None, 'Cap', 'S', 'A')\nprint(i.category_id, i.active, i.pk, i == Item(name='Cap'), Item.objects.get(pk=1) == Item.objects.get(pk=1))")).toBe('A True None False True\n');
    expect(err('Item(nope=1)')).toBe("TypeError: Item() got an unexpected keyword argument 'nope'");
    expect(err("Item(1, 'a', name='x')")).toBe("TypeError: Item() got both positional and keyword arguments for field 'name'.");
    expect(err('Item(1, 2, 3, 4, 5, 6, 7)')).toBe('IndexError: Number of args exceeds number of fields');
  });

  it('save(update_fields=...) updates only those columns; refresh_from_db reads the row again', () => {
    expect(py("i = Item.objects.get(pk=1)\ni.name = 'Pencil'\ni.stock = 99\ni.save(update_fields=['name'])\ni.refresh_from_db()\nprint(i.name, i.stock)")).toBe('Pencil 5\n');
    expect(orm.sql()).toContain(`UPDATE "home_item" SET "name" = 'Pencil' WHERE "home_item"."id" = 1`);
  });
});

describe('F() and aggregates', () => {
  it('update(stock=F("stock") + 1) lets the database compute', () => {
    expect(py("from django.db.models import F\nprint(Item.objects.update(stock=F('stock') + 1), Item.objects.values_list('stock', flat=True), repr(F('stock') * 2))")).toBe(
      '2 <QuerySet [6, 1]> <CombinedExpression: F(stock) * Value(2)>\n',
    );
    expect(orm.sql()[0]).toBe('UPDATE "home_item" SET "stock" = ("home_item"."stock" + 1)');
    expect(py("from django.db.models import F\nprint(Item.objects.filter(stock__gt=F('id')).count())")).toBe('1\n');
  });

  it('aggregate() returns a dict named as Django names it', () => {
    expect(py("from django.db.models import Avg, Count, Max, Sum\nprint(Item.objects.aggregate(Avg('stock'), Max('stock'), n=Count('id'), total=Sum('stock')))")).toBe(
      "{'stock__avg': 2.5, 'stock__max': 5, 'n': 2, 'total': 5}\n",
    );
    expect(orm.sql()).toEqual(['SELECT AVG("home_item"."stock") AS "stock__avg", MAX("home_item"."stock") AS "stock__max", COUNT("home_item"."id") AS "n", SUM("home_item"."stock") AS "total" FROM "home_item"']);
    expect(py("from django.db.models import Avg, Count\nprint(Item.objects.filter(stock__gt=100).aggregate(Avg('stock'), Count('id')))")).toBe("{'stock__avg': None, 'id__count': 0}\n");
    expect(err("from django.db.models import Count\nItem.objects.aggregate(Count('*'))")).toBe('TypeError: Complex aggregates require an alias');
  });
});
