# django.contrib.auth.admin, run by the sandbox's Python: the Group and User admins, with
# 5.2's add form (usable_password, password1, password2) and the change form's read-only
# summary of the password hash. Groups and permissions (many-to-many) are not in the forms yet.
from django import forms
from django.contrib import admin
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.models import Group, User
from django.utils.html import format_html, mark_safe


class AdminUserCreationForm(UserCreationForm):
    usable_password = forms.ChoiceField(
        label="Password-based authentication",
        required=False,
        initial="true",
        choices=[("true", "Enabled"), ("false", "Disabled")],
        widget=forms.RadioSelect(attrs={"class": "radiolist inline"}),
        help_text="Whether the user will be able to authenticate using a password or not. If disabled, they may still be able to authenticate using other backends, such as Single Sign-On or LDAP.",
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


def _mask(text, show=6):
    return text[:show] + "*" * max(len(text) - show, 0)


@admin.register(Group)
class GroupAdmin(admin.ModelAdmin):
    search_fields = ("name",)
    ordering = ("name",)
    fields = ("name",)


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    add_form_template = "admin/auth/user/add_form.html"
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        ("Personal info", {"fields": ("first_name", "last_name", "email")}),
        ("Permissions", {"fields": ("is_active", "is_staff", "is_superuser")}),
        ("Important dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("username", "usable_password", "password1", "password2")}),)
    add_form = AdminUserCreationForm
    add_form_intro = "After you’ve created a user, you’ll be able to edit more user options."
    list_display = ("username", "email", "first_name", "last_name", "is_staff")
    list_filter = ("is_staff", "is_superuser", "is_active")
    search_fields = ("username", "first_name", "last_name", "email")
    ordering = ("username",)

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
