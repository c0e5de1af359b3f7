"""The only code that touches keyring.

Passwords (the CalDAV calendar's, the sync server's, API keys for job boards) go to the operating
system's keyring, each under a (service, account) pair. When no usable keyring exists — keyring's
fail or null backend, a plaintext backend such as keyrings.alt, or a locked keyring — the call
raises SecretsUnavailable saying why, and nothing is written anywhere else: there is never a
plaintext fallback. A secret never appears in an error message either: a backend's own message is
passed on only with the secret blanked out, and then without the original exception attached.
"""

from dataclasses import dataclass

SERVICE = "internapp"

# Backends that store nothing, or store it in plain text.
_UNUSABLE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_HIDDEN = "•••"


class SecretsUnavailable(RuntimeError):
    """No secure keyring can be used, or it refused the request; the message says why."""


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str
    reason: str


def status() -> KeyringStatus:
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    reason = _why_unusable(backend)
    return KeyringStatus(usable=reason is None, backend=name, reason=reason or "ready")


# --- any (service, account) ----------------------------------------------------------------------


def store_password(service: str, account: str, password: str) -> None:
    """Keeps ``password`` for (service, account) in the system keyring, replacing the old one."""
    _check_names(service, account)
    if not isinstance(password, str) or not password:
        raise ValueError("password: must not be empty")
    backend = _usable_backend()
    try:
        backend.set_password(service, account, password)
        return
    except Exception as error:
        failure = _failure("the keyring refused to store the password", error, password)
    raise failure  # outside the handler: the original error is not attached as context


def get_password(service: str, account: str) -> str | None:
    """The password kept for (service, account), or None when there is none."""
    _check_names(service, account)
    backend = _usable_backend()
    try:
        return backend.get_password(service, account)
    except Exception as error:
        failure = _failure("the keyring could not be read", error)
    raise failure


def delete_password(service: str, account: str) -> None:
    """Forgets the password for (service, account); forgetting one that is not there is fine."""
    import keyring.errors

    _check_names(service, account)
    backend = _usable_backend()
    try:
        backend.delete_password(service, account)
        return
    except keyring.errors.PasswordDeleteError:
        return
    except Exception as error:
        failure = _failure("the keyring could not delete the password", error)
    raise failure


# --- internapp's own secrets (service "internapp") -----------------------------------------------


def get_secret(name: str) -> str | None:
    return get_password(SERVICE, name)


def set_secret(name: str, value: str) -> None:
    store_password(SERVICE, name, value)


def delete_secret(name: str) -> None:
    delete_password(SERVICE, name)


# --- internals -----------------------------------------------------------------------------------


def _check_names(service: str, account: str) -> None:
    for field, value in (("service", service), ("account", account)):
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{field}: must not be empty")


def _usable_backend():
    import keyring

    backend = keyring.get_keyring()
    reason = _why_unusable(backend)
    if reason:
        raise SecretsUnavailable(reason)
    return backend


def _why_unusable(backend) -> str | None:
    module = type(backend).__module__
    if module.startswith(_UNUSABLE_MODULES):
        if module.startswith("keyrings.alt"):
            return (f"the keyring backend {type(backend).__name__} (keyrings.alt) keeps secrets in "
                    "a plain file; internapp will not use it")
        return ("no system keyring is available (install and unlock GNOME Keyring, KWallet, "
                "macOS Keychain or Windows Credential Manager)")
    priority = getattr(backend, "priority", 1)
    if isinstance(priority, int | float) and priority <= 0:
        return f"the keyring backend {type(backend).__name__} is not usable on this system"
    return None


def _failure(what: str, error: Exception, secret: str | None = None) -> SecretsUnavailable:
    """The error to raise: the backend's message with ``secret`` blanked out. A message that had
    to be cleaned does not carry the original exception along (its text holds the secret)."""
    text = str(error).strip()
    leaked = secret is not None and secret != "" and any(
        secret in str(part) for part in (text, repr(error), *error.args))
    if leaked and secret:
        text = text.replace(secret, _HIDDEN)
    if "locked" in text.casefold():
        detail = f"the keyring is locked ({text}); unlock it and try again"
    else:
        detail = text or type(error).__name__
    failure = SecretsUnavailable(f"{what}: {detail}")
    if not leaked:
        failure.__cause__ = error
    return failure
