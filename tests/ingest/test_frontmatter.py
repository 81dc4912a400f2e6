"""Front matter and sidecars: values are checked and errors name file, line and field."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.ingest import IngestError, read_article
from generator.ingest.frontmatter import parse_metadata, split_front_matter


def test_split_returns_yaml_and_body_without_leading_blank_lines():
    yaml_text, body = split_front_matter("---\ntitle: A\n---\n\n\nHeadline\n\nBody.\n", "a.txt")
    assert yaml_text == "title: A"
    assert body == "Headline\n\nBody.\n"


def test_text_without_front_matter_is_untouched():
    text = "Headline\n---\nNot front matter\n"
    assert split_front_matter(text, "a.txt") == (None, text)


def test_unclosed_front_matter_names_line_one():
    with pytest.raises(IngestError) as err:
        split_front_matter("---\ntitle: A\n\nBody.\n", "seeds/a.txt")
    assert str(err.value) == "seeds/a.txt:1: front matter: opening '---' has no closing '---'"


def test_values_are_typed():
    values = parse_metadata(
        "title: ' Harbor vote '\nauthor: [Maren Kolstad, Tomas Brevik]\n"
        "published: 2024-05-02\nurl: https://courier.example/a\nid: harbor-vote\ndateline: null\n",
        "a.txt",
    )
    assert values == {
        "title": "Harbor vote",
        "author": "Maren Kolstad and Tomas Brevik",
        "published": dt.date(2024, 5, 2),
        "url": "https://courier.example/a",
        "id": "harbor-vote",
    }


def test_quoted_date_and_datetime_become_dates():
    assert parse_metadata("published: '2024-05-02'", "a")["published"] == dt.date(2024, 5, 2)
    stamp = parse_metadata("published: 2024-05-02T08:30:00Z", "a")["published"]
    assert stamp == dt.date(2024, 5, 2)



@pytest.mark.parametrize(("value", "day"), [
    ("2026-03-01T23:30:00-05:00", dt.date(2026, 3, 1)),  # the day on the writer's clock
    ("'Sun, 01 Mar 2026 23:30:00 EST'", dt.date(2026, 3, 1)),  # an RSS feed's pubDate
    ("'Sun, 01 Mar 2026 23:30:00 -0500'", dt.date(2026, 3, 1)),
    ("Mon, 2 Mar 2026 04:30:00 GMT", dt.date(2026, 3, 2)),
])
def test_a_date_with_a_time_and_zone_is_the_day_it_names(value, day):
    """A CMS export writes the RSS form (RFC 2822); saved pages with it were read, front
    matter and sidecars refused the article ('expected a date YYYY-MM-DD')."""
    assert parse_metadata(f"published: {value}", "a")["published"] == day

@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("title: A\npublished: 2023-02-30\n", "a.txt:3: published: not a valid value"),
        ("title: A\npublished: next Tuesday\n", "a.txt:3: published: expected a date YYYY-MM-DD"),
        ("title: A\npubished: 2023-03-01\n",
         "a.txt:3: pubished: unknown key (did you mean 'published'?); allowed: title"),
        ("title: A\n\tpublished: 2023-03-01\n",
         "a.txt:3: front matter: not valid YAML: found character '\\t' that cannot start any "
         "token; indent with spaces, not a tab"),
        ("title: A\ntitle: B\n", "a.txt:3: title: duplicate key"),
        ("title: [A, 3]\n", "a.txt:2: title: expected non-empty text"),
        ("url: courier.example/a\n", "a.txt:2: url: expected an http(s):// URL"),
        ("id: Harbor Vote\n", "a.txt:2: id: expected lower-case letters"),
        ("title: A\nauthor: [unclosed\n", "a.txt:4: front matter: not valid YAML"),
        ("- a list\n", "a.txt:2: front matter: expected a mapping"),
        ("title: !!python/object/apply:os.system [echo]\n",
         "a.txt:2: front matter: not valid YAML"),
    ],
)
def test_bad_front_matter_names_file_line_and_field(yaml_text, expected):
    with pytest.raises(IngestError) as err:
        parse_metadata(yaml_text, "a.txt", first_line=2, part="front matter")
    assert str(err.value).startswith(expected)


def test_error_from_a_real_file_counts_lines_from_the_top(write):
    path = write("bad.txt", "---\ntitle: Harbor vote\npublished: 2024-13-01\n---\n\nBody.\n")
    with pytest.raises(IngestError) as err:
        read_article(path)
    assert (err.value.line, err.value.field) == (3, "published")
    assert str(err.value).startswith(f"{path.as_posix()}:3: published:")


def test_bad_sidecar_names_the_sidecar(write):
    write("story.txt", "Harbor vote\n\nPORT ELLIS — The council voted.\n")
    sidecar = write("story.meta.yaml", "# desk notes\ntitle: Harbor vote\nauthor: 42\n")
    with pytest.raises(IngestError) as err:
        read_article(sidecar.with_name("story.txt"))
    assert str(err.value) == f"{sidecar.as_posix()}:3: author: expected non-empty text, got 42"


def test_a_missing_colon_in_front_matter_names_its_own_line(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Harbor wall vote\nauthor Maren Kolstad\npublished: 2024-05-02\n"
                    "---\nThe council voted.\n", encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        read_article(path)
    assert caught.value.line == 3
    assert "write 'author: Maren Kolstad'" in str(caught.value)
