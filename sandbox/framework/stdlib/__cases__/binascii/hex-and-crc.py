import binascii
print(binascii.hexlify(b"\x01\xab\xff"), binascii.b2a_hex(b"hi"), binascii.unhexlify("01abff"), binascii.a2b_hex(b"4869"))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2), binascii.hexlify(b"\x01\x02\x03\x04\x05", " ", -2))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b""))
print(binascii.b2a_base64(b"data"), binascii.b2a_base64(b"data", newline=False), binascii.a2b_base64("ZGF0YQ=="))
print(issubclass(binascii.Error, ValueError), binascii.Error.__name__, binascii.Error.__module__)
for bad in ["abc", "zz", "é1"]:
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
try:
    binascii.hexlify("text")
except TypeError as e:
    print(type(e).__name__, e)
