import pytest

from framing.text import analyze, count_tokens, find_boilerplate, find_quotes, find_title


def quoted(text):
    return [text[q.start:q.end] for q in find_quotes(text)]


def test_seed_quotes_are_the_ones_a_reader_sees(seed_texts):
    assert [q for q in quoted(seed_texts["000"])] == ["“the forgotten front”", "“the Syrian Stalingrad”"]
    assert quoted(seed_texts["001"]) == []
    q3 = quoted(seed_texts["003"])
    assert len(q3) == 12
    assert q3[6] == "“Yes, we are at the hands of the regime,”"
    assert q3[8] == "“prefer the regime over Daesh,”"
    assert len(quoted(seed_texts["004"])) == 4
    assert len(quoted(seed_texts["002"])) == 6
    # the right single quotation mark is only ever an apostrophe in the seeds
    for t in seed_texts.values():
        for q in find_quotes(t):
            assert t[q.start] in "“\"", t[q.start:q.end]


def test_apostrophes_open_no_quote():
    t = "Syria’s army and ISIS’ last town; the rebels' positions and Da'esh."
    assert find_quotes(t) == ()


def test_single_quotes_that_stand_as_quotes():
    t = "He called it ‘a victory’, and 'a turning point' too; we’re sure."
    assert quoted(t) == ["‘a victory’", "'a turning point'"]


def test_straight_double_quotes():
    t = 'The army said "the siege is broken" and "it is over".'
    assert quoted(t) == ['"the siege is broken"', '"it is over"']


def test_guillemets():
    assert quoted("Il a dit « le régime » hier.") == ["« le régime »"]


def test_multi_paragraph_quote_continues():
    t = "“We held the line for years.\n“Now the siege is over,” he said.\nThe army moved."
    qs = find_quotes(t)
    assert [t[q.start:q.end] for q in qs] == ["“We held the line for years.", "“Now the siege is over,”"]
    assert qs[0].closed is False and qs[1].continues == 0


def test_unclosed_quote_runs_to_end_of_paragraph_only():
    t = "He said “the regime is weak.\nThe government answered."
    qs = find_quotes(t)
    assert [t[q.start:q.end] for q in qs] == ["“the regime is weak."]
    assert qs[0].closed is False and qs[0].continues == -1


def test_an_opening_mark_inside_an_open_quote_restarts():
    t = "“one “two” three"
    assert quoted(t) == ["“one ", "“two”"]


def test_an_opening_mark_typed_for_a_closing_one_closes():
    # “ after a word or a comma and before a space or punctuation closes ("… here,“ said X")
    t = "“It's unusual,“ said Larry Noble. He wants an “expedited review“ of it. “A “b” c"
    assert quoted(t) == ["“It's unusual,“", "“expedited review“", "“A ", "“b”"]


def test_an_editors_note_after_the_story_is_boilerplate():
    story = "Trump won the primary. " * 40
    note = "Editor’s note:\u00a0Donald Trump regularly incites political violence."
    text = story + "\n\n" + note + "\nZach Carter is a co-host of the podcast."
    assert find_boilerplate(text) == ((len(story) + 2, len(text)),)
    # at the head of an article it introduces the story; in brackets, or far from the foot,
    # it is the article's own ("[Editor's note: Protester interrupts]" in a transcript)
    assert find_boilerplate("Editor’s Note: The following is part 3 of 3.\n\n" + story) == ()
    assert find_boilerplate(story + "\n\n[Editor's note: Protester interrupts]\n\n" + story) == ()
    assert find_boilerplate(story + " (Editor's note: the story was amended.)") == ()
    assert find_boilerplate(story + "\n\nEditor's note: an ad.\n\n" + story) == ()


def test_voice_at(seed_texts):
    t = seed_texts["003"]
    facts = analyze(t)
    i = t.index("prefer the regime") + len("prefer the ")
    assert facts.voice_at(i, i + 6) == "quoted"
    assert facts.voice_at(0, 6) == "narrator"


def test_titles(seed_texts):
    for doc in ("000", "001", "002"):
        s, e = find_title(seed_texts[doc])
        assert s == 0 and seed_texts[doc][e] == "\n"
    assert find_title(seed_texts["003"]) is None
    assert find_title(seed_texts["004"]) is None
    assert find_title("A whole first paragraph that ends with a full stop.\n\nMore.") is None
    assert find_title("Headline\r\n\r\nBody.") == (0, 8)
    assert find_title("Only a line") is None


@pytest.mark.parametrize(
    "text,title",
    [
        # PolNeAR's style: every headline ends with a full stop
        ("O’Malley campaign to shift staff, resources to Iowa.\n\nDALLAS (AP) — Democratic presidential candidate "
         "Martin O’Malley is shifting staff and resources to Iowa.", "O’Malley campaign to shift staff, resources to Iowa."),
        ("Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance to Win Presidency.\n\nThursday at the "
         "Republican Jewish Coalition conference in Washington, D.C., Sen. Lindsey Graham called out Trump.",
         "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance to Win Presidency."),
        ("Sen. Cruz wins U.S. Senate primary in Texas.\n\nAUSTIN — Ted Cruz won the primary on Tuesday, and by a lot.",
         "Sen. Cruz wins U.S. Senate primary in Texas."),
        # ledes, not headlines: two sentences; a long sentence-case sentence; a paragraph longer than the next
        ("The siege is over. The army entered the city.\n\nResidents came out into the streets on Tuesday.", None),
        ("(CNN) Republicans began their debate Thursday night with insults and ended with three candidates "
         "pledging to back Donald Trump.\n\nFlorida Sen. Marco Rubio and Texas Sen. Ted Cruz took more shots at Trump "
         "in the debate on Thursday night in Detroit, Michigan.", None),
        ("Trump wins the primary in Texas.\n\nHe won.", None),
    ],
)
def test_titles_ending_with_a_full_stop(text, title):
    span = find_title(text)
    assert (None if span is None else text[span[0]:span[1]]) == title


def test_boilerplate(seed_texts):
    t2 = seed_texts["002"]
    assert [t2[s:e] for s, e in find_boilerplate(t2)] == ["Jennifer Brown", "Latest posts by Jennifer Brown (see all)"]
    t3 = seed_texts["003"]
    (s, e), = find_boilerplate(t3)
    assert t3[s:e].startswith("SEE ALSO: 15 photos") and e == len(t3)
    for doc in ("000", "001", "004"):
        assert find_boilerplate(seed_texts[doc]) == ()
    assert find_boilerplate("SEE ALSO: only this") == ()


@pytest.mark.parametrize(
    "doc,total,quoted_tokens",
    [("000", 502, 6), ("001", 377, 0), ("002", 414, 105), ("003", 667, 118), ("004", 645, 72)],
)
def test_token_counts(seed_texts, doc, total, quoted_tokens):
    t = seed_texts[doc]
    assert count_tokens(t, analyze(t)) == (total, quoted_tokens)


def test_tokens_hand_counted():
    t = "The IS-held town, Syria’s “last stand”.\n\nLatest posts by A (see all)"
    facts = analyze(t)
    # The | IS-held | town | Syria’s | last | stand  — the trailer is left out
    assert count_tokens(t, facts) == (6, 2)


def test_soft_wrapped_paragraphs_keep_quotes_whole():
    t = "Title\n\nHe said “the regime\nis weak” and left.\n\n“Next paragraph,” she said."
    assert quoted(t) == ["“the regime\nis weak”", "“Next paragraph,”"]
    from framing.text import paragraphs

    assert [t[s:e] for s, e in paragraphs(t)] == ["Title", "He said “the regime\nis weak” and left.", "“Next paragraph,” she said."]
    # without blank lines between paragraphs every line is one
    t2 = "Title\n\nOne “open\nTwo."
    assert [t2[s:e] for s, e in paragraphs(t2)] == ["Title", "One “open", "Two."]
    assert quoted(t2) == ["“open"]


def test_inline_site_trailers_in_one_line_pages():
    body = "The regime advanced on the town, the monitor said. " * 5
    t = body + "Source TRTWorld and agencies Related News Sudanese President Bashir dissolves government"
    (s, e), = find_boilerplate(t)
    assert t[s:].startswith("Source TRTWorld") and e == len(t)
    # a marker early in the text is not a trailer
    t2 = "Tags Syria Free Syrian Army. " + body
    assert find_boilerplate(t2) == ()


def test_quotation_lookups():
    text = "He said “we won” and “they lost” today."
    facts = analyze(text)
    first, second = facts.quotes
    assert text[first.start:first.end] == "“we won”" and text[second.start:second.end] == "“they lost”"
    assert facts.quote_at(first.start + 1) == first and facts.quote_at(first.start) is None  # on the mark: outside
    assert facts.quote_at(first.end) is None and facts.quote_at(0) is None
    assert facts.quotes_between(0, len(text)) == [first, second]
    assert facts.quotes_between(first.end, second.start) == [] and facts.quotes_between(first.end - 1, second.start + 1) == [first, second]
    assert facts.quote_starting_at(second.start) == second and facts.quote_starting_at(second.start + 1) is None
    assert facts.quote_ending_at(first.end) == first and facts.quote_ending_at(first.end - 1) is None


def test_without_boilerplate():
    text = "Title here\n\nThe regime said so in a long enough paragraph of text.\n\nFollow us on Twitter @agency"
    facts = analyze(text)
    plain = facts.without_boilerplate()
    assert plain.boilerplate == () and plain.body_end == len(text)
    assert (plain.title, plain.quotes, plain.length) == (facts.title, facts.quotes, facts.length)
