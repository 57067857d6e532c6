from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, ParseResult, SplitResult
import urllib.parse
u = urlparse("HTTP://User:Secret@Example.COM:8000/a/b;p=1?q=2&r=3#frag")
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment, u.username, u.password, u.hostname, u.port)
print(u[0], u[1:3], len(u), list(u)[:2], u.geturl(), u == tuple(u), u._fields)
scheme, netloc, *rest = u
print(scheme, netloc, rest)
print(u._replace(scheme="https", fragment=""), u._replace(netloc="x.org").geturl(), u._asdict()["query"])
s = urlsplit("https://[::1]:443/p;x?y#z")
print(s, s.hostname, s.port, s.geturl())
for url in ["", "/just/path", "example.com/p", "//host/p", "mailto:someone@example.com", "file:///etc/passwd", "http://h:/p",
            "http://host?q", "http://host#f", "a:b", "1http://x", "https://host/p?q=1#f#g", " \thttp://h/a\nb", "http://u@h", "http://:pw@h",
            "sip:alice@atlanta.com;transport=tcp", "path;params?q", "HTTPS://EXAMPLE.com/%7Euser", "data:text/plain,hi"]:
    p = urlparse(url)
    print(repr(url), tuple(p), p.hostname, p.port, p.username, p.password, urlunparse(p) , urlunsplit(urlsplit(url)))
print(urlparse("x?y#z", allow_fragments=False), urlparse("//h/p", scheme="ftp"), urlsplit("p", "https"))
print(urlunparse(("http", "h", "/p", "a=1", "q", "f")), urlunsplit(("", "", "p", "", "")), urlunsplit(("http", "", "p", "", "")), urlunsplit(("file", "", "/tmp", "", "")))
base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../",
            "../g", "../..", "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g",
            "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g#s/../x", "http:g", "https:g"]:
    print(ref, urljoin(base, ref))
print(urljoin("https://example.com", "page"), urljoin("", "x"), urljoin("https://a/b/", ""), urljoin("mailto:a@b", "c"), urljoin("https://a/b//c/", "../d"))
print(urldefrag("http://a/b#frag"), urldefrag("http://a/b"), urldefrag("http://a/b#frag").url)
for bad in ["http://host:port/", "http://host:99999/", "http://[::1/"]:
    try:
        print(urlparse(bad).port)
    except ValueError as e:
        print(type(e).__name__, e)
print(ParseResult("a", "b", "c", "d", "e", "f").geturl(), SplitResult(scheme="s", netloc="n", path="/p", query="", fragment=""))
print(urllib.parse.quote("x y"), type(u).__name__)
