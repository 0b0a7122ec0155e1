from ceremonykit.formula_guard import is_formula_like, looks_like_formula


def test_exports_guard_every_formula_start() -> None:
    for text in ("=1+1", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx"):
        assert is_formula_like(text)
    assert not is_formula_like("Müller")


def test_import_notes_only_what_looks_like_a_formula() -> None:
    for text in ("=HYPERLINK(1)", "@x", "+cmd|' /C calc'!A0", "-cmd"):
        assert looks_like_formula(text)
    for text in ("-5", "- ", "-", "+49 231 50-23022", "Anna", ""):
        assert not looks_like_formula(text)
