import secrets
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
print(len(secrets.token_bytes()), len(secrets.token_bytes(8)), type(secrets.token_bytes(1)).__name__)
h = secrets.token_hex(16)
print(len(h), all(c in "0123456789abcdef" for c in h), len(secrets.token_hex()))
t = secrets.token_urlsafe(16)
print(len(t), all(c in ALNUM + "-_" for c in t), len(secrets.token_urlsafe()))
print(secrets.choice("ab") in "ab", 0 <= secrets.randbelow(10) < 10, secrets.randbits(0), 0 <= secrets.randbits(100) < 2**100)
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"), secrets.DEFAULT_ENTROPY)
password = "".join(secrets.choice(ALNUM) for _ in range(12))
print(len(password), isinstance(secrets.SystemRandom(), secrets.SystemRandom))
print(len({secrets.token_hex(8) for _ in range(20)}))
for call in [lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3), lambda: secrets.token_bytes(-1), lambda: secrets.choice([])]:
    try:
        print(call())
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
