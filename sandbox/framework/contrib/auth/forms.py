# django.contrib.auth.forms, run by the sandbox's Python: the login, signup and password forms.
import re

from django import forms
from django.contrib.auth import authenticate, get_user_model, password_validation
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError

UserModel = get_user_model()


def _capfirst(text):
    text = str(text)
    return text[:1].upper() + text[1:]


class UsernameField(forms.CharField):
    def to_python(self, value):
        value = super().to_python(value)
        if self.max_length is not None and len(value) > self.max_length:
            # Normalizing never shortens a string: a value too long stays too long.
            return value
        return _nfkc(value)

    def widget_attrs(self, widget):
        attrs = dict(super().widget_attrs(widget))
        attrs["autocapitalize"] = "none"
        attrs["autocomplete"] = "username"
        return attrs


def _password_fields(label1="Password", label2="Password confirmation"):
    password1 = forms.CharField(
        label=label1,
        required=True,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=label2,
        required=True,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        strip=False,
        help_text="Enter the same password as before, for verification.",
    )
    return password1, password2


class SetPasswordMixin:
    error_messages = {"password_mismatch": "The two password fields didn’t match."}

    create_password_fields = staticmethod(_password_fields)

    def validate_passwords(self, password1_field_name="password1", password2_field_name="password2"):
        password1 = self.cleaned_data.get(password1_field_name)
        password2 = self.cleaned_data.get(password2_field_name)
        if password1 and password2 and password1 != password2:
            self.add_error(
                password2_field_name,
                ValidationError(self.error_messages["password_mismatch"], code="password_mismatch"),
            )

    def validate_password_for_user(self, user, password_field_name="password2"):
        password = self.cleaned_data.get(password_field_name)
        if password:
            try:
                password_validation.validate_password(password, user)
            except ValidationError as error:
                self.add_error(password_field_name, error)

    def set_password_and_save(self, user, password_field_name="password1", commit=True):
        user.set_password(self.cleaned_data[password_field_name])
        if commit:
            user.save()
        return user


_USERNAME_RE = re.compile(r"^[\w.@+-]+\Z")


def _validate_username(form):
    """User.username's UnicodeUsernameValidator, which Model.full_clean runs in Django.

    The sandbox's User model leaves the validator out of its field, so that the field
    deconstructs as the built-in migrations have it; the form runs it instead.
    """
    username = form.cleaned_data.get("username")
    if "username" in form.fields and "username" not in form.errors and username and not _USERNAME_RE.match(username):
        form.add_error(
            "username",
            ValidationError(
                "Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.",
                code="invalid",
            ),
        )


class BaseUserCreationForm(SetPasswordMixin, forms.ModelForm):
    password1, password2 = _password_fields()

    class Meta:
        model = User
        fields = ("username",)
        field_classes = {"username": UsernameField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        username_field = self._meta.model.USERNAME_FIELD
        if username_field in self.fields:
            self.fields[username_field].widget.attrs["autofocus"] = True

    def clean(self):
        self.validate_passwords()
        return super().clean()

    def _post_clean(self):
        super()._post_clean()
        _validate_username(self)
        # The validators compare the password with the user's attributes, set by the line above.
        self.validate_password_for_user(self.instance)

    def save(self, commit=True):
        user = super().save(commit=False)
        user = self.set_password_and_save(user, commit=commit)
        if commit and hasattr(self, "save_m2m"):
            self.save_m2m()
        return user


class UserCreationForm(BaseUserCreationForm):
    def clean_username(self):
        """Usernames that differ only in case are the same user."""
        username = self.cleaned_data.get("username")
        if username and self._meta.model.objects.filter(username__iexact=username).exists():
            self.add_error("username", ValidationError("A user with that username already exists.", code="unique"))
        else:
            return username


class AuthenticationForm(forms.Form):
    username = UsernameField(widget=forms.TextInput(attrs={"autofocus": True}))
    password = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    error_messages = {
        "invalid_login": "Please enter a correct %(username)s and password. Note that both fields may be case-sensitive.",
        "inactive": "This account is inactive.",
    }

    def __init__(self, request=None, *args, **kwargs):
        self.request = request
        self.user_cache = None
        super().__init__(*args, **kwargs)
        max_length, self._username_verbose_name = _field_facts(UserModel, UserModel.USERNAME_FIELD)
        username_max_length = max_length or 254
        self.fields["username"].max_length = username_max_length
        self.fields["username"].widget.attrs["maxlength"] = username_max_length
        if self.fields["username"].label is None:
            self.fields["username"].label = _capfirst(self._username_verbose_name)

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is not None and password:
            self.user_cache = authenticate(self.request, username=username, password=password)
            if self.user_cache is None:
                raise self.get_invalid_login_error()
            else:
                self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data

    def confirm_login_allowed(self, user):
        if not user.is_active:
            raise ValidationError(self.error_messages["inactive"], code="inactive")

    def get_user(self):
        return self.user_cache

    def get_invalid_login_error(self):
        return ValidationError(
            self.error_messages["invalid_login"],
            code="invalid_login",
            params={"username": self._username_verbose_name},
        )


class SetPasswordForm(SetPasswordMixin, forms.Form):
    new_password1, new_password2 = _password_fields(label1="New password", label2="New password confirmation")

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean(self):
        self.validate_passwords("new_password1", "new_password2")
        self.validate_password_for_user(self.user, "new_password2")
        return super().clean()

    def save(self, commit=True):
        return self.set_password_and_save(self.user, "new_password1", commit=commit)


class PasswordChangeForm(SetPasswordForm):
    error_messages = {
        **SetPasswordForm.error_messages,
        "password_incorrect": "Your old password was entered incorrectly. Please enter it again.",
    }
    old_password = forms.CharField(
        label="Old password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password", "autofocus": True}),
    )

    field_order = ["old_password", "new_password1", "new_password2"]

    def clean_old_password(self):
        old_password = self.cleaned_data["old_password"]
        if not self.user.check_password(old_password):
            raise ValidationError(self.error_messages["password_incorrect"], code="password_incorrect")
        return old_password
