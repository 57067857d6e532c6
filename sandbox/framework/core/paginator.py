# django.core.paginator's Paginator and Page, run by the sandbox's Python.
import warnings
from math import ceil


class UnorderedObjectListWarning(RuntimeWarning):
    pass


class InvalidPage(Exception):
    pass


class PageNotAnInteger(InvalidPage):
    pass


class EmptyPage(InvalidPage):
    pass


class Paginator:
    ELLIPSIS = "…"
    default_error_messages = {
        "invalid_page": "That page number is not an integer",
        "min_page": "That page number is less than 1",
        "no_results": "That page contains no results",
    }

    def __init__(self, object_list, per_page, orphans=0, allow_empty_first_page=True, error_messages=None):
        self.object_list = object_list
        self._check_object_list_is_ordered()
        self.per_page = int(per_page)
        self.orphans = int(orphans)
        self.allow_empty_first_page = allow_empty_first_page
        messages = dict(self.default_error_messages)
        if error_messages is not None:
            messages.update(error_messages)
        self.error_messages = messages
        self._count = None

    def __iter__(self):
        for number in self.page_range:
            yield self.page(number)

    def validate_number(self, number):
        try:
            if isinstance(number, float) and not number.is_integer():
                raise ValueError
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger(self.error_messages["invalid_page"])
        if number < 1:
            raise EmptyPage(self.error_messages["min_page"])
        if number > self.num_pages:
            raise EmptyPage(self.error_messages["no_results"])
        return number

    def get_page(self, number):
        try:
            number = self.validate_number(number)
        except PageNotAnInteger:
            number = 1
        except EmptyPage:
            number = self.num_pages
        return self.page(number)

    def page(self, number):
        number = self.validate_number(number)
        start = (number - 1) * self.per_page
        end = start + self.per_page
        if end + self.orphans >= self.count:
            end = self.count
        return self._get_page(self.object_list[start:end], number, self)

    def _get_page(self, *args, **kwargs):
        return Page(*args, **kwargs)

    @property
    def count(self):
        if self._count is None:
            counter = getattr(self.object_list, "count", None)
            # A QuerySet counts in the database; a list's count() needs an argument.
            if callable(counter) and not isinstance(self.object_list, (list, tuple, str)):
                self._count = counter()
            else:
                self._count = len(self.object_list)
        return self._count

    @property
    def num_pages(self):
        if self.count == 0 and not self.allow_empty_first_page:
            return 0
        hits = max(1, self.count - self.orphans)
        return ceil(hits / self.per_page)

    @property
    def page_range(self):
        return range(1, self.num_pages + 1)

    def _check_object_list_is_ordered(self):
        ordered = getattr(self.object_list, "ordered", None)
        if ordered is not None and not ordered:
            if hasattr(self.object_list, "model"):
                described = "{} {}".format(self.object_list.model, self.object_list.__class__.__name__)
            else:
                described = "{!r}".format(self.object_list)
            warnings.warn(
                "Pagination may yield inconsistent results with an unordered object_list: {}.".format(described),
                UnorderedObjectListWarning,
                stacklevel=3,
            )

    def get_elided_page_range(self, number=1, *, on_each_side=3, on_ends=2):
        number = self.validate_number(number)
        last = self.num_pages
        if last <= (on_each_side + on_ends) * 2:
            yield from self.page_range
            return
        pages = []
        if number > on_each_side + on_ends + 2:
            pages.extend(range(1, on_ends + 1))
            pages.append(self.ELLIPSIS)
            pages.extend(range(number - on_each_side, number + 1))
        else:
            pages.extend(range(1, number + 1))
        if number < last - on_each_side - on_ends - 1:
            pages.extend(range(number + 1, number + on_each_side + 1))
            pages.append(self.ELLIPSIS)
            pages.extend(range(last - on_ends + 1, last + 1))
        else:
            pages.extend(range(number + 1, last + 1))
        yield from pages


class Page:
    def __init__(self, object_list, number, paginator):
        self.object_list = object_list
        self.number = number
        self.paginator = paginator

    def __repr__(self):
        return "<Page %s of %s>" % (self.number, self.paginator.num_pages)

    def __len__(self):
        return len(self.object_list)

    def __getitem__(self, index):
        if not isinstance(index, (int, slice)):
            raise TypeError("Page indices must be integers or slices, not %s." % type(index).__name__)
        if not isinstance(self.object_list, list):
            self.object_list = list(self.object_list)
        return self.object_list[index]

    def __iter__(self):
        if not isinstance(self.object_list, list):
            self.object_list = list(self.object_list)
        return iter(self.object_list)

    def __contains__(self, value):
        return value in list(self)

    def index(self, value):
        return list(self).index(value)

    def count(self, value):
        return list(self).count(value)

    def has_next(self):
        return self.number < self.paginator.num_pages

    def has_previous(self):
        return self.number > 1

    def has_other_pages(self):
        return self.has_previous() or self.has_next()

    def next_page_number(self):
        return self.paginator.validate_number(self.number + 1)

    def previous_page_number(self):
        return self.paginator.validate_number(self.number - 1)

    def start_index(self):
        if self.paginator.count == 0:
            return 0
        return (self.paginator.per_page * (self.number - 1)) + 1

    def end_index(self):
        if self.number == self.paginator.num_pages:
            return self.paginator.count
        return self.number * self.paginator.per_page
