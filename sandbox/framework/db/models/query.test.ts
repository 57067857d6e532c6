import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadSqlite } from '../backends/sqlite3/engine';
import { ormSandbox, type OrmSandbox } from '../orm-sandbox.testkit';

const MODELS = `
from django.db import models


class Student(models.Model):
    name = models.CharField(max_length=100)
    age = models.IntegerField()
    address = models.TextField(null=True, blank=True)
    is_active = models.BooleanField(default=True)

    def __str__(self):
        return self.name


class Course(models.Model):
    title = models.CharField(max_length=50)
    price = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    rating = models.FloatField(default=0)

    class Meta:
        ordering = ['title']


class Enrollment(models.Model):
    student = models.ForeignKey(Student, on_delete=models.CASCADE)
    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name='enrollments')
    mentor = models.ForeignKey(Student, on_delete=models.SET_NULL, null=True, related_name='mentees')
`;

const STUDENT = '"home_student"."id", "home_student"."name", "home_student"."age", "home_student"."address", "home_student"."is_active"';
const COURSE = '"home_course"."id", "home_course"."title", "home_course"."price", "home_course"."rating"';

let orm: OrmSandbox;
beforeAll(() => loadSqlite());
beforeEach(() => {
  orm = ormSandbox(MODELS);
  orm.out(
    [
      'from home.models import Student, Course, Enrollment',
      "Student.objects.create(name='Asha', age=20, address='Pune')",
      "Student.objects.create(name='Ravi', age=22)",
      "Student.objects.create(name='meera', age=19, address='Delhi', is_active=False)",
    ].join('\n'),
  );
  orm.sql();
});

const py = (code: string) => orm.out(`from home.models import Student, Course, Enrollment\n${code}`);
const err = (code: string) => orm.run(`from home.models import Student, Course, Enrollment\n${code}`).error;

describe('the SQL a QuerySet runs', () => {
  it('selects every column, qualified, and filters with the lookup', () => {
    expect(py("print(Student.objects.filter(name='Asha'))")).toBe('<QuerySet [<Student: Asha>]>\n');
    expect(orm.sql()).toEqual([`SELECT ${STUDENT} FROM "home_student" WHERE "home_student"."name" = 'Asha' LIMIT 21`]);
    py('list(Student.objects.all())');
    expect(orm.sql()).toEqual([`SELECT ${STUDENT} FROM "home_student"`]);
  });

  it('joins conditions with AND in parentheses, negates exclude(), and keeps NULLs out of a nullable NOT', () => {
    py("list(Student.objects.filter(age__gte=20, name__startswith='A'))");
    py("list(Student.objects.filter(age__gt=1).exclude(name='Ravi'))");
    py("list(Student.objects.exclude(address='Pune'))");
    expect(orm.sql()).toEqual([
      `SELECT ${STUDENT} FROM "home_student" WHERE ("home_student"."age" >= 20 AND "home_student"."name" LIKE 'A%' ESCAPE '\\')`,
      `SELECT ${STUDENT} FROM "home_student" WHERE ("home_student"."age" > 1 AND NOT ("home_student"."name" = 'Ravi'))`,
      `SELECT ${STUDENT} FROM "home_student" WHERE NOT ("home_student"."address" = 'Pune' AND "home_student"."address" IS NOT NULL)`,
    ]);
  });

  it('count, exists, first, last and get', () => {
    expect(py('print(Student.objects.count(), Student.objects.filter(age__gt=20).exists(), Student.objects.first(), Student.objects.last(), Student.objects.get(pk=2))')).toBe(
      '3 True Asha meera Ravi\n',
    );
    expect(orm.sql()).toEqual([
      'SELECT COUNT(*) AS "__count" FROM "home_student"',
      'SELECT 1 AS "a" FROM "home_student" WHERE "home_student"."age" > 20 LIMIT 1',
      `SELECT ${STUDENT} FROM "home_student" ORDER BY "home_student"."id" ASC LIMIT 1`,
      `SELECT ${STUDENT} FROM "home_student" ORDER BY "home_student"."id" DESC LIMIT 1`,
      `SELECT ${STUDENT} FROM "home_student" WHERE "home_student"."id" = 2 LIMIT 21`,
    ]);
  });

  it('orders, slices and reverses; Meta.ordering applies unless order_by() clears it', () => {
    py("list(Student.objects.order_by('-age', 'name')[1:3])");
    py("Course.objects.create(title='B'); Course.objects.create(title='A')");
    orm.sql();
    expect(py('print(Course.objects.all()[0].title, Course.objects.reverse()[0].title, Course.objects.order_by()[0].title)')).toBe('A B B\n');
    expect(orm.sql()).toEqual([
      `SELECT ${COURSE} FROM "home_course" ORDER BY "home_course"."title" ASC LIMIT 1`,
      `SELECT ${COURSE} FROM "home_course" ORDER BY "home_course"."title" DESC LIMIT 1`,
      `SELECT ${COURSE} FROM "home_course" LIMIT 1`,
    ]);
    py('list(Student.objects.all()[2:])');
    expect(orm.sql()).toEqual([`SELECT ${STUDENT} FROM "home_student" LIMIT -1 OFFSET 2`]);
  });

  it('inserts with create(), updates then inserts with save(), and updates in bulk', () => {
    py("s = Student(name='Zoe', age=30)\ns.save()\ns.age = 31\ns.save()\nprint(s.pk)");
    expect(orm.sql()).toEqual([
      `INSERT INTO "home_student" ("name", "age", "address", "is_active") VALUES ('Zoe', 30, NULL, 1)`,
      `UPDATE "home_student" SET "name" = 'Zoe', "age" = 31, "address" = NULL, "is_active" = 1 WHERE "home_student"."id" = 4`,
    ]);
    expect(py("print(Student.objects.filter(age__lt=21).update(is_active=True))")).toBe('2\n');
    expect(orm.sql()).toEqual([`UPDATE "home_student" SET "is_active" = 1 WHERE "home_student"."age" < 21`]);
    py("s = Student(id=9, name='Kai', age=5)\ns.save()");
    expect(orm.sql()).toEqual([
      `UPDATE "home_student" SET "name" = 'Kai', "age" = 5, "address" = NULL, "is_active" = 1 WHERE "home_student"."id" = 9`,
      `INSERT INTO "home_student" ("id", "name", "age", "address", "is_active") VALUES (9, 'Kai', 5, NULL, 1)`,
    ]);
  });

  it('values() and values_list() pick columns, following relations with a join', () => {
    expect(py("print(Student.objects.values('name', 'age').order_by('age'))")).toBe("<QuerySet [{'name': 'meera', 'age': 19}, {'name': 'Asha', 'age': 20}, {'name': 'Ravi', 'age': 22}]>\n");
    expect(py("print(Student.objects.values_list('name', flat=True)[:2], Student.objects.values_list('id', 'name')[0])")).toBe("<QuerySet ['Asha', 'Ravi']> (1, 'Asha')\n");
    py("c = Course.objects.create(title='Maths')\nEnrollment.objects.create(student_id=1, course=c)");
    orm.sql();
    expect(py("print(Enrollment.objects.values('student__name', 'course__title', 'mentor__name'))")).toBe("<QuerySet [{'student__name': 'Asha', 'course__title': 'Maths', 'mentor__name': None}]>\n");
    expect(orm.sql()).toEqual([
      'SELECT "home_student"."name", "home_course"."title", T4."name" FROM "home_enrollment" INNER JOIN "home_student" ON ("home_enrollment"."student_id" = "home_student"."id") INNER JOIN "home_course" ON ("home_enrollment"."course_id" = "home_course"."id") LEFT OUTER JOIN "home_student" T4 ON ("home_enrollment"."mentor_id" = T4."id") LIMIT 21',
    ]);
  });

  it('follows relations both ways in filters, and uses the local column for student__id', () => {
    py("c = Course.objects.create(title='Maths')\nEnrollment.objects.create(student_id=1, course=c)");
    orm.sql();
    expect(py("print(Enrollment.objects.filter(student__name='Asha').count(), Enrollment.objects.filter(student__id=1).count(), Student.objects.filter(enrollment__course__title='Maths'))")).toBe(
      '1 1 <QuerySet [<Student: Asha>]>\n',
    );
    expect(orm.sql()).toEqual([
      `SELECT COUNT(*) AS "__count" FROM "home_enrollment" INNER JOIN "home_student" ON ("home_enrollment"."student_id" = "home_student"."id") WHERE "home_student"."name" = 'Asha'`,
      `SELECT COUNT(*) AS "__count" FROM "home_enrollment" WHERE "home_enrollment"."student_id" = 1`,
      `SELECT ${STUDENT} FROM "home_student" INNER JOIN "home_enrollment" ON ("home_student"."id" = "home_enrollment"."student_id") INNER JOIN "home_course" ON ("home_enrollment"."course_id" = "home_course"."id") WHERE "home_course"."title" = 'Maths' LIMIT 21`,
    ]);
  });

  it('excludes across a reverse relation with a subquery, as split_exclude does', () => {
    py("c = Course.objects.create(title='Maths')\nEnrollment.objects.create(student_id=1, course=c)\nEnrollment.objects.create(student_id=2, course=Course.objects.create(title='Art'))");
    orm.sql();
    expect(py("print(Student.objects.exclude(enrollment__course__title='Maths'))")).toBe('<QuerySet [<Student: Ravi>, <Student: meera>]>\n');
    expect(orm.sql()).toEqual([
      `SELECT ${STUDENT} FROM "home_student" WHERE NOT ("home_student"."id" IN (SELECT U1."student_id" FROM "home_enrollment" U1 INNER JOIN "home_course" U2 ON (U1."course_id" = U2."id") WHERE U2."title" = 'Maths')) LIMIT 21`,
    ]);
    expect(py('print(Student.objects.exclude(mentees__isnull=True).count(), Student.objects.filter(enrollment__isnull=True).count())')).toBe('0 1\n');
  });

  it('writes a QuerySet given to __in as a subquery', () => {
    py("list(Student.objects.filter(pk__in=Student.objects.filter(age__gt=19)))");
    expect(orm.sql()).toEqual([`SELECT ${STUDENT} FROM "home_student" WHERE "home_student"."id" IN (SELECT U0."id" FROM "home_student" U0 WHERE U0."age" > 19)`]);
  });

  it('asks nothing for an empty __in or none()', () => {
    expect(py('print(Student.objects.filter(pk__in=[]).count(), list(Student.objects.none()))')).toBe('0 []\n');
    expect(orm.sql()).toEqual([]);
  });

  it('prints str(qs.query) with the parameters written in, unquoted, as Django does', () => {
    expect(py("print(Student.objects.filter(name='Asha').query)")).toBe(`SELECT ${STUDENT} FROM "home_student" WHERE "home_student"."name" = Asha\n`);
  });
});

describe('QuerySet behaviour', () => {
  it('is lazy, chainable and caches its rows once evaluated', () => {
    expect(py("qs = Student.objects.filter(age__gt=1).order_by('name')\nprint(len(qs), qs[0], list(qs)[-1], qs.count(), qs.exists())")).toBe('3 Asha meera 3 True\n');
    expect(orm.sql()).toEqual([`SELECT ${STUDENT} FROM "home_student" WHERE "home_student"."age" > 1 ORDER BY "home_student"."name" ASC`]);
  });

  it('has Django\'s repr, truncated after 20 rows', () => {
    py('for i in range(25):\n    Student.objects.create(name=f"S{i}", age=i)');
    const out = py('print(Student.objects.all())');
    expect(out.startsWith('<QuerySet [<Student: Asha>, <Student: Ravi>')).toBe(true);
    expect(out.endsWith(", '...(remaining elements truncated)...']>\n")).toBe(true);
    expect(py("print(Course.objects.all(), Student.objects.values('id')[:1])")).toBe("<QuerySet []> <QuerySet [{'id': 1}]>\n");
  });

  it('gives model instances with the default __str__ and repr', () => {
    expect(py("c = Course(title='X')\nprint(c, repr(c))\nc.save()\nprint(c, c.pk == c.id, Course.objects.get(pk=c.pk) == c)")).toBe(
      'Course object (None) <Course: Course object (None)>\nCourse object (1) True True\n',
    );
  });

  it('raises DoesNotExist and MultipleObjectsReturned with Django\'s messages', () => {
    expect(err("Student.objects.get(name='Nobody')")).toBe('home.models.Student.DoesNotExist: Student matching query does not exist.');
    expect(err('Student.objects.get(age__gt=1)')).toBe('home.models.Student.MultipleObjectsReturned: get() returned more than one Student -- it returned 3!');
    expect(py("from django.core.exceptions import ObjectDoesNotExist\ntry:\n    Student.objects.get(pk=99)\nexcept ObjectDoesNotExist as e:\n    print(type(e).__name__, e)")).toBe(
      'DoesNotExist Student matching query does not exist.\n',
    );
  });

  it('reports wrong names and lookups as FieldError, and values as the field does', () => {
    expect(err("Student.objects.filter(nme='x')")).toBe("django.core.exceptions.FieldError: Cannot resolve keyword 'nme' into field. Choices are: address, age, enrollment, id, is_active, mentees, name");
    expect(err("Student.objects.filter(name__icontain='x')")).toBe(
      "django.core.exceptions.FieldError: Unsupported lookup 'icontain' for CharField or join on the field not permitted, perhaps you meant icontains or contains?",
    );
    expect(err("Enrollment.objects.filter(student__contains='x')")).toBe('django.core.exceptions.FieldError: Related Field got invalid lookup: contains');
    expect(err("Student.objects.order_by('nme')")).toMatch(/^django.core.exceptions.FieldError: Cannot resolve keyword 'nme' into field/);
    expect(err("Student.objects.filter(age='abc').count()")).toBe("ValueError: Field 'age' expected a number but got 'abc'.");
    expect(err("Student.objects.filter(age__gt=None)")).toBe('ValueError: Cannot use None as a query value');
  });

  it('indexes and slices as Django 3.2 does', () => {
    expect(err('Student.objects.all()[-1]')).toBe('AssertionError: Negative indexing is not supported.');
    expect(err('Student.objects.all()[5]')).toBe('IndexError: list index out of range');
    expect(err("Student.objects.all()['a']")).toBe('TypeError: QuerySet indices must be integers or slices, not str.');
    expect(err("Student.objects.all()[:1].filter(age=1)")).toBe('AssertionError: Cannot filter a query once a slice has been taken.');
    expect(py('print(Student.objects.all()[::2])')).toBe('[<Student: Asha>, <Student: meera>]\n');
  });

  it('supports Q objects with |, & and ~', () => {
    expect(py("from django.db.models import Q\nprint(Student.objects.filter(Q(age__lt=20) | Q(name='Ravi')), Student.objects.filter(~Q(name='Ravi') & Q(age__gt=19)))")).toBe(
      '<QuerySet [<Student: Ravi>, <Student: meera>]> <QuerySet [<Student: Asha>]>\n',
    );
    expect(orm.sql()[0]).toBe(`SELECT ${STUDENT} FROM "home_student" WHERE ("home_student"."age" < 20 OR "home_student"."name" = 'Ravi') LIMIT 21`);
    expect(py("from django.db.models import Q\nprint(repr(Q(name='a') | ~Q(age=1)))")).toBe("<Q: (OR: ('name', 'a'), (NOT (AND: ('age', 1))))>\n");
  });

  it('get_or_create, update_or_create and bulk_create', () => {
    expect(py("print(Student.objects.get_or_create(name='Asha', defaults={'age': 1}))\nprint(Student.objects.get_or_create(name='New', defaults={'age': 7}))")).toBe(
      '(<Student: Asha>, False)\n(<Student: New>, True)\n',
    );
    expect(py("s, created = Student.objects.update_or_create(name='New', defaults={'age': 8})\nprint(created, Student.objects.get(name='New').age)")).toBe('False 8\n');
    expect(py("print(Student.objects.bulk_create([Student(name='B1', age=1), Student(name='B2', age=2)]), Student.objects.count())")).toBe(
      '[<Student: B1>, <Student: B2>] 6\n',
    );
  });
});

describe('values as SQLite gives them back', () => {
  it('DecimalField: stored as Django stores it, read back as a Decimal with its decimal places', () => {
    expect(py("c = Course.objects.create(title='X', price='9.5', rating=4)\nprint(repr(c.price), Course.objects.values('price', 'rating')[0])")).toBe("'9.5' {'price': Decimal('9.50'), 'rating': 4.0}\n");
    expect(orm.sql()[0]).toBe(`INSERT INTO "home_course" ("title", "price", "rating") VALUES ('X', '9.50', 4)`);
    expect(py("from django.db import connection\nc = connection.cursor()\nc.execute('SELECT price, rating FROM home_course')\nprint(c.fetchall())")).toBe('[(9.5, 4.0)]\n');
    expect(py("from decimal import Decimal\nprint(Course.objects.filter(price__gt=Decimal('9')).count(), Course.objects.get(title='X').price * 2)")).toBe('1 19.00\n');
  });

  it('BooleanField comes back as bool, IntegerField as int', () => {
    expect(py("print(Student.objects.values_list('is_active', 'age').get(name='meera'))")).toBe('(False, 19)\n');
  });

  it('a missing table or column is an OperationalError', () => {
    orm.db.run('DROP TABLE home_course');
    expect(err('Course.objects.count()')).toBe('django.db.utils.OperationalError: no such table: home_course');
    orm.db.run('ALTER TABLE home_student DROP COLUMN is_active');
    expect(err('list(Student.objects.all())')).toBe('django.db.utils.OperationalError: no such column: home_student.is_active');
  });

  it('a NOT NULL or foreign key violation is an IntegrityError', () => {
    expect(err("Student.objects.create(name='x')")).toBe('django.db.utils.IntegrityError: NOT NULL constraint failed: home_student.age');
    expect(err("Enrollment.objects.create(student_id=99, course_id=99)")).toBe('django.db.utils.IntegrityError: FOREIGN KEY constraint failed');
  });
});

describe('relations', () => {
  beforeEach(() => {
    py("c = Course.objects.create(title='Maths')\nEnrollment.objects.create(student=Student.objects.get(name='Asha'), course=c, mentor_id=2)");
    orm.sql();
  });

  it('reads the related object once and keeps it; assigning one sets the _id', () => {
    expect(py('e = Enrollment.objects.get(pk=1)\nprint(e.student, e.student_id, e.student.age, e.mentor)')).toBe('Asha 1 20 Ravi\n');
    expect(orm.sql()).toHaveLength(3);
    expect(py("e = Enrollment.objects.get(pk=1)\ne.student = Student.objects.get(name='meera')\nprint(e.student_id)\ne.save()\nprint(Enrollment.objects.get(pk=1).student)")).toBe('3\nmeera\n');
    expect(err("e = Enrollment(student='Asha')")).toBe('ValueError: Cannot assign "\'Asha\'": "Enrollment.student" must be a "Student" instance.');
    expect(err('print(Enrollment().student)')).toBe('home.models.Enrollment.student.RelatedObjectDoesNotExist: Enrollment has no student.');
    expect(err("s = Student(name='u', age=1)\nEnrollment(student=s, course_id=1).save()")).toBe("ValueError: save() prohibited to prevent data loss due to unsaved related object 'student'.");
  });

  it('has reverse managers: <model>_set or related_name', () => {
    expect(py("s = Student.objects.get(name='Asha')\nprint(s.enrollment_set.all(), s.enrollment_set.count(), Student.objects.get(name='Ravi').mentees.all(), Course.objects.get().enrollments.count())")).toBe(
      '<QuerySet [<Enrollment: Enrollment object (1)>]> 1 <QuerySet [<Enrollment: Enrollment object (1)>]> 1\n',
    );
    expect(py("s = Student.objects.get(name='Ravi')\ne = s.enrollment_set.create(course_id=1)\nprint(e.student, s.enrollment_set.count())")).toBe('Ravi 1\n');
    expect(err("print(Student.objects.get(name='Asha').enrollments)")).toBe("AttributeError: 'Student' object has no attribute 'enrollments'");
  });

  it('deletes with on_delete: CASCADE, SET_NULL and PROTECT, counting per model', () => {
    expect(py("print(Student.objects.get(name='Ravi').delete())\nprint(Enrollment.objects.get().mentor_id)")).toBe("(1, {'home.Student': 1})\nNone\n");
    expect(orm.sql()).toContain('UPDATE "home_enrollment" SET "mentor_id" = NULL WHERE "home_enrollment"."id" IN (1)');
    expect(err('Course.objects.all().delete()')).toBe(
      `django.db.models.deletion.ProtectedError: ("Cannot delete some instances of model 'Course' because they are referenced through protected foreign keys: 'Enrollment.course'.", {<Enrollment: Enrollment object (1)>})`,
    );
    orm.sql();
    expect(py("print(Student.objects.filter(name='Asha').delete(), Enrollment.objects.count())")).toBe("(2, {'home.Enrollment': 1, 'home.Student': 1}) 0\n");
    expect(orm.sql()).toContain('DELETE FROM "home_enrollment" WHERE "home_enrollment"."student_id" IN (1)');
    expect(py('print(Course.objects.all().delete(), Course.objects.all().delete())')).toBe("(1, {'home.Course': 1}) (0, {})\n");
  });
});
