"""Left-to-right runs in right-to-left text are isolated, so numbers and names keep their order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktopguide.core.bidi import LRI, PDI, isolate_html, isolate_ltr_runs
from desktopguide.core.content.markdown import render_html


def test_phone_number_in_arabic_is_one_isolated_run() -> None:
    assert isolate_ltr_runs("اتصل على (703) 746-4311 الآن.") == f"اتصل على {LRI}(703) 746-4311{PDI} الآن."


def test_287g_and_form_numbers_keep_their_brackets_and_hyphens() -> None:
    assert isolate_ltr_runs("اتفاقية 287(g) مع الشرطة") == f"اتفاقية {LRI}287(g){PDI} مع الشرطة"
    assert isolate_ltr_runs("نموذج I-247، الفقرة") == f"نموذج {LRI}I-247{PDI}، الفقرة"


def test_quoted_english_command_keeps_its_quotes_inside_the_run() -> None:
    assert isolate_ltr_runs("شغّل 'desktopguide check' لرؤيتها") == f"شغّل {LRI}'desktopguide check'{PDI} لرؤيتها"


def test_left_to_right_text_and_plain_words_are_left_alone() -> None:
    assert isolate_ltr_runs("Call (703) 746-4311 now") == "Call (703) 746-4311 now"
    assert isolate_ltr_runs("وكالة ICE هنا") == "وكالة ICE هنا"


def test_html_text_is_isolated_and_entities_stay_whole() -> None:
    out = isolate_html("<p><b>الهاتف:</b> (703) 746-4311 &amp; 287(g)</p>")
    assert out == f"<p><b>الهاتف:</b> {LRI}(703) 746-4311 &amp; 287(g){PDI}</p>"


def test_guide_markdown_for_a_right_to_left_language_isolates_numbers() -> None:
    html_text = render_html("اتصل على **(703) 746-4311** أو [دليل](guide:x) 287(g).", rtl=True)
    assert f"{LRI}(703) 746-4311{PDI}" in html_text
    assert f"{LRI}287(g){PDI}" in html_text
    assert 'href="guide:x"' in html_text


@given(st.text())
def test_isolating_only_adds_isolate_marks(text: str) -> None:
    out = isolate_ltr_runs(text)
    assert out.replace(LRI, "").replace(PDI, "") == text.replace(LRI, "").replace(PDI, "") or out == text
    assert out.count(LRI) == out.count(PDI)


def test_tables_in_right_to_left_guides_start_on_the_right() -> None:
    html_text = render_html("| | أ | ب |\n|---|---|---|\n| من | قاض | ضابط |\n", rtl=True)
    row = html_text[html_text.index("<tbody>"):]
    assert row.index("ضابط") < row.index("قاض") < row.index("من")
    assert '<table align="right">' in html_text
    header = html_text[: html_text.index("</thead>")]
    assert header.index("ب") < header.index("أ")


def test_an_untranslated_english_paragraph_keeps_its_full_stop_at_its_end() -> None:
    from desktopguide.core.bidi import isolate_untranslated

    text = "They arrest only after confirming an active criminal warrant."
    assert isolate_untranslated(text, in_rtl=True) == f"{LRI}{text}{PDI}"
    assert isolate_untranslated(text, in_rtl=False) == text
    assert isolate_untranslated("لا يعتقل الضباط أحدًا.", in_rtl=True) == "لا يعتقل الضباط أحدًا."
    assert (
        isolate_html(f"<p>{isolate_untranslated(text, True)}</p>") == f"<p>{LRI}{text}{PDI}</p>"
    )  # not isolated twice


def test_bracket_around_english_and_pashto_words_stays_outside_the_isolate() -> None:
    # The "(" pairs with a ")" after right-to-left words: it must stay in the right-to-left
    # context, where it mirrors, not inside the left-to-right isolate.
    assert isolate_ltr_runs("د (ICE د مهاجرت اداره) سره") == "د (ICE د مهاجرت اداره) سره"
    assert isolate_ltr_runs("د (Form I-205 فورمه) ولولئ") == f"د ({LRI}Form I-205{PDI} فورمه) ولولئ"
    assert isolate_ltr_runs("د «I-862 فورمه» ولولئ") == f"د «{LRI}I-862{PDI} فورمه» ولولئ"


def test_bracket_goes_inside_the_isolate_when_it_pairs_around_the_whole_run() -> None:
    assert isolate_ltr_runs("د (ICE) سره") == f"د {LRI}(ICE){PDI} سره"
    assert isolate_ltr_runs("د (Notice to Appear، I-862) سره") == f"د {LRI}(Notice to Appear، I-862){PDI} سره"
    assert isolate_ltr_runs("د (287(g) تړون) سره") == f"د ({LRI}287(g){PDI} تړون) سره"


def test_run_stops_before_a_bracket_whose_partner_is_outside_it() -> None:
    assert isolate_ltr_runs("د (ICE) and (Form I-205 فورمه)") == f"د {LRI}(ICE) and{PDI} ({LRI}Form I-205{PDI} فورمه)"


def test_quote_closed_after_right_to_left_words_stays_outside_the_isolate() -> None:
    assert isolate_ltr_runs('د "I-205 فورمه" ولولئ') == f'د "{LRI}I-205{PDI} فورمه" ولولئ'
