from workbench.textsafe import is_clean, sanitize


def test_controls_are_replaced_one_for_one() -> None:
    raw = "a\x1b]0;title\x07b\x1b[31mc\x9bd\u202ee\x00f\x7f"
    clean = sanitize(raw)
    assert len(clean) == len(raw)
    assert is_clean(clean)
    assert "\x1b" not in clean and "\x07" not in clean and "\x9b" not in clean
    assert "\u202e" not in clean
    assert clean.startswith("a\u241b]0;title\u2407b")


def test_ordinary_text_is_untouched() -> None:
    text = "Line one\n\tTabbed “quotes” [bold]x[/bold] Ünïcödé 한국어\r\n"
    assert sanitize(text) == text
