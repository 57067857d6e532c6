import hashlib
import hmac
h = hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
print(hmac.new(b"key", b"msg", "md5").hexdigest(), hmac.new(b"key", digestmod="sha1").hexdigest())
h2 = hmac.new(bytes(range(100)), digestmod=hashlib.sha512)
h2.update(b"part1")
c = h2.copy()
h2.update(b"part2")
print(c.hexdigest()[:20], h2.hexdigest()[:20])
print(hmac.digest(b"key", b"msg", "sha256") == hmac.new(b"key", b"msg", "sha256").digest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(b"a", b"ab"))
print(hmac.new(b"key", b"msg", digestmod=lambda: hashlib.sha256()).hexdigest()[:16])
print(hmac.HMAC(b"key", b"x", "sha256").hexdigest()[:16])
for args in [(b"key", b"msg"), ("key", b"msg", "sha256")]:
    try:
        hmac.new(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hmac.compare_digest("a", b"a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hmac.compare_digest("é", "é")
except TypeError as e:
    print(type(e).__name__, e)
for a, b in [(b"a", "a"), (1, 2), (b"a", 1), ("a", 1)]:
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
