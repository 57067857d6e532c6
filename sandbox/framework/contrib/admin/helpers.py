# django.contrib.admin.helpers, run by the sandbox's Python: the add and change forms' rows
# (fieldsets, labels, widgets with the admin's classes, errors, read-only values) as Django 5.2
# lays them out in admin/includes/fieldset.html.
import datetime

from django.contrib.admin.pages import join
from django.contrib.admin.utils import _static, display_for_field, display_for_value, opts_of
from django.utils.html import format_html, mark_safe

ACTION_CHECKBOX_NAME = "_selected_action"

# The admin's widget classes by model field type (ModelAdmin.formfield_overrides' defaults).
WIDGET_CLASSES = {
    "CharField": ("vTextField", None),
    "EmailField": ("vTextField", None),
    "SlugField": ("vTextField", None),
    "URLField": ("vURLField", None),
    "TextField": ("vLargeTextField", None),
    "IntegerField": ("vIntegerField", None),
    "SmallIntegerField": ("vIntegerField", None),
    "PositiveIntegerField": ("vIntegerField", None),
    "PositiveSmallIntegerField": ("vIntegerField", None),
    "BigIntegerField": ("vBigIntegerField", None),
    "PositiveBigIntegerField": ("vBigIntegerField", None),
    "DateField": ("vDateField", "10"),
    "TimeField": ("vTimeField", "8"),
    "UUIDField": ("vUUIDField", None),
}


def flatten_fieldsets(fieldsets):
    names = []
    for _name, options in fieldsets:
        for line in options.get("fields", ()):
            if isinstance(line, (list, tuple)):
                names.extend(line)
            else:
                names.append(line)
    return names


def dress_form(form, model, filter_horizontal=(), filter_vertical=()):
    """The admin's widget classes on a ModelForm's fields (formfield_for_dbfield)."""
    opts = opts_of(model)
    for name, field in form.fields.items():
        if name in filter_horizontal or name in filter_vertical:
            # FilteredSelectMultiple: the select the admin's JavaScript would turn into two lists; here it stays one.
            label = str(field.label)
            stacked = name in filter_vertical
            field.widget.attrs.update({
                "data-context": "available-source",
                "class": "selectfilterstacked" if stacked else "selectfilter",
                "data-field-name": label[:1].lower() + label[1:],
                "data-is-stacked": "1" if stacked else "0",
            })
            continue
        db_field = opts.get_field(name)
        if db_field is None or db_field.choices:
            continue
        css = WIDGET_CLASSES.get(db_field.type)
        if css:
            field.widget.attrs.setdefault("class", css[0])
            if css[1]:
                field.widget.attrs.setdefault("size", css[1])


def split_datetime_data(data, model):
    """The split date and time inputs of a DateTimeField joined again, as SplitDateTimeWidget reads them."""
    opts = opts_of(model)
    out = data.copy()
    for field in opts.fields:
        if field.type == "DateTimeField" and (field.name + "_0") in data:
            date, time = data.get(field.name + "_0", "").strip(), data.get(field.name + "_1", "").strip()
            out[field.name] = ("%s %s" % (date, time)).strip()
    return out


def split_datetime_errors(form, data, model):
    """SplitDateTimeField's errors: the date and the time each checked, in their own words."""
    from django import forms
    from django.core.exceptions import ValidationError

    opts = opts_of(model)
    for field in opts.fields:
        name = field.name
        if field.type != "DateTimeField" or name not in form.errors or (name + "_0") not in data:
            continue
        date, time = data.get(name + "_0", "").strip(), data.get(name + "_1", "").strip()
        if not date or not time:
            continue
        messages = []
        for part, value in ((forms.DateField(), date), (forms.TimeField(), time)):
            try:
                part.clean(value)
            except ValidationError as error:
                messages.extend(error.messages)
        if messages:
            form.errors[name] = form.error_class(messages)


def _errors(form, name):
    errors = form.errors.get(name) if form.is_bound else None
    if not errors:
        return None
    items = join([format_html("<li>{}</li>", e) for e in errors])
    return format_html('<ul class="errorlist" id="id_{}_error">{}</ul>\n', name, items)


def _label(field, name, for_id=True):
    css = ' class="required"' if field.required else ""
    if for_id:
        return format_html('<label{} for="id_{}">{}:</label>\n', mark_safe(css), name, field.label)
    return format_html("<label{}>{}:</label>\n", mark_safe(css), field.label)


def _split_datetime(form, name, field):
    bound = form[name]
    value = bound.value()
    date = time = ""
    if isinstance(value, datetime.datetime):
        from django.utils import timezone

        if timezone.is_aware(value):
            value = timezone.localtime(value)
        date, time = value.strftime("%Y-%m-%d"), value.strftime("%H:%M:%S")
    elif form.is_bound:
        date, time = form.data.get(name + "_0", ""), form.data.get(name + "_1", "")
    required = mark_safe(" required") if field.required else ""
    return format_html(
        '<p class="datetime">\nDate: <input type="text" name="{0}_0" value="{1}" class="vDateField" size="10"{3} id="id_{0}_0">\n<br>\n'
        'Time: <input type="text" name="{0}_1" value="{2}" class="vTimeField" size="8"{3} id="id_{0}_1">\n</p>\n',
        name,
        date,
        time,
        required,
    )


def _related_links(model_admin, request, db_field):
    site = model_admin.admin_site
    related = db_field.related_model
    related_admin = site._registry.get(related)
    if related_admin is None or not related_admin.has_add_permission(request):
        return ""
    opts = opts_of(related)
    return format_html(
        '<a class="related-widget-wrapper-link add-related" id="add_id_{}" href="{}{}/{}/add/" title="Add another {}">'
        '<img src="{}" alt="Add" width="24" height="24"></a>',
        db_field.name,
        site._root(),
        opts.app_label,
        opts.model_name,
        opts.verbose_name,
        _static("admin/img/icon-addlink.svg"),
    )


def _field_box(form, name, model_admin, request, obj, readonly):
    """One field's label, widget (or read-only value), help text; its errors go to the row."""
    opts = opts_of(model_admin.model)
    db_field = opts.get_field(name)
    if name in readonly:
        custom = getattr(model_admin, "readonly_field_box", None)
        box = custom(name, obj) if custom is not None else None
        if box is not None:
            return box[0], False, box[1]
        label = model_admin._readonly_label(name)
        value = model_admin._readonly_value(name, obj if obj is not None else getattr(form, "instance", None))
        return format_html('<label>{}:</label>\n<div class="readonly">{}</div>\n', label, value), False, ""
    field = form.fields[name]
    is_checkbox = field.widget.__class__.__name__ == "CheckboxInput"
    if db_field is not None and db_field.type == "DateTimeField":
        body = join([_label(field, name, for_id=False), _split_datetime(form, name, field)])
    elif is_checkbox:
        body = format_html('{}<label class="vCheckboxLabel" for="id_{}">{}</label>\n', form[name], name, field.label)
    elif db_field is not None and db_field.is_relation:
        body = format_html(
            '{}<div class="related-widget-wrapper" data-model-ref="{}">\n{}\n{}\n</div>\n',
            _label(field, name),
            opts_of(db_field.related_model).model_name,
            form[name],
            _related_links(model_admin, request, db_field),
        )
    else:
        body = format_html("{}{}\n", _label(field, name), form[name])
    help_text = ""
    if field.help_text:
        help_text = format_html('<div class="help" id="id_{}_helptext">\n<div>{}</div>\n</div>\n', name, field.help_text)
    return body, is_checkbox, help_text


def render_fieldsets(form, fieldsets, model_admin, request, obj, readonly):
    out = []
    for index, (title, options) in enumerate(fieldsets):
        classes = " ".join(options.get("classes", ()))
        rows = []
        for line in options.get("fields", ()):
            names = list(line) if isinstance(line, (list, tuple)) else [line]
            errors = [e for e in (_errors(form, n) for n in names if n not in readonly) if e]
            boxes = [_field_box(form, n, model_admin, request, obj, readonly) for n in names]
            if len(names) > 1:
                inner = join(
                    format_html('<div class="fieldBox field-{}">\n<div class="flex-container{}">\n{}</div>\n{}</div>\n', n, " checkbox-row" if cb else "", body, help_text)
                    for n, (body, cb, help_text) in zip(names, boxes)
                )
            else:
                body, cb, help_text = boxes[0]
                inner = format_html('<div class="flex-container{}">\n{}</div>\n{}', " checkbox-row" if cb else "", body, help_text)
            row_class = "form-row%s%s %s" % (" errors" if errors else "", " field-box" if len(names) > 1 else "", " ".join("field-" + n for n in names))
            rows.append(format_html('<div class="{}">\n{}<div>\n{}</div>\n</div>\n', row_class, join(errors), inner))
        heading = format_html('<h2 id="fieldset-0-{}-heading" class="fieldset-heading">{}</h2>\n', index, title) if title else ""
        description = format_html('<div class="description">{}</div>\n', options["description"]) if options.get("description") else ""
        out.append(format_html('<fieldset class="module aligned {}">\n{}{}{}</fieldset>\n', classes, heading, description, join(rows)))
    return join(out)


def readonly_display(value, db_field, empty):
    if db_field is not None:
        return display_for_field(value, db_field, empty)
    return display_for_value(value, empty)

