"""Dutch wording helpers: lists in sentence case, a verdict said once."""

from __future__ import annotations

from adviseur.content.wording import in_sentence, sentence_list, without_verdict


def test_a_list_reads_as_one_sentence_names_keep_their_capitals() -> None:
    assert sentence_list(["Gezondheid", "Wonen", "Inkomen"]) == "Gezondheid, wonen, inkomen"
    assert sentence_list(["Schulden", "GGZ", "Housing First", "Veilig Thuis", "jongeren"]) == (
        "Schulden, GGZ, Housing First, Veilig Thuis, jongeren"
    )
    assert sentence_list(["Dakloze mensen", "Dreigende huisuitzetting"]) == "Dakloze mensen, dreigende huisuitzetting"
    assert sentence_list([]) == "" and in_sentence("A") == "A"


def test_an_explanation_does_not_repeat_the_verdict_next_to_it() -> None:
    assert without_verdict("Goed — Voorzorg gaat over vroeg signaleren.", "goed") == "Voorzorg gaat over vroeg signaleren."
    assert without_verdict("Niet goed: zorg is geen conditie.", "niet goed") == "Zorg is geen conditie."
    assert without_verdict("Niet goed — zorg is geen conditie.", "deels goed") == "Niet goed — zorg is geen conditie."
    assert without_verdict("Goedkope woningen helpen.", "goed") == "Goedkope woningen helpen."


def test_a_number_takes_its_own_noun() -> None:
    from adviseur.content.wording import counted

    assert counted(1, "scan", "scans") == "1 scan"
    assert counted(3, "eigen scan", "eigen scans") == "3 eigen scans"
    assert counted(0, "deelnemer", "deelnemers") == "0 deelnemers"
