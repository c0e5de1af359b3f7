"""How long the user has not touched the machine, where the platform says:

- X11: the MIT-SCREEN-SAVER extension (libXss), through ctypes;
- GNOME on Wayland: Mutter's IdleMonitor on the session bus;
- Windows: GetLastInputInfo;
- macOS: the HID system's HIDIdleTime (``ioreg``).

``IdleClock().seconds()`` is None where none of these answers; the timer then falls back on noticing
that the machine slept (core/services/timer.WakeWatch).
"""

import ctypes
import ctypes.util
import os
import re
import subprocess
import sys


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [("window", ctypes.c_ulong), ("state", ctypes.c_int), ("kind", ctypes.c_int),
                ("til_or_since", ctypes.c_ulong), ("idle", ctypes.c_ulong),
                ("eventMask", ctypes.c_ulong)]


class X11Idle:
    """One connection to the X display, kept open: the server restarts its idle count when a
    client disconnects, so asking through a fresh connection each time would always say ~0."""

    def __init__(self, display_name: str | None = None) -> None:
        self._display = None
        display_name = display_name or os.environ.get("DISPLAY")
        xlib_path, xss_path = ctypes.util.find_library("X11"), ctypes.util.find_library("Xss")
        if not display_name or not xlib_path or not xss_path:
            return
        try:
            self._xlib, self._xss = ctypes.CDLL(xlib_path), ctypes.CDLL(xss_path)
        except OSError:
            return
        xlib, xss = self._xlib, self._xss
        xlib.XOpenDisplay.restype = ctypes.c_void_p
        xlib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        xlib.XDefaultRootWindow.restype = ctypes.c_ulong
        xlib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        xlib.XCloseDisplay.argtypes = [ctypes.c_void_p]
        xlib.XFree.argtypes = [ctypes.c_void_p]
        xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int)]
        xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        xss.XScreenSaverQueryInfo.argtypes = [ctypes.c_void_p, ctypes.c_ulong,
                                              ctypes.POINTER(_XScreenSaverInfo)]
        display = xlib.XOpenDisplay(display_name.encode())
        if not display:
            return
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(display, ctypes.byref(event_base),
                                              ctypes.byref(error_base)):
            xlib.XCloseDisplay(display)
            return
        self._display = display
        self._root = xlib.XDefaultRootWindow(display)
        self._info = xss.XScreenSaverAllocInfo()

    @property
    def available(self) -> bool:
        return self._display is not None

    def seconds(self) -> float | None:
        if self._display is None:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return self._info.contents.idle / 1000

    def close(self) -> None:
        if self._display is not None:
            self._xlib.XFree(self._info)
            self._xlib.XCloseDisplay(self._display)
            self._display = None


def mutter_idle_seconds() -> float | None:  # pragma: no cover - GNOME on Wayland
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return None
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from jeepney.wrappers import unwrap_msg

        target = DBusAddress("/org/gnome/Mutter/IdleMonitor/Core",
                             bus_name="org.gnome.Mutter.IdleMonitor",
                             interface="org.gnome.Mutter.IdleMonitor")
        with open_dbus_connection(bus="SESSION") as conn:
            reply = conn.send_and_get_reply(new_method_call(target, "GetIdletime"), timeout=2)
            return unwrap_msg(reply)[0] / 1000
    except Exception:
        return None


def windows_idle_seconds() -> float | None:  # pragma: no cover - Windows
    class LastInputInfo(ctypes.Structure):
        _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint)]

    info = LastInputInfo(ctypes.sizeof(LastInputInfo), 0)
    user32, kernel32 = ctypes.windll.user32, ctypes.windll.kernel32  # type: ignore[attr-defined]
    if not user32.GetLastInputInfo(ctypes.byref(info)):
        return None
    return ((kernel32.GetTickCount() - info.dwTime) & 0xFFFFFFFF) / 1000


def macos_idle_seconds() -> float | None:  # pragma: no cover - macOS
    try:
        out = subprocess.run(["ioreg", "-c", "IOHIDSystem", "-d", "4"], capture_output=True,
                             text=True, timeout=5, check=False).stdout
    except OSError:
        return None
    found = re.search(r'"HIDIdleTime"\s*=\s*(\d+)', out)
    return int(found.group(1)) / 1e9 if found else None


class IdleClock:
    """Seconds since the last keyboard or mouse input (``seconds()``), or None where the
    platform cannot say. Keep one for as long as it is asked (it holds the X connection)."""

    def __init__(self) -> None:
        self._x11 = X11Idle() if sys.platform not in ("win32", "darwin") else None

    def seconds(self) -> float | None:
        if sys.platform == "win32":  # pragma: no cover
            return windows_idle_seconds()
        if sys.platform == "darwin":  # pragma: no cover
            return macos_idle_seconds()
        if self._x11 is not None and self._x11.available:
            return self._x11.seconds()
        return mutter_idle_seconds()

    def close(self) -> None:
        if self._x11 is not None:
            self._x11.close()
