# django.contrib.admin.actions, run by the sandbox's Python: "Delete selected …" and the
# confirmation pages it and the delete view share.
from django.contrib import messages
from django.contrib.admin import helpers, pages
from django.contrib.admin.utils import get_deleted_objects, model_ngettext
from django.core.exceptions import PermissionDenied
from django.utils.html import format_html, mark_safe
from django.utils.text import capfirst


def confirmation(request, intro, deleted, counts, perms_needed, hidden, list_id=False):
    """The summary, the objects and the "Yes, I’m sure" form of a delete confirmation."""
    if perms_needed:
        return format_html(
            '{}<ul id="deleted-objects">\n{}</ul>\n', intro, pages.join(format_html("<li>{}</li>\n", p) for p in sorted(perms_needed))
        )
    summary = pages.join(format_html("<li>{}: {}</li>\n", capfirst(name), count) for name, count in counts.items())
    objects = format_html('<ul{}>\t{}</ul>\n', mark_safe(' id="deleted-objects"') if list_id else "", pages.unordered_list(deleted))
    fields = pages.join(format_html('<input type="hidden" name="{}" value="{}">\n', name, value) for name, value in hidden)
    return format_html(
        '{}<h2>Summary</h2>\n<ul>\n{}</ul>\n<h2>Objects</h2>\n{}<form method="post">{}\n<div>\n{}<input type="hidden" name="post" value="yes">\n'
        '<input type="submit" value="Yes, I’m sure">\n<a href="#" class="button cancel-link">No, take me back</a>\n</div>\n</form>\n',
        intro,
        summary,
        objects,
        pages.csrf_input(request),
        fields,
    )


def delete_selected(modeladmin, request, queryset):
    opts = modeladmin.opts
    objs = list(queryset)
    deleted, counts, perms_needed, protected = get_deleted_objects(objs, request, modeladmin.admin_site)
    if request.POST.get("post") and not protected:
        if perms_needed:
            raise PermissionDenied
        n = len(objs)
        if n:
            modeladmin.log_deletions(request, objs)
            modeladmin.delete_queryset(request, queryset)
            modeladmin.message_user(request, "Successfully deleted %d %s." % (n, model_ngettext(opts, n)), messages.SUCCESS)
        return None
    objects_name = model_ngettext(opts, len(objs))
    if perms_needed or protected:
        title = "Cannot delete %s" % objects_name
        intro = format_html(
            "<p>Deleting the selected {} would result in deleting related objects, but your account doesn’t have permission to delete the following types of objects:</p>\n",
            objects_name,
        )
    else:
        title = "Delete multiple objects"
        intro = format_html(
            "<p>Are you sure you want to delete the selected {}? All of the following objects and their related items will be deleted:</p>\n", objects_name
        )
    hidden = [(helpers.ACTION_CHECKBOX_NAME, obj.pk) for obj in objs] + [("action", "delete_selected")]
    content = confirmation(request, intro, deleted, counts, perms_needed, hidden)
    return pages.render_page(
        request,
        modeladmin.admin_site,
        title,
        content,
        body_class=" app-%s model-%s delete-confirmation delete-selected-confirmation" % (opts.app_label, opts.model_name),
        crumbs=modeladmin._crumbs(request, "Delete multiple objects"),
        sidebar=modeladmin._sidebar(request),
    )


delete_selected.allowed_permissions = ("delete",)
delete_selected.short_description = "Delete selected %(verbose_name_plural)s"
