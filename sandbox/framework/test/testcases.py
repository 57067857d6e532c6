# django.test.testcases: SimpleTestCase, TransactionTestCase and TestCase over the sandbox's
# unittest. TestCase wraps each class in a transaction and each test in a savepoint that is
# rolled back (_begin, _savepoint, _rollback_to and _rollback are the test database's natives).
import re as _re
import unittest
from collections import Counter
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.test.client import Client
from django.test.utils import CaptureQueriesContext

DEFAULT_DB_ALIAS = "default"


class DatabaseOperationForbidden(AssertionError):
    pass


class _AssertNumQueriesContext(CaptureQueriesContext):
    def __init__(self, test_case, num, connection):
        self.test_case = test_case
        self.num = num
        super().__init__(connection)

    def __exit__(self, exc_type, exc_value, traceback):
        super().__exit__(exc_type, exc_value, traceback)
        if exc_type is not None:
            return
        executed = len(self)
        queries = "\n".join("%d. %s" % (i, query["sql"]) for i, query in enumerate(self.captured_queries, start=1))
        self.test_case.assertEqual(
            executed, self.num, "%d queries executed, %d expected\nCaptured queries were:\n%s" % (executed, self.num, queries)
        )


def to_list(value):
    if not isinstance(value, (list, tuple)):
        return [value]
    return list(value)


_TAG = _re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*(/?)>|([^<]+)", _re.S)
_ATTR = _re.compile(r"([^\s=>/]+)(?:\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+))?")


def _normalise_html(text):
    """A canonical spelling of an HTML fragment: attributes sorted, whitespace collapsed."""
    import html as _html

    out = []
    for match in _TAG.finditer(text):
        closing, name, attrs, _selfclosing, data = match.groups()
        if data is not None:
            data = " ".join(_html.unescape(data).split())
            if data:
                out.append(_html.escape(data, quote=False))
            continue
        if closing:
            out.append("</%s>" % name.lower())
            continue
        pairs = []
        for attr in _ATTR.finditer(attrs or ""):
            key, value = attr.group(1).lower(), attr.group(2)
            if value is None:
                pairs.append(key)
            else:
                if value[:1] in "\"'":
                    value = value[1:-1]
                pairs.append('%s="%s"' % (key, _html.escape(_html.unescape(value))))
        pairs.sort()
        out.append("<%s>" % " ".join([name.lower()] + pairs))
    return "".join(out)


class _AssertTemplateUsedContext:
    def __init__(self, test_case, template_name, msg_prefix="", count=None):
        self.test_case = test_case
        self.template_name = template_name
        self.msg_prefix = msg_prefix
        self.count = count
        self.rendered_template_names = []

    def __enter__(self):
        _template_listeners.append(self.rendered_template_names)
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        _template_listeners.remove(self.rendered_template_names)
        if exc_type is not None:
            return
        self.test_case._assert_template_used(self.template_name, self.rendered_template_names, self.msg_prefix, self.count)


class _AssertTemplateNotUsedContext(_AssertTemplateUsedContext):
    def __exit__(self, exc_type, exc_value, traceback):
        _template_listeners.remove(self.rendered_template_names)
        if exc_type is not None:
            return
        self.test_case.assertFalse(
            self.template_name in self.rendered_template_names,
            self.msg_prefix + "Template '%s' was used unexpectedly in rendering the response" % self.template_name,
        )


_template_listeners = []


class SimpleTestCase(unittest.TestCase):
    client_class = Client
    databases = set()
    _overridden_settings = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not cls.databases:
            _forbid_database(
                "Database queries to 'default' are not allowed in SimpleTestCase subclasses. "
                "Either subclass TestCase or TransactionTestCase to ensure proper test isolation "
                "or add 'default' to %s.%s.databases to silence this failure." % (cls.__module__, cls.__qualname__)
            )

    @classmethod
    def tearDownClass(cls):
        if not cls.databases:
            _forbid_database(None)
        super().tearDownClass()

    def __call__(self, result=None):
        testMethod = getattr(self, self._testMethodName)
        skipped = getattr(self.__class__, "__unittest_skip__", False) or getattr(testMethod, "__unittest_skip__", False)
        if not skipped:
            try:
                self._pre_setup()
            except Exception as e:
                result.addError(self, (type(e), e, unittest._format_exc(e)))
                return
        super().__call__(result)
        if not skipped:
            try:
                self._post_teardown()
            except Exception as e:
                result.addError(self, (type(e), e, unittest._format_exc(e)))
                return

    def _pre_setup(self):
        self.client = self.client_class()

    def _post_teardown(self):
        pass

    def settings(self, **kwargs):
        from django.test.utils import override_settings

        return override_settings(**kwargs)

    def assertRedirects(self, response, expected_url, status_code=302, target_status_code=200, msg_prefix="", fetch_redirect_response=True):
        if msg_prefix:
            msg_prefix += ": "
        if hasattr(response, "redirect_chain"):
            self.assertTrue(
                response.redirect_chain,
                msg_prefix + "Response didn't redirect as expected: Response code was %d (expected %d)" % (response.status_code, status_code),
            )
            first_status = response.redirect_chain[0][1]
            self.assertEqual(
                first_status,
                status_code,
                msg_prefix + "Initial response didn't redirect as expected: Response code was %d (expected %d)" % (first_status, status_code),
            )
            url, status_code = response.redirect_chain[-1]
            self.assertEqual(
                response.status_code,
                target_status_code,
                msg_prefix + "Response didn't redirect as expected: Final Response code was %d (expected %d)" % (response.status_code, target_status_code),
            )
        else:
            self.assertEqual(
                response.status_code,
                status_code,
                msg_prefix + "Response didn't redirect as expected: Response code was %d (expected %d)" % (response.status_code, status_code),
            )
            url = response.url
            scheme, netloc, path, query, fragment = urlsplit(url)
            if not path.startswith("/"):
                base = response.request["PATH_INFO"]
                base = base[: base.rfind("/") + 1]
                url = base + url
                path = base + path
            if fetch_redirect_response:
                domain = netloc.split(":")[0]
                if domain and domain != "testserver":
                    from django.conf import settings

                    if domain not in settings.ALLOWED_HOSTS and "*" not in settings.ALLOWED_HOSTS:
                        raise ValueError(
                            "The test client is unable to fetch remote URLs (got %s). "
                            "If the host is served by Django, add '%s' to ALLOWED_HOSTS. "
                            "Otherwise, use assertRedirects(..., fetch_redirect_response=False)." % (url, domain)
                        )
                redirect_response = response.client.get(path, dict(parse_qsl(query)), secure=(scheme == "https"))
                self.assertEqual(
                    redirect_response.status_code,
                    target_status_code,
                    msg_prefix + "Couldn't retrieve redirection page '%s': response code was %d (expected %d)"
                    % (path, redirect_response.status_code, target_status_code),
                )
        self.assertURLEqual(url, expected_url, msg_prefix + "Response redirected to '%s', expected '%s'" % (url, expected_url))

    def assertURLEqual(self, url1, url2, msg_prefix=""):
        def normalize(url):
            scheme, netloc, path, query, fragment = urlsplit(str(url))
            return urlunsplit((scheme, netloc, path, urlencode(sorted(parse_qsl(query))), fragment))

        if msg_prefix:
            msg_prefix += ": "
        self.assertEqual(normalize(url1), normalize(url2), msg_prefix + "Expected '%s' to equal '%s'." % (url1, url2))

    def _assert_contains(self, response, text, status_code, msg_prefix, html):
        if msg_prefix:
            msg_prefix += ": "
        self.assertEqual(
            response.status_code,
            status_code,
            msg_prefix + "Couldn't retrieve content: Response code was %d (expected %d)" % (response.status_code, status_code),
        )
        content = response.content
        content_repr = repr(content)
        if not isinstance(text, bytes) or html:
            text = str(text)
            content = content.decode()
            text_repr = "'%s'" % text
        else:
            text_repr = repr(text)
        if html:
            content = _normalise_html(content)
            text = _normalise_html(text)
        return text_repr, content.count(text), msg_prefix, content_repr

    def assertContains(self, response, text, count=None, status_code=200, msg_prefix="", html=False):
        text_repr, real_count, msg_prefix, content_repr = self._assert_contains(response, text, status_code, msg_prefix, html)
        if count is not None:
            self.assertEqual(
                real_count,
                count,
                "%sFound %d instances of %s (expected %d) in the following response\n%s" % (msg_prefix, real_count, text_repr, count, content_repr),
            )
        else:
            self.assertTrue(real_count != 0, "%sCouldn't find %s in the following response\n%s" % (msg_prefix, text_repr, content_repr))

    def assertNotContains(self, response, text, status_code=200, msg_prefix="", html=False):
        text_repr, real_count, msg_prefix, content_repr = self._assert_contains(response, text, status_code, msg_prefix, html)
        self.assertEqual(real_count, 0, "%s%s unexpectedly found in the following response\n%s" % (msg_prefix, text_repr, content_repr))

    def assertHTMLEqual(self, html1, html2, msg=None):
        if _normalise_html(html1) != _normalise_html(html2):
            standardMsg = "%s != %s" % (repr(html1), repr(html2))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertInHTML(self, needle, haystack, count=None, msg_prefix=""):
        if msg_prefix:
            msg_prefix += ": "
        real_count = _normalise_html(haystack).count(_normalise_html(needle))
        if count is not None:
            self.assertEqual(real_count, count, msg_prefix + "Found %d instances of '%s' (expected %d) in the following response\n'%s'" % (real_count, needle, count, haystack))
        else:
            self.assertTrue(real_count != 0, msg_prefix + "Couldn't find '%s' in the following response\n'%s'" % (needle, haystack))

    def _check_test_client_response(self, response, attribute, method_name):
        if not hasattr(response, attribute):
            raise ValueError("%s() is only usable on responses fetched using the Django test Client." % method_name)

    def _get_template_used(self, response, template_name, msg_prefix, method_name):
        if response is None and template_name is None:
            raise TypeError("response and/or template_name argument must be provided")
        if msg_prefix:
            msg_prefix += ": "
        if template_name is not None and response is not None:
            self._check_test_client_response(response, "templates", method_name)
        if not hasattr(response, "templates") or (response is None and template_name):
            if response:
                template_name = response
            return template_name, None, msg_prefix
        return None, [t.name for t in response.templates if t.name is not None], msg_prefix

    def _assert_template_used(self, template_name, template_names, msg_prefix, count):
        if not template_names:
            self.fail(msg_prefix + "No templates used to render the response")
        self.assertTrue(
            template_name in template_names,
            msg_prefix + "Template '%s' was not a template used to render the response. Actual template(s) used: %s"
            % (template_name, ", ".join(template_names)),
        )
        if count is not None:
            self.assertEqual(
                template_names.count(template_name),
                count,
                msg_prefix + "Template '%s' was expected to be rendered %d time(s) but was actually rendered %d time(s)."
                % (template_name, count, template_names.count(template_name)),
            )

    def assertTemplateUsed(self, response=None, template_name=None, msg_prefix="", count=None):
        cm_template, template_names, msg_prefix = self._get_template_used(response, template_name, msg_prefix, "assertTemplateUsed")
        if cm_template:
            return _AssertTemplateUsedContext(self, cm_template, msg_prefix, count)
        self._assert_template_used(template_name, template_names, msg_prefix, count)

    def assertTemplateNotUsed(self, response=None, template_name=None, msg_prefix=""):
        cm_template, template_names, msg_prefix = self._get_template_used(response, template_name, msg_prefix, "assertTemplateNotUsed")
        if cm_template:
            return _AssertTemplateNotUsedContext(self, cm_template, msg_prefix)
        self.assertFalse(template_name in template_names, msg_prefix + "Template '%s' was used unexpectedly in rendering the response" % template_name)

    def _assert_form_error(self, form, field, errors, msg_prefix, form_repr):
        if not form.is_bound:
            self.fail("%sThe %s is not bound, it will never have any errors." % (msg_prefix, form_repr))
        if field is not None and field not in form.fields:
            self.fail("%sThe %s does not contain the field %r." % (msg_prefix, form_repr, field))
        if field is None:
            field_errors = form.non_field_errors()
            failure_message = "The non-field errors of %s don't match." % form_repr
        else:
            field_errors = form.errors.get(field, [])
            failure_message = "The errors of field %r on %s don't match." % (field, form_repr)
        # An ErrorList is no list: unittest compares it without the list diff.
        self._baseAssertEqual(list(field_errors), errors, msg_prefix + failure_message)

    def assertFormError(self, form, field, errors, msg_prefix=""):
        if msg_prefix:
            msg_prefix += ": "
        self._assert_form_error(form, field, to_list(errors), msg_prefix, "form %r" % (form,))

    def assertRaisesMessage(self, expected_exception, expected_message, *args, **kwargs):
        test_case = self

        class _Context:
            def __enter__(self):
                self.inner = test_case.assertRaises(expected_exception)
                self.inner.__enter__()
                return self.inner

            def __exit__(self, exc_type, exc_value, tb):
                handled = self.inner.__exit__(exc_type, exc_value, tb)
                if handled:
                    test_case.assertIn(expected_message, str(self.inner.exception))
                return handled

        if not args:
            return _Context()
        callable_obj, *args = args
        with _Context():
            callable_obj(*args, **kwargs)

    def assertJSONEqual(self, raw, expected_data, msg=None):
        import json

        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            self.fail("First argument is not valid JSON: %r" % raw)
        if isinstance(expected_data, str):
            try:
                expected_data = json.loads(expected_data)
            except ValueError:
                self.fail("Second argument is not valid JSON: %r" % expected_data)
        self.assertEqual(data, expected_data, msg=msg)


class TransactionTestCase(SimpleTestCase):
    databases = {DEFAULT_DB_ALIAS}
    reset_sequences = False
    available_apps = None
    fixtures = None
    serialized_rollback = False

    def _post_teardown(self):
        # Django flushes every table after a TransactionTestCase.
        _flush()

    def assertQuerySetEqual(self, qs, values, transform=None, ordered=True, msg=None):
        values = list(values)
        items = qs
        if transform is not None:
            items = map(transform, items)
        if not ordered:
            return self.assertDictEqual(Counter(items), Counter(values), msg=msg)
        if len(values) > 1 and hasattr(qs, "ordered") and not qs.ordered:
            raise ValueError("Trying to compare non-ordered queryset against more than one ordered value.")
        return self.assertEqual(list(items), values, msg=msg)

    def assertNumQueries(self, num, func=None, *args, using=DEFAULT_DB_ALIAS, **kwargs):
        from django.db import connections

        context = _AssertNumQueriesContext(self, num, connections[using])
        if func is None:
            return context
        with context:
            func(*args, **kwargs)


class TestCase(TransactionTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        _begin()
        try:
            cls.setUpTestData()
        except Exception:
            _rollback()
            raise

    @classmethod
    def tearDownClass(cls):
        _rollback()
        super().tearDownClass()

    @classmethod
    def setUpTestData(cls):
        pass

    def _pre_setup(self):
        super()._pre_setup()
        _savepoint()

    def _post_teardown(self):
        _rollback_to()


def skipIfDBFeature(*features):
    return lambda test_func: test_func


def skipUnlessDBFeature(*features):
    return lambda test_func: test_func

