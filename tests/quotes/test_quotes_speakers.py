"""generator.speakers: speaker keys and the editors' registry (no model)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from generator.speakers import SpeakerRegistry, SpeakerRegistryError, speaker_key, strip_titles

REGISTRY = """\
# editors merge or rename speakers here
- name: Orla Pell
  aliases: [Orla Pel, Spokeswoman Orla Pell]
  role: Harbour Authority spokeswoman
  url: https://example.org/pell
- name: Velmora Harbour Authority
  aliases: [Harbour Authority]
  kind: organization
"""


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Mr. Tobias Wren", "tobias-wren"),
        ("TOBIAS WREN", "tobias-wren"),
        ("Mayor Tobias Wren", "tobias-wren"),
        ("Dr. Dara Quint's", "dara-quint"),
        ("Zoë Ñandú-Søby", "zoe-nandu-soby"),
        ("Łukasz Wróbel", "lukasz-wrobel"),
        ("Prime Minister Lio Banning", "lio-banning"),
        ("Secretary of State Ada Quill", "ada-quill"),
        ("State Department", "state-department"),
        ("General Motors", "general-motors"),
        ("US officials", "us-officials"),
        ("  Ilse   Farrow ", "ilse-farrow"),
    ],
)
def test_speaker_key_ignores_case_titles_diacritics_and_punctuation(name, key):
    assert speaker_key(name) == key


def test_strip_titles_keeps_a_bare_title():
    assert strip_titles("President") == "President"
    assert strip_titles("Ms. Orla Pell") == "Orla Pell"


def test_registry_missing_file_is_empty(tmp_path):
    registry = SpeakerRegistry.load(tmp_path / "speakers.yaml")
    assert len(registry) == 0
    assert registry.canonical("Orla  Pell") == "Orla Pell"
    assert registry.info("Orla Pell") is None


def test_registry_merges_aliases_and_gives_info(tmp_path):
    path = tmp_path / "speakers.yaml"
    path.write_text(REGISTRY, encoding="utf-8")
    registry = SpeakerRegistry.load(path)
    assert registry.canonical("Orla Pel") == "Orla Pell"
    assert registry.canonical("Ms. Orla Pell") == "Orla Pell"
    assert registry.key("spokeswoman orla pell") == "orla-pell"
    assert registry.info("Orla Pel").role == "Harbour Authority spokeswoman"
    assert registry.canonical("Harbour Authority") == "Velmora Harbour Authority"
    assert registry.canonical("Dara Quint") == "Dara Quint"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("- name: Orla Pell\n  alias: [Pell]\n", 2, "alias"),
        ("- name: Orla Pell\n- name: Dara Quint\n  aliases: Quint\n", 3, "aliases"),
        ("- name: Orla Pell\n- role: mayor\n", 2, "name"),
        ("name: Orla Pell\n", 1, "list of speakers"),
        ("- name: [unclosed\n", 2, "not valid YAML"),
        ("- name: Orla Pell\n- name: O. Pell\n  aliases: [Orla Pell]\n", 2, "already"),
    ],
)
def test_registry_errors_name_file_line_and_field(tmp_path, text, line, words):
    path = tmp_path / "speakers.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpeakerRegistryError) as err:
        SpeakerRegistry.load(path)
    message = str(err.value)
    assert message.startswith(f"{path}:{line}:"), message
    assert words in message


def test_empty_registry_file_is_empty(tmp_path):
    path = tmp_path / "speakers.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    assert len(SpeakerRegistry.load(path)) == 0


def test_speakers_module_does_not_import_spacy():
    code = ("import sys, generator.speakers as s; s.speaker_key('Mr. A B'); "
            "print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_name_in_another_script_still_gets_a_key():
    # '李明' and 'فاطمة الزهراء' had the empty key, so the site gave them no speaker page and
    # left them out of the speakers index, though their quotes were on the site.
    keys = {speaker_key(name) for name in ("李明", "王芳", "فاطمة الزهراء", "Ольга Петрова")}
    assert len(keys) == 4 and "" not in keys
    assert all(re.fullmatch(r"[a-z0-9-]+", key) for key in keys)
    assert speaker_key("Dr. 李明") == speaker_key(" 李明 ")
    assert speaker_key("—") == ""


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        # 'organisation' (a British desk's spelling) passed and made the ClaimReview author a
        # Person; a typo passed silently too.
        ("  kind: organisation\n", ["speakers[0].kind", "'person', 'organization' or 'group'"]),
        ("  kind: persn\n", ["speakers[0].kind", "'persn'"]),
        # a link without its scheme passed the check and was then left off the speaker page
        ("  url: www.pell.example\n", ["speakers[0].url", "not a web link", "https://"]),
        ("  url: javascript:alert(1)\n", ["speakers[0].url", "not a web link"]),
        # pydantic's "Extra inputs are not permitted" said nothing of the key or its fix
        ("  alias: [Pell]\n", ["speakers[0].alias", "unknown key 'alias'",
                               "did you mean 'aliases'?"]),
    ],
)
def test_registry_refuses_bad_kinds_links_and_keys_clearly(tmp_path, entry, words):
    path = tmp_path / "speakers.yaml"
    path.write_text("- name: Orla Pell\n" + entry, encoding="utf-8")
    with pytest.raises(SpeakerRegistryError) as err:
        SpeakerRegistry.load(path)
    message = str(err.value)
    assert message.startswith(f"{path}:2: "), message
    assert all(word in message for word in words), message
    assert "Value error" not in message  # pydantic's prefix for a validator's own words


def test_registry_yaml_error_is_one_line(tmp_path):
    # A tab printed PyYAML's four-line dump with '<unicode string>' and a caret.
    path = tmp_path / "speakers.yaml"
    path.write_text("- name: Orla Pell\n\taliases: [Pell]\n", encoding="utf-8")
    with pytest.raises(SpeakerRegistryError) as err:
        SpeakerRegistry.load(path)
    message = str(err.value)
    assert "\n" not in message and "<unicode string>" not in message
    assert message.startswith(f"{path}:2:") and "tab" in message, message


def test_registry_saved_in_a_windows_encoding_names_its_line(tmp_path):
    # 'Zoë' saved as cp1252 made factcheck check and the site build die with a traceback.
    path = tmp_path / "speakers.yaml"
    path.write_bytes("- name: Orla Pell\n- name: Zoë Lefèvre\n".encode("cp1252"))
    with pytest.raises(SpeakerRegistryError) as err:
        SpeakerRegistry.load(path)
    message = str(err.value)
    assert message.startswith(f"{path}:2: not UTF-8 text") and "save it as UTF-8" in message


def test_a_name_in_two_scripts_keeps_the_other_script_in_its_key():
    """QA pass 6: 'Yael יעל' and 'Yael מרים' both got the key 'yael' (the Hebrew dropped),
    so two people shared one page. The Latin part stays readable; a hash of the rest keeps
    them apart, and the same name keeps one key."""
    first, second = speaker_key("Yael יעל"), speaker_key("Yael מרים")
    assert first.startswith("yael-") and second.startswith("yael-") and first != second
    assert speaker_key("Dr. Yael יעל") == first
    assert re.fullmatch(r"[a-z0-9-]+", first)
    assert speaker_key("Ali محمد") != speaker_key("Ali")
    assert speaker_key("Émile Côté") == "emile-cote"
