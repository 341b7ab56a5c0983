"""A curated Dutch stop-word list for search.

Started from the Snowball Dutch list and edited for this domain. Words that carry meaning in a
professional's query are kept OUT of the list even though general-purpose lists drop them:

- "uit", "zonder", "geen": "uit huis gezet", "zonder netwerk", "geen werk" are risk signals;
- "niet", "wil", "na", "zelf", "onder", "alleen": "wil geen hulp", "na opname", "Herstellen doe je
  zelf", "Onder de Pannen", "alleen" (loneliness);
- "thuis", "werk", "veel" style content words never were stop words.

A few query fillers and light verbs a busy professional types ("iemand", "komt", "raakt", "zit")
are added: they match many records and would otherwise count as a matched word for all of them.
Phrases still see them ("komt de deur niet uit"), because phrase matching reads every word.
"""

from __future__ import annotations

#: Dropped inside phrases as well: "verlaat de jeugdzorg" == "verlaat jeugdzorg".
ARTICLES: frozenset[str] = frozenset({"de", "het", "een", "t", "n", "der", "den"})

STOP_WORDS: frozenset[str] = ARTICLES | frozenset(
    """
    aan al alles als altijd andere ben bij daar dan dat deze die dit doch doen door dus
    eens en er ge had haar had heb hebben heeft hem hen hier hij hoe hun ik in is ja je jij
    kan kon kunnen maar me meer men met mij mijn moet nog nu of om omdat ons ook op over
    reeds te tegen toch toen tot u uw van veel voor waren was wat we werd wezen wie wij
    worden wordt zal ze zich zij zijn zo zou
    iemand iets niets heel erg wel welke waar waarbij waarin via dus bijv bijvoorbeeld zoals
    gaat gaan kun kunt moeten mag mogen hebt word
    komt komen kwam zit zitten doet krijgt krijgen laat staat raakt raken maakt maken
    """.split()
)
