"""``internapp profile``: set, show as JSON, refuse bad values naming the field."""

import json

import pytest

from internapp.cli import run


@pytest.fixture
def cli(tmp_path, capsys):
    data = str(tmp_path / "data")

    def call(*argv):
        code = run([*argv, "--data-dir", data])
        out, err = capsys.readouterr()
        return code, out, err

    return call


def test_set_then_show_as_json(cli):
    code, out, _ = cli("profile", "show")
    assert code == 0 and "no profile yet" in out
    code, out, _ = cli("profile", "set", "--name", "Zoë Núñez", "--email", "zoe@example.org",
                       "--address", "Rua das Flores 12\\n2º Esq", "--city", "Lisboa",
                       "--postal-code", "1200-195", "--country", "Portugal", "--country-code",
                       "pt", "--tax-id", "PT123456789", "--link", "github.com/zoe",
                       "--link", "https://zoe.example.org/portfolio")
    assert code == 0 and "Zoë Núñez" in out
    code, out, _ = cli("profile", "show", "--json")
    shown = json.loads(out)
    assert shown["name"] == "Zoë Núñez" and shown["address"] == "Rua das Flores 12\n2º Esq"
    assert shown["country_code"] == "PT" and shown["tax_id"] == "PT123456789"
    assert shown["links"] == ["https://github.com/zoe", "https://zoe.example.org/portfolio"]
    cli("profile", "set", "--no-links", "--tax-id", "")
    shown = json.loads(cli("profile", "show", "--json")[1])
    assert shown["links"] == [] and shown["tax_id"] is None and shown["city"] == "Lisboa"


def test_a_bad_value_names_the_field_and_changes_nothing(cli):
    cli("profile", "set", "--name", "Zoë")
    code, _, err = cli("profile", "set", "--name", "Other", "--email", "not-an-address")
    assert code == 1
    assert err.strip() == "internapp: error: email: 'not-an-address' is not an email address"
    assert json.loads(cli("profile", "show", "--json")[1])["name"] == "Zoë"
