"""internapp — an offline-first desktop tracker for micro-internships."""

# The one place the version is written: pyproject.toml reads it from here (setuptools' attr:
# without importing the package), and ``internapp --version`` prints it without loading
# importlib.metadata.
__version__ = "0.1.0"
