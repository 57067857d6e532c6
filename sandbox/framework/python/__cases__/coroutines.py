async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    print("in main", x, y)
    return y * 2
c = main()
print(type(c).__name__, repr(c).startswith("<coroutine object main at 0x"))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        sent = yield "paused"
        return self.v + sent
async def uses():
    r = await Ready(5)
    return r
co = uses()
print(co.send(None))
try:
    co.send(100)
except StopIteration as e:
    print("got", e.value)
async def bad():
    await 3
try:
    bad().send(None)
except TypeError as e:
    print(e)
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def fact(n):
    return 1 if n <= 1 else n * await fact(n - 1)
print(drive(fact(10)))
async def raiser():
    raise ValueError("inside")
async def catcher():
    try:
        await raiser()
    except ValueError as e:
        return f"caught {e}"
print(drive(catcher()))
c2 = add(1, 1)
c2.close()
print(add.__name__, type(add).__name__)
