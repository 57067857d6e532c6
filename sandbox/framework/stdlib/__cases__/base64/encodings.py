import base64
import binascii
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(250, 256))]:
    print(base64.b64encode(data), base64.b32encode(data), base64.b16encode(data), base64.urlsafe_b64encode(data))
    assert base64.b64decode(base64.b64encode(data)) == data
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
print(base64.b64decode("Zm9vYmFy"), base64.b64decode(b"Zm9v\nYmFy"), base64.b64decode("Zm9vYg=="), base64.b64decode("Zm9vYg==junk"))
print(base64.urlsafe_b64decode("-__-"), base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.standard_b64encode(b"x"), base64.standard_b64decode(b"eA=="))
print(base64.encodebytes(bytes(range(60))), base64.decodebytes(b"YWFh\n"))
print(base64.b32decode("mzxw6===", casefold=True), base64.b16decode("ff00", casefold=True), base64.b32hexencode(b"hi"))
for bad in ["Zm9vY", "Zm9vYmF", "abc", "a"]:
    try:
        base64.b64decode(bad)
    except binascii.Error as e:
        print(type(e).__name__, e)
try:
    base64.b64decode("Zm9v!YmFy", validate=True)
except binascii.Error as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
print(base64.b64decode("Zm9v!YmFy"))
for call in [lambda: base64.b64encode("text"), lambda: base64.b64decode(3), lambda: base64.b64decode("é"),
             lambda: base64.b16decode("0g"), lambda: base64.b16decode("abc", casefold=True), lambda: base64.b32decode("MZXW6==="[:-1]),
             lambda: base64.b32decode("MZXW6YQ!")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ["=Zm9v", "Zm9v=", "Zm9vYg==Zm9v", "Zm9vY=mF", "Zm9vYg===", "Zm9vY===", "Zm9vYg="]:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print(type(e).__name__, e)
print(binascii.a2b_base64("Zm9v", strict_mode=True))
