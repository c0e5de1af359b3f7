"""Alembic reads env.py and the revisions as files: the migrations folder must be a real directory
in every install (checkout, wheel, PyInstaller bundle — packaging/verify_bundle.sh migrates a
store with the bundle itself)."""

from pathlib import Path

from internapp.core.store.migrate import migrations_dir


def test_the_migrations_are_files_in_a_real_directory():
    folder = Path(migrations_dir())
    assert folder.is_dir()
    assert (folder / "env.py").is_file()
    assert (folder / "script.py.mako").is_file()
    assert sorted(p.name[:4] for p in (folder / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))

