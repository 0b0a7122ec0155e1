"""A readable German summary of a ceremony (``ceremonykit show``)."""

from __future__ import annotations

from collections import Counter

from ceremonykit.domain.model import Ceremony
from ceremonykit.german.amounts import amount_text
from ceremonykit.german.dates import date_long, time_text
from ceremonykit.german.ordinals import prize_title


def summary_lines(c: Ceremony) -> list[str]:
    lines = [c.title or "(Preis ohne Namen)"]
    when = date_long(c.ceremony_date) if c.ceremony_date else "Datum offen"
    if c.ceremony_time:
        when += f", {time_text(c.ceremony_time)}"
    lines.append(f"Verleihung: {when}, {c.venue or 'Ort offen'}")
    if c.host.full_name:
        lines.append(f"Gastgeber: {' '.join(filter(None, (c.host.function, c.host.full_name)))}")
    if c.total_prize_money is not None:
        lines.append(f"Preisgeld insgesamt: {amount_text(c.total_prize_money)}")
    if c.applications_count is not None:
        lines.append(f"Bewerbungen: {c.applications_count}")
    lines.append("")
    lines.append("Preise:")
    for prize in c.ranked_prizes():
        money = f" ({amount_text(prize.amount)})" if prize.amount is not None else ""
        names = ", ".join(w.display_name for w in c.winners_of(prize)) or "– noch niemand –"
        lines.append(f"  {prize_title(prize)}{money}: {names}")
    orphans = [w for w in c.winners if c.prize(w.prize_id) is None]
    for w in orphans:
        lines.append(f"  (ohne Preis): {w.display_name}")
    lines.append("")
    lines.append(f"Fotos: {len(c.photos)}   Bewerbungen erfasst: {len(c.applicants)}")
    states = Counter(g.rsvp.value for g in c.guests)
    detail = ", ".join(f"{n} {state}" for state, n in sorted(states.items()))
    lines.append(f"Gäste: {len(c.guests)}" + (f" ({detail})" if detail else ""))
    return lines
