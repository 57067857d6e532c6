# django.contrib.auth.admin, run by the sandbox's Python: the Group and User admins, with
# 5.2's add form (usable_password, password1, password2) and the change form's read-only
# summary of the password hash. Groups and permissions (many-to-many) are not in the forms yet.
from django import forms
from django.contrib import admin, messages
from django.contrib.admin import pages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.models import Group, User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.urls import path
from django.utils.html import format_html, mark_safe

USABLE_PASSWORD_HELP = (
    "Whether the user will be able to authenticate using a password or not. If disabled, they may still be able to "
    "authenticate using other backends, such as Single Sign-On or LDAP."
)


class AdminUserCreationForm(UserCreationForm):
    usable_password = forms.ChoiceField(
        label="Password-based authentication",
        required=False,
        initial="true",
        choices=[("true", "Enabled"), ("false", "Disabled")],
        widget=forms.RadioSelect(attrs={"class": "radiolist inline"}),
        help_text=USABLE_PASSWORD_HELP,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password1"].required = False
        self.fields["password2"].required = False

    def clean(self):
        if self.data.get("usable_password") == "false":
            self.errors.pop("password1", None)
            self.errors.pop("password2", None)
            return self.cleaned_data
        for name in ("password1", "password2"):
            if not self.data.get(name) and name not in self.errors:
                self.add_error(name, "This field is required.")
        return super().clean()

    def save(self, commit=True):
        if self.cleaned_data.get("usable_password") == "false":
            user = super(UserCreationForm, self).save(commit=False)
            user.set_unusable_password()
            if commit:
                user.save()
            return user
        return super().save(commit=commit)


class AdminPasswordChangeForm(forms.Form):
    """The form of a user's "Change password" page in the admin: a new password, twice, or none."""

    usable_password = AdminUserCreationForm.base_fields["usable_password"]
    password1 = forms.CharField(
        label="Password", required=False, strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password", "autofocus": True})
    )
    password2 = forms.CharField(
        label="Password confirmation",
        required=False,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="Enter the same password as before, for verification.",
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if self.data.get("usable_password") == "false":
            return cleaned
        password1, password2 = self.data.get("password1", ""), self.data.get("password2", "")
        for name, value in (("password1", password1), ("password2", password2)):
            if not value:
                self.add_error(name, "This field is required.")
        if password1 and password2:
            if password1 != password2:
                self.add_error("password2", "The two password fields didn’t match.")
            else:
                try:
                    validate_password(password2, self.user)
                except ValidationError as error:
                    self.add_error("password2", error)
        return cleaned

    def save(self, commit=True):
        if self.data.get("usable_password") == "false":
            self.user.set_unusable_password()
        else:
            self.user.set_password(self.cleaned_data["password1"])
        if commit:
            self.user.save()
        return self.user


def _mask(text, show=6):
    return text[:show] + "*" * max(len(text) - show, 0)


@admin.register(Group)
class GroupAdmin(admin.ModelAdmin):
    search_fields = ("name",)
    ordering = ("name",)
    fields = ("name", "permissions")
    filter_horizontal = ("permissions",)


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    add_form_template = "admin/auth/user/add_form.html"
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        ("Personal info", {"fields": ("first_name", "last_name", "email")}),
        ("Permissions", {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")}),
        ("Important dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("username", "usable_password", "password1", "password2")}),)
    add_form = AdminUserCreationForm
    add_form_intro = "After you’ve created a user, you’ll be able to edit more user options."
    list_display = ("username", "email", "first_name", "last_name", "is_staff")
    list_filter = ("is_staff", "is_superuser", "is_active")
    filter_horizontal = ("groups", "user_permissions")
    search_fields = ("username", "first_name", "last_name", "email")
    ordering = ("username",)

    def get_urls(self):
        change_password = self.admin_site.admin_view(self.user_change_password)
        return [path("<id>/password/", change_password, name="auth_user_password_change")] + super().get_urls()

    def user_change_password(self, request, id, form_url=""):
        user = self.get_object(request, id)
        if not self.has_change_permission(request, user):
            raise PermissionDenied
        if user is None:
            return self._get_obj_does_not_exist_redirect(request, id)
        if request.method == "POST":
            form = AdminPasswordChangeForm(user, request.POST)
            if form.is_valid():
                disabled = request.POST.get("usable_password") == "false"
                form.save()
                self.log_change(request, user, [{"changed": {"fields": ["password"]}}])
                msg = "Password-based authentication was disabled." if disabled else "Password changed successfully."
                self.message_user(request, msg, messages.SUCCESS)
                update_session_auth_hash(request, form.user)
                return HttpResponseRedirect(self._url("change", user.pk))
        else:
            form = AdminPasswordChangeForm(user)
        return self._password_page(request, user, form)

    def _password_page(self, request, user, form):
        bound = form.is_bound
        errors = list(form.errors) if bound else []

        def row_errors(name):
            found = form.errors.get(name) if bound else None
            if not found:
                return ""
            return format_html('<ul class="errorlist" id="id_{}_error">{}</ul>\n', name, pages.join(format_html("<li>{}</li>", e) for e in found))

        usable = format_html(
            '<div class="form-row">\n<div class="flex-container"><label>Password-based authentication:</label> {}</div>\n'
            '<div class="help">\n<p>{}<ul id="id_unusable_warning" class="messagelist"><li class="warning">'
            "If disabled, the current password for this user will be lost.</li></ul></p>\n</div>\n</div>\n",
            form["usable_password"],
            USABLE_PASSWORD_HELP,
        )
        rows = [usable]
        for name in ("password1", "password2"):
            field = form.fields[name]
            help_text = format_html('<div class="help" id="id_{}_helptext">{}</div>\n', name, field.help_text) if field.help_text else ""
            rows.append(
                format_html(
                    '<div class="form-row field-{}">\n{}<div class="flex-container"><label for="id_{}">{}:</label> {}</div>\n{}</div>\n',
                    name,
                    row_errors(name),
                    name,
                    field.label,
                    form[name],
                    help_text,
                )
            )
        note = ""
        if errors:
            note = format_html('<p class="errornote">\n{}\n</p>\n', "Please correct the error below." if len(errors) == 1 else "Please correct the errors below.")
        content = format_html(
            '<div id="content-main">\n<form method="post" id="user_form">{}\n<input type="text" name="username" value="{}" class="hidden">\n<div>\n{}'
            "<p>Enter a new password for the user <strong>{}</strong>.</p>\n"
            '<fieldset class="module aligned">\n{}</fieldset>\n<div class="submit-row">\n'
            '<input type="submit" name="set-password" value="Change password" class="default set-password">\n'
            '<input type="submit" name="unset-password" value="Disable password-based authentication" class="unset-password">\n'
            "</div>\n</div>\n</form></div>\n",
            pages.csrf_input(request),
            user.get_username(),
            note,
            user.get_username(),
            pages.join(rows),
        )
        return pages.render_page(
            request,
            self.admin_site,
            "Change password: %s" % user.get_username(),
            content,
            body_class=" app-auth model-user change-form",
            crumbs=self._crumbs(request, (str(user), self._url("change", user.pk)), "Change password"),
            errors=bool(errors),
            sidebar=self._sidebar(request),
        )

    def _continue_after_add(self, request):
        # UserAdmin.response_add: after adding a user, its change form, unless "Save and add another".
        return "_addanother" not in request.POST

    def get_fieldsets(self, request, obj=None):
        if not obj:
            return self.add_fieldsets
        return super().get_fieldsets(request, obj)

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            return self.add_form
        return super().get_form(request, obj, change=change, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        return ("password",) if obj is not None else ()

    def readonly_field_box(self, name, obj):
        """ReadOnlyPasswordHashWidget: what the stored hash is made of, never the hash itself."""
        if name != "password" or obj is None:
            return None
        encoded = obj.password or ""
        if not encoded or encoded.startswith("!"):
            summary = mark_safe("<p><strong>No password set.</strong></p>")
            link = "Set password"
        else:
            parts = encoded.split("$")
            if len(parts) == 4:
                algorithm, iterations, salt, hashed = parts
                summary = format_html(
                    "<p>\n<strong>algorithm</strong>: <bdi>{}</bdi>\n<strong>iterations</strong>: <bdi>{}</bdi>\n"
                    "<strong>salt</strong>: <bdi>{}</bdi>\n<strong>hash</strong>: <bdi>{}</bdi>\n</p>\n",
                    algorithm,
                    iterations,
                    _mask(salt),
                    _mask(hashed),
                )
            else:
                summary = mark_safe("<p><strong>Invalid password format or unknown hashing algorithm.</strong></p>\n")
            link = "Reset password"
        return format_html(
            '<label>Password:</label>\n<div disabled id="id_password">\n{}<p><a class="button" href="../password/">{}</a></p>\n</div>\n',
            summary,
            link,
        ), format_html('<div class="help">\n<div>{}</div>\n</div>\n', "Raw passwords are not stored, so there is no way to see the user’s password.")
