from datetime import date, datetime
from decimal import Decimal

from ceremonykit.domain.model import Ceremony, Guest, Photo, Prize, Quote, Winner
from ceremonykit.domain.preflight import Severity, has_errors, name_key, run_preflight


def _fields(c: Ceremony) -> set[tuple[str, str, str | None]]:
    return {
        (f.severity.value, f.field, f.object_id) for f in run_preflight(c, today=date(2026, 11, 23))
    }


def test_demo_passes_without_errors(demo: Ceremony) -> None:
    findings = run_preflight(demo, today=date(2026, 11, 23))
    assert not has_errors(findings), [f.text() for f in findings]


def test_amounts_must_add_up_to_the_total(demo: Ceremony) -> None:
    demo.prizes[0].amount = Decimal("4000")
    findings = [f for f in run_preflight(demo) if f.field == "total_prize_money"]
    assert findings and findings[0].severity is Severity.ERROR
    assert "9.000\u00a0Euro" in findings[0].message and "10.000\u00a0Euro" in findings[0].message


def test_winner_without_place_or_amount_is_an_error(demo: Ceremony) -> None:
    demo.winners[0].prize_id = None
    demo.prizes[1].amount = None
    demo.total_prize_money = Decimal("7000")
    got = _fields(demo)
    assert ("Fehler", "prize_id", demo.winners[0].id) in got
    assert ("Fehler", "amount", demo.prizes[1].id) in got


def test_honorary_prize_needs_no_amount(demo: Ceremony) -> None:
    assert all(f.object_id != "p-ehren" for f in run_preflight(demo))


def test_used_photo_needs_a_credit_and_missing_laudation_is_a_warning(demo: Ceremony) -> None:
    demo.photos[0].credit = " "
    demo.winners[1].laudation = ""
    got = _fields(demo)
    assert ("Fehler", "credit", demo.photos[0].id) in got
    assert ("Hinweis", "laudation", demo.winners[1].id) in got


def test_placeholder_text_is_found(demo: Ceremony) -> None:
    demo.winners[0].laudation = "Hier folgt der Text. TODO"
    demo.winners[1].project_title = "{{ projekt }}"
    got = _fields(demo)
    assert ("Fehler", "laudation", demo.winners[0].id) in got
    assert ("Fehler", "project_title", demo.winners[1].id) in got


def test_embargo_required_when_release_goes_out_before_the_ceremony(demo: Ceremony) -> None:
    demo.release_date = date(2026, 12, 1)
    assert ("Fehler", "embargo", None) in _fields(demo)
    demo.embargo = datetime(2026, 12, 4, 19, 0)
    assert ("Fehler", "embargo", None) not in _fields(demo)


def test_names_spelt_differently_are_reported(demo: Ceremony) -> None:
    demo.photos[1].persons_left_to_right[0] = "Emre Yilmaz"  # dotless ı in the winner record
    findings = [f for f in run_preflight(demo) if f.field == "names"]
    assert any("Emre Yilmaz" in f.message and "Emre Yılmaz" in f.message for f in findings)


def test_name_key_folds_umlauts_case_and_spacing() -> None:
    assert name_key("Jürgen  Müller") == name_key("JUERGEN MUELLER") == name_key("Jurgen Muller")
    assert name_key("Anna") != name_key("Anne")


def test_duplicate_rank_and_retention() -> None:
    c = Ceremony(award_name="X", ceremony_date=date(2026, 1, 1), venue="Y")
    c.prizes = [Prize(id="a", rank=1, amount=Decimal(1)), Prize(id="b", rank=1, amount=Decimal(1))]
    c.winners = [Winner(prize_id="a", organisation="V", laudation="L", project_title="P")]
    c.retention_until = date(2026, 2, 1)
    c.guests = []
    got = _fields(c)
    assert ("Fehler", "rank", "b") in got
    c.guests = [Guest(last_name="Z")]
    assert ("Hinweis", "retention_until", None) in _fields(c)


def test_photo_without_asset_is_an_error() -> None:
    c = Ceremony(award_name="X", ceremony_date=date(2026, 1, 1), venue="Y")
    c.photos = [Photo(id="ph", asset_id="missing", credit="A", alt_text="B", consent=True)]
    assert ("Fehler", "asset_id", "ph") in _fields(c)
    c.host_quote = Quote(text="lorem ipsum dolor")
    assert ("Fehler", "host_quote", None) in _fields(c)


def test_undated_release_before_the_ceremony_needs_an_embargo(demo: Ceremony) -> None:
    demo.release_date = None
    findings = run_preflight(demo, today=date(2026, 11, 23))
    assert any(f.field == "embargo" and f.severity is Severity.ERROR for f in findings)
    assert not any(f.field == "embargo" for f in run_preflight(demo, today=date(2026, 12, 4)))


def test_names_in_other_scripts_are_not_lumped_together() -> None:
    assert name_key("Иван Петров") != name_key("Анна Смирнова")
    assert name_key("王小明") != name_key("李华")
    assert name_key("Ömer Kılıç") == name_key("Oemer Kilic")


def test_name_ending_in_another_year_and_unplaceable_description_are_warned() -> None:
    from ceremonykit.domain.model import Ceremony, Winner

    c = Ceremony(
        award_name="Integrationspreis 2024",
        year=2025,
        winners=[Winner(id="w", organisation="VMDO e.V.", description="und bietet Beratung an")],
    )
    texts = [f.text() for f in run_preflight(c)]
    assert any("endet auf 2024" in t and "2025" in t for t in texts), texts
    assert any("„und bietet Beratung …“" in t for t in texts), texts
    c.award_name = "Integrationspreis 2025"
    c.winners[0].description = "das älteren Menschen Teilhabe ermöglicht"
    texts = [f.text() for f in run_preflight(c)]
    assert not [t for t in texts if "endet auf" in t or "Beschreibung" in t], texts
    assert c.title == "Integrationspreis 2025" and c.award_stem == "Integrationspreis"
