# The admin's pages as HTML, run by the sandbox's Python. Django renders admin/base.html and
# its children; the sandbox builds the same landmarks (#header, #site-name, .breadcrumbs,
# .messagelist, #content-main...) here, with the titles, headings and links 5.2 gives.
from django.contrib.admin.utils import _static
from django.contrib.messages import get_messages
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.html import conditional_escape, format_html, mark_safe


def csrf_input(request):
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request))


def join(parts):
    return mark_safe("".join(str(conditional_escape(p)) for p in parts))


def breadcrumbs(site, *crumbs):
    """Home › crumb › ... : each crumb a (text, url) pair, or a text for the last one."""
    parts = [format_html('<a href="{}">{}</a>', site._root(), "Home")]
    for crumb in crumbs:
        if isinstance(crumb, tuple):
            parts.append(format_html('\n&rsaquo; <a href="{}">{}</a>', crumb[1], crumb[0]))
        else:
            parts.append(format_html("\n&rsaquo; {}", crumb))
    return join(parts)


def _user_tools(request, site, view_site=True):
    user = request.user
    name = user.get_short_name() or user.get_username()
    tools = [format_html("Welcome,\n<strong>{}</strong>.\n", name)]
    if site.site_url and view_site:
        tools.append(format_html('<a href="{}">View site</a> /\n', site.site_url))
    if user.has_usable_password():
        tools.append(format_html('<a href="{}password_change/">Change password</a> /\n', site._root()))
    tools.append(
        format_html(
            '<form id="logout-form" method="post" action="{}logout/">{}<button type="submit">Log out</button></form>',
            site._root(),
            csrf_input(request),
        )
    )
    return format_html('<div id="user-tools">\n{}\n</div>', join(tools))


def _messages(request):
    items = [format_html('<li class="{}">{}</li>\n', m.tags, m.message) if m.tags else format_html("<li>{}</li>\n", m.message) for m in get_messages(request)]
    if not items:
        return ""
    return format_html('<ul class="messagelist">\n{}</ul>\n', join(items))


def nav_sidebar(request, site, current_model=None):
    apps = site.get_app_list(request)
    out = []
    for app in apps:
        current_app = current_model is not None and app["app_label"] == current_model[0]
        rows = []
        for model in app["models"]:
            current = current_app and model["object_name"].lower() == current_model[1]
            link = (
                format_html('<a href="{}"{}>{}</a>', model["admin_url"], mark_safe(' aria-current="page"') if current else "", model["name"])
                if model["admin_url"]
                else model["name"]
            )
            add = format_html('<td><a href="{}" class="addlink">Add</a></td>', model["add_url"]) if model["add_url"] else mark_safe("<td></td>")
            rows.append(
                format_html(
                    '<tr class="model-{}{}"><th scope="row" id="{}-{}">{}</th>{}</tr>\n',
                    model["object_name"].lower(),
                    " current-model" if current else "",
                    app["app_label"],
                    model["object_name"].lower(),
                    link,
                    add,
                )
            )
        out.append(
            format_html(
                '<div class="app-{} module{}"><table><caption><a href="{}" class="section" title="Models in the {} application">{}</a></caption>\n{}</table></div>\n',
                app["app_label"],
                " current-app" if current_app else "",
                app["app_url"],
                app["name"],
                app["name"],
                join(rows),
            )
        )
    return format_html('<nav class="sticky" id="nav-sidebar" aria-label="Sidebar">\n{}</nav>\n', join(out))


def render_page(request, site, title, content, *, status=200, body_class="", crumbs=None, subtitle=None, errors=False,
                content_class="colM", sidebar=None, user_tools=True, h1=True, view_site=True):
    """An admin page: admin/base_site.html's frame around the content."""
    head_title = format_html("{}{}{} | {}", "Error: " if errors else "", format_html("{} | ", subtitle) if subtitle else "", title, site.site_title)
    header = format_html('<div id="branding">\n<div id="site-name"><a href="{}">{}</a></div>\n</div>\n', site._root(), site.site_header)
    if user_tools and request.user.is_active and request.user.is_staff:
        header = join([header, _user_tools(request, site, view_site)])
    nav = format_html('<nav aria-label="Breadcrumbs">\n<div class="breadcrumbs">\n{}\n</div>\n</nav>\n', crumbs) if crumbs is not None else ""
    heading = format_html("<h1>{}</h1>\n", title) if h1 else ""
    if subtitle:
        heading = join([heading, format_html("<h2>{}</h2>\n", subtitle)])
    main_class = "main shifted" if sidebar is not None else "main"
    html = format_html(
        """<!DOCTYPE html>
<html lang="en-us" dir="ltr">
<head>
<title>{}</title>
<link rel="stylesheet" href="{}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="robots" content="NONE,NOARCHIVE">
</head>
<body class="{}" data-admin-utc-offset="0">
<a href="#content-start" class="skip-to-content-link">Skip to main content</a>
<div id="container">
<header id="header">
{}</header>
{}<div class="{}" id="main">
{}<main id="content-start" class="content" tabindex="-1">
{}<div id="content" class="{}">
{}{}
<br class="clear">
</div>
</main>
</div>
<footer id="footer"></footer>
</div>
</body>
</html>
""",
        head_title,
        _static("admin/css/base.css"),
        body_class,
        header,
        nav,
        main_class,
        sidebar or "",
        _messages(request),
        content_class,
        heading,
        content,
    )
    return HttpResponse(html, status=status)


def unordered_list(items):
    """The unordered_list filter: [text, [children]] nested as <li> with <ul>."""
    out = []
    i = 0
    while i < len(items):
        text = items[i]
        children = None
        if i + 1 < len(items) and isinstance(items[i + 1], list):
            children = items[i + 1]
            i += 1
        if children:
            out.append(format_html("<li>{}\n<ul>\n{}\n</ul>\n</li>", text, unordered_list(children)))
        else:
            out.append(format_html("<li>{}</li>", text))
        i += 1
    return mark_safe("\n".join(str(o) for o in out))


def attrs(**kwargs):
    return mark_safe("".join(str(format_html(' {}="{}"', k.rstrip("_").replace("_", "-"), v)) for k, v in kwargs.items() if v is not None))

