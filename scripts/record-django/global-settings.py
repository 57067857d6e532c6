#!/usr/bin/env python3
"""Record Django 5.2's global setting defaults (django.conf.global_settings) as JSON.

    DJANGO_PYTHON=.venv-django/bin/python python3 scripts/record-django/global-settings.py

runs the Python named by DJANGO_PYTHON (default .venv-django/bin/python, a virtualenv
with Django 5.2 installed) and writes
sandbox/framework/__fixtures__/django52/settings/global_settings.json: every upper-case name
whose value is plain data (None, bools, numbers, strings, lists, dicts; a tuple is written as
{"__tuple__": [...]}, so it comes back a tuple). Anything else is left out, with its name in
"skipped".
"""
import json
import os
import subprocess
import sys

PROBE = r'''
import json
from django.conf import global_settings

skipped = []

def plain(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, tuple):
        return {"__tuple__": [plain(v) for v in value]}
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {k: plain(v) for k, v in value.items()}
    raise TypeError(type(value).__name__)

out = {}
for name in dir(global_settings):
    if not name.isupper():
        continue
    try:
        out[name] = plain(getattr(global_settings, name))
    except TypeError:
        skipped.append(name)
import django
print(json.dumps({"django": django.get_version(), "settings": out, "skipped": skipped}, indent=1, sort_keys=True, ensure_ascii=False))
'''

python = os.environ.get('DJANGO_PYTHON', '.venv-django/bin/python')
text = subprocess.run([python, '-c', PROBE], check=True, capture_output=True, text=True).stdout
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'sandbox', 'framework', '__fixtures__', 'django52', 'settings', 'global_settings.json')
os.makedirs(os.path.dirname(out), exist_ok=True)
with open(out, 'w', encoding='utf-8') as f:
    f.write(text)
print(f'wrote {os.path.relpath(out)}', file=sys.stderr)
