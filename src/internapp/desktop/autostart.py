"""The login item that starts the background reminder process (``internapp remind --watch``) when
the user logs in. Off by default; Settings → Notifications switches it.

- Linux and other XDG desktops: a .desktop file in ``$XDG_CONFIG_HOME/autostart``;
- Windows: a value under HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run;
- macOS: a LaunchAgent property list in ~/Library/LaunchAgents.

The command is this very installation: the bundle's executable, or this Python with ``-m
internapp``; a data folder chosen with --data-dir (or INTERNAPP_DATA_DIR) is passed along.
"""

import contextlib
import os
import plistlib
import sys
from pathlib import Path

ENTRY_ID = "io.github.internapp.InternApp.Reminders"
RUN_VALUE = "internapp reminders"


def command(data_dir: Path | None = None) -> list[str]:
    """What the login item runs."""
    base = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m",
                                                                   "internapp"]
    argv = [*base, "remind", "--watch"]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    return argv


def location() -> Path:
    """Where the login item lives on this platform (the registry key on Windows)."""
    if sys.platform == "darwin":  # pragma: no cover
        return Path.home() / "Library" / "LaunchAgents" / f"{ENTRY_ID}.plist"
    if sys.platform == "win32":  # pragma: no cover
        return Path(r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run") / RUN_VALUE
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{ENTRY_ID}.desktop"


def is_enabled() -> bool:
    if sys.platform == "win32":  # pragma: no cover
        return _windows_value() is not None
    return location().is_file()


def enable(data_dir: Path | None = None) -> Path:
    """Adds (or refreshes) the login item; returns where it is."""
    argv = command(data_dir)
    path = location()
    if sys.platform == "win32":  # pragma: no cover
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER,
                            r"Software\Microsoft\Windows\CurrentVersion\Run", 0,
                            winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ,
                              " ".join(f'"{a}"' if " " in a else a for a in argv))
        return path
    if sys.platform == "darwin":  # pragma: no cover
        data = plistlib.dumps({"Label": ENTRY_ID, "ProgramArguments": argv, "RunAtLoad": True,
                               "KeepAlive": False, "ProcessType": "Background"})
    else:
        data = desktop_entry(argv).encode()
    _write_atomically(path, data)
    return path


def disable() -> None:
    if sys.platform == "win32":  # pragma: no cover
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER,
                            r"Software\Microsoft\Windows\CurrentVersion\Run", 0,
                            winreg.KEY_SET_VALUE) as key, contextlib.suppress(FileNotFoundError):
            winreg.DeleteValue(key, RUN_VALUE)
        return
    location().unlink(missing_ok=True)


def desktop_entry(argv: list[str]) -> str:
    """The XDG autostart entry (the desktop entry specification's quoting for Exec)."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=internapp reminders",
        "Comment=Delivers internapp's reminders while the window is closed",
        f"Exec={' '.join(_exec_quote(a) for a in argv)}",
        "Icon=io.github.internapp.InternApp",
        "Terminal=false",
        "NoDisplay=true",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def _exec_quote(argument: str) -> str:
    if argument and all(c.isalnum() or c in "-_./:=@+,%" for c in argument):
        return argument
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in argument)
    return f'"{escaped}"'


def _write_atomically(path: Path, data: bytes) -> None:
    from internapp.core.safe_files import atomic_output

    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(path, "wb") as handle:
        handle.write(data)


def _windows_value() -> str | None:  # pragma: no cover - Windows
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER,
                            r"Software\Microsoft\Windows\CurrentVersion\Run") as key:
            return winreg.QueryValueEx(key, RUN_VALUE)[0]
    except FileNotFoundError:
        return None


__all__ = ["command", "disable", "enable", "is_enabled", "location"]
