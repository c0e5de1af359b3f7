import pytest

from internapp.core.safe_files import atomic_output
from internapp.core.services.errors import ValidationError
from internapp.core.store.errors import DiskFullError


def test_the_file_appears_only_complete(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("the previous export\n")
    with pytest.raises(RuntimeError), atomic_output(target) as handle:
        handle.write("half of it")
        raise RuntimeError("the exporter failed")
    assert target.read_text() == "the previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    with atomic_output(target) as handle:
        handle.write("all of it\n")
    assert target.read_text() == "all of it\n"


def test_a_missing_folder_or_a_folder_in_the_way_is_named(tmp_path):
    with pytest.raises(ValidationError, match="does not exist"), \
            atomic_output(tmp_path / "missing" / "x.csv"):
        pass
    with pytest.raises(ValidationError, match="is a folder"), atomic_output(tmp_path):
        pass


def test_a_full_disk_names_the_folder_and_the_space_and_leaves_nothing(small_disk):
    disk = small_disk("64k")
    target = disk / "export.json"
    target.write_text("kept\n")
    with pytest.raises(DiskFullError) as full, atomic_output(target) as handle:
        for _ in range(100):
            handle.write("x" * 4096)
    message = str(full.value)
    assert str(disk) in message and "free" in message and "at least" in message
    assert target.read_text() == "kept\n"
    assert [p.name for p in disk.iterdir()] == ["export.json"]
