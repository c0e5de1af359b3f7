"""The only code that touches keyring.

Secrets (future sync tokens, API keys for job boards) go to the operating system's keyring. When no
usable keyring exists — keyring's fail or null backend, a plaintext backend such as keyrings.alt,
or a locked keyring — the call raises SecretsUnavailable saying why, and nothing is written
anywhere else: there is never a plaintext fallback.
"""

from dataclasses import dataclass

SERVICE = "internapp"

# Backends that store nothing, or store it in plain text.
_UNUSABLE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


class SecretsUnavailable(RuntimeError):
    """No secure keyring can be used; the message says why."""


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


def get_secret(name: str) -> str | None:
    backend = _usable_backend()
    try:
        return backend.get_password(SERVICE, name)
    except Exception as error:
        raise SecretsUnavailable(f"the keyring could not be read: {_describe(error)}") from error


def set_secret(name: str, value: str) -> None:
    backend = _usable_backend()
    try:
        backend.set_password(SERVICE, name, value)
    except Exception as error:
        raise SecretsUnavailable(f"the keyring refused to store the secret: {_describe(error)}") \
            from error


def delete_secret(name: str) -> None:
    import keyring.errors

    backend = _usable_backend()
    try:
        backend.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        return
    except Exception as error:
        raise SecretsUnavailable(f"the keyring could not delete the secret: {_describe(error)}") \
            from error


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


def _describe(error: Exception) -> str:
    text = str(error).strip()
    if "locked" in text.casefold():
        return f"the keyring is locked ({text}); unlock it and try again"
    return text or type(error).__name__
