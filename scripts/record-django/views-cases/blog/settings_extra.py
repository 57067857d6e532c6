MIDDLEWARE = [m for m in MIDDLEWARE if 'csrf' not in m.lower()]
