# django.contrib.auth.password_validation, run by the sandbox's Python. The similarity, common
# and numeric checks are the framework's (_problems), which createsuperuser shares; the length
# check is here, for its min_length option.
from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.safestring import mark_safe

_PREFIX = "django.contrib.auth.password_validation."
_CODES = {
    "This password is too common.": "password_too_common",
    "This password is entirely numeric.": "password_entirely_numeric",
}


class _Validator:
    help_text = ""

    def __init__(self, **options):
        self.options = options

    def validate(self, password, user=None):
        problems = _problems(password, _attributes(user), [_PREFIX + type(self).__name__])
        if problems:
            raise ValidationError(problems[0], code=_code(problems[0]))

    def get_help_text(self):
        return self.help_text


class UserAttributeSimilarityValidator(_Validator):
    help_text = "Your password can’t be too similar to your other personal information."


class MinimumLengthValidator(_Validator):
    def __init__(self, min_length=8):
        self.min_length = min_length

    def _characters(self):
        return "character" if self.min_length == 1 else "characters"

    def validate(self, password, user=None):
        if len(password) < self.min_length:
            raise ValidationError(
                "This password is too short. It must contain at least %d %s." % (self.min_length, self._characters()),
                code="password_too_short",
                params={"min_length": self.min_length},
            )

    def get_help_text(self):
        return "Your password must contain at least %d %s." % (self.min_length, self._characters())


class CommonPasswordValidator(_Validator):
    help_text = "Your password can’t be a commonly used password."


class NumericPasswordValidator(_Validator):
    help_text = "Your password can’t be entirely numeric."


_VALIDATORS = {
    cls.__name__: cls
    for cls in (UserAttributeSimilarityValidator, MinimumLengthValidator, CommonPasswordValidator, NumericPasswordValidator)
}


def _code(message):
    if message.startswith("The password is too similar"):
        return "password_too_similar"
    return _CODES.get(message, "invalid")


def _attributes(user):
    if user is None:
        return {}
    return {name: str(getattr(user, name, "") or "") for name in ("username", "first_name", "last_name", "email")}


def get_password_validators(validator_config):
    validators = []
    for validator in validator_config:
        name = validator["NAME"]
        try:
            cls = _VALIDATORS.get(name[len(_PREFIX):]) if name.startswith(_PREFIX) else _import_string(name)
        except ImportError:
            cls = None
        if cls is None:
            from django.core.exceptions import ImproperlyConfigured

            raise ImproperlyConfigured(
                "The module in NAME could not be imported: %s. Check your AUTH_PASSWORD_VALIDATORS setting." % name
            )
        validators.append(cls(**validator.get("OPTIONS", {})))
    return validators


def get_default_password_validators():
    return get_password_validators(_setting("AUTH_PASSWORD_VALIDATORS", []))


def validate_password(password, user=None, password_validators=None):
    if password_validators is None:
        password_validators = get_default_password_validators()
    errors = []
    for validator in password_validators:
        try:
            validator.validate(password, user)
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise ValidationError(errors)


def password_changed(password, user=None, password_validators=None):
    pass


def password_validators_help_texts(password_validators=None):
    if password_validators is None:
        password_validators = get_default_password_validators()
    return [validator.get_help_text() for validator in password_validators]


def password_validators_help_text_html(password_validators=None):
    help_texts = password_validators_help_texts(password_validators)
    help_items = "".join("<li>%s</li>" % escape(help_text) for help_text in help_texts)
    return mark_safe("<ul>%s</ul>" % help_items) if help_items else ""
