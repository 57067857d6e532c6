import uuid
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq)
for text in ["12345678123456781234567812345678", "urn:uuid:12345678-1234-5678-1234-567812345678", "12345678-1234-5678-1234-56781234567A"]:
    print(uuid.UUID(text))
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
v = uuid.UUID("12345678-1234-5678-1234-567812345678", version=4)
print(v, v.version, v.variant)
print(uuid.uuid3(uuid.NAMESPACE_URL, "https://www.djangoproject.com/"), uuid.uuid5(uuid.NAMESPACE_X500, b"cn=me"))
print(uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3").version, uuid.uuid3(uuid.NAMESPACE_DNS, "a").variant)
a, b = uuid.UUID(int=5), uuid.UUID(int=7)
print(a < b, a <= b, a > b, a == uuid.UUID(int=5), a != b, a == "x", hash(a) == hash(uuid.UUID(int=5)), int(b))
print(len({uuid.UUID(int=1), uuid.UUID(int=1), uuid.UUID(int=2)}), {a: "five"}[uuid.UUID(int=5)])
one = uuid.uuid1()
print(one.version, one.variant, len(str(one)), isinstance(one, uuid.UUID), uuid.uuid1().int != one.int)
four = uuid.uuid4()
print(four.version, four.variant, four != uuid.uuid4(), str(four) == str(uuid.UUID(str(four))))
print(uuid.RFC_4122, uuid.RESERVED_FUTURE, uuid.UUID(int=(1 << 128) - 1).variant, uuid.UUID(int=0).version)
print(type(u).__name__, type(u).__module__, str(uuid.UUID(int=255)))
class MyUUID(uuid.UUID):
    pass
m = MyUUID(int=10)
print(repr(m), isinstance(m, uuid.UUID), m == uuid.UUID(int=10))
for kwargs in [{"hex": "xyz"}, {"int": -1}, {"int": 1 << 128}, {"bytes": b"short"}, {}, {"hex": "0" * 32, "int": 0},
               {"fields": (1 << 32, 0, 0, 0, 0, 0)}, {"int": 0, "version": 9}]:
    try:
        print(uuid.UUID(**kwargs))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
print(u.is_safe, repr(uuid.uuid4().is_safe), uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.SafeUUID.unsafe.name)
