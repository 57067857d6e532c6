from decimal import Decimal

price = Decimal("19.995")
print(price.quantize(Decimal("0.01")), repr(Decimal("9.50")))
print(Decimal("1.1") + Decimal("2.2"), Decimal(10) / Decimal(4))
print(sum([Decimal("0.10")] * 3), Decimal("0.1") * 3 == Decimal("0.3"))
Decimal("abc")
