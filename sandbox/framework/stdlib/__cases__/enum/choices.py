from enum import Enum
class ChoicesMeta(type(Enum)):
    pass
class Choices(Enum):
    def __new__(cls, value, label=None):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label if label is not None else value.title()
        return obj
    @classmethod
    def choices(cls):
        return [(m.value, m.label) for m in cls]
    @classmethod
    def labels(cls):
        return [m.label for m in cls]
class Status(Choices):
    DRAFT = "draft", "Draft (hidden)"
    LIVE = "live"
print(Status.choices(), Status.labels(), Status("live").label, Status.DRAFT)
print(repr(Status.DRAFT), Status.DRAFT.value, [s.name for s in Status])
try:
    class More(Status):
        EXTRA = "x"
except TypeError as e:
    print("TypeError:", e)
class Empty(Enum):
    pass
print(list(Empty), len(Empty), repr(Empty))
print(Status.DRAFT.name, Status.__members__["LIVE"].label)
Status.DRAFT.value = 3
