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


def test_check_target_names_the_extension_and_a_folder_that_cannot_be_written(tmp_path):
    from internapp.core.safe_files import check_target

    with pytest.raises(ValidationError, match=r"file: 'cv\.txt' must end in \.pdf or \.csv"):
        check_target(tmp_path / "cv.txt", (".pdf", ".csv"))
    assert check_target(tmp_path / "CV.PDF", (".pdf",)) == tmp_path / "CV.PDF"


def test_a_folder_writer_puts_the_file_and_its_folder_in_place_together(tmp_path):
    from internapp.core.safe_files import FolderWriter

    page = tmp_path / "me.html"
    with FolderWriter(page, "me_files") as out:
        (out.folder / "radar.svg").write_text("<svg/>")
        assert not page.exists() and not (tmp_path / "me_files").exists()
        out.commit(b"<html>first</html>")
    assert page.read_bytes() == b"<html>first</html>"
    assert [p.name for p in (tmp_path / "me_files").iterdir()] == ["radar.svg"]
    with pytest.raises(RuntimeError), FolderWriter(page, "me_files") as out:
        (out.folder / "half.svg").write_text("<svg")
        raise RuntimeError("the exporter failed")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["me.html", "me_files"]
    assert [p.name for p in (tmp_path / "me_files").iterdir()] == ["radar.svg"]


def test_a_folder_writer_on_a_full_disk_names_it_and_keeps_the_earlier_export(small_disk):
    from internapp.core.safe_files import FolderWriter

    disk = small_disk("256k")
    page = disk / "me.html"
    with FolderWriter(page, "me_files") as out:
        (out.folder / "radar.svg").write_text("<svg/>")
        out.commit(b"<html>kept</html>")
    with pytest.raises(DiskFullError) as full, FolderWriter(page, "me_files") as out:
        (out.folder / "evidence.bin").write_bytes(b"x" * 1024 * 1024)
        out.commit(b"<html>new</html>")
    assert str(disk) in str(full.value)
    assert page.read_bytes() == b"<html>kept</html>"
    assert sorted(p.name for p in disk.iterdir()) == ["me.html", "me_files"]
