import hashlib
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, b"The quick brown fox")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
print(hashlib.sha256(b"abc").digest())
print(hashlib.md5().hexdigest(), hashlib.sha1(b"").hexdigest())
h = hashlib.sha1()
h.update(b"a")
c = h.copy()
c.update(b"b")
print(h.hexdigest(), c.hexdigest(), hashlib.sha1(b"ab").hexdigest())
print(hashlib.new("SHA256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest())
print(hashlib.sha256(string=b"kw").hexdigest()[:12], hashlib.md5(bytearray(b"ba")).hexdigest())
print(hashlib.blake2b(b"k", digest_size=16).hexdigest(), hashlib.blake2b(b"k", digest_size=16).digest_size)
print(hashlib.blake2b(b"msg", key=b"secret").hexdigest()[:32])
print(hashlib.blake2s(b"msg", salt=b"salt", person=b"me").hexdigest())
print(hashlib.shake_128(b"abc").hexdigest(10), hashlib.shake_256(b"abc").digest(4))
print(sorted(hashlib.algorithms_guaranteed))
print(type(hashlib.sha256()).__name__, "md5" in hashlib.algorithms_available)
try:
    hashlib.sha256("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hashlib.sha256().update("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hashlib.new("nope")
except ValueError as e:
    print(type(e).__name__, e)
try:
    hashlib.sha256(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hashlib.sha256(data=b"kw")
except TypeError as e:
    print(type(e).__name__, e)
