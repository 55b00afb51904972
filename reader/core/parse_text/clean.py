"""Stage 1: cleaning."""

from __future__ import annotations

import re
import unicodedata

from reader.core.parse_text.lines import M_CLOSE, M_OPEN, PAGE

_SPACING_ACCENTS = {
    "´": "\u0301",
    "`": "\u0300",
    "¨": "\u0308",
    "ˇ": "\u030c",
    "¸": "\u0327",
    "ˆ": "\u0302",
    "˜": "\u0303",
    "˚": "\u030a",
}


def _compose_accents(text: str) -> str:
    """Extractors write "Kostić" as "Kostic ´" or "Kostic´", "Yeşilgöz" as "Yes¸ilgöz": put the accent back
    on its letter. An acute or grave inside a word ("zo´n") is an apostrophe and stays."""

    def fix(m: re.Match[str]) -> str:
        composed = unicodedata.normalize("NFC", m.group(1) + _SPACING_ACCENTS[m.group(2)])
        return composed if len(composed) == 1 else m.group(0)

    text = re.sub(r"([A-Za-z]) ?([¸ˇ˚˜¨ˆ])", fix, text)
    return re.sub(r"([A-Za-z]) ?([´`])(?![A-Za-z])", fix, text)


def _mid_line_hyphen(m: re.Match[str]) -> str:
    token = m.group(0)
    if re.search(r"://|www\.|/", token):
        return token.replace("\ufffe", "-")
    return re.sub(r"(?<=[a-zà-ÿ])\ufffe(?=[a-zà-ÿ])", "", token)


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _compose_accents(text)
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    text = text.replace(M_OPEN, "").replace(M_CLOSE, "")
    # QtPdf writes a hyphen that broke a line as U+FFFE. At a line end the joiner decides later; inside a
    # line (QtPdf sometimes rejoins the halves) it is hyphenation to undo, except in a link, where it is the
    # link's own hyphen ("digitale-toegang-overheid")
    text = re.sub(r"\S*\ufffe\S*", _mid_line_hyphen, text)
    text = text.replace("\ufffe", "-")
    # a heading glued to the end of a sentence by an extractor: "… (ontvangen 20 juni 2025). Vraag 1"
    text = re.sub(
        r"(?m)^(.*[.?!)»])[ \t]+"
        r"((?:Vraag|Antwoord)[ \t]+\d{1,3}[a-z]?(?:[ \t]*(?:,|en|t/m)[ \t]*\d{1,3}[a-z]?)*)[ \t]*$",
        r"\1\n\2",
        text,
    )
    lines = text.split("\n")
    markdown = sum(1 for ln in lines if re.match(r"^\s*(#{1,6}\s|\*\*|-----\s*$)", ln)) >= 2 or bool(
        re.search(r"\[\d{1,3}\s*\]", text)
    )
    if markdown:
        text = _clean_markdown(text)
    # Word drafts print notes as "1) NOS, …" at the end and markers as " 1)" after a word ("bericht? 1)")
    if re.search(r"(?m)^\s*1\)\s+\S", text):
        text = re.sub(
            r"(?<=[\w?!.»”’\"'])(?<!nr\.)(?<!nrs\.)(?<!\bnr)[ \t](\d{1,2})\)(?=\s|$)",
            lambda m: f"{M_OPEN}{m.group(1)}{M_CLOSE}",
            text,
        )
    return text


def _clean_markdown(text: str) -> str:
    text = re.sub(r"(?m)^\s*-----\s*$", PAGE, text)
    text = re.sub(r"(?m)^\s*#{1,6}\s*", "", text)
    text = text.replace("**", "")
    text = re.sub(r"(?<![\w/])_(\S(?:[^_\n]*\S)?)_(?![\w/])", r"\1", text)
    text = re.sub(r"(?m)^_|_$", "", text)
    # "[1 ]", "[4 5 ]", "[10]" are footnote markers; "11[e ]" is a superscript ordinal
    text = re.sub(
        r"\[\s*(\d{1,3}(?:\s+\d{1,3})*)\s*\]",
        lambda m: "".join(f"{M_OPEN}{n}{M_CLOSE}" for n in m.group(1).split()),
        text,
    )
    text = re.sub(r"\[\s*([a-z]{1,3})\s*\]", r"\1", text)
    return text
