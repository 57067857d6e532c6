# django.contrib.admin.options, run by the sandbox's Python: ModelAdmin, its URLs and its add,
# change, delete and history views, with Django 5.2's messages, redirects and log entries.
from django.contrib import messages
from django.contrib.admin import helpers, pages
from django.contrib.admin.log import ADDITION, CHANGE, DELETION, change_message_text, format_action_time, log_actions, object_history
from django.contrib.admin.utils import construct_change_message, get_deleted_objects, label_for_field, lookup_field, opts_of, quote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html, mark_safe
from django.utils.text import capfirst

IS_POPUP_VAR = "_popup"
TO_FIELD_VAR = "_to_field"
HORIZONTAL, VERTICAL = 1, 2


class BaseModelAdmin:
    autocomplete_fields = ()
    raw_id_fields = ()
    fields = None
    exclude = None
    fieldsets = None
    form = None
    filter_vertical = ()
    filter_horizontal = ()
    filter_vertical = ()
    radio_fields = {}
    prepopulated_fields = {}
    formfield_overrides = {}
    readonly_fields = ()
    ordering = None
    sortable_by = None
    view_on_site = True
    show_full_result_count = True

    def get_ordering(self, request):
        return self.ordering or ()

    def get_readonly_fields(self, request, obj=None):
        return self.readonly_fields

    def get_queryset(self, request):
        qs = self.model._default_manager.get_queryset()
        ordering = self.get_ordering(request)
        if ordering:
            qs = qs.order_by(*ordering)
        return qs

    def get_exclude(self, request, obj=None):
        return self.exclude

    def get_fields(self, request, obj=None):
        if self.fields:
            return self.fields
        names = [f.name for f in self.opts.fields if f.editable]
        exclude = self.get_exclude(request, obj) or ()
        return [n for n in names if n not in exclude] + [n for n in self.get_readonly_fields(request, obj) if n not in names]

    def get_fieldsets(self, request, obj=None):
        if self.fieldsets:
            return self.fieldsets
        return [(None, {"fields": self.get_fields(request, obj)})]

    def _perm(self, request, action):
        return request.user.has_perm("%s.%s_%s" % (self.opts.app_label, action, self.opts.model_name))

    def has_add_permission(self, request):
        return self._perm(request, "add")

    def has_change_permission(self, request, obj=None):
        return self._perm(request, "change")

    def has_delete_permission(self, request, obj=None):
        return self._perm(request, "delete")

    def has_view_permission(self, request, obj=None):
        return self._perm(request, "view") or self._perm(request, "change")

    def has_view_or_change_permission(self, request, obj=None):
        return self.has_view_permission(request, obj) or self.has_change_permission(request, obj)

    def has_module_permission(self, request):
        return request.user.has_module_perms(self.opts.app_label)


class ModelAdmin(BaseModelAdmin):
    list_display = ("__str__",)
    list_display_links = ()
    list_filter = ()
    list_select_related = False
    list_per_page = 100
    list_max_show_all = 200
    list_editable = ()
    search_fields = ()
    search_help_text = None
    date_hierarchy = None
    save_as = False
    save_as_continue = True
    save_on_top = False
    preserve_filters = True
    show_facets = None
    inlines = ()
    add_form_template = None
    change_form_template = None
    change_list_template = None
    delete_confirmation_template = None
    delete_selected_confirmation_template = None
    object_history_template = None
    popup_response_template = None
    actions = ()
    action_form = None
    actions_on_top = True
    actions_on_bottom = False
    actions_selection_counter = True

    def __init__(self, model, admin_site):
        self.model = model
        self.opts = opts_of(model)
        self.admin_site = admin_site

    def __str__(self):
        return "%s.%s" % (self.opts.app_label, self.__class__.__name__)

    def __repr__(self):
        return "<%s: model=%s site=%r>" % (self.__class__.__qualname__, self.model.__qualname__, self.admin_site)

    def get_urls(self):
        info = (self.opts.app_label, self.opts.model_name)
        wrap = self.admin_site.admin_view
        return [
            path("", wrap(self.changelist_view), name="%s_%s_changelist" % info),
            path("add/", wrap(self.add_view), name="%s_%s_add" % info),
            path("<path:object_id>/history/", wrap(self.history_view), name="%s_%s_history" % info),
            path("<path:object_id>/delete/", wrap(self.delete_view), name="%s_%s_delete" % info),
            path("<path:object_id>/change/", wrap(self.change_view), name="%s_%s_change" % info),
            path("<path:object_id>/", wrap(self._redirect_to_change)),
        ]

    @property
    def urls(self):
        return self.get_urls()

    def _url(self, name, *args):
        return reverse("%s:%s_%s_%s" % (self.admin_site.name, self.opts.app_label, self.opts.model_name, name), args=args)

    def _redirect_to_change(self, request, object_id):
        return HttpResponseRedirect(self._url("change", object_id))

    def get_model_perms(self, request):
        return {
            "add": self.has_add_permission(request),
            "change": self.has_change_permission(request),
            "delete": self.has_delete_permission(request),
            "view": self.has_view_permission(request),
        }

    def get_empty_value_display(self):
        return getattr(self, "empty_value_display", None) or self.admin_site.empty_value_display

    def get_list_display(self, request):
        return self.list_display

    def get_list_display_links(self, request, list_display):
        if self.list_display_links or self.list_display_links is None or not list_display:
            return self.list_display_links
        return list(list_display)[:1]

    def get_list_filter(self, request):
        return self.list_filter

    def get_search_fields(self, request):
        return self.search_fields

    def get_actions(self, request):
        if self.actions is None:
            return {}
        actions = {}
        for name, func in self.admin_site.actions:
            actions[name] = (func, name, getattr(func, "short_description", None) or capfirst(name.replace("_", " ")))
        for item in self.actions or ():
            func = item if callable(item) else getattr(type(self), item)
            name = getattr(func, "__name__", str(item))
            actions[name] = (func, name, getattr(func, "short_description", None) or capfirst(name.replace("_", " ")))
        if not self.has_delete_permission(request):
            actions.pop("delete_selected", None)
        names = {"verbose_name": self.opts.verbose_name, "verbose_name_plural": self.opts.verbose_name_plural}
        return {name: (func, name, str(description) % names) for name, (func, _n, description) in actions.items()}

    def get_object(self, request, object_id, from_field=None):
        queryset = self.get_queryset(request)
        try:
            return queryset.get(pk=object_id)
        except (self.model.DoesNotExist, ValidationError, ValueError, TypeError):
            return None

    def get_form(self, request, obj=None, change=False, **kwargs):
        from django.forms import ModelForm

        readonly = list(self.get_readonly_fields(request, obj))
        names = [n for n in helpers.flatten_fieldsets(self.get_fieldsets(request, obj)) if n not in readonly]
        exclude = list(self.get_exclude(request, obj) or ())
        base = self.form or ModelForm
        meta_model = self.model
        meta_fields = [n for n in names if n not in exclude]

        class Meta:
            pass

        Meta.model = meta_model
        Meta.fields = meta_fields
        form_meta = Meta

        class AdminModelForm(base):
            Meta = form_meta

        AdminModelForm.__name__ = "%sForm" % self.model.__name__
        return AdminModelForm

    def _readonly_label(self, name):
        return label_for_field(name, self.model, self)

    def _readonly_value(self, name, obj):
        if obj is None:
            return self.get_empty_value_display()
        field, attr, value = lookup_field(name, obj, self)
        if getattr(attr, "boolean", False):
            from django.contrib.admin.utils import _boolean_icon

            return _boolean_icon(value)
        return helpers.readonly_display(value, field, self.get_empty_value_display())

    # -- saving and logging --------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        obj.save()

    def delete_model(self, request, obj):
        obj.delete()

    def delete_queryset(self, request, queryset):
        queryset.delete()

    def save_form(self, request, form, change):
        return form.save(commit=False)

    def save_related(self, request, form, formsets, change):
        if hasattr(form, "save_m2m"):
            form.save_m2m()

    def log_addition(self, request, obj, message):
        log_actions(request.user.pk, [obj], ADDITION, message)

    def log_change(self, request, obj, message):
        log_actions(request.user.pk, [obj], CHANGE, message)

    def log_deletions(self, request, queryset):
        log_actions(request.user.pk, queryset, DELETION)

    def message_user(self, request, message, level=messages.INFO, extra_tags="", fail_silently=False):
        messages.add_message(request, level, message, extra_tags=extra_tags, fail_silently=fail_silently)

    def _obj_link(self, obj):
        return format_html('<a href="{}">{}</a>', self._url("change", quote(obj.pk)), obj)

    def _changelist_url(self, request):
        if self.has_view_or_change_permission(request):
            url = self._url("changelist")
            filters = request.GET.get("_changelist_filters")
            return url + "?" + filters if filters else url
        return reverse("%s:index" % self.admin_site.name)

    def _continue_after_add(self, request):
        return "_continue" in request.POST

    def response_add(self, request, obj):
        name = self.opts.verbose_name
        link = self._obj_link(obj)
        if self._continue_after_add(request):
            msg = format_html("The {} “{}” was added successfully. You may edit it again below.", name, link)
            self.message_user(request, msg, messages.SUCCESS)
            return HttpResponseRedirect(self._url("change", quote(obj.pk)))
        if "_addanother" in request.POST:
            msg = format_html("The {} “{}” was added successfully. You may add another {} below.", name, link, name)
            self.message_user(request, msg, messages.SUCCESS)
            return HttpResponseRedirect(request.get_full_path())
        self.message_user(request, format_html("The {} “{}” was added successfully.", name, link), messages.SUCCESS)
        return HttpResponseRedirect(self._changelist_url(request))

    def response_change(self, request, obj):
        name = self.opts.verbose_name
        link = self._obj_link(obj)
        if "_continue" in request.POST:
            msg = format_html("The {} “{}” was changed successfully. You may edit it again below.", name, link)
            self.message_user(request, msg, messages.SUCCESS)
            return HttpResponseRedirect(request.get_full_path())
        if "_addanother" in request.POST:
            msg = format_html("The {} “{}” was changed successfully. You may add another {} below.", name, link, name)
            self.message_user(request, msg, messages.SUCCESS)
            return HttpResponseRedirect(self._url("add"))
        self.message_user(request, format_html("The {} “{}” was changed successfully.", name, link), messages.SUCCESS)
        return HttpResponseRedirect(self._changelist_url(request))

    def _get_obj_does_not_exist_redirect(self, request, object_id):
        msg = "%s with ID “%s” doesn’t exist. Perhaps it was deleted?" % (capfirst(self.opts.verbose_name), object_id)
        self.message_user(request, msg, messages.WARNING)
        return HttpResponseRedirect(reverse("%s:index" % self.admin_site.name))

    # -- views ---------------------------------------------------------------------------

    def _crumbs(self, request, *more):
        site = self.admin_site
        app = (self.admin_site._build_app_dict(request, self.opts.app_label) or {}).get("name") or self.opts.app_label
        app_url = reverse("%s:app_list" % site.name, kwargs={"app_label": self.opts.app_label})
        plural = capfirst(self.opts.verbose_name_plural)
        if more:
            changelist = (plural, self._url("changelist")) if self.has_view_or_change_permission(request) else plural
            return pages.breadcrumbs(site, (app, app_url), changelist, *more)
        return pages.breadcrumbs(site, (app, app_url), plural)

    def _sidebar(self, request):
        return pages.nav_sidebar(request, self.admin_site, (self.opts.app_label, self.opts.model_name))

    def add_view(self, request, form_url="", extra_context=None):
        return self.changeform_view(request, None, form_url, extra_context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        return self.changeform_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        from django.contrib.admin.views.main import changelist_view

        return changelist_view(self, request)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        from django.contrib.admin.forms import change_form_page

        if self.inlines:
            raise NotImplementedError(
                "%s.inlines: inline admins (TabularInline, StackedInline) are not available in the sandbox's admin yet." % self.__class__.__name__
            )
        add = object_id is None
        if add:
            if not self.has_add_permission(request):
                raise PermissionDenied
            obj = None
        else:
            obj = self.get_object(request, object_id)
            if obj is None:
                return self._get_obj_does_not_exist_redirect(request, object_id)
            if request.method == "POST" and not self.has_change_permission(request, obj):
                raise PermissionDenied
            if not self.has_view_or_change_permission(request, obj):
                raise PermissionDenied
        form_class = self.get_form(request, obj, change=not add)
        if request.method == "POST":
            data = helpers.split_datetime_data(request.POST, self.model)
            form = form_class(data, request.FILES, instance=obj)
            valid = form.is_valid()
            if not valid:
                helpers.split_datetime_errors(form, request.POST, self.model)
            if valid:
                new_object = self.save_form(request, form, change=not add)
                self.save_model(request, new_object, form, not add)
                self.save_related(request, form, [], not add)
                change_message = construct_change_message(form, add)
                if add:
                    self.log_addition(request, new_object, change_message)
                    return self.response_add(request, new_object)
                self.log_change(request, new_object, change_message)
                return self.response_change(request, new_object)
        else:
            form = form_class(instance=obj) if obj is not None else form_class(initial=dict(request.GET.items()))
        helpers.dress_form(form, self.model, self.filter_horizontal, self.filter_vertical)
        return change_form_page(self, request, form, obj, add)

    def delete_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, object_id)
        if not self.has_delete_permission(request, obj):
            raise PermissionDenied
        deleted, counts, perms_needed, protected = get_deleted_objects([obj], request, self.admin_site)
        if request.method == "POST" and not perms_needed:
            obj_display = str(obj)
            self.log_deletions(request, [obj])
            self.delete_model(request, obj)
            self.message_user(request, format_html("The {} “{}” was deleted successfully.", self.opts.verbose_name, obj_display), messages.SUCCESS)
            return HttpResponseRedirect(self._changelist_url(request))
        from django.contrib.admin.actions import confirmation

        if perms_needed:
            intro = format_html(
                "<p>Deleting the {} “{}” would result in deleting related objects, but your account doesn’t have permission to delete the following types of objects:</p>\n",
                self.opts.verbose_name,
                obj,
            )
        else:
            intro = format_html(
                '<p>Are you sure you want to delete the {} "{}"? All of the following related items will be deleted:</p>\n', self.opts.verbose_name, obj
            )
        content = confirmation(request, intro, deleted, counts, perms_needed, [], list_id=True)
        crumbs = self._crumbs(request, (str(obj), self._url("change", quote(obj.pk))), "Delete")
        return pages.render_page(
            request,
            self.admin_site,
            "Delete",
            content,
            body_class=" app-%s model-%s delete-confirmation" % (self.opts.app_label, self.opts.model_name),
            crumbs=crumbs,
            sidebar=self._sidebar(request),
            h1=True,
        )

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, object_id)
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        rows = object_history(self.model, obj.pk)
        if rows:
            body = pages.join(
                format_html("<tr>\n<th scope=\"row\">{}</th>\n<td>{}</td>\n<td>{}</td>\n</tr>\n", format_action_time(t), _user_name(u, f, l), change_message_text(m))
                for t, _oid, _repr, _flag, m, _ct, u, f, l in rows
            )
            count = len(rows)
            content = format_html(
                '<div id="content-main">\n<div id="change-history" class="module">\n<table>\n<thead>\n<tr>\n<th scope="col">Date/time</th>\n'
                '<th scope="col">User</th>\n<th scope="col">Action</th>\n</tr>\n</thead>\n<tbody>\n{}</tbody>\n</table>\n'
                '<p class="paginator">\n{} {}\n</p>\n</div>\n</div>\n',
                body,
                count,
                "entry" if count == 1 else "entries",
            )
        else:
            content = mark_safe(
                '<div id="content-main">\n<div id="change-history" class="module">\n'
                "<p>This object doesn’t have a change history. It probably wasn’t added via this admin site.</p>\n</div>\n</div>\n"
            )
        crumbs = self._crumbs(request, (str(obj), self._url("change", quote(obj.pk))), "History")
        return pages.render_page(
            request,
            self.admin_site,
            "Change history: %s" % obj,
            content,
            body_class=" app-%s model-%s change-history" % (self.opts.app_label, self.opts.model_name),
            crumbs=crumbs,
            sidebar=self._sidebar(request),
        )


def _user_name(username, first_name, last_name):
    full = ("%s %s" % (first_name or "", last_name or "")).strip()
    return "%s (%s)" % (username, full) if full else username


class InlineModelAdmin(BaseModelAdmin):
    model = None
    extra = 3

    def __init__(self, parent_model, admin_site):
        raise NotImplementedError("Inline admins (TabularInline, StackedInline) are not available in the sandbox's admin.")


class StackedInline(InlineModelAdmin):
    pass


class TabularInline(InlineModelAdmin):
    pass
