"""The ``factcheck`` command line (placeholder while the stages land)."""

from __future__ import annotations

import argparse


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="factcheck")
    parser.parse_args(argv)
    return 0
