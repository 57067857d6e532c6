# The admin's forms as pages, run by the sandbox's Python: the login form (AdminAuthenticationForm's
# fields and errors), the add and change forms (admin/change_form.html) and the password change form.
from django.contrib.admin import helpers, pages
from django.contrib.admin.utils import quote
from django.http import HttpResponseRedirect
from django.utils.html import format_html, mark_safe


def _errornote(count):
    text = "Please correct the error below." if count == 1 else "Please correct the errors below."
    return format_html('<p class="errornote">\n{}\n</p>\n', text)


def _error_list(name, errors):
    if not errors:
        return ""
    return format_html('<ul class="errorlist" id="id_{}_error">{}</ul>\n', name, pages.join(format_html("<li>{}</li>", e) for e in errors))


def login_form(request, site, username, errors, non_field, next_url):
    head = []
    if errors and not non_field:
        head.append(_errornote(len(errors)))
    for error in non_field:
        head.append(format_html('<p class="errornote">\n{}\n</p>\n', error))
    notice = ""
    if request.user.is_authenticated:
        notice = format_html(
            '<p class="errornote">\nYou are authenticated as {}, but are not authorized to access this page. Would you like to login to a different account?\n</p>\n',
            request.user.get_username(),
        )

    def invalid(name):
        return mark_safe(' aria-invalid="true" aria-describedby="id_%s_error"' % name) if name in errors else ""

    value = format_html(' value="{}"', username) if username else ""
    form = format_html(
        '<form action="{}" method="post" id="login-form">{}\n'
        '<div class="form-row">\n{}<label for="id_username" class="required">Username:</label> '
        '<input type="text" name="username"{} autofocus autocapitalize="none" autocomplete="username" maxlength="150" required{} id="id_username">\n</div>\n'
        '<div class="form-row">\n{}<label for="id_password" class="required">Password:</label> '
        '<input type="password" name="password" autocomplete="current-password" required{} id="id_password">\n'
        '<input type="hidden" name="next" value="{}">\n</div>\n'
        '<div class="submit-row">\n<input type="submit" value="Log in">\n</div>\n</form>\n',
        request.get_full_path(),
        pages.csrf_input(request),
        _error_list("username", [errors["username"]] if "username" in errors else []),
        value,
        invalid("username"),
        _error_list("password", [errors["password"]] if "password" in errors else []),
        invalid("password"),
        next_url,
    )
    return format_html('{}<div id="content-main">\n{}{}</div>\n', pages.join(head), notice, form)


def change_form_page(model_admin, request, form, obj, add):
    opts = model_admin.opts
    site = model_admin.admin_site
    change = not add
    can_change = add or model_admin.has_change_permission(request, obj)
    readonly = list(model_admin.get_readonly_fields(request, obj))
    if change and not can_change:
        readonly = list(helpers.flatten_fieldsets(model_admin.get_fieldsets(request, obj)))
    if add:
        title = "Add %s" % opts.verbose_name
    elif can_change:
        title = "Change %s" % opts.verbose_name
    else:
        title = "View %s" % opts.verbose_name
    errors = [name for name in form.errors] if form.is_bound else []
    tools = ""
    if change:
        tools = format_html(
            '<ul class="object-tools">\n<li>\n<a href="{}" class="historylink">History</a>\n</li>\n</ul>\n',
            model_admin._url("history", quote(obj.pk)),
        )
    head = _errornote(len(errors)) if errors else ""
    non_field = form.non_field_errors() if form.is_bound else []
    if non_field:
        head = pages.join([head, format_html('<ul class="errorlist nonfield">{}</ul>\n', pages.join(format_html("<li>{}</li>", e) for e in non_field))])
    fieldsets = helpers.render_fieldsets(form, model_admin.get_fieldsets(request, obj), model_admin, request, obj, readonly)
    buttons = []
    if can_change:
        buttons.append(mark_safe('<input type="submit" value="Save" class="default" name="_save">\n'))
        if model_admin.has_add_permission(request):
            buttons.append(mark_safe('<input type="submit" value="Save and add another" name="_addanother">\n'))
        buttons.append(mark_safe('<input type="submit" value="Save and continue editing" name="_continue">\n'))
    else:
        buttons.append(format_html('<a href="{}" class="closelink">Close</a>\n', model_admin._changelist_url(request)))
    if change and model_admin.has_delete_permission(request, obj):
        buttons.append(format_html('<a href="{}" class="deletelink">Delete</a>\n', model_admin._url("delete", quote(obj.pk))))
    intro = getattr(model_admin, "add_form_intro", None) if add else None
    content = format_html(
        '<div id="content-main">\n{}<form method="post" id="{}_form" novalidate>{}\n{}<div>\n{}{}<div class="submit-row">\n{}</div>\n</div>\n</form></div>\n',
        tools,
        opts.model_name,
        pages.csrf_input(request),
        format_html("<p>{}</p>\n", intro) if intro else "",
        head,
        fieldsets,
        pages.join(buttons),
    )
    last = ("Add %s" % opts.verbose_name) if add else str(obj)
    crumbs = model_admin._crumbs(request, last)
    return pages.render_page(
        request,
        site,
        title,
        content,
        body_class=" app-%s model-%s change-form" % (opts.app_label, opts.model_name),
        crumbs=crumbs,
        subtitle=None if add else str(obj),
        errors=bool(errors),
        sidebar=model_admin._sidebar(request),
    )


def password_change(request, site):
    from django.contrib.auth import update_session_auth_hash
    from django.contrib.auth.forms import PasswordChangeForm

    if request.method == "POST":
        form = PasswordChangeForm(request.user, request.POST)
        if form.is_valid():
            form.save()
            update_session_auth_hash(request, form.user)
            return HttpResponseRedirect(site._root() + "password_change/done/")
    else:
        form = PasswordChangeForm(request.user)
    errors = [name for name in form.errors] if form.is_bound else []
    rows = []
    for name in ("old_password", "new_password1", "new_password2"):
        field = form.fields[name]
        help_text = format_html('<div class="help" id="id_{}_helptext">{}</div>\n', name, field.help_text) if field.help_text else ""
        rows.append(
            format_html(
                '<div class="form-row">\n{}<label class="required" for="id_{}">{}:</label> {}\n{}</div>\n',
                _error_list(name, form.errors.get(name) if form.is_bound else None),
                name,
                field.label,
                form[name],
                help_text,
            )
        )
    content = format_html(
        '<div id="content-main">\n<form method="post">{}\n<div>\n{}{}'
        "<p>Please enter your old password, for security’s sake, and then enter your new password twice so we can verify you typed it in correctly.</p>\n"
        '<fieldset class="module aligned wide">\n{}</fieldset>\n'
        '<div class="submit-row">\n<input type="submit" value="Change my password" class="default">\n</div>\n</div>\n</form></div>\n',
        pages.csrf_input(request),
        _errornote(len(errors)) if errors else "",
        pages.join(format_html('<p class="errornote">\n{}\n</p>\n', e) for e in (form.non_field_errors() if form.is_bound else [])),
        pages.join(rows),
    )
    return pages.render_page(
        request, site, "Password change", content, crumbs=pages.breadcrumbs(site, "Password change"), errors=bool(errors), view_site=False
    )
