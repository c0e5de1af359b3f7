"""The field-level merge, without a server."""

from internapp.core.sync.merge import DELETED, Outgoing, ServerRow, merge, sole_writer

A, B = "a" * 32, "b" * 32


def _row(**cols):  # column -> (value, hlc, device, seq)
    return ServerRow({c: v[0] for c, v in cols.items()},
                     {c: [v[1], v[2], v[3]] for c, v in cols.items()})


def test_a_new_row_takes_every_column():
    row, lost = merge(None, Outgoing("contact", "1", {"name": "Ana"}, {"name": 10}),
                      device=A, cursor=0, seq=1)
    assert row.data == {"name": "Ana"} and row.clocks["name"] == [10, A, 1]
    assert lost == [] and sole_writer(row) == A


def test_different_fields_both_survive():
    server = _row(name=("Ana", 5, B, 3), title=("Mentor", 5, B, 3))
    row, lost = merge(server, Outgoing("contact", "1", {"notes": "hi"}, {"notes": 7}), device=A,
                      cursor=0, seq=4)
    assert row.data == {"name": "Ana", "title": "Mentor", "notes": "hi"}
    assert lost == [] and sole_writer(row) is None


def test_the_later_edit_wins_and_the_concurrent_loser_is_reported():
    server = _row(title=("Mentor", 9, B, 3))
    row, lost = merge(server, Outgoing("contact", "1", {"title": "Recruiter"}, {"title": 7}),
                      device=A, cursor=1, seq=4)
    assert row is None
    assert [(x.kept, x.lost, x.mine_lost) for x in lost] == [("Mentor", "Recruiter", True)]
    row, lost = merge(server, Outgoing("contact", "1", {"title": "Recruiter"}, {"title": 11}),
                      device=A, cursor=1, seq=4)
    assert row.data["title"] == "Recruiter"
    assert [(x.kept, x.lost, x.mine_lost) for x in lost] == [("Recruiter", "Mentor", False)]


def test_an_edit_made_after_seeing_the_other_is_no_conflict():
    server = _row(title=("Mentor", 9, B, 3))
    row, lost = merge(server, Outgoing("contact", "1", {"title": "Lead"}, {"title": 12}),
                      device=A, cursor=3, seq=4)  # device A had pulled seq 3
    assert row.data["title"] == "Lead" and lost == []


def test_sending_the_same_change_again_changes_nothing():
    out = Outgoing("contact", "1", {"title": "Lead"}, {"title": 12})
    row, _ = merge(None, out, device=A, cursor=0, seq=1)
    again, lost = merge(row, out, device=A, cursor=0, seq=2)
    assert again is None and lost == []


def test_a_deletion_is_final_and_an_edit_does_not_resurrect():
    server = _row(title=("Mentor", 9, B, 3))
    gone, lost = merge(server, Outgoing("contact", "1", deleted=20), device=A, cursor=3, seq=4)
    assert gone.deleted and gone.clocks[DELETED][0] == 20 and lost == []
    later_edit, lost = merge(gone, Outgoing("contact", "1", {"title": "X"}, {"title": 30}),
                             device=B, cursor=3, seq=5)
    assert later_edit is None  # still deleted
    assert [x.kind for x in lost] == ["deleted"]
    restored, _ = merge(gone, Outgoing("contact", "1", {"title": "Mentor"}, {"title": 40},
                                       restored=40), device=B, cursor=4, seq=6)
    assert not restored.deleted and restored.data == {"title": "Mentor"}


def test_ties_are_broken_by_the_device_id():
    server = _row(title=("from A", 9, A, 3))
    row, _ = merge(server, Outgoing("contact", "1", {"title": "from B"}, {"title": 9}),
                   device=B, cursor=0, seq=4)
    assert row.data["title"] == "from B"  # B > A
