from pathlib import Path

from internapp.paths import DATA_DIR_ENV, resolve_paths


def test_explicit_data_dir_moves_every_location(tmp_path):
    paths = resolve_paths(tmp_path / "mine", environ={})
    for folder in (paths.data_dir, paths.config_dir, paths.cache_dir, paths.log_dir):
        assert folder.is_relative_to(tmp_path / "mine")
    assert paths.database == tmp_path / "mine" / "internapp.sqlite3"
    assert paths.backups_dir.parent == paths.data_dir


def test_environment_variable_is_used_when_no_argument(tmp_path):
    paths = resolve_paths(None, environ={DATA_DIR_ENV: str(tmp_path / "env")})
    assert paths.data_dir == (tmp_path / "env").resolve()


def test_argument_wins_over_environment(tmp_path):
    paths = resolve_paths(tmp_path / "arg", environ={DATA_DIR_ENV: str(tmp_path / "env")})
    assert paths.data_dir == (tmp_path / "arg").resolve()


def test_platformdirs_by_default():
    import platformdirs

    paths = resolve_paths(None, environ={})
    assert paths.data_dir == Path(platformdirs.user_data_dir("internapp", appauthor=False))
    assert paths.config_dir == Path(platformdirs.user_config_dir("internapp", appauthor=False))


def test_ensure_creates_the_folders(tmp_path):
    paths = resolve_paths(tmp_path / "new", environ={}).ensure()
    assert paths.data_dir.is_dir() and paths.config_dir.is_dir() and paths.log_dir.is_dir()
