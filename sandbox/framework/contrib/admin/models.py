# django.contrib.admin.models, run by the sandbox's Python on the framework's ORM: LogEntry, a
# row of the admin's history in django_admin_log, the table the admin's migrations create.
import json

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.text import get_text_list

ADDITION = 1
CHANGE = 2
DELETION = 3

ACTION_FLAG_CHOICES = [
    (ADDITION, "Addition"),
    (CHANGE, "Change"),
    (DELETION, "Deletion"),
]


def change_message_text(change_message):
    """A change message in words: the admin stores a JSON list of what was added, changed or deleted."""
    if not change_message or change_message[0] != "[":
        return change_message
    try:
        parts = json.loads(change_message)
    except ValueError:
        return change_message
    words = []
    for part in parts:
        if "added" in part:
            added = part["added"]
            words.append("Added {name} “{object}”.".format(**added) if added else "Added.")
        elif "changed" in part:
            changed = part["changed"]
            fields = get_text_list(changed["fields"], "and")
            if "name" in changed:
                words.append("Changed {fields} for {name} “{object}”.".format(fields=fields, name=changed["name"], object=changed["object"]))
            else:
                words.append("Changed {fields}.".format(fields=fields))
        elif "deleted" in part:
            words.append("Deleted {name} “{object}”.".format(**part["deleted"]))
    return " ".join(words) or "No fields changed."


class LogEntryManager(models.Manager):
    use_in_migrations = True

    def log_actions(self, user_id, queryset, action_flag, change_message="", *, single_object=False):
        if isinstance(change_message, list):
            change_message = json.dumps(change_message)
        content_types = {}
        entries = []
        for obj in queryset:
            model = type(obj)
            if model not in content_types:
                content_types[model] = ContentType.objects.get_for_model(model).pk
            entries.append(
                self.create(
                    user_id=user_id,
                    content_type_id=content_types[model],
                    object_id=str(obj.pk),
                    object_repr=str(obj)[:200],
                    action_flag=action_flag,
                    change_message=change_message,
                )
            )
        if single_object and entries:
            return entries[0]
        return entries


class LogEntry(models.Model):
    action_time = models.DateTimeField("action time", default=timezone.now, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, verbose_name="user")
    content_type = models.ForeignKey(ContentType, models.SET_NULL, verbose_name="content type", blank=True, null=True)
    object_id = models.TextField("object id", blank=True, null=True)
    object_repr = models.CharField("object repr", max_length=200)
    action_flag = models.PositiveSmallIntegerField("action flag", choices=ACTION_FLAG_CHOICES)
    change_message = models.TextField("change message", blank=True)

    objects = LogEntryManager()

    class Meta:
        verbose_name = "log entry"
        verbose_name_plural = "log entries"
        db_table = "django_admin_log"
        ordering = ["-action_time"]

    def __repr__(self):
        return str(self.action_time)

    def __str__(self):
        if self.is_addition():
            return "Added “%s”." % self.object_repr
        if self.is_change():
            return "Changed “%s” — %s" % (self.object_repr, self.get_change_message())
        if self.is_deletion():
            return "Deleted “%s.”" % self.object_repr
        return "LogEntry Object"

    def is_addition(self):
        return self.action_flag == ADDITION

    def is_change(self):
        return self.action_flag == CHANGE

    def is_deletion(self):
        return self.action_flag == DELETION

    def get_change_message(self):
        return change_message_text(self.change_message)

    def get_edited_object(self):
        return self.content_type.get_object_for_this_type(pk=self.object_id)

    def get_admin_url(self):
        if self.content_type and self.object_id:
            name = "admin:%s_%s_change" % (self.content_type.app_label, self.content_type.model)
            try:
                return reverse(name, args=(str(self.object_id),))
            except NoReverseMatch:
                pass
        return None
