"""Help: the keys, what the evidence levels mean, and what is (not) stored."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

KEYS = """\
# Hulp

## Toetsen
| toets | wat het doet |
|---|---|
| `/` | zoeken naar interventies, praktijkvoorbeelden en landelijke informatie |
| `ctrl+p` | opdrachtenpalet: records en flows openen |
| `pijltjes` + `enter` | een antwoord kiezen |
| `spatie` | bij meerkeuze een antwoord aan- of uitvinken |
| `ctrl+b` | vorige vraag (terug) |
| `ctrl+e` | een eerder antwoord wijzigen |
| `escape` | terug naar het vorige scherm |
| `ctrl+t` | licht of donker thema |
| `?` of `f1` | deze hulp |
| `ctrl+q` | stoppen (je antwoorden zijn al bewaard) |

## Bij het advies
| toets | wat het doet |
|---|---|
| `enter` | een kaart openen |
| `b` | signalen bevestigen die in je eigen beschrijving zijn herkend |
| `c` | de geanonimiseerde samenvatting kopiëren |
| `e` | een rapport opslaan (Markdown en HTML) |
| `w` | bij een record: waarom het wel of niet wordt geadviseerd voor de laatst besproken situatie |
"""

PRIVACY = """\
## Privacy
Adviseur bewaart geen namen, adressen of andere gegevens die een inwoner herkenbaar maken.
Een eigen beschrijving die je intypt, wordt alleen gelezen om signalen te herkennen en niet opgeslagen,
ook niet in een rapport of samenvatting.
Sessies worden na een aantal dagen automatisch verwijderd. Alle bestanden staan alleen
leesbaar voor jou in je eigen gegevensmap.
"""


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Sluiten", id="close"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Markdown(KEYS + "\n" + self._levels() + "\n" + PRIVACY)

    def _levels(self) -> str:
        services = getattr(self.app, "services", None)
        if services is None:
            return ""
        ev = services.kb.evidence
        lines = ["## Bewijsniveaus"]
        for level in ev.levels:
            lines.append(f"- **{level.label}** — {level.meaning.strip()} {level.for_practice.strip()}")
        lines.append(f"- **Internationaal effectief** — {ev.international.strip()}")
        lines.append(f"- **Niet vermeld** — {ev.unstated.strip()}")
        lines += ["", f"> {ev.warning.strip()}"]
        return "\n".join(lines)

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
