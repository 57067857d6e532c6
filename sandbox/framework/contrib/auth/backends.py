# django.contrib.auth.backends, run by the sandbox's Python.
from django.contrib.auth import get_user_model
from django.db import connection

UserModel = get_user_model()


class BaseBackend:
    def authenticate(self, request, **kwargs):
        return None

    def get_user(self, user_id):
        return None

    def get_user_permissions(self, user_obj, obj=None):
        return set()

    def get_group_permissions(self, user_obj, obj=None):
        return set()

    def get_all_permissions(self, user_obj, obj=None):
        return {
            *self.get_user_permissions(user_obj, obj=obj),
            *self.get_group_permissions(user_obj, obj=obj),
        }

    def has_perm(self, user_obj, perm, obj=None):
        return perm in self.get_all_permissions(user_obj, obj=obj)


def _permission_names(sql, user_id):
    with connection.cursor() as cursor:
        cursor.execute(sql, [user_id])
        return {"%s.%s" % (app_label, codename) for app_label, codename in cursor.fetchall()}


class ModelBackend(BaseBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(UserModel.USERNAME_FIELD)
        if username is None or password is None:
            return
        try:
            user = UserModel.objects.get_by_natural_key(username)
        except UserModel.DoesNotExist:
            # The hasher runs anyway, so that an unknown username takes as long as a wrong password.
            UserModel().set_password(password)
        else:
            if user.check_password(password) and self.user_can_authenticate(user):
                return user

    def user_can_authenticate(self, user):
        return getattr(user, "is_active", True)

    def _get_user_permissions(self, user_obj):
        return _permission_names(
            'SELECT ct."app_label", p."codename" FROM "auth_permission" p '
            'JOIN "django_content_type" ct ON ct."id" = p."content_type_id" '
            'JOIN "auth_user_user_permissions" up ON up."permission_id" = p."id" '
            'WHERE up."user_id" = %s',
            user_obj.pk,
        )

    def _get_group_permissions(self, user_obj):
        return _permission_names(
            'SELECT ct."app_label", p."codename" FROM "auth_permission" p '
            'JOIN "django_content_type" ct ON ct."id" = p."content_type_id" '
            'JOIN "auth_group_permissions" gp ON gp."permission_id" = p."id" '
            'JOIN "auth_user_groups" ug ON ug."group_id" = gp."group_id" '
            'WHERE ug."user_id" = %s',
            user_obj.pk,
        )

    def _get_permissions(self, user_obj, obj, from_name):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        perm_cache_name = "_%s_perm_cache" % from_name
        if not hasattr(user_obj, perm_cache_name):
            if user_obj.is_superuser:
                perms = _permission_names(
                    'SELECT ct."app_label", p."codename" FROM "auth_permission" p '
                    'JOIN "django_content_type" ct ON ct."id" = p."content_type_id" '
                    "WHERE %s IS NOT NULL",
                    user_obj.pk,
                )
            else:
                perms = getattr(self, "_get_%s_permissions" % from_name)(user_obj)
            setattr(user_obj, perm_cache_name, perms)
        return getattr(user_obj, perm_cache_name)

    def get_user_permissions(self, user_obj, obj=None):
        return self._get_permissions(user_obj, obj, "user")

    def get_group_permissions(self, user_obj, obj=None):
        return self._get_permissions(user_obj, obj, "group")

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            user_obj._perm_cache = super().get_all_permissions(user_obj)
        return user_obj._perm_cache

    def has_perm(self, user_obj, perm, obj=None):
        return user_obj.is_active and super().has_perm(user_obj, perm, obj=obj)

    def has_module_perms(self, user_obj, app_label):
        return user_obj.is_active and any(
            perm[: perm.index(".")] == app_label
            for perm in self.get_all_permissions(user_obj)
        )

    def get_user(self, user_id):
        try:
            user = UserModel.objects.get(pk=user_id)
        except UserModel.DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None


class AllowAllUsersModelBackend(ModelBackend):
    def user_can_authenticate(self, user):
        return True
