"""Text normalisation and tokenisation, shared by the index and the query side.

Both sides must fold text the same way, or an exact word would fail to meet itself: accents are
stripped (NFKD, then combining marks dropped) so "cliënt" and "client" are one word, case is
folded, and apostrophes vanish so "GGD'er" becomes one token ("ggder") instead of a stray "er".
Hyphens split words ("R-ACT" -> "r", "act") but the joined form is kept as well (`joined_forms`),
because people type both "ract" and "r-act".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Protocol

from adviseur.search.stopwords import ARTICLES, STOP_WORDS

_APOSTROPHES = re.compile(r"['\u2019\u2018`\u00b4]")
_TOKEN = re.compile(r"[a-z0-9]+")
_HYPHENATED = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")


#: Letters NFKD does not decompose but a Dutch keyboard writes as two ("Skæve Huse" = "Skaeve").
_LIGATURES = str.maketrans({"æ": "ae", "ø": "o", "œ": "oe", "ł": "l", "đ": "d", "ı": "i"})


def fold(text: str) -> str:
    """Lowercase, accent-free form of `text` (the one form every comparison uses)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    """All word tokens of `text`, folded, in order (stop words included)."""
    return _TOKEN.findall(_APOSTROPHES.sub("", fold(text)))


def joined_forms(text: str) -> list[str]:
    """Hyphenated words written together ("r-act" -> "ract", "vroeg-eropaf" -> "vroegeropaf")."""
    if "-" not in text:
        return []
    folded = _APOSTROPHES.sub("", fold(text))
    return [m.group(0).replace("-", "") for m in _HYPHENATED.finditer(folded)]


def content_tokens(text: str) -> list[str]:
    """Tokens without stop words: what the index stores for a field."""
    return [t for t in tokens(text) if t not in STOP_WORDS]


def phrase_tokens(text: str) -> tuple[str, ...]:
    """Tokens of a phrase for phrase matching: articles dropped, other stop words kept.

    "verlaat de jeugdzorg" must meet the synonym "verlaat jeugdzorg", but "niet in zorg" must not
    shrink to "zorg": only articles are meaningless enough to drop inside a phrase.
    """
    return tuple(t for t in tokens(text) if t not in ARTICLES)


class _Stemmer(Protocol):
    def stemWord(self, word: str) -> str: ...


_PRIVATE_PACKAGE = "adviseur.search._snowball"
"""Where the Dutch stemmer's three files are loaded (see `_stemmer`)."""


@lru_cache(maxsize=1)
def _stemmer() -> _Stemmer:
    """The Dutch Porter stemmer, made once. Imported lazily, and without its package: importing
    `snowballstemmer` runs an `__init__` that imports all of its 30 languages (10 ms, a tenth of
    a cold `adviseur search`); the Dutch stemmer needs only its own module and two helpers, loaded
    here as a private package over the same folder. Any surprise in that layout falls back to the
    ordinary import, as does a process that imported the package already."""
    import sys

    if "snowballstemmer" not in sys.modules:
        try:
            import importlib
            import importlib.util
            import types

            spec = importlib.util.find_spec("snowballstemmer")
            folders = list(spec.submodule_search_locations or []) if spec is not None else []
            if folders:
                package = sys.modules.get(_PRIVATE_PACKAGE)
                if package is None:
                    package = types.ModuleType(_PRIVATE_PACKAGE)
                    package.__path__ = folders
                    sys.modules[_PRIVATE_PACKAGE] = package
                module = importlib.import_module(_PRIVATE_PACKAGE + ".dutch_porter_stemmer")
                stemmer: _Stemmer = module.DutchPorterStemmer()
                return stemmer
        except (ImportError, AttributeError):
            sys.modules.pop(_PRIVATE_PACKAGE, None)
    from snowballstemmer.dutch_porter_stemmer import DutchPorterStemmer

    return DutchPorterStemmer()


#: Where the stemmer conflates words this domain must keep apart: "oudere(n)" (elderly) is not
#: "ouder(s)" (parent), or every search about an older resident would find parenting support.
STEM_EXCEPTIONS: dict[str, str] = {"oudere": "oud", "ouderen": "oud", "ouderdom": "oud"}


_STEMS: dict[str, str] = {}
"""Memo of `stem`: the Snowball stemmer is pure Python (~50 us a word) and stemming the
vocabulary was most of an index build; `service` also keeps this memo on disk between runs."""
STEMMER_VERSION = "dutch_porter-1"


def stem(token: str, *, remember: bool = True) -> str:
    """Dutch stem of one folded token. `remember=False` for words of a case description: the memo
    is written to the on-disk stem cache, and a resident's words must never reach a file.

    The Porter variant is used on purpose: the newer Snowball Dutch stemmer strips the "ge-"
    prefix and conflates "gezin" with "zin"; Porter keeps them apart. Numbers and very short
    tokens are returned unchanged.
    """
    found = _STEMS.get(token)
    if found is not None:
        return found
    if len(token) <= 3 or not token.isalpha():
        return token
    found = STEM_EXCEPTIONS.get(token) or _stemmer().stemWord(token)
    if remember and len(_STEMS) < 500_000:  # a bound, not a policy: the shipped vocabulary has a few thousand
        _STEMS[token] = found
    return found


def known_stems() -> dict[str, str]:
    """A copy of the memo (for the on-disk stem cache)."""
    return dict(_STEMS)


def add_known_stems(stems: dict[str, str]) -> None:
    """Seed the memo (from the on-disk stem cache); exceptions always win."""
    for token, value in stems.items():
        if isinstance(token, str) and isinstance(value, str) and token not in STEM_EXCEPTIONS:
            _STEMS[token] = value


def initials(title: str) -> str:
    """Name initials of a title ("Individuele Plaatsing en Steun" -> "ips"), or "" if too short.

    Stop words are skipped, as the abbreviations people use skip them (IPS, not IPES).
    """
    words = [t for t in tokens(title) if t not in STOP_WORDS and t.isalpha()]
    if len(words) < 2:
        return ""
    return "".join(w[0] for w in words)
