# django.contrib.admin, run by the sandbox's Python: the names `from django.contrib import admin` gives.
from django.contrib.admin.options import HORIZONTAL, VERTICAL, ModelAdmin, StackedInline, TabularInline
from django.contrib.admin.sites import AdminSite, AlreadyRegistered, NotRegistered, register, site
from django.contrib.admin.utils import EMPTY_VALUE_DISPLAY


def action(function=None, *, permissions=None, description=None):
    def decorator(func):
        if permissions is not None:
            func.allowed_permissions = permissions
        if description is not None:
            func.short_description = description
        return func

    if function is None:
        return decorator
    return decorator(function)


def display(function=None, *, boolean=None, ordering=None, description=None, empty_value=None):
    def decorator(func):
        if boolean is not None and empty_value is not None:
            raise ValueError("The boolean and empty_value arguments to the @display decorator are mutually exclusive.")
        if boolean is not None:
            func.boolean = boolean
        if ordering is not None:
            func.admin_order_field = ordering
        if description is not None:
            func.short_description = description
        if empty_value is not None:
            func.empty_value_display = empty_value
        return func

    if function is None:
        return decorator
    return decorator(function)


def autodiscover():
    _autodiscover()


__all__ = [
    "action",
    "display",
    "register",
    "ModelAdmin",
    "HORIZONTAL",
    "VERTICAL",
    "StackedInline",
    "TabularInline",
    "AdminSite",
    "site",
    "AlreadyRegistered",
    "NotRegistered",
    "EMPTY_VALUE_DISPLAY",
    "autodiscover",
]

# AdminConfig.ready(): the installed apps' admin modules register their models.
_autodiscover()
