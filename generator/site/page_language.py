"""The language of an article's words in a page's ``<title>`` and in the theme's header.

A page of a non-English article (its article page, a claim page of one of its claims) marks
the article's words in its body with ``lang`` (the templates do), but Material writes the
page title twice where no template reaches: in ``<title>`` and in the header bar's topic
("Claim: <the claim's words>"). The templates put the language in the page's front matter
(``words_lang``, and ``title_chrome`` for the site's own words that open the title); this
module marks the finished page. ``<title>`` holds text only, so the element itself takes the
``lang``: the title is the article's words but for that short label and the site's name. In
the header, where markup is allowed, only the words after the label are marked, and the
site's own words (the ``<html lang>``) stay as they are.
"""

from __future__ import annotations

import html
import re

__all__ = ["mark_title_language"]

_TITLE = re.compile(r"<title>")
_TOPIC = re.compile(r'(<div class="md-header__topic" data-md-component="header-topic">\s*'
                    r'<span class="md-ellipsis">\s*)(.*?)(\s*</span>)', re.DOTALL)


def mark_title_language(page_html: str, lang: str | None, chrome: str = "") -> str:
    """``page_html`` with its ``<title>`` and its header's topic marked ``lang``.

    Args:
        page_html: The page as the theme wrote it.
        lang: The article's language tag ("nl"); None or empty for an English article, whose
            page is returned unchanged.
        chrome: The site's own label that opens the title ("Claim: "), left unmarked in the
            header.
    """
    if not lang:
        return page_html
    tag = html.escape(lang, quote=True)
    head_end = page_html.find("</head>")
    if head_end < 0:
        return page_html
    head = _TITLE.sub(f'<title lang="{tag}">', page_html[:head_end], count=1)

    def topic(match: re.Match[str]) -> str:
        words = match.group(2)
        label = chrome if chrome and words.startswith(chrome) else ""
        return f'{match.group(1)}{label}<span lang="{tag}">{words[len(label):]}</span>' \
               f'{match.group(3)}'

    return head + _TOPIC.sub(topic, page_html[head_end:], count=1)
