# django.contrib.admin.sites, run by the sandbox's Python: AdminSite, its login, logout, index
# and app index pages, and the URLs of every registered ModelAdmin.
from django.contrib.admin import pages
from django.contrib.admin.utils import _app_verbose_name, _setting, opts_of
from django.contrib.auth import REDIRECT_FIELD_NAME, authenticate
from django.contrib.auth import login as auth_login
from django.contrib.auth import logout as auth_logout
from django.contrib.auth.views import _add_never_cache_headers, _log_response, _url_is_safe, redirect_to_login
from django.core.exceptions import ImproperlyConfigured
from django.http import Http404, HttpResponseNotAllowed, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.urls import Resolver404, include, path, re_path, resolve, reverse
from django.utils.html import format_html, mark_safe
from django.utils.text import capfirst


class AlreadyRegistered(Exception):
    pass


class NotRegistered(Exception):
    pass


INVALID_LOGIN = "Please enter the correct username and password for a staff account. Note that both fields may be case-sensitive."


class AdminSite:
    site_title = "Django site admin"
    site_header = "Django administration"
    index_title = "Site administration"
    site_url = "/"
    enable_nav_sidebar = True
    empty_value_display = "-"
    final_catch_all_view = True

    def __init__(self, name="admin"):
        self._registry = {}
        self.name = name
        self._actions = {}
        from django.contrib.admin.actions import delete_selected

        self._actions["delete_selected"] = delete_selected

    def __repr__(self):
        return "%s(name=%r)" % (self.__class__.__name__, self.name)

    def register(self, model_or_iterable, admin_class=None, **options):
        from django.contrib.admin.options import ModelAdmin

        admin_class = admin_class or ModelAdmin
        models = [model_or_iterable] if isinstance(model_or_iterable, type) else model_or_iterable
        for model in models:
            try:
                opts_of(model)
            except TypeError:
                raise ImproperlyConfigured("The model %s is abstract, so it cannot be registered with admin." % model.__name__)
            if model in self._registry:
                registered_admin = str(self._registry[model])
                msg = "The model %s is already registered " % model.__name__
                if registered_admin.endswith(".ModelAdmin"):
                    msg += "in app %r." % registered_admin.removesuffix(".ModelAdmin")
                else:
                    msg += "with %r." % registered_admin
                raise AlreadyRegistered(msg)
            if options:
                options["__module__"] = __name__
                admin_class = type("%sAdmin" % model.__name__, (admin_class,), options)
            self._registry[model] = admin_class(model, self)

    def unregister(self, model_or_iterable):
        models = [model_or_iterable] if isinstance(model_or_iterable, type) else model_or_iterable
        for model in models:
            if model not in self._registry:
                raise NotRegistered("The model %s is not registered" % model.__name__)
            del self._registry[model]

    def is_registered(self, model):
        return model in self._registry

    def get_model_admin(self, model):
        try:
            return self._registry[model]
        except KeyError:
            raise NotRegistered("The model %s is not registered." % model.__name__)

    def add_action(self, action, name=None):
        self._actions[name or action.__name__] = action

    def disable_action(self, name):
        del self._actions[name]

    @property
    def actions(self):
        return self._actions.items()

    def has_permission(self, request):
        return request.user.is_active and request.user.is_staff

    def _root(self):
        return reverse("%s:index" % self.name)

    def admin_view(self, view, cacheable=False):
        def inner(request, *args, **kwargs):
            if not self.has_permission(request):
                if request.path == reverse("%s:logout" % self.name):
                    return HttpResponseRedirect(self._root())
                return redirect_to_login(request.get_full_path(), reverse("%s:login" % self.name))
            response = view(request, *args, **kwargs)
            if not cacheable:
                _add_never_cache_headers(response)
            return response

        inner.__name__ = getattr(view, "__name__", "view")
        return inner

    def get_urls(self):
        def wrap(view, cacheable=False):
            return self.admin_view(view, cacheable)

        urlpatterns = [
            path("", wrap(self.index), name="index"),
            path("login/", self.login, name="login"),
            path("logout/", wrap(self.logout), name="logout"),
            path("password_change/", wrap(self.password_change, cacheable=True), name="password_change"),
            path("password_change/done/", wrap(self.password_change_done, cacheable=True), name="password_change_done"),
        ]
        valid_app_labels = []
        for model, model_admin in self._registry.items():
            opts = opts_of(model)
            urlpatterns.append(path("%s/%s/" % (opts.app_label, opts.model_name), include(model_admin.urls)))
            if opts.app_label not in valid_app_labels:
                valid_app_labels.append(opts.app_label)
        if valid_app_labels:
            regex = r"^(?P<app_label>" + "|".join(valid_app_labels) + ")/$"
            urlpatterns.append(re_path(regex, wrap(self.app_index), name="app_list"))
        if self.final_catch_all_view:
            urlpatterns.append(re_path(r"(?P<url>.*)$", wrap(self.catch_all_view)))
        return urlpatterns

    def catch_all_view(self, request, url):
        """Any other admin URL: the missing slash added (as CommonMiddleware would), else 404; anonymous users go to log in first."""
        if _setting("APPEND_SLASH", True) and not url.endswith("/"):
            try:
                resolve(request.path + "/")
            except Resolver404:
                pass
            else:
                query = request.META.get("QUERY_STRING", "")
                return HttpResponsePermanentRedirect(request.path + "/" + ("?" + query if query else ""))
        raise Http404

    @property
    def urls(self):
        # AdminConfig.ready()'s autodiscover: the installed apps' admin modules register their models.
        _autodiscover()
        return self.get_urls(), "admin", self.name

    def each_context(self, request):
        return {"site_title": self.site_title, "site_header": self.site_header, "site_url": self.site_url}

    # -- the app list ---------------------------------------------------------------------

    def _build_app_dict(self, request, label=None):
        app_dict = {}
        for model, model_admin in self._registry.items():
            opts = opts_of(model)
            if label and opts.app_label != label:
                continue
            if not model_admin.has_module_permission(request):
                continue
            perms = model_admin.get_model_perms(request)
            if True not in perms.values():
                continue
            info = "%s:%s_%s_" % (self.name, opts.app_label, opts.model_name)
            model_dict = {
                "model": model,
                "name": capfirst(opts.verbose_name_plural),
                "object_name": opts.object_name,
                "perms": perms,
                "admin_url": None,
                "add_url": None,
            }
            if perms.get("change") or perms.get("view"):
                model_dict["view_only"] = not perms.get("change")
                model_dict["admin_url"] = reverse(info + "changelist")
            if perms.get("add"):
                model_dict["add_url"] = reverse(info + "add")
            if opts.app_label in app_dict:
                app_dict[opts.app_label]["models"].append(model_dict)
            else:
                app_dict[opts.app_label] = {
                    "name": _app_verbose_name(opts.app_label),
                    "app_label": opts.app_label,
                    "app_url": reverse("%s:app_list" % self.name, kwargs={"app_label": opts.app_label}),
                    "has_module_perms": True,
                    "models": [model_dict],
                }
        return app_dict.get(label) if label else app_dict

    def get_app_list(self, request, app_label=None):
        app_dict = self._build_app_dict(request, app_label)
        if app_label:
            app_dict = {app_label: app_dict} if app_dict else {}
        app_list = sorted(app_dict.values(), key=lambda x: x["name"].lower())
        for app in app_list:
            app["models"].sort(key=lambda x: x["name"])
        return app_list

    def _app_tables(self, app_list, current=None):
        out = []
        for app in app_list:
            rows = []
            for model in app["models"]:
                row_id = "%s-%s" % (app["app_label"], model["object_name"].lower())
                name = format_html('<a href="{}">{}</a>', model["admin_url"], model["name"]) if model["admin_url"] else model["name"]
                add = (
                    format_html('<td><a href="{}" class="addlink" aria-describedby="{}">Add</a></td>', model["add_url"], row_id)
                    if model["add_url"]
                    else mark_safe("<td></td>")
                )
                if model["admin_url"]:
                    word, css = ("View", "viewlink") if model.get("view_only") else ("Change", "changelink")
                    change = format_html('<td><a href="{}" class="{}" aria-describedby="{}">{}</a></td>', model["admin_url"], css, row_id, word)
                else:
                    change = mark_safe("<td></td>")
                rows.append(
                    format_html(
                        '<tr class="model-{}">\n<th scope="row" id="{}">{}</th>\n{}\n{}\n</tr>\n', model["object_name"].lower(), row_id, name, add, change
                    )
                )
            out.append(
                format_html(
                    '<div class="app-{} module{}">\n<table>\n<caption>\n<a href="{}" class="section" title="Models in the {} application">{}</a>\n</caption>\n{}</table>\n</div>\n',
                    app["app_label"],
                    " current-app" if app["app_label"] == current else "",
                    app["app_url"],
                    app["name"],
                    app["name"],
                    pages.join(rows),
                )
            )
        return pages.join(out)

    # -- views ----------------------------------------------------------------------------

    def index(self, request, extra_context=None):
        from django.contrib.admin.log import recent_actions

        app_list = self.get_app_list(request)
        if app_list:
            main = self._app_tables(app_list)
        else:
            main = format_html("<p>{}</p>\n", "You don’t have permission to view or edit anything.")
        content = format_html(
            '<div id="content-main">\n{}</div>\n<div id="content-related">\n<div class="module" id="recent-actions-module">\n<h2>Recent actions</h2>\n<h3>My actions</h3>\n{}</div>\n</div>\n',
            main,
            recent_actions(request, self),
        )
        return pages.render_page(request, self, self.index_title, content, body_class=" dashboard", content_class="colMS")

    def app_index(self, request, app_label, extra_context=None):
        app_list = self.get_app_list(request, app_label)
        if not app_list:
            raise Http404("The requested admin page does not exist.")
        app_name = app_list[0]["name"]
        title = "%s administration" % app_name
        content = format_html('<div id="content-main">\n{}</div>\n', self._app_tables(app_list, current=app_label))
        return pages.render_page(
            request,
            self,
            title,
            content,
            body_class=" app-%s app-list" % app_label,
            crumbs=pages.breadcrumbs(self, app_name),
            content_class="colMS",
            sidebar=pages.nav_sidebar(request, self, (app_label, None)),
        )

    def login(self, request, extra_context=None):
        if request.method == "GET" and self.has_permission(request):
            return HttpResponseRedirect(self._root())
        if request.method not in ("GET", "POST", "HEAD"):
            return HttpResponseNotAllowed(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"])
        errors = {}
        non_field = []
        username = ""
        if request.method == "POST":
            username = request.POST.get("username", "")
            password = request.POST.get("password", "")
            for name, value in (("username", username), ("password", password)):
                if not value:
                    errors[name] = "This field is required."
            if not errors:
                user = authenticate(request, username=username, password=password)
                if user is None or not user.is_active or not user.is_staff:
                    non_field.append(INVALID_LOGIN)
                else:
                    auth_login(request, user)
                    next_url = request.POST.get(REDIRECT_FIELD_NAME, request.GET.get(REDIRECT_FIELD_NAME))
                    if not (next_url and _url_is_safe(next_url, request.get_host(), request.is_secure())):
                        next_url = self._root()
                    return HttpResponseRedirect(next_url)
        from django.contrib.admin.forms import login_form

        next_url = request.GET.get(REDIRECT_FIELD_NAME) or request.POST.get(REDIRECT_FIELD_NAME) or self._root()
        content = login_form(request, self, username, errors, non_field, next_url)
        response = pages.render_page(
            request, self, "Log in", content, body_class=" login", errors=bool(errors or non_field), user_tools=False, h1=False
        )
        _add_never_cache_headers(response)
        return response

    def logout(self, request, extra_context=None):
        if request.method != "POST":
            response = HttpResponseNotAllowed(["POST", "OPTIONS"])
            _log_response("Method Not Allowed (%s): %s" % (request.method, request.path), response)
            return response
        auth_logout(request)
        content = format_html(
            '<p>Thanks for spending some quality time with the web site today.</p>\n<p><a href="{}">Log in again</a></p>\n', self._root()
        )
        return pages.render_page(request, self, "Logged out", content, body_class=" logout", crumbs=pages.breadcrumbs(self))

    def password_change(self, request, extra_context=None):
        from django.contrib.admin.forms import password_change

        return password_change(request, self)

    def password_change_done(self, request, extra_context=None):
        content = format_html("<p>{}</p>\n", "Your password was changed.")
        return pages.render_page(
            request, self, "Password change successful", content, crumbs=pages.breadcrumbs(self, "Password change"), view_site=False
        )


site = AdminSite()
_default_site = site


def register(*models, site=None):
    from django.contrib.admin.options import ModelAdmin

    def _model_admin_wrapper(admin_class):
        if not models:
            raise ValueError("At least one model must be passed to register.")
        admin_site = site or _default_site
        if not isinstance(admin_site, AdminSite):
            raise ValueError("site must subclass AdminSite")
        if not issubclass(admin_class, ModelAdmin):
            raise ValueError("Wrapped class must subclass ModelAdmin.")
        admin_site.register(models, admin_class=admin_class)
        return admin_class

    return _model_admin_wrapper
