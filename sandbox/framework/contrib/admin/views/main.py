# django.contrib.admin.views.main, run by the sandbox's Python: the change list (search,
# list_filter, ordering, pagination by list_per_page, actions) as Django 5.2 shows it.
import datetime
import functools
import operator
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.admin import helpers, pages
from django.contrib.admin.utils import _static, display_for_field, display_for_value, label_for_field, lookup_field, opts_of, quote, _boolean_icon
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.html import format_html, mark_safe
from django.utils.text import capfirst

ALL_VAR = "all"
ORDER_VAR = "o"
PAGE_VAR = "p"
SEARCH_VAR = "q"
ERROR_FLAG = "e"
IGNORED_PARAMS = (ALL_VAR, ORDER_VAR, SEARCH_VAR, "_changelist_filters", "_popup", "_to_field", "_facets", ERROR_FLAG)


def _search_terms(query):
    terms = []
    for bit in query.split():
        if len(bit) > 1 and bit[0] == bit[-1] and bit[0] in "\"'":
            bit = bit[1:-1]
        terms.append(bit)
    return terms


def _lookup_for(name):
    if name.startswith("^"):
        return "%s__istartswith" % name[1:]
    if name.startswith("="):
        return "%s__iexact" % name[1:]
    if name.startswith("@"):
        return "%s__icontains" % name[1:]
    return "%s__icontains" % name


class _Filter:
    """One list_filter entry: its title, its parameter(s) and its choices."""

    has_output = True

    def __init__(self, cl, name):
        self.cl = cl
        opts = cl.opts
        self.field = opts.get_field(name)
        if self.field is None:
            raise NotImplementedError("list_filter entry %r is not available in the sandbox's admin (only model fields)." % (name,))
        self.name = name
        self.title = self.field.verbose_name
        f = self.field
        today = timezone.localdate() if hasattr(timezone, "localdate") else datetime.date.today()
        if f.type == "BooleanField":
            self.params = ["%s__exact" % name, "%s__isnull" % name]
            options = [("All", {}), ("Yes", {"%s__exact" % name: "1"}), ("No", {"%s__exact" % name: "0"})]
            if f.null:
                options.append(("Unknown", {"%s__isnull" % name: "True"}))
        elif f.choices:
            self.params = ["%s__exact" % name, "%s__isnull" % name]
            options = [("All", {})] + [(label, {"%s__exact" % name: str(value)}) for value, label in f.flatchoices()]
            if f.null:
                options.append(("-", {"%s__isnull" % name: "True"}))
        elif f.is_relation:
            related = opts_of(f.related_model)
            key = "%s__%s__exact" % (name, related.pk_name)
            self.params = [key, "%s__isnull" % name]
            options = [("All", {})] + [(str(o), {key: str(o.pk)}) for o in f.related_model._default_manager.all()]
            if f.null:
                options.append(("-", {"%s__isnull" % name: "True"}))
            # RelatedFieldListFilter.has_output(): shown only with more than one choice.
            self.has_output = len(options) - 1 > 1
        elif f.type in ("DateField", "DateTimeField"):
            gte, lt = "%s__gte" % name, "%s__lt" % name
            self.params = [gte, lt, "%s__isnull" % name]
            tomorrow = today + datetime.timedelta(days=1)
            month = today.replace(day=1)
            next_month = (month + datetime.timedelta(days=32)).replace(day=1)
            year = today.replace(month=1, day=1)
            options = [
                ("Any date", {}),
                ("Today", {gte: str(today), lt: str(tomorrow)}),
                ("Past 7 days", {gte: str(today - datetime.timedelta(days=7)), lt: str(tomorrow)}),
                ("This month", {gte: str(month), lt: str(next_month)}),
                ("This year", {gte: str(year), lt: str(year.replace(year=year.year + 1))}),
            ]
            if f.null:
                options += [("No date", {"%s__isnull" % name: "True"}), ("Has date", {"%s__isnull" % name: "False"})]
        else:
            self.params = ["%s__exact" % name]
            values = sorted({v for v in cl.root_queryset.values_list(name, flat=True) if v is not None}, key=str)
            options = [("All", {})] + [(str(v), {"%s__exact" % name: str(v)}) for v in values]
        self.options = options
        self.used = {k: v for k, v in cl.params.items() if k in self.params}

    def queryset_filter(self):
        out = {}
        for key, value in self.used.items():
            if key.endswith("__isnull"):
                out[key] = value in ("True", "true", "1")
            elif self.field.type == "BooleanField" and key.endswith("__exact"):
                out[key] = value in ("1", "True", "true")
            else:
                out[key] = value
        return out

    def render(self):
        items = []
        for label, params in self.options:
            selected = params == self.used
            url = self.cl.query_string(params, remove=self.params)
            items.append(format_html('<li{}>\n<a href="{}">{}</a></li>\n', mark_safe(' class="selected"') if selected else "", url, label))
        return format_html(
            '<details data-filter-title="{}" open>\n<summary>\nBy {}\n</summary>\n<ul>\n{}</ul>\n</details>\n', self.title, self.title, pages.join(items)
        )


class ChangeList:
    def __init__(self, request, model_admin):
        self.request = request
        self.model_admin = model_admin
        self.model = model_admin.model
        self.opts = model_admin.opts
        self.params = {k: v for k, v in request.GET.items()}
        self.query = self.params.get(SEARCH_VAR, "")
        self.list_display = list(model_admin.get_list_display(request))
        self.list_display_links = model_admin.get_list_display_links(request, self.list_display)
        self.search_fields = model_admin.get_search_fields(request)
        self.root_queryset = model_admin.get_queryset(request)
        self.filter_specs = [_Filter(self, name) for name in model_admin.get_list_filter(request)]
        self.page_num = 1
        try:
            self.page_num = int(self.params.get(PAGE_VAR, 1))
        except ValueError:
            self.page_num = 0
        self.show_all = ALL_VAR in self.params
        self.build()

    def query_string(self, new_params=None, remove=()):
        p = {k: v for k, v in self.params.items() if not any(k.startswith(r) for r in remove)}
        for k, v in (new_params or {}).items():
            if v is None:
                p.pop(k, None)
            else:
                p[k] = v
        return "?%s" % urlencode(sorted(p.items()))

    def ordering_fields(self):
        """{list_display index: 'asc'|'desc'} and the ordering, from ?o= or the admin's and model's."""
        columns = {}
        if ORDER_VAR in self.params:
            ordering = []
            for part in self.params[ORDER_VAR].split("."):
                desc = part.startswith("-")
                try:
                    i = int(part.lstrip("-"))
                    name = self.list_display[i - 1]
                except (ValueError, IndexError):
                    continue
                order_field = self.order_field(name)
                if order_field is None:
                    continue
                if order_field.startswith("-"):
                    desc, order_field = not desc, order_field[1:]
                ordering.append(("-" if desc else "") + order_field)
                columns[i] = "desc" if desc else "asc"
            return ordering, columns
        ordering = list(self.model_admin.get_ordering(self.request) or self.opts.ordering)
        for entry in ordering:
            name = entry.lstrip("-")
            for i, column in enumerate(self.list_display, 1):
                if self.order_field(column) == name and i not in columns:
                    columns[i] = "desc" if entry.startswith("-") else "asc"
        return ordering, columns

    def order_field(self, name):
        """The field a list_display column sorts by: its own, or a callable's admin_order_field."""
        if isinstance(name, str) and name != "__str__":
            field = self.opts.get_field(name)
            if field is not None:
                return field.name
            attr = getattr(self.model_admin, name, None) or getattr(self.model, name, None)
        else:
            attr = name
        order = getattr(attr, "admin_order_field", None)
        return order if isinstance(order, str) else None

    def build(self):
        qs = self.root_queryset
        for spec in self.filter_specs:
            if spec.used:
                qs = qs.filter(**spec.queryset_filter())
        self.full_result_count = self.root_queryset.count()
        if self.query and self.search_fields:
            for term in _search_terms(self.query):
                qs = qs.filter(functools.reduce(operator.or_, [Q(**{_lookup_for(f): term}) for f in self.search_fields]))
        ordering, self.sorted_columns = self.ordering_fields()
        if not any(o.lstrip("-") in ("pk", self.opts.pk_name) for o in ordering):
            ordering = ordering + ["-pk"]
        qs = qs.order_by(*ordering)
        self.queryset = qs
        self.result_count = qs.count()
        per_page = self.model_admin.list_per_page
        self.num_pages = max(1, -(-self.result_count // per_page))
        self.multi_page = self.result_count > per_page
        self.can_show_all = self.result_count <= self.model_admin.list_max_show_all
        if self.show_all and self.can_show_all:
            self.result_list = list(qs)
        else:
            start = (self.page_num - 1) * per_page
            self.result_list = list(qs[start : start + per_page])
        self.has_filters = bool(self.filter_specs)
        self.has_active_filters = any(spec.used for spec in self.filter_specs)

    def is_valid_page(self):
        return 1 <= self.page_num <= self.num_pages

    def url_for_result(self, obj):
        url = self.model_admin._url("change", quote(obj.pk))
        preserved = urlencode(sorted(self.params.items()))
        return url + "?" + urlencode({"_changelist_filters": preserved}) if preserved else url


def _header(cl, i, name):
    text = label_for_field(name, cl.model, cl.model_admin)
    column = name if isinstance(name, str) else getattr(name, "__name__", "")
    # Django's quirk: a name with "__" in it (__str__ too) gets a sortable header, sorting by nothing.
    if cl.order_field(name) is None and not (isinstance(name, str) and "__" in name):
        return format_html(
            '<th scope="col" class="column-{}">\n<div class="text"><span>{}</span></div>\n<div class="clear"></div>\n</th>\n', column, text
        )
    sorted_columns = cl.sorted_columns
    others = [("-" if d == "desc" else "") + str(j) for j, d in sorted_columns.items() if j != i]
    state = sorted_columns.get(i)
    if state:
        toggled = ("" if state == "desc" else "-") + str(i)
        toggle_url = cl.query_string({ORDER_VAR: ".".join([toggled] + others)})
        remove_url = cl.query_string({ORDER_VAR: ".".join(others)})
        priority = ""
        if len(sorted_columns) > 1:
            rank = list(sorted_columns).index(i) + 1
            priority = format_html('<span class="sortpriority" title="Sorting priority: {}">{}</span>\n', rank, rank)
        direction = "ascending" if state == "asc" else "descending"
        return format_html(
            '<th scope="col" class="sortable column-{} sorted {}">\n<div class="sortoptions">\n<a class="sortremove" href="{}" title="Remove from sorting"></a>\n'
            '{}<a href="{}" class="toggle {}" title="Toggle sorting"></a>\n</div>\n<div class="text"><a href="{}">{}</a></div>\n<div class="clear"></div>\n</th>\n',
            column,
            direction,
            remove_url,
            priority,
            toggle_url,
            direction,
            toggle_url,
            text,
        )
    url = cl.query_string({ORDER_VAR: ".".join([str(i)] + others)})
    return format_html(
        '<th scope="col" class="sortable column-{}">\n<div class="text"><a href="{}">{}</a></div>\n<div class="clear"></div>\n</th>\n', column, url, text
    )


def _cell(cl, obj, name, first):
    empty = cl.model_admin.get_empty_value_display()
    field, attr, value = lookup_field(name, obj, cl.model_admin)
    if field is not None:
        shown = display_for_field(value, field, empty)
    elif getattr(attr, "boolean", False):
        shown = _boolean_icon(value)
    else:
        shown = display_for_value(value, getattr(attr, "empty_value_display", empty))
    column = name if isinstance(name, str) else getattr(name, "__name__", "")
    links = cl.list_display_links
    if (links is not None and name in links) or (first and links == list(cl.list_display)[:1]):
        return format_html('<th class="field-{}"><a href="{}">{}</a></th>', column, cl.url_for_result(obj), shown)
    return format_html('<td class="field-{}">{}</td>', column, shown)


def _page_range(cl):
    pages_ = list(range(1, cl.num_pages + 1))
    if cl.num_pages <= 10:
        return pages_
    out = []
    for n in pages_:
        if n <= 2 or n > cl.num_pages - 2 or abs(n - cl.page_num) <= 3:
            out.append(n)
        elif out[-1] != "…":
            out.append("…")
    return out


def _paginator(cl):
    links = []
    if cl.multi_page and not (cl.show_all and cl.can_show_all):
        for i in _page_range(cl):
            if i == "…":
                links.append(mark_safe("… "))
            elif i == cl.page_num:
                links.append(format_html('<span class="this-page">{}</span> ', i))
            else:
                end = mark_safe(' class="end"') if i == cl.num_pages else ""
                links.append(format_html('<a href="{}"{}>{}</a> ', cl.query_string({PAGE_VAR: i}), end, i))
    noun = cl.opts.verbose_name if cl.result_count == 1 else cl.opts.verbose_name_plural
    show_all = ""
    if cl.multi_page and cl.can_show_all and not cl.show_all:
        show_all = format_html('<a href="{}" class="showall">Show all</a>', cl.query_string({ALL_VAR: ""}))
    return format_html('<p class="paginator">\n{}{} {}\n{}</p>\n', pages.join(links), cl.result_count, noun, show_all)


def _response_action(model_admin, request, queryset, actions):
    try:
        index = int(request.POST.get("index", 0))
    except ValueError:
        index = 0
    chosen = request.POST.getlist("action")
    action = chosen[index] if index < len(chosen) else ""
    if action not in actions:
        model_admin.message_user(request, "No action selected.", messages.WARNING)
        return None
    selected = request.POST.getlist(helpers.ACTION_CHECKBOX_NAME)
    if not selected and request.POST.get("select_across", "0") in ("0", ""):
        msg = "Items must be selected in order to perform actions on them. No items have been changed."
        model_admin.message_user(request, msg, messages.WARNING)
        return None
    if request.POST.get("select_across", "0") not in ("0", ""):
        selected_qs = queryset
    else:
        selected_qs = queryset.filter(pk__in=selected)
    func = actions[action][0]
    response = func(model_admin, request, selected_qs)
    if response is not None:
        return response
    return HttpResponseRedirect(request.get_full_path())


def changelist_view(model_admin, request):
    if not model_admin.has_view_or_change_permission(request):
        raise PermissionDenied
    actions = model_admin.get_actions(request)
    cl = ChangeList(request, model_admin)
    if not cl.is_valid_page() and cl.result_count:
        return HttpResponseRedirect(request.path + "?" + ERROR_FLAG + "=1")
    if request.method == "POST" and actions and "_save" not in request.POST:
        if "index" in request.POST or helpers.ACTION_CHECKBOX_NAME in request.POST:
            response = _response_action(model_admin, request, cl.queryset, actions)
            if response is not None:
                return response
            return HttpResponseRedirect(request.get_full_path())
    return _page(model_admin, request, cl, actions)


def _page(model_admin, request, cl, actions):
    opts = cl.opts
    preserved = urlencode(sorted(cl.params.items()))
    add_url = model_admin._url("add") + ("?" + urlencode({"_changelist_filters": preserved}) if preserved else "")
    add_link = ""
    if model_admin.has_add_permission(request):
        add_link = format_html('<li>\n<a href="{}" class="addlink">\nAdd {}\n</a>\n</li>\n', add_url, opts.verbose_name)
    tools = format_html('<ul class="object-tools">\n{}</ul>\n', add_link)
    search = ""
    if cl.search_fields:
        counts = ""
        if cl.result_count != cl.full_result_count:
            counts = format_html(
                '<span class="small quiet">{} result{} (<a href="?">{} total</a>)</span>\n',
                cl.result_count,
                "" if cl.result_count == 1 else "s",
                cl.full_result_count,
            )
        help_text = format_html('<div class="help" id="searchbar_helptext">{}</div>\n', model_admin.search_help_text) if model_admin.search_help_text else ""
        search = format_html(
            '<div id="toolbar"><form id="changelist-search" method="get" role="search">\n<div><!-- DIV needed for valid HTML -->\n'
            '<label for="searchbar"><img src="{}" alt="Search"></label>\n<input type="text" size="40" name="q" value="{}" id="searchbar">\n'
            '<input type="submit" value="Search">\n{}{}</div>\n{}</form></div>\n',
            _static("admin/img/search.svg"),
            cl.query,
            counts,
            pages.join(format_html('<input type="hidden" name="{}" value="{}">\n', k, v) for k, v in cl.params.items() if k != SEARCH_VAR),
            help_text,
        )
    body = ""
    action_bar = ""
    if cl.full_result_count:
        if actions:
            options = pages.join(format_html('<option value="{}">{}</option>\n', name, description) for name, (_f, _n, description) in actions.items())
            action_bar = format_html(
                '<div class="actions">\n<label>Action: <select name="action" required>\n<option value="" selected>---------</option>\n{}</select></label>'
                '<input type="hidden" name="select_across" value="0" class="select-across">\n'
                '<button type="submit" class="button" title="Run the selected action" name="index" value="0">Go</button>\n'
                '<span class="action-counter" data-actions-icnt="{}">0 of {} selected</span>\n</div>\n',
                options,
                len(cl.result_list),
                len(cl.result_list),
            )
    body = action_bar
    if cl.result_count:
        headers = [mark_safe("")]
        if actions:
            headers.append(
                mark_safe(
                    '<th scope="col" class="action-checkbox-column">\n<div class="text"><span><input type="checkbox" id="action-toggle" '
                    'aria-label="Select all objects on this page for an action"></span></div>\n<div class="clear"></div>\n</th>\n'
                )
            )
        headers += [_header(cl, i, name) for i, name in enumerate(cl.list_display, 1)]
        rows = []
        for obj in cl.result_list:
            cells = []
            if actions:
                cells.append(
                    format_html(
                        '<td class="action-checkbox"><input type="checkbox" name="_selected_action" value="{}" class="action-select" '
                        'aria-label="Select this object for an action - {}"></td>',
                        obj.pk,
                        obj,
                    )
                )
            cells += [_cell(cl, obj, name, i == 0) for i, name in enumerate(cl.list_display)]
            rows.append(format_html("<tr>{}</tr>\n", pages.join(cells)))
        body = format_html(
            '{}<div class="results">\n<table id="result_list">\n<thead>\n<tr>\n{}</tr>\n</thead>\n<tbody>\n{}</tbody>\n</table>\n</div>\n',
            action_bar,
            pages.join(headers),
            pages.join(rows),
        )
    filters = ""
    if cl.has_filters:
        # Facet counts are not computed by the sandbox: the link is there, as in Django, and changes nothing.
        extra = [format_html('<h3>\n<a href="{}" class="viewlink">Show counts</a>\n</h3>\n', cl.query_string({"_facets": "True"}))]
        if cl.has_active_filters:
            clear_qs = cl.query_string(remove=[p for spec in cl.filter_specs for p in spec.params])
            extra.append(format_html('<h3>\n<a href="{}">&#10006; Clear all filters</a>\n</h3>\n', clear_qs))
        clear = format_html('<div id="changelist-filter-extra-actions">\n{}</div>\n', pages.join(extra))
        filters = format_html(
            '<nav id="changelist-filter" aria-labelledby="changelist-filter-header">\n<h2 id="changelist-filter-header">Filter</h2>\n{}{}</nav>\n',
            clear,
            pages.join(spec.render() for spec in cl.filter_specs if spec.has_output),
        )
    content = format_html(
        '<div id="content-main">\n{}<div class="module{}" id="changelist">\n<div class="changelist-form-container">\n{}'
        '<form id="changelist-form" method="post" novalidate>{}\n{}{}</form>\n</div>\n{}</div>\n</div>\n',
        tools,
        " filtered" if cl.has_filters else "",
        search,
        pages.csrf_input(request),
        body,
        _paginator(cl),
        filters,
    )
    title = ("Select %s to change" if model_admin.has_change_permission(request) else "Select %s to view") % opts.verbose_name
    return pages.render_page(
        request,
        model_admin.admin_site,
        title,
        content,
        body_class=" app-%s model-%s change-list" % (opts.app_label, opts.model_name),
        crumbs=model_admin._crumbs(request),
        content_class="",
        sidebar=model_admin._sidebar(request),
    )
