# django.contrib.auth.hashers, run by the sandbox's Python. The key derivation and digests
# are the framework's (_pbkdf2, _md5_hex): natively where the platform has PBKDF2.
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

UNUSABLE_PASSWORD_PREFIX = "!"
UNUSABLE_PASSWORD_SUFFIX_LENGTH = 40
RANDOM_STRING_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
# log2(len(RANDOM_STRING_CHARS)): the entropy of one salt character (math is loaded lazily).
_BITS_PER_CHAR = 5.954196310386876

_DEFAULT_HASHERS = [
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.BCryptSHA256PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]


def _text(value):
    if isinstance(value, bytes):
        return value.decode()
    return value


def is_password_usable(encoded):
    return encoded is None or not encoded.startswith(UNUSABLE_PASSWORD_PREFIX)


def verify_password(password, encoded, preferred="default"):
    if password is None or not is_password_usable(encoded):
        return False, False
    preferred = get_hasher(preferred)
    try:
        hasher = identify_hasher(encoded)
    except ValueError:
        return False, False
    hasher_changed = hasher.algorithm != preferred.algorithm
    must_update = hasher_changed or preferred.must_update(encoded)
    is_correct = hasher.verify(password, encoded)
    return is_correct, must_update


def check_password(password, encoded, setter=None, preferred="default"):
    is_correct, must_update = verify_password(password, encoded, preferred=preferred)
    if setter and is_correct and must_update:
        setter(password)
    return is_correct


async def acheck_password(password, encoded, setter=None, preferred="default"):
    return check_password(password, encoded, setter, preferred)


def make_password(password, salt=None, hasher="default"):
    if password is None:
        return UNUSABLE_PASSWORD_PREFIX + _random_string(UNUSABLE_PASSWORD_SUFFIX_LENGTH)
    if not isinstance(password, (bytes, str)):
        raise TypeError(
            "Password must be a string or bytes, got %s." % type(password).__qualname__
        )
    hasher = get_hasher(hasher)
    salt = salt or hasher.salt()
    return hasher.encode(password, salt)


def get_hashers():
    hashers = []
    for hasher_path in getattr(settings, "PASSWORD_HASHERS", _DEFAULT_HASHERS):
        hasher_cls = _import_string(hasher_path)
        hasher = hasher_cls()
        if not getattr(hasher, "algorithm"):
            raise ImproperlyConfigured(
                "hasher doesn't specify an algorithm name: %s" % hasher_path
            )
        hashers.append(hasher)
    return hashers


def get_hashers_by_algorithm():
    return {hasher.algorithm: hasher for hasher in get_hashers()}


def get_hasher(algorithm="default"):
    if hasattr(algorithm, "algorithm"):
        return algorithm
    elif algorithm == "default":
        return get_hashers()[0]
    else:
        hashers = get_hashers_by_algorithm()
        try:
            return hashers[algorithm]
        except KeyError:
            raise ValueError(
                "Unknown password hashing algorithm '%s'. "
                "Did you specify it in the PASSWORD_HASHERS "
                "setting?" % algorithm
            )


def identify_hasher(encoded):
    if (len(encoded) == 32 and "$" not in encoded) or (
        len(encoded) == 37 and encoded.startswith("md5$$")
    ):
        algorithm = "unsalted_md5"
    elif len(encoded) == 46 and encoded.startswith("sha1$$"):
        algorithm = "unsalted_sha1"
    else:
        algorithm = encoded.split("$", 1)[0]
    return get_hasher(algorithm)


def mask_hash(hash, show=6, char="*"):
    masked = hash[:show]
    masked += char * len(hash[show:])
    return masked


def must_update_salt(salt, expected_entropy):
    return len(salt) * _BITS_PER_CHAR < expected_entropy


class BasePasswordHasher:
    algorithm = None
    library = None
    salt_entropy = 128

    def _load_library(self):
        if self.library is not None:
            name = self.library[0] if isinstance(self.library, (tuple, list)) else self.library
            raise ValueError(
                "Couldn't load %r algorithm library: No module named '%s'"
                % (self.__class__.__name__, name)
            )
        raise ValueError(
            "Hasher %r doesn't specify a library attribute" % self.__class__.__name__
        )

    def salt(self):
        char_count = int(-(-self.salt_entropy // _BITS_PER_CHAR))
        return _random_string(char_count)

    def verify(self, password, encoded):
        raise NotImplementedError(
            "subclasses of BasePasswordHasher must provide a verify() method"
        )

    def _check_encode_args(self, password, salt):
        if password is None:
            raise TypeError("password must be provided.")
        if not salt or "$" in salt:
            raise ValueError("salt must be provided and cannot contain $.")

    def encode(self, password, salt):
        raise NotImplementedError(
            "subclasses of BasePasswordHasher must provide an encode() method"
        )

    def decode(self, encoded):
        raise NotImplementedError(
            "subclasses of BasePasswordHasher must provide a decode() method."
        )

    def safe_summary(self, encoded):
        raise NotImplementedError(
            "subclasses of BasePasswordHasher must provide a safe_summary() method"
        )

    def must_update(self, encoded):
        return False

    def harden_runtime(self, password, encoded):
        pass


class PBKDF2PasswordHasher(BasePasswordHasher):
    algorithm = "pbkdf2_sha256"
    iterations = 1000000
    _digest = "SHA-256"

    def encode(self, password, salt, iterations=None):
        self._check_encode_args(password, salt)
        iterations = iterations or self.iterations
        hash = _pbkdf2(self._digest, password, salt, iterations)
        return "%s$%d$%s$%s" % (self.algorithm, iterations, salt, hash)

    def decode(self, encoded):
        algorithm, iterations, salt, hash = encoded.split("$", 3)
        assert algorithm == self.algorithm
        return {
            "algorithm": algorithm,
            "hash": hash,
            "iterations": int(iterations),
            "salt": salt,
        }

    def verify(self, password, encoded):
        decoded = self.decode(encoded)
        encoded_2 = self.encode(password, decoded["salt"], decoded["iterations"])
        return _compare_digest(encoded.encode(), encoded_2.encode())

    def safe_summary(self, encoded):
        decoded = self.decode(encoded)
        return {
            "algorithm": decoded["algorithm"],
            "iterations": decoded["iterations"],
            "salt": mask_hash(decoded["salt"]),
            "hash": mask_hash(decoded["hash"]),
        }

    def must_update(self, encoded):
        decoded = self.decode(encoded)
        update_salt = must_update_salt(decoded["salt"], self.salt_entropy)
        return (decoded["iterations"] != self.iterations) or update_salt


class PBKDF2SHA1PasswordHasher(PBKDF2PasswordHasher):
    algorithm = "pbkdf2_sha1"
    _digest = "SHA-1"


class Argon2PasswordHasher(BasePasswordHasher):
    algorithm = "argon2"
    library = "argon2-cffi"

    def encode(self, password, salt):
        self._load_library()

    def verify(self, password, encoded):
        self._load_library()

    def decode(self, encoded):
        self._load_library()


class BCryptSHA256PasswordHasher(BasePasswordHasher):
    algorithm = "bcrypt_sha256"
    library = ("bcrypt", "bcrypt")

    def salt(self):
        self._load_library()

    def encode(self, password, salt):
        self._load_library()

    def verify(self, password, encoded):
        self._load_library()

    def decode(self, encoded):
        self._load_library()


class BCryptPasswordHasher(BCryptSHA256PasswordHasher):
    algorithm = "bcrypt"


class ScryptPasswordHasher(BasePasswordHasher):
    algorithm = "scrypt"

    def encode(self, password, salt, n=None, r=None, p=None):
        raise NotImplementedError("The sandbox does not run the scrypt password hasher.")

    def verify(self, password, encoded):
        raise NotImplementedError("The sandbox does not run the scrypt password hasher.")

    def decode(self, encoded):
        algorithm, work_factor, salt, block_size, parallelism, hash = encoded.split("$", 6)
        assert algorithm == self.algorithm
        return {
            "algorithm": algorithm,
            "block_size": int(block_size),
            "hash": hash,
            "parallelism": int(parallelism),
            "salt": salt,
            "work_factor": int(work_factor),
        }


class MD5PasswordHasher(BasePasswordHasher):
    algorithm = "md5"

    def encode(self, password, salt):
        self._check_encode_args(password, salt)
        hash = _md5_hex(salt + _text(password))
        return "%s$%s$%s" % (self.algorithm, salt, hash)

    def decode(self, encoded):
        algorithm, salt, hash = encoded.split("$", 2)
        assert algorithm == self.algorithm
        return {"algorithm": algorithm, "hash": hash, "salt": salt}

    def verify(self, password, encoded):
        decoded = self.decode(encoded)
        encoded_2 = self.encode(password, decoded["salt"])
        return _compare_digest(encoded.encode(), encoded_2.encode())

    def safe_summary(self, encoded):
        decoded = self.decode(encoded)
        return {
            "algorithm": decoded["algorithm"],
            "salt": mask_hash(decoded["salt"], show=2),
            "hash": mask_hash(decoded["hash"]),
        }

    def must_update(self, encoded):
        decoded = self.decode(encoded)
        return must_update_salt(decoded["salt"], self.salt_entropy)
