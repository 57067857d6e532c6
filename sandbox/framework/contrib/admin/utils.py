# django.contrib.admin.utils, run by the sandbox's Python: what the admin's views share.
# _model_info, _date_format and _setting are given by the framework (module.ts).
import datetime

from django.utils.html import format_html, escape
from django.utils.text import capfirst, get_text_list

EMPTY_VALUE_DISPLAY = "-"


class _Opts:
    """The part of a model's _meta the admin reads."""

    def __init__(self, model):
        info = _model_info(model)
        self.model = model
        self.app_label = info["app_label"]
        self.model_name = info["model_name"]
        self.object_name = info["object_name"]
        self.verbose_name = info["verbose_name"]
        self.verbose_name_plural = info["verbose_name_plural"]
        self.pk_name = info["pk_name"]
        self.pk_attname = info["pk_attname"]
        self.ordering = list(info["ordering"])
        self.fields = [_Field(f) for f in info["fields"]]
        self.related = list(info["related"])

    def get_field(self, name):
        if name == "pk":
            name = self.pk_name
        for field in self.fields:
            if field.name == name or field.attname == name:
                return field
        return None

    @property
    def label(self):
        return "%s.%s" % (self.app_label, self.object_name)

    @property
    def label_lower(self):
        return "%s.%s" % (self.app_label, self.model_name)

    def __str__(self):
        return self.label_lower


class _Field:
    def __init__(self, info):
        self.name = info["name"]
        self.attname = info["attname"]
        self.verbose_name = info["verbose_name"]
        self.type = info["type"]
        self.choices = info["choices"]
        self.blank = info["blank"]
        self.null = info["null"]
        self.primary_key = info["primary_key"]
        self.editable = info["editable"]
        self.related_model = info["related"]
        self.is_relation = self.related_model is not None

    def flatchoices(self):
        out = []
        for value, label in self.choices or ():
            if isinstance(label, (list, tuple)):
                out.extend(label)
            else:
                out.append((value, label))
        return out


_opts_cache = {}


def opts_of(model):
    key = id(model)
    opts = _opts_cache.get(key)
    if opts is None or opts.model is not model:
        opts = _opts_cache[key] = _Opts(model)
    return opts


def model_ngettext(opts, n):
    return opts.verbose_name if n == 1 else opts.verbose_name_plural


def quote(value):
    return str(value)


def date_format(value, fmt):
    return _date_format(value, fmt)


def display_for_value(value, empty_value_display, boolean=False):
    if boolean:
        return _boolean_icon(value)
    if value is None or value == "":
        return empty_value_display
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, datetime.datetime):
        return _date_format(value, "DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return _date_format(value, "DATE_FORMAT")
    if isinstance(value, datetime.time):
        return _date_format(value, "TIME_FORMAT")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def display_for_field(value, field, empty_value_display):
    if field.choices:
        for key, label in field.flatchoices():
            if key == value:
                return label
        return empty_value_display if value is None else str(value)
    if field.type == "BooleanField":
        return _boolean_icon(value)
    if value is None:
        return empty_value_display
    if field.type == "DecimalField":
        return str(value)
    return display_for_value(value, empty_value_display)


def _boolean_icon(value):
    icon = {True: "yes", False: "no", None: "unknown"}[value]
    return format_html('<img src="{}" alt="{}">', _static("admin/img/icon-%s.svg" % icon), value)


def _static(path):
    url = _setting("STATIC_URL", "/static/") or "/static/"
    if not url.startswith("/"):
        url = "/" + url
    if not url.endswith("/"):
        url += "/"
    return url + path


def label_for_field(name, model, model_admin=None):
    """The column header of a list_display entry, as Django words it."""
    opts = opts_of(model)
    if name == "__str__":
        return capfirst(opts.verbose_name)
    field = opts.get_field(name)
    if field is not None:
        return capfirst(field.verbose_name)
    if callable(name):
        attr = name
    elif model_admin is not None and hasattr(model_admin, name):
        attr = getattr(model_admin, name)
    elif hasattr(model, name):
        attr = getattr(model, name)
    else:
        message = "Unable to lookup '%s' on %s" % (name, opts.object_name)
        if model_admin:
            message += " or %s" % model_admin.__class__.__name__
        raise AttributeError(message)
    if hasattr(attr, "short_description"):
        return attr.short_description
    if isinstance(attr, property) and hasattr(attr.fget, "short_description"):
        return attr.fget.short_description
    if callable(attr):
        attr_name = getattr(attr, "__name__", name if isinstance(name, str) else "")
        return "--" if attr_name == "<lambda>" else capfirst(attr_name.replace("_", " "))
    return capfirst(str(name).replace("_", " "))


def lookup_field(name, obj, model_admin=None):
    """(field or None, attr or None, value) of a list_display entry for one object."""
    opts = opts_of(type(obj))
    if callable(name):
        return None, name, name(obj)
    field = opts.get_field(name) if name != "__str__" else None
    if field is not None:
        return field, None, getattr(obj, field.name)
    if name == "__str__":
        return None, None, str(obj)
    if model_admin is not None and hasattr(model_admin, name) and name != "__str__":
        attr = getattr(model_admin, name)
        return None, attr, attr(obj)
    attr = getattr(obj, name)
    value = attr() if callable(attr) else attr
    return None, attr, value


def construct_change_message(form, add):
    if add:
        return [{"added": {}}]
    if form.changed_data:
        labels = []
        for name in form.changed_data:
            field = form.fields.get(name)
            labels.append(str(field.label) if field is not None and field.label else name)
        return [{"changed": {"fields": labels}}]
    return []


def get_deleted_objects(objs, request, admin_site):
    """What deleting objs takes with it: (nested list of links, {plural: count}, perms needed, protected)."""
    counts = {}
    perms_needed = set()
    seen = set()

    def describe(obj):
        opts = opts_of(type(obj))
        key = (opts.label_lower, getattr(obj, opts.pk_attname))
        model_admin = admin_site._registry.get(type(obj))
        counts[opts.verbose_name_plural] = counts.get(opts.verbose_name_plural, 0) + 1
        text = "%s: " % capfirst(opts.verbose_name)
        if model_admin is not None:
            if not model_admin.has_delete_permission(request, obj):
                perms_needed.add(opts.verbose_name)
            url = "%s%s/%s/%s/change/" % (admin_site._root(), opts.app_label, opts.model_name, quote(obj.pk))
            text = format_html('{}<a href="{}">{}</a>', capfirst(opts.verbose_name) + ": ", url, obj)
        else:
            text = escape(text + str(obj))
        children = []
        if key not in seen:
            seen.add(key)
            for related_model, field_name in opts.related:
                for child in related_model._default_manager.filter(**{field_name: obj}):
                    children.extend(describe(child))
        return [text, children] if children else [text]

    nested = []
    for obj in objs:
        nested.extend(describe(obj))
    return nested, counts, perms_needed, []
