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

## Overal
| toets | wat het doet |
|---|---|
| `/` | zoeken naar interventies, praktijkvoorbeelden en landelijke informatie; vanuit de zoekresultaten terug naar het zoekveld |
| `ctrl+p` | opdrachtenpalet: records en flows openen, gemeente kiezen |
| `escape` | terug naar het vorige scherm (of een venster sluiten) |
| `tab` | naar het volgende onderdeel, zoals een link 'Praktijk: …' of 'Zie ook' |
| `enter` | kiezen of openen wat gemarkeerd is |
| `ctrl+t` | licht of donker thema |
| `?` of `f1` | deze hulp (sluiten met `escape`, `q` of `?`) |
| `ctrl+q` | stoppen (je antwoorden zijn al bewaard) |

## Startscherm en Mijn gesprekken
| toets | wat het doet |
|---|---|
| `enter` | een gesprek verder doen, of een afgerond gesprek met zijn resultaat openen |
| `d` of `delete` | het gemarkeerde gesprek verwijderen (Adviseur vraagt het eerst: `j` ja, `n` of `escape` nee) |
| `t` | in een trainingsruimte: het trainersoverzicht (vraagt de trainerssleutel) |

## In een gesprek
| toets | wat het doet |
|---|---|
| `pijltjes` + `enter` | een antwoord kiezen |
| `j` of `n` | ja of nee (bij een ja/nee-vraag is niets vooraf gekozen) |
| `1` tot en met `4` | een cijfer op de schaal kiezen (elk cijfer dat op de schaal staat) |
| `spatie` | bij meerkeuze een antwoord aan- of uitvinken (✓ gekozen, leeg niet gekozen) |
| `ctrl+s` | een vraag overslaan die niet hoeft |
| `ctrl+b` | vorige vraag (terug) |
| `ctrl+e` | een eerder antwoord wijzigen |
| `ctrl+n` | bij een beleidsflow: een korte notitie bij de vraag |
| `r` | als het gesprek klaar is: het resultaat weer tonen |
| `escape` | naar het startscherm (het gesprek blijft bewaard) |

## Bij het resultaat
| toets | wat het doet |
|---|---|
| `enter` | een kaart of een link 'Praktijk: …' openen |
| `b` | signalen bevestigen die in je eigen beschrijving zijn herkend |
| `c` | de geanonimiseerde samenvatting kopiëren |
| `e` | een rapport opslaan (Markdown en HTML) in je map voor rapporten (Documenten/Adviseur) |
| `s` | een scan bewaren, om een volgende scan mee te vergelijken |
| `x` | een scan delen als bestand |
| `h` | naar het startscherm |
| `escape` | terug naar het gesprek |

## Zoeken en records
| toets | wat het doet |
|---|---|
| `ctrl+f` | naar de filters (soort, pijler, conditie, bewijs); een filter zonder zoekwoorden toont alles wat past |
| `enter` | een record openen; op 'losse treffers' of 'Meer tonen' die laten zien |
| `w` | bij een record: waarom het wel of niet wordt geadviseerd voor de laatst besproken situatie |
| `a` | bij een lokale dienst: de voorgestelde kenmerken overnemen |

## Bewaarde scans
| toets | wat het doet |
|---|---|
| `b` | in de tijdlijn: de grafiek per bouwsteen, of weer per pijler |
| `v` | twee scans vergelijken |
| `p` | de scan die samen met partners is ingevuld |
| `d` | een scan verwijderen |
| `i` | scans importeren |
| `r` | het regiobeeld |
| `g` | het regiobeeld tonen |
| `a` | namen van gemeenten weglaten |
| `e` | een rapport opslaan (Markdown en HTML) in je map voor rapporten |
| `x` | de scans delen als één bestand, in je map voor rapporten |

## Trainersoverzicht
| toets | wat het doet |
|---|---|
| `r` | vernieuwen |
| `e` | exporteren (Markdown en HTML) |
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
