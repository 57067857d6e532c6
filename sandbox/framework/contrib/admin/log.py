# The admin's history: rows of django_admin_log written as Django 5.2's LogEntry writes them
# (ADDITION 1, CHANGE 2, DELETION 3, the change message as JSON), and read back for the index's
# recent actions and an object's history page, in SQL: one query with the user's names, where
# LogEntry (django.contrib.admin.models) would take one per row.
from django.contrib.admin.models import ADDITION, CHANGE, DELETION, LogEntry, change_message_text
from django.contrib.admin.utils import date_format, opts_of
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone
from django.utils.html import format_html, mark_safe
from django.utils.text import capfirst


def log_actions(user_id, queryset, action_flag, change_message="", single_object=False):
    return LogEntry.objects.log_actions(user_id, queryset, action_flag, change_message, single_object=single_object)


def _rows(where, params, order, limit=None):
    sql = (
        'SELECT l."action_time", l."object_id", l."object_repr", l."action_flag", l."change_message", l."content_type_id", u."username", '
        'u."first_name", u."last_name" FROM "django_admin_log" l LEFT JOIN "auth_user" u ON u."id" = l."user_id" WHERE '
        + where
        + " ORDER BY "
        + order
    )
    if limit:
        sql += " LIMIT %d" % limit
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def object_history(model, object_id):
    ct = ContentType.objects.get_for_model(model)
    return _rows('l."content_type_id" = %s AND l."object_id" = %s', [ct.pk, str(object_id)], 'l."action_time", l."id"')


def _parse_time(value):
    import datetime

    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    if timezone.is_naive(value):
        value = value.replace(tzinfo=datetime.timezone.utc)
    return timezone.localtime(value)


def format_action_time(value):
    return date_format(_parse_time(value), "DATETIME_FORMAT")


def recent_actions(request, site):
    rows = _rows('l."user_id" = %s', [request.user.pk], 'l."action_time" DESC, l."id" DESC', 10)
    if not rows:
        return mark_safe("<p>None available</p>\n")
    items = []
    for action_time, object_id, object_repr, flag, message, ct_id, username, first, last in rows:
        css, word = {ADDITION: ("addlink", "Added:"), CHANGE: ("changelink", "Changed:"), DELETION: ("deletelink", "Deleted:")}[flag]
        ct = ContentType.objects.get_for_id(ct_id) if ct_id is not None else None
        model = ct.model_class() if ct is not None else None
        link = None
        if flag != DELETION and model is not None and model in site._registry:
            opts = opts_of(model)
            link = "%s%s/%s/%s/change/" % (site._root(), opts.app_label, opts.model_name, object_id)
        label = format_html('<a href="{}">{}</a>', link, object_repr) if link else object_repr
        kind = format_html('<span class="mini quiet">{}</span>', capfirst(ct.name)) if ct is not None else mark_safe('<span class="mini quiet">Unknown content</span>')
        items.append(format_html('<li class="{}">\n<span class="visually-hidden">{}</span>\n{}\n<br>\n{}\n</li>\n', css, word, label, kind))
    return format_html('<ul class="actionlist">\n{}</ul>\n', mark_safe("".join(str(i) for i in items)))
