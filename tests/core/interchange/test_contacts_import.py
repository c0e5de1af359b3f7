from pathlib import Path

import pytest
from sqlmodel import func, select

from internapp.core.interchange import contacts_import, linkedin, vcard
from internapp.core.interchange.contacts_import import ImportCancelled
from internapp.core.models import Contact, Organization

FIXTURES = Path(__file__).with_name("fixtures")


def _count(store, model):
    with store.read() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_the_plan_lists_who_is_created_and_who_is_known(store):
    linkedin.run_import(store, FIXTURES / "Connections.csv", dry_run=False)
    plan = contacts_import.run_plan(store, "vcard", FIXTURES / "apple-contacts-3.0.vcf",
                                    vcard.read_file, dry_run=True)
    assert [p.name for p in plan.create] == ["Dr. Amara Okafor", "مريم الحسيني", "Zoë 🚀 Ng",
                                              "Thị Hương Nguyễn"]
    assert plan.create[0].emails == ["amara.okafor@northwind.example", "amara.o@mail.example"]
    assert plan.known == []
    again = contacts_import.run_plan(store, "linkedin", FIXTURES / "Connections.csv",
                                     linkedin.read_file, dry_run=True)
    assert [(k.name, k.why, k.existing) for k in again.known][:1] == [
        ("Maya Okafor", "same LinkedIn profile", "Maya Okafor")]


@pytest.mark.parametrize("dry_run", [True, False])
def test_cancelling_writes_nothing(store, dry_run):
    calls = []

    def cancel_on_the_third_check():
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(ImportCancelled):
        linkedin.run_import(store, FIXTURES / "Connections.csv", dry_run,
                            should_cancel=cancel_on_the_third_check)
    assert (_count(store, Contact), _count(store, Organization)) == (0, 0)
