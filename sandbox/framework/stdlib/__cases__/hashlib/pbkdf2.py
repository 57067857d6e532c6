import base64
import hashlib
dk = hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1)
print(dk.hex())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 4096, dklen=20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("sha512", b"pw", b"NaCl", 10, 64).hex()[:40])
# Django's PBKDF2PasswordHasher: base64 of pbkdf2_sha256 with 870000 iterations (Django 5.0)
hash = hashlib.pbkdf2_hmac("sha256", "s3cret".encode(), "seasalt".encode(), 100000)
print("pbkdf2_sha256$100000$seasalt$" + base64.b64encode(hash).decode("ascii").strip())
for bad in [("sha256", b"p", b"s", 0), ("sha256", b"p", b"s", 1, 0)]:
    try:
        hashlib.pbkdf2_hmac(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    hashlib.pbkdf2_hmac("sha256", "p", b"s", 1)
except TypeError as e:
    print(type(e).__name__, e)
