from django.contrib.auth.hashers import PBKDF2PasswordHasher


class QuickPBKDF2PasswordHasher(PBKDF2PasswordHasher):
    """Few rounds, so that logging in is quick in a recording."""

    iterations = 1000
