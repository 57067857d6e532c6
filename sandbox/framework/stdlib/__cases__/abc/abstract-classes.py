from abc import ABC, ABCMeta, abstractmethod, abstractproperty
class Repo(ABC):
    @abstractmethod
    def get(self, key): ...
    @abstractmethod
    def put(self, key, value): ...
    @classmethod
    @abstractmethod
    def create(cls): ...
    @staticmethod
    @abstractmethod
    def version(): ...
    def describe(self):
        return f"{type(self).__name__} v{self.version()}"
print(sorted(Repo.__abstractmethods__), isinstance(Repo, ABCMeta), type(Repo).__name__)
for cls in (Repo,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
class Partial(Repo):
    def get(self, key):
        return key
    @classmethod
    def create(cls):
        return cls()
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)
class Memory(Partial):
    def __init__(self):
        self.data = {}
    def put(self, key, value):
        self.data[key] = value
    @staticmethod
    def version():
        return 2
m = Memory.create()
m.put("a", 1)
print(m.data, m.describe(), Memory.__abstractmethods__, isinstance(m, Repo), issubclass(Memory, Repo))
class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
class Hello(Plugin):
    name = "hello"
print(Hello().name, Plugin.__abstractmethods__)
class Sized(ABC):
    @abstractmethod
    def __len__(self): ...
Sized.register(list)
print(isinstance([], Sized), isinstance((), Sized), issubclass(list, Sized), Sized.register(tuple) is tuple, isinstance((), Sized))
class Counter(Sized):
    def __len__(self):
        return 3
print(len(Counter()), isinstance(Counter(), Sized))
class NoAbstract(ABC):
    pass
print(NoAbstract(), NoAbstract.__abstractmethods__) if False else print(type(NoAbstract()).__name__)
try:
    Sized.register(3)
except TypeError as e:
    print("TypeError:", e)
class One(ABC):
    @abstractmethod
    def run(self): ...
One()
