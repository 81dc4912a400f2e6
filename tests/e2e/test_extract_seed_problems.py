"""``factcheck extract`` over a seeds folder where some files are bad or collide."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

ARTICLE = "Hospital waiting times fall\n\nPublished: March 3, 2025\n\n" \
          "Waiting times fell for the third month in a row, the trust said on Friday.\n"


def extract(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", "extract", "seeds", "-o", "claims"],
                          cwd=root, capture_output=True, text=True)


def test_duplicate_articles_are_reported_not_written_over_each_other(tmp_path):
    # Two seeds with the same headline wrote one claims/<id>.yaml twice: the second silently
    # replaced the first's source, and every rerun said "updated" as they flip-flopped.
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "seeds" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    result = extract(tmp_path)
    assert result.returncode == 1
    assert "seeds/b.txt" in result.stderr and "seeds/a.txt" in result.stderr
    assert "hospital-waiting-times-fall" in result.stderr
    [path] = (tmp_path / "claims").glob("*.yaml")
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["article"]["source"] == "seeds/a.txt"
    assert "b.txt" not in result.stdout


def test_one_unreadable_seed_does_not_stop_the_others(tmp_path):
    # A Latin-1 file and a bad front-matter date each stopped the whole run at the first one,
    # so a newsroom fixed its seeds one error per run and nothing else was extracted.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "latin1.txt").write_bytes("Mayor\n\nHenrik Baård said so.\n".encode("latin-1"))
    (seeds / "baddate.md").write_text("---\ntitle: Rain\npublished: 2023-09-31\n---\nIt rained.\n",
                                      encoding="utf-8")
    result = extract(tmp_path)
    assert result.returncode == 1
    assert "seeds/latin1.txt:3: encoding: not UTF-8" in result.stderr
    assert "save it as UTF-8" in result.stderr  # as for a claim file or speakers.yaml
    assert "seeds/baddate.md:3: published:" in result.stderr
    assert [p.name for p in (tmp_path / "claims").glob("*.yaml")] == [
        "hospital-waiting-times-fall.yaml"]


def test_a_corrected_headline_keeps_the_article_and_its_reviews(tmp_path):
    # The article id came from the headline, so correcting the headline in the seed made a
    # second claim file of fresh, unreviewed claims and left the reviewed one beside it: the
    # site showed the article twice and the reviews on the stale copy.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    seed = seeds / "harbor.md"
    seed.write_text("---\ntitle: Council delays bridge vote\npublished: 2024-05-10\n---\n"
                    "The council said on Thursday the bridge would cost $40 million.\n",
                    encoding="utf-8")
    assert extract(tmp_path).returncode == 0
    path = tmp_path / "claims" / "council-delays-bridge-vote.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  published: 2024-05-10\n", "  published: 2024-05-10\n  notes: desk checked\n"),
        encoding="utf-8")
    seed.write_text(seed.read_text(encoding="utf-8").replace(
        "Council delays bridge vote", "Council delays harbor bridge vote to June"),
        encoding="utf-8")
    result = extract(tmp_path)
    assert result.returncode == 0, result.stderr
    assert [p.name for p in (tmp_path / "claims").glob("*.yaml")] == [path.name]
    article = yaml.safe_load(path.read_text(encoding="utf-8"))["article"]
    assert article["title"] == "Council delays harbor bridge vote to June"
    assert article["notes"] == "desk checked"


def test_a_page_date_that_is_not_a_date_is_reported_and_the_page_still_extracted(tmp_path):
    # htmldate dropped an invalid article:published_time without a word: the article came out
    # with published: null and "next week" unresolved, and nobody was told why.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "dam.html").write_text(
        "<html><head><title>Dam repairs to finish next spring</title>\n"
        '<meta property="article:published_time" content="2024-13-45">\n</head><body><article>'
        "<p>The county said on Tuesday that repairs to the Orlen dam would finish next spring,"
        " a year later than planned, after engineers found more cracks.</p></article></body>"
        "</html>\n", encoding="utf-8")
    result = extract(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "seeds/dam.html:2: published: page metadata article:published_time '2024-13-45' " \
           "is not a date" in result.stderr
    claim_file = tmp_path / "claims" / "dam-repairs-to-finish-next-spring.yaml"
    # Once the editor sets the date in the claim file, the warning's "no publication date"
    # would be untrue: the claim file's date wins, so nothing is said.
    claim_file.write_text(claim_file.read_text(encoding="utf-8").replace(
        "  published: null", "  published: 2024-03-05", 1), encoding="utf-8")
    result = extract(tmp_path)
    assert result.returncode == 0 and "dam.html" not in result.stderr, result.stderr


def test_extract_run_from_another_folder_writes_the_same_files(tmp_path):
    # Run from elsewhere ('factcheck extract /path/to/site/seeds -o /path/to/site/claims', as
    # a cron job or CI step does), every claim file was rewritten with an absolute source
    # ('/path/to/site/seeds/a.txt'): the committed files churned, the site showed the machine's
    # path, and a headline corrected later made a second article (its id is looked up by
    # source). The source is written relative to the folder holding claims/, as from there.
    root = tmp_path / "site"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert extract(root).returncode == 0
    [path] = (root / "claims").glob("*.yaml")
    before = path.read_text(encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run([sys.executable, "-m", "generator", "extract", str(root / "seeds"),
                             "-o", str(root / "claims")], cwd=elsewhere, capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stderr
    assert "unchanged" in result.stdout
    assert path.read_text(encoding="utf-8") == before


def test_an_article_not_in_english_is_named(tmp_path):
    # QA pass 7: a Spanish and a German article were extracted without a word: the German one
    # gave the speaker 'beschlossen' (a participle), the Spanish quotes had no speaker. The
    # pipeline reads English only; the user is told which seed is not English, and it is
    # still extracted (the editors may want its quotes).
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "de.txt").write_text(
        "Stadtrat beschließt neue Brücke\n\nDer Stadtrat hat am Dienstag den Bau einer neuen "
        "Brücke beschlossen. „Die alte Brücke ist seit 1998 marode“, sagte Bürgermeister Jörg "
        "Weiß. Die Kosten liegen bei zwölf Millionen Euro.\n", encoding="utf-8")
    result = extract(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "seeds/de.txt: language: the text does not read as English" in result.stderr
    assert "good.txt" not in result.stderr
    assert len(list((tmp_path / "claims").glob("*.yaml"))) == 2
    # QA pass 10: and how to have the site mark the text as German (lang="de")
    assert "set its language (language: de, es, ... in the front matter" in result.stderr


def test_a_seed_language_reaches_the_claim_file(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "de.txt").write_text(
        "---\nlanguage: de\n---\nStadtrat beschließt neue Brücke\n\nDer Stadtrat hat am "
        "Dienstag den Bau einer neuen Brücke beschlossen, sagte Bürgermeister Jörg Weiß den "
        "Journalisten. Die Kosten liegen bei zwölf Millionen Euro.\n", encoding="utf-8")
    result = extract(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "set its language" not in result.stderr  # it has one
    (claim_file,) = (tmp_path / "claims").glob("*.yaml")
    assert "\n  language: de\nclaims:" in claim_file.read_text(encoding="utf-8")


def test_a_wire_story_without_headline_or_date_is_named_with_what_to_set(tmp_path):
    # A wire story of body text alone was extracted without a word: its title was the file
    # name and 'on Thursday' stayed XXXX-WXX-4, which the editor found only on the site.
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "mine-wire.txt").write_text(
        "VELSKA RIDGE, April 3 (Northwire) - Rescue crews on Thursday pulled the last of "
        "eleven trapped miners from the Velska Ridge copper mine.\n", encoding="utf-8")
    result = extract(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "seeds/mine-wire.txt: published: no publication date" in result.stderr
    assert "seeds/mine-wire.meta.yaml" in result.stderr
    assert "seeds/mine-wire.txt: title: no headline" in result.stderr
    # set in the claim file, the date is the editor's: no more word about it
    path = tmp_path / "claims" / "mine-wire.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  published: null", "  published: 2026-04-03"), encoding="utf-8")
    assert "published:" not in extract(tmp_path).stderr


def review_first_claim(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(
        "verdict: unreviewed", "verdict: mostly-false\n      reviewer: Ines Calloway", 1),
        encoding="utf-8")


def test_two_articles_whose_headlines_give_one_id_are_both_extracted(tmp_path):
    # QA pass 9, a newsroom of 150 seeds: 'Council weighs the harbour bridge plan after a long
    # meeting on the 12th' and '... the 13th' are cut to one 60-character id, and the second
    # article was skipped (not extracted, not on the site) until someone chose an id by hand.
    # Two different texts under one headline ('Council meets') were skipped the same way.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    long = "Kestrel Bay council weighs the harbour bridge plan after a long and heated meeting"
    (seeds / "a.txt").write_text(f"{long} on the 12th\n\n" + ARTICLE.split("\n", 1)[1],
                                 encoding="utf-8")
    (seeds / "b.txt").write_text(f"{long} on the 13th\n\nPublished: March 4, 2025\n\n"
                                 "The bridge will cost 40 million dollars, the council said.\n",
                                 encoding="utf-8")
    (seeds / "c.txt").write_text("Council meets\n\nPublished: March 5, 2025\n\n"
                                 "The ferry will stop at Dunmore, the council said.\n",
                                 encoding="utf-8")
    (seeds / "d.txt").write_text("Council meets\n\nPublished: March 6, 2025\n\n"
                                 "The library will open on Sundays, the council said.\n",
                                 encoding="utf-8")
    result = extract(tmp_path)
    assert result.returncode == 0, result.stderr
    sources = {yaml.safe_load(p.read_text(encoding="utf-8"))["article"]["source"]: p.stem
               for p in (tmp_path / "claims").glob("*.yaml")}
    assert sorted(sources) == ["seeds/a.txt", "seeds/b.txt", "seeds/c.txt", "seeds/d.txt"]
    assert sources["seeds/c.txt"] == "council-meets"
    assert sources["seeds/d.txt"].startswith("council-meets-")
    assert f"seeds/d.txt: id: the headline gives the id 'council-meets' of seeds/c.txt; " \
           f"extracted as '{sources['seeds/d.txt']}'" in result.stderr
    # the ids stay with their seeds: a rerun changes nothing and says nothing more
    again = extract(tmp_path)
    assert again.returncode == 0 and "id:" not in again.stderr, again.stderr
    assert again.stdout.count("unchanged") == 4


def test_a_new_seed_never_takes_over_another_seeds_reviewed_file(tmp_path):
    # QA pass 9: a new seed with the headline of a reviewed article, sorting before its seed
    # ('a-council.txt' next to 'zeta.txt'), was extracted into the reviewed claim file: the
    # file's source became the new seed, the reviewed claims went missing: true, and the seed
    # that owned the file was the one reported as a duplicate and skipped.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "zeta.txt").write_text(ARTICLE, encoding="utf-8")
    assert extract(tmp_path).returncode == 0
    path = tmp_path / "claims" / "hospital-waiting-times-fall.yaml"
    review_first_claim(path)
    (seeds / "a-new.txt").write_text(
        "Hospital waiting times fall\n\nPublished: June 3, 2025\n\n"
        "The ambulance station will close in July, the trust said on Monday.\n", encoding="utf-8")
    result = extract(tmp_path)
    assert result.returncode == 0, result.stderr
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["article"]["source"] == "seeds/zeta.txt"
    assert not any(claim.get("missing") for claim in data["claims"])
    assert "mostly-false" in path.read_text(encoding="utf-8")
    assert "seeds/a-new.txt: id:" in result.stderr and "zeta.txt: id:" not in result.stderr
    assert len(list((tmp_path / "claims").glob("*.yaml"))) == 2


def test_an_article_longer_than_the_pipeline_reads_is_named_and_the_others_extracted(tmp_path):
    # QA pass 9: a 1.5 MB council transcript stopped the whole run with spaCy's traceback
    # (E088, text longer than nlp.max_length): no seed was extracted, none was named.
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(ARTICLE, encoding="utf-8")
    line = "Council member Tomas Quill said the budget for the ferry had risen again.\n\n"
    (seeds / "transcript.txt").write_text(
        "Full transcript of the budget hearing\n\n" + line * (1_000_000 // len(line) + 1),
        encoding="utf-8")
    result = extract(tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "seeds/transcript.txt: text: 1,000,0" in result.stderr
    assert "more than the 1,000,000 the spaCy pipeline reads at once; skipped" in result.stderr
    assert [p.name for p in (tmp_path / "claims").glob("*.yaml")] == [
        "hospital-waiting-times-fall.yaml"]


def test_an_article_the_extractor_fails_on_is_named_and_the_others_extracted(
        tmp_path, monkeypatch, capsys):
    # Held-out dates round 58: "the fiscal second half" raised AttributeError in the tagger,
    # and factcheck extract stopped the whole run with a traceback, the articles after it
    # never extracted. A bug met on one article now names it and leaves its claim file alone.
    import generator.extract
    from generator import pipeline

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "b.txt").write_text("Ferry fares rise\n\nPublished: March 4, 2025\n\n"
                                 "Ferry fares will rise, the operator said.\n", encoding="utf-8")
    (seeds / "c.txt").write_text("Bridge reopens\n\nPublished: March 5, 2025\n\n"
                                 "The bridge reopened on Monday, the council said.\n",
                                 encoding="utf-8")
    claims = tmp_path / "claims"
    claims.mkdir()
    reviewed = claims / "ferry-fares-rise.yaml"
    reviewed.write_text("# an editor's file, kept byte for byte\n", encoding="utf-8")
    real = generator.extract.extract_doc

    def failing(doc, *args, **kwargs):
        if "Ferry fares" in doc.text:
            raise AttributeError("'NoneType' object has no attribute 'group'")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(generator.extract, "extract_doc", failing)
    monkeypatch.chdir(tmp_path)
    assert pipeline.extract_seeds([Path("seeds")], Path("claims")) == 1
    err = capsys.readouterr().err
    assert "seeds/b.txt: extraction failed (AttributeError: 'NoneType' object" in err
    assert "claims/ferry-fares-rise.yaml is left as it was" in err
    assert "Traceback" not in err
    assert reviewed.read_text(encoding="utf-8") == "# an editor's file, kept byte for byte\n"
    assert sorted(p.name for p in claims.glob("*.yaml")) == [
        "bridge-reopens.yaml", "ferry-fares-rise.yaml", "hospital-waiting-times-fall.yaml"]


def test_a_publication_date_in_the_future_is_named(tmp_path):
    # QA pass 9: 'published: 2052-03-03' (a typo for 2025) was taken without a word, and every
    # 'last week' and 'on Friday' of the article resolved to 2052.
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "seeds" / "typo.md").write_text(
        "---\ntitle: Ferry fares rise\npublished: 2052-03-03\n---\n\n"
        "Ferry fares will rise next month, the operator said on Friday.\n", encoding="utf-8")
    result = extract(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "seeds/typo.md: published: 2052-03-03 is in the future" in result.stderr
    assert "good.txt" not in result.stderr
    assert len(list((tmp_path / "claims").glob("*.yaml"))) == 2


def test_extract_reports_each_article_as_it_goes(tmp_path, monkeypatch, capsys):
    # QA pass 9, 150 seeds: spaCy's nlp.pipe parsed them in batches of 1,000, so the first
    # line of output came only after every article was parsed (the run looked stuck for a
    # minute), and all 150 parsed documents were held in memory at once.
    from generator import nlp as nlp_module
    from generator import pipeline, store

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(1, 10):
        (seeds / f"{n}.txt").write_text(f"Ferry story {n}\n\nPublished: March {n}, 2025\n\n"
                                        f"Fares rose {n} percent, the operator said.\n",
                                        encoding="utf-8")
    real = nlp_module.load_pipeline()
    events = []

    class Watched:
        max_length = real.max_length

        def pipe(self, texts, **kwargs):
            def counted():
                for text in texts:
                    events.append("parse")
                    yield text
            return real.pipe(counted(), **kwargs)

    write = store.write_claim_file

    def watched_write(*args, **kwargs):
        events.append("write")
        return write(*args, **kwargs)

    monkeypatch.setattr(nlp_module, "load_pipeline", lambda model=None: Watched())
    monkeypatch.setattr(store, "write_claim_file", watched_write)
    assert pipeline.extract_seeds([seeds], tmp_path / "claims") == 0
    assert events.count("write") == 9
    assert events.index("write") < 8, events  # the first file is out before the last parse


def test_a_long_article_is_named_before_its_long_extraction():
    # QA pass 9: a 200,000-character transcript took 100 s of CPU (50,000 characters: 9 s;
    # the time grew about with the square of the length) without a word: the run looked hung.
    # Sessions 20 and 22 brought it to about 17 s: still long enough to name.
    from types import SimpleNamespace

    from generator.pipeline import long_article_notes

    seeds = [SimpleNamespace(source="seeds/brief.txt", text="x" * 8_000),
             SimpleNamespace(source="seeds/hearing.txt", text="x" * 200_000)]
    [note] = long_article_notes(seeds)
    assert note.startswith("seeds/hearing.txt: text: 200,000 characters, a long article:")
    assert "takes a while" in note
