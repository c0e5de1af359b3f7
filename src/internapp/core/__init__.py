"""The domain: plain Python, usable from the CLI, tests or a server. Never imports PySide6 or matplotlib."""
