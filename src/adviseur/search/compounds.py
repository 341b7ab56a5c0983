"""A small Dutch compound splitter over the index vocabulary.

Dutch writes compounds as one word ("huurschuld", "schuldhulpverlening"), so a professional's word
and the record's word often share a part but not a spelling. Two directions:

- a query word that is a compound ("woonbegeleiding", "respijtzorg") is split into parts the index
  knows. A part is known when it is a word of the vocabulary, has the same stem as one
  ("versterking" ~ "versterken"), or is a bound compound part: it starts or ends some vocabulary
  word with a real word left over ("woon" in "woonvraag", "respijt" in "respijtverblijf");
- a query word that is part of index compounds ("schuld" -> "huurschuld", "bank" -> "bankslapers")
  is found by `Vocabulary.compounds_with`.

Linking morphemes s/e/en between parts are dropped ("arbeidsmarkt" -> arbeid + markt). A
misspelt compound is split by correcting the piece that is not a word (`split_and_correct`):
"stressvermondering" -> stress + vermindering.
"""

from __future__ import annotations

from collections.abc import Callable

LINKS: tuple[str, ...] = ("", "s", "e", "en")
MIN_PART = 4
"""Shorter parts ("ont", "ver", "aan") split far too many words wrongly."""
MIN_WORD = 2 * MIN_PART
MAX_WORD = 60
"""Longer words are not split at all: no compound is that long, and splitting tries every cut
(with three parts, every pair of cuts), so the work must not grow with whatever is pasted."""

#: Endings that make a word of a word ("eenzaam-heid"), not a compound: never a part on their own.
SUFFIXES: frozenset[str] = frozenset(
    """
    heid heden lijk lijke lijkheid baar bare ing ingen ering eringen isch ische achtig achtige
    tjes tje ster sters schap schappen zaam zame ende enden elijk elijke erij erijen ties tie
    atie aties iteit iteiten isme ist isten ische ischen loosheid
    """.split()
)

NOT_CARRIED: dict[str, tuple[str, ...]] = {
    "huis": ("huisarts", "huishoud", "ziekenhuis", "ziekenhuiz", "huisdier"),
    "werk": ("werkwijze", "werkwijzer", "werkwoord", "maatwerk"),
    "bank": ("bankier",),
    "zorg": ("zorgwekkend",),
    "vrij": ("vrijwillig",),
    "eigen": ("eigenaar", "eigenar"),
    "fact": ("factor", "factsheet"),
    "samen": ("samenleving", "samenhang"),
}
"""Lexicalised words in which a part no longer means what it means alone: a 'huisarts' is a
doctor, not a home; a 'huishoudboekje' is a budget; a 'werkwijze' is a method, not a job. Per
part, the beginnings of such words (any word containing one is meant). A part never matches
them, and they are never split into it: someone who was 'uit huis gezet' is not looking for a
GP. Written by hand from the compounds the vocabulary of the knowledge base offers for its
common parts; a new record with a new lexicalised word may need a line here."""


def carries(part: str, word: str) -> bool:
    """Whether `word`, a compound with `part` in it, carries that part's meaning (see NOT_CARRIED)."""
    return not any(lexicalised in word for lexicalised in NOT_CARRIED.get(part, ()))


PartTest = Callable[[str], int]
"""part -> 0 (not a part), 1 (a bound part), 2 (a word's stem), 3 (a word as written)."""


def split_compound(
    word: str, part_kind: PartTest, max_parts: int = 3, *, max_bound: int = 1
) -> tuple[str, ...] | None:
    """The best split of `word` into known parts, or None.

    Best = fewest parts, then fewest bound parts, then parts written as words rather than reached
    through a stem ("lotgenoten + contact", not "lotgenot + en + contact"), then the most even
    split (the longest shortest part), which prefers "schuld + hulpverlening" over cutting off a
    tiny head. At most `max_bound` parts may be bound parts (a known word is split only into
    words: max_bound=0).
    """
    if not MIN_WORD <= len(word) <= MAX_WORD or not word.isalpha():
        return None
    best: tuple[tuple[int, int, int, int], tuple[str, ...]] | None = None
    for option, bound, kinds in _splits(word, part_kind, max_parts):
        if bound > max_bound:
            continue
        key = (len(option), bound, -kinds, -min(map(len, option)))
        if best is None or key < best[0]:
            best = (key, option)
    return best[1] if best else None


def split_off_known(word: str, part_kind: PartTest) -> tuple[str, ...] | None:
    """Last resort for an unknown compound: the longest known word at its start or end, plus the
    unknown rest ("stress" + "vermindering"). Half a match beats no match at all."""
    if not MIN_WORD <= len(word) <= MAX_WORD or not word.isalpha():
        return None
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
        if part_kind(word[:cut]) >= 2:
            return (word[:cut], word[cut:])
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        if part_kind(word[cut:]) >= 2:
            return (word[:cut], word[cut:])
    return None


Corrector = Callable[[str], list[tuple[str, int]]]
"""word -> known words within typo distance, best first: (word, edits)."""


def split_and_correct(word: str, part_kind: PartTest, correct: Corrector) -> tuple[tuple[str, int], ...] | None:
    """A misspelt compound: the longest known word at its start or end, plus the rest corrected
    to a known word ("stress" + "vermondering" -> "vermindering"). Parts come with the number of
    edits their correction needed (0 for the part as typed); None when the rest corrects to
    nothing. A typo inside a compound otherwise leaves the splitter with bound pieces and noise.
    """
    if not MIN_WORD < len(word) <= MAX_WORD or not word.isalpha():
        return None
    for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):  # longest known head first
        if part_kind(word[:cut]) >= 2:
            fixed = _correct_piece(word[cut:], correct, links_at_start=True)
            if fixed is not None:
                return ((word[:cut], 0), fixed)
            break
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):  # longest known tail first
        if part_kind(word[cut:]) >= 2:
            fixed = _correct_piece(word[:cut], correct, links_at_start=False)
            if fixed is not None:
                return (fixed, (word[cut:], 0))
            break
    # neither end is known: a misspelt head before a rest the index does not know
    # ("stesvermindering" -> "stress" + "vermindering"); the longest correctable head wins
    for cut in range(len(word) - MIN_PART, MIN_PART, -1):
        fixed = _correct_piece(word[:cut], correct, links_at_start=False)
        if fixed is not None:
            return (fixed, (word[cut:], 0))
    return None


def _correct_piece(piece: str, correct: Corrector, *, links_at_start: bool) -> tuple[str, int] | None:
    """The best correction of a compound piece, also without a linking s/e/en next to the cut."""
    options = [piece]
    for link in LINKS[1:]:
        if links_at_start and piece.startswith(link):
            options.append(piece[len(link) :])
        elif not links_at_start and piece.endswith(link):
            options.append(piece[: -len(link)])
    found: list[tuple[int, int, str]] = []
    for option in options:
        if len(option) < MIN_PART + 1 or option in SUFFIXES:
            continue
        for fixed, edits in correct(option)[:1]:
            found.append((edits, len(piece) - len(option), fixed))
    if not found:
        return None
    edits, _, fixed = min(found)
    return (fixed, edits)


def _splits(word: str, part_kind: PartTest, max_parts: int) -> list[tuple[tuple[str, ...], int, int]]:
    """Every split: (parts, number of bound parts, sum of part kinds)."""
    found: list[tuple[tuple[str, ...], int, int]] = []
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head = word[:cut]
        head_kind = part_kind(head)
        if not head_kind:
            continue
        rest = word[cut:]
        for link in LINKS:
            if not rest.startswith(link):
                continue
            tail = rest[len(link) :]
            if len(tail) < MIN_PART or tail in SUFFIXES:
                continue
            tail_kind = part_kind(tail)
            if tail_kind:
                found.append(((head, tail), (head_kind == 1) + (tail_kind == 1), head_kind + tail_kind))
            elif max_parts > 2 and len(tail) >= MIN_WORD:
                for sub, bound, kinds in _splits(tail, part_kind, max_parts - 1):
                    found.append(((head, *sub), bound + (head_kind == 1), kinds + head_kind))
    return found
