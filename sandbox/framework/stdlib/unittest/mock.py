import sys

class _Sentinel:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name


DEFAULT = _Sentinel('DEFAULT')


def _format_args(name, args, kwargs):
    parts = [repr(a) for a in args] + ['%s=%r' % (k, v) for k, v in kwargs.items()]
    return '%s(%s)' % (name, ', '.join(parts))


class _Call:
    def __init__(self, value=(), name='call', parent=None):
        args, kwargs = value if len(value) == 2 else ((), {})
        self._items = (tuple(args), dict(kwargs))
        self._name = name

    def __getitem__(self, index):
        return self._items[index]

    def __len__(self):
        return 2

    def __iter__(self):
        return iter(self._items)

    @property
    def args(self):
        return self[0]

    @property
    def kwargs(self):
        return self[1]

    def __eq__(self, other):
        if isinstance(other, (tuple, _Call)) and len(other) == 2:
            return tuple(self[0]) == tuple(other[0]) and self[1] == other[1]
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        return _Call((args, kwargs), self._name)

    def __getattr__(self, attr):
        if attr.startswith('_'):
            raise AttributeError(attr)
        return _Call((), attr if self._name == 'call' else self._name + '.' + attr)

    def __repr__(self):
        name = self._name if self._name.startswith('call') else 'call.' + self._name
        return _format_args(name, self[0], self[1])


call = _Call()


class NonCallableMock:
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, name=None, _parent_name=None, **kwargs):
        d = self.__dict__
        d['_mock_name'] = name
        d['_mock_full_name'] = _parent_name or name or 'mock'
        d['_mock_children'] = {}
        d['_mock_return_value'] = return_value
        d['side_effect'] = side_effect
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = []
        d['method_calls'] = []
        d['mock_calls'] = []
        d['_spec'] = None if spec is None else dir(spec)
        for key, value in kwargs.items():
            parts = key.split('.')
            target = self
            for part in parts[:-1]:
                target = getattr(target, part)
            setattr(target, parts[-1], value)

    def _child(self, name):
        return type(self)._child_class()(_parent_name='%s.%s' % (self._mock_full_name, name), name=name)

    @classmethod
    def _child_class(cls):
        return cls

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__') or name.startswith('_mock_'):
            raise AttributeError(name)
        if self._spec is not None and name not in self._spec:
            raise AttributeError("Mock object has no attribute %r" % name)
        if name.startswith(('assert', 'assret', 'asert', 'aseert', 'assrt')):
            raise AttributeError("%r is not a valid assertion. Use a spec for the mock if %r is meant to be an attribute." % (name, name))
        children = self._mock_children
        if name not in children:
            children[name] = self._child(name)
        return children[name]

    def __setattr__(self, name, value):
        if name == 'return_value':
            self.__dict__['_mock_return_value'] = value
        elif isinstance(value, NonCallableMock) and not name.startswith('_'):
            self._mock_children[name] = value
        else:
            object.__setattr__(self, name, value)

    @property
    def return_value(self):
        if self._mock_return_value is DEFAULT:
            self.__dict__['_mock_return_value'] = self._child('()')
            self._mock_return_value.__dict__['_mock_full_name'] = self._mock_full_name + '()'
        return self._mock_return_value

    def __repr__(self):
        name = '' if self._mock_full_name == 'mock' and self._mock_name is None else " name='%s'" % self._mock_full_name
        return "<%s%s id='%s'>" % (type(self).__name__, name, id(self))

    def reset_mock(self, return_value=False, side_effect=False):
        d = self.__dict__
        d['called'] = False
        d['call_count'] = 0
        d['call_args'] = None
        d['call_args_list'] = []
        d['method_calls'] = []
        d['mock_calls'] = []
        for child in self._mock_children.values():
            child.reset_mock()

    def configure_mock(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def _calls_repr(self):
        return "Calls: %s." % (self.mock_calls,)

    def _expected(self, args, kwargs):
        return _format_args(self._mock_full_name, args, kwargs)

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._mock_full_name)

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.\n%s"
                                 % (self._mock_full_name, self.call_count, self._calls_repr()))

    def assert_called_once(self):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_full_name, self.call_count,
                                    '\n' + self._calls_repr() if self.call_count else ''))

    def assert_called_with(self, *args, **kwargs):
        if self.call_args is None:
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.' % self._expected(args, kwargs))
        if self.call_args != _Call((args, kwargs)):
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: %s'
                                 % (self._expected(args, kwargs), self._expected(*self.call_args)))

    def assert_called_once_with(self, *args, **kwargs):
        if self.call_count != 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_full_name, self.call_count,
                                    '\n' + self._calls_repr() if self.call_count else ''))
        self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, *args, **kwargs):
        if _Call((args, kwargs)) not in self.call_args_list:
            raise AssertionError('%s call not found' % self._expected(args, kwargs))

    def assert_has_calls(self, calls, any_order=False):
        calls = list(calls)
        actual = self.mock_calls
        if any_order:
            missing = [c for c in calls if c not in actual]
            if missing:
                raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                     % (self._mock_full_name, tuple(missing), actual))
            return
        for start in range(len(actual) - len(calls) + 1):
            if actual[start:start + len(calls)] == calls:
                return
        raise AssertionError('Calls not found.\nExpected: %r\n  Actual: %r' % (calls, actual))


class CallableMixin:
    def __call__(self, *args, **kwargs):
        d = self.__dict__
        d['called'] = True
        d['call_count'] += 1
        this = _Call((args, kwargs))
        d['call_args'] = this
        self.call_args_list.append(this)
        self.mock_calls.append(this)
        effect = self.side_effect
        if effect is not None:
            if isinstance(effect, BaseException) or isinstance(effect, type) and issubclass(effect, BaseException):
                raise effect
            if callable(effect):
                result = effect(*args, **kwargs)
                if result is not DEFAULT:
                    return result
                return self.return_value
            if not hasattr(effect, '__next__'):
                effect = iter(effect)
                d['side_effect'] = effect
            result = next(effect)
            if isinstance(result, BaseException):
                raise result
            return result
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    pass


_MAGIC_DEFAULTS = {'__len__': 0, '__bool__': True, '__int__': 1, '__float__': 1.0,
                   '__contains__': False, '__exit__': False}


class MagicMock(Mock):
    def _magic(self, name):
        children = self._mock_children
        if name not in children:
            child = MagicMock(_parent_name='%s.%s' % (self._mock_full_name, name), name=name)
            if name in _MAGIC_DEFAULTS:
                child.return_value = _MAGIC_DEFAULTS[name]
            elif name == '__iter__':
                child.return_value = iter([])
            elif name == '__str__':
                child.return_value = object.__repr__(self)
            children[name] = child
        return children[name]

    # Real methods: the sandbox's len() and iter() look them up on the class without binding
    # a property, so `m.__len__.return_value = 3` is not supported; the defaults are CPython's.
    def __len__(self):
        return self._magic('__len__')()

    def __bool__(self):
        return self._magic('__bool__')()

    def __iter__(self):
        return iter(self._magic('__iter__')())

    def __contains__(self, item):
        return self._magic('__contains__')(item)

    def __getitem__(self, key):
        return self._magic('__getitem__')(key)

    def __setitem__(self, key, value):
        return self._magic('__setitem__')(key, value)

    def __enter__(self):
        return self._magic('__enter__')()

    def __exit__(self, *args):
        return self._magic('__exit__')(*args)

    def __int__(self):
        return self._magic('__int__')()

    def __float__(self):
        return self._magic('__float__')()


def _import_target(target):
    try:
        path, attribute = target.rsplit('.', 1)
    except (TypeError, ValueError, AttributeError):
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    parts = path.split('.')
    obj = _import_module(parts[0])
    so_far = parts[0]
    for part in parts[1:]:
        so_far += '.' + part
        try:
            obj = getattr(obj, part)
        except AttributeError:
            obj = _import_module(so_far)
    return obj, attribute


class _patch:
    def __init__(self, getter, attribute, new, create=False, kwargs=None):
        self.getter = getter
        self.attribute = attribute
        self.new = new
        self.create = create
        self.kwargs = kwargs or {}

    def __enter__(self):
        target = self.getter()
        self.target = target
        try:
            self.original = getattr(target, self.attribute)
            self.had = True
        except AttributeError:
            if not self.create:
                raise AttributeError('%r does not have the attribute %r' % (target, self.attribute))
            self.had = False
        new = self.new
        if new is DEFAULT:
            new = MagicMock(**self.kwargs)
        setattr(target, self.attribute, new)
        self.active = new
        return new

    def __exit__(self, *exc_info):
        if self.had:
            setattr(self.target, self.attribute, self.original)
        else:
            delattr(self.target, self.attribute)
        return False

    start = __enter__

    def stop(self):
        return self.__exit__(None, None, None)

    def __call__(self, func):
        if isinstance(func, type):
            for name in dir(func):
                if name.startswith('test') and callable(getattr(func, name)):
                    setattr(func, name, self.__class__(self.getter, self.attribute, self.new, self.create, self.kwargs)(getattr(func, name)))
            return func
        patcher = self

        def patched(*args, **kwargs):
            with patcher as new:
                if patcher.new is DEFAULT:
                    args = args + (new,)
                return func(*args, **kwargs)
        patched.__name__ = func.__name__
        patched.__doc__ = func.__doc__
        return patched


def patch(target, new=DEFAULT, spec=None, create=False, **kwargs):
    obj, attribute = _import_target(target) if isinstance(target, str) else (None, None)
    if obj is None:
        raise TypeError("Need a valid target to patch. You supplied: %r" % (target,))
    return _patch(lambda: obj, attribute, new, create, kwargs)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False, **kwargs):
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a str" % (target,))
    return _patch(lambda: target, attribute, new, create, kwargs)


patch.object = _patch_object


class _SentinelObject:
    def __getattr__(self, name):
        if name.startswith('__'):
            raise AttributeError(name)
        return _Sentinel(name)


sentinel = _SentinelObject()
ANY = type('_ANY', (), {'__eq__': lambda self, other: True, '__ne__': lambda self, other: False,
                        '__repr__': lambda self: '<ANY>'})()
