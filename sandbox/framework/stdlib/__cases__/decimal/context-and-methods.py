from decimal import Decimal, getcontext, setcontext, localcontext, Context, ROUND_DOWN, ROUND_HALF_UP, InvalidOperation, DivisionByZero, BasicContext
print(getcontext())
print(getcontext().prec, getcontext().rounding)
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(1) / Decimal(7), Decimal("1.23456") + 0)
print(Decimal(1) / Decimal(7))
with localcontext(prec=5, rounding=ROUND_DOWN):
    print(Decimal(2) / Decimal(3))
c = Context(prec=4, rounding=ROUND_HALF_UP)
print(c.create_decimal("1.23456"), c.divide(Decimal(1), Decimal(3)), c.prec)
setcontext(Context(prec=10))
print(Decimal(1) / Decimal(3), getcontext().prec)
setcontext(Context())
print(Decimal(2) ** 10, Decimal("1.5") ** 2, Decimal(2) ** -2, Decimal(4) ** Decimal("0.5"))
print(Decimal("-7.5") // 2, Decimal("-7.5") % 2, divmod(Decimal("7.5"), 2), 7 // Decimal(2), 7 % Decimal(2))
print(Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal("0.25").sqrt(), Decimal(100).sqrt())
print(Decimal("1.23").adjusted(), Decimal("123.4").adjusted(), Decimal("12.5").to_integral_value(), Decimal("13.5").to_integral_value())
print(Decimal("0").is_zero(), Decimal("-1").is_signed(), Decimal("5").copy_sign(Decimal("-1")), Decimal("-5").copy_negate(), Decimal("-5").copy_abs())
print(Decimal("1.2").compare(Decimal("1.3")), Decimal(5).max(Decimal(7)), Decimal(5).min(7), Decimal("1.1").fma(2, 1))
print(Decimal("NaN"), repr(Decimal("NaN")), Decimal("-Infinity"), Decimal("inf") + 1, Decimal("NaN").is_nan(), Decimal("inf").is_infinite(), Decimal(1).is_finite())
print(Decimal("1.10").as_tuple(), Decimal("-0.05").as_tuple().digits, Decimal("1.5").as_integer_ratio(), Decimal("-2.50").as_integer_ratio())
print(hash(Decimal(2)) == hash(2), hash(Decimal("2.5")) == hash(2.5), hash(Decimal(1)) == hash(1), int(Decimal("-9.9")), round(Decimal("2.5")), round(Decimal("2.567"), 2))
print(Decimal(float("nan")), Decimal(float("-inf")), float(Decimal("1.5")), bool(Decimal("0.0")), bool(Decimal("NaN")))
for action in [lambda: Decimal("NaN") < 1, lambda: int(Decimal("NaN")), lambda: int(Decimal("Inf")), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0,
               lambda: Decimal("inf") - Decimal("inf"), lambda: Decimal("1") + "x", lambda: Decimal(1) % 0]:
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError), BasicContext.prec)
