"""Records the page Django 5.2 shows at / while DEBUG is on and the URLconf is empty.

Usage: python3 scripts/record-django/default-urlconf.py
Runs under DJANGO_PYTHON (see recorder.py). django.views.debug.default_urlconf renders the
same bytes for every request of a given Django version and language (English here, the
LANGUAGE_CODE startproject writes), so the sandbox serves this recording as it is:
sandbox/framework/views/default-urlconf.json. The views recordings (views-cases/default-urlconf)
check it through the request handler.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from recorder import ROOT, ensure_django_python, versions  # noqa: E402

ensure_django_python()

import django  # noqa: E402
from django.conf import settings  # noqa: E402

settings.configure(DEBUG=True, ALLOWED_HOSTS=['*'], LANGUAGE_CODE='en-us', USE_I18N=True)
django.setup()

from django.test import RequestFactory  # noqa: E402
from django.views.debug import default_urlconf  # noqa: E402

response = default_urlconf(RequestFactory().get('/'))
out = os.path.join(ROOT, 'sandbox', 'framework', 'views', 'default-urlconf.json')
with open(out, 'w') as f:
    json.dump({'recordedWith': versions(), 'contentType': response['Content-Type'], 'body': response.content.decode()}, f, indent=1, ensure_ascii=False)
    f.write('\n')
print('wrote', os.path.relpath(out, ROOT), len(response.content), 'bytes')
