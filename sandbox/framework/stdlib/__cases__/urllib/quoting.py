from urllib.parse import quote, quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl, quote_from_bytes, unquote_to_bytes
print(quote("a b/c?d=e&f#g~h_i.j-k"), quote("/path with space/", safe=""), quote("é ü ☃"), quote(b"\x00\xff ab"))
print(quote("x/y:z", safe="/:"), quote(""), quote("abc", safe="é"), quote("é", encoding="latin-1"), quote_from_bytes(b"a b"))
print(quote_plus("a b+c/d"), quote_plus("a b", safe="/"), quote_plus(b"x y"), quote_plus("nospace/"))
print(unquote("a%20b%2Fc"), unquote("%E2%98%83 snow"), unquote("bad%zz%4"), unquote("%ff%fe"), unquote("no-percent"), unquote("caf\u00e9%21"))
print(unquote_plus("a+b%2Bc"), unquote_to_bytes("a%20%FF"), unquote(b"%41%42"))
print(urlencode({"a": 1, "b": "x y", "c": None, "d": True, "e": 1.5}), urlencode([("k", "v1"), ("k", "v2")]))
print(urlencode({"tags": ["a", "b c"], "one": "x"}, doseq=True), urlencode({"tags": ["a", "b"]}), urlencode({"t": ("x",)}, True))
print(urlencode({"q": "a/b"}, safe="/"), urlencode({"q": "a b"}, quote_via=quote), urlencode({b"k": b"v w"}), urlencode({}), urlencode([]))
print(urlencode({"n": 5}, doseq=True), urlencode({"s": "str"}, doseq=True), urlencode({"q": "é"}))
print(parse_qs("a=1&a=2&b=&c"), parse_qs("a=1&b=", keep_blank_values=True), parse_qs("x=%20y+z&x=w"))
print(parse_qsl("a=1;b=2"), parse_qsl("a=1;b=2", separator=";"), parse_qsl("a&b=&=c", keep_blank_values=True), parse_qsl(""))
print(parse_qsl("k=a=b"), parse_qs("k=%E2%98%83"), parse_qsl("&&a=1&&"))
for call in [lambda: parse_qsl("a", strict_parsing=True), lambda: parse_qsl("a=1&b=2&c=3", max_num_fields=2), lambda: urlencode("abc"),
             lambda: urlencode([1, 2]), lambda: quote(5), lambda: urlencode(5)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
from urllib.parse import parse_qs, urlencode
try:
    print(parse_qs(5))
except Exception as e:
    print(type(e).__name__, e)
print(urlencode({"d": {"x": 1, "y": 2}}, doseq=True), urlencode({"r": range(3)}, doseq=True), urlencode({"n": None}, doseq=True))
class MultiDict:
    def items(self):
        return [("a", "1"), ("b", "2")]
print(urlencode(MultiDict()))
