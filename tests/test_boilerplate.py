"""Tests for verify.boilerplate.is_boilerplate: lines that are not story text, and story text that is."""
import pytest

from verify.boilerplate import is_boilerplate
from verify.rules import load_rules


def boilerplate(text):
    return is_boilerplate(text, rules=load_rules())


@pytest.mark.parametrize("text, rule", [
    # from the seeds
    ("27/11/2017 08:46 by admin", "boiler.timestamp-byline"),
    ("Latest news", "boiler.latest-news"),
    ("Main » Russian Federation strikes kill 120 Daesh militants", "boiler.breadcrumb"),
    ("Comments About This Article", "boiler.comments"),
    ("COMMENTS", "boiler.comments"),
    ("Please fill the fields below.", "boiler.form"),
    ("Please let us know if you're having issues with commenting.", "boiler.form"),
    ("- IT", "boiler.agency-signature"),
    ("--Reuters", "boiler.agency-signature"),
    ("(With agencies)", "boiler.agency-signature"),
    ("File pic - Damage in the eastern Syrian city", "boiler.caption"),
    ("Tuesday, 17 July 2018", "boiler.dateline-alone"),
    ("08 October 2017", "boiler.dateline-alone"),
    ("Read Also", "boiler.read-also"),
    ("Manar/Manal/Ghossoun", "boiler.editor-signature"),
    # wire copy and press releases (fixtures/wire)
    ("Associated Press writer Dmytro Zhuk in Dnipro, Ukraine, contributed to this report.", "boiler.contributed"),
    ("ENDS", "boiler.editor-signature"),
    ("Notes to editors:", "boiler.press-release-footer"),
    ("For further information, please contact: NRC media hotline, +47 905 62 329", "boiler.press-release-footer"),
    ("- Photos and b-roll footage from Tawila are available for free use here: [link].",
     "boiler.press-release-footer"),
    # shaped like the seeds
    ("July 17, 2018", "boiler.dateline-us"),
    ("Share this article", "boiler.share"),
    ("© 2017 Reuters", "boiler.copyright"),
    ("Tags: Syria, Russia", "boiler.tags"),
    ("  Latest news  ", "boiler.latest-news"),       # surrounding space does not matter
    ("latest NEWS", "boiler.latest-news"),           # nor case
    ("Reporting by James Grubel; Editing by Nick Macfie Our Standards:The Thomson Reuters Trust Principles.",
     "boiler.reporting-credits"),                    # an agency's credit line ("Our" is no speaker)
    ("Sources: Reuters/www.globalsecurity.org (Writing by David Cutler London Editorial Reference Unit)",
     "boiler.reporting-credits"),
    ("Still image shows a cloud of black smoke rising from vehicles in the distance.", "boiler.caption-shows"),
    ("Manar al-Frieh/Manal", "boiler.editor-names"),
    ("H. Zain H. Said", "boiler.editor-names"),
    # FA-KES site chrome (dev gold and unannotated train articles)
    ("SUBSCRIBE TRT World on Youtube Subscribe to our Youtube channel for all latest in-depth reporting.",
     "boiler.site-footer"),
    ("37th Istanbul Film Festival Egon Schiele Cy Twombly | Episode | Showcase Category News The blunders of MBS",
     "boiler.site-footer"),
    ("Source AFP Related News Suicide car bomb kills eight regime and rebel fighters in Daraa - SOHR",
     "boiler.related-news-footer"),
    ("Launched in London in 1978 Asharq Al-Awsat has established itself as the decisive publication.",
     "boiler.outlet-blurb"),
    ("This article is an edited translation from our Arabic edition.", "boiler.credits-note"),
    ("Last Update: Saturday 7 October 2017 KSA 16:06 - GMT 13:06 3885", "boiler.last-update"),
    ("WARNING GRAPHIC CONTENT", "boiler.warning"),
    ("218-11", "boiler.page-code"),
    ("People inspect a site hit by air strikes in Idlib province Syria June 12 2016.", "boiler.caption-dated"),
    ("(Photo Smoke is seen following a US airstrike on western Raqqah Syria on July 17 2017. by AFP)",
     "boiler.tweet-embed"),
    ("... 832 Community standardsDiscussion Comment via FacebookComment via Sputnik News", "boiler.tweet-embed"),
    # wire and web furniture (the eleventh session's wire stories)
    ("Read also: Russia launches largest drone attack on Kharkiv in weeks, 9 injured", "boiler.read-also-link"),
    ("10:52 pm", "boiler.clock-time"),
    ("By Daniel Whitcombe and Anya Petrenko, BBC Verify", "boiler.byline"),
    ("By ToI Staff", "boiler.staff-credit"),
    ("2 min read", "boiler.read-time"),
    ("Published date: 14 April 2025 18:05 BST", "boiler.published"),
    ("Published in Dawn, October 23rd, 2024", "boiler.published"),
    ("Apr 17, 2025", "boiler.date-abbreviated"),
    ("PRESS RELEASE", "boiler.release-label"),
    ("— Photo by writer", "boiler.photo-credit"),
    ("Caption: A satellite image taken on 12 November shows damage", "boiler.photo-credit"),
    ("If you value what we do, consider joining our community.", "boiler.membership-appeal"),
    ("Yara Haddad in Ramallah, occupied West Bank", "boiler.byline-place"),
    ("Enab Baladi – Daraa", "boiler.byline-place"),
    ("Daraa – Yazan al-Hourani", "boiler.place-byline"),
    ("Hazem Sabbagh", "boiler.lone-name"),
    ("Geneva/Port Sudan, 3 March 2025", "boiler.place-date"),
    # web furniture of the wire dev stories the older patterns missed (twentieth session)
    ("Updated June 9, 2025 · 6:41 AM ET", "boiler.timestamp-line"),
    ("Published at : August 4, 2025", "boiler.timestamp-line"),
    ("Published: November 03, 2025 | Updated: November 03, 2025, 4:12 PM", "boiler.timestamp-line"),
    ("Posted Tue 18 Feb 2025 at 6:42am, updated Tue 18 Feb 2025 at 9:15am", "boiler.timestamp-line"),
    ("16:42:10", "boiler.timestamp-line"),
    ("Published October 9, 2025 Updated about 2 hours ago", "boiler.timestamp-line"),
    ("03.11.2025 16:20", "boiler.timestamp-line"),
    ("By GONZALO SARMIENTO VELA", "boiler.byline-list"),
    ("By Euronews with AP, AFP", "boiler.byline-list"),
    ("Written by Laura Quintero | May 7, 2025", "boiler.byline-list"),
    ("By Shin Min-jung, Cheongju correspondent; Kwon Hyo-jin, staff reporter", "boiler.byline-list"),
    ("Editor: Helen Kivisild", "boiler.byline-list"),
    ("From CNN's Leila Haddad in Beirut", "boiler.byline-list"),
    ("Ajay Kumar Jha / TNN / Updated: Nov 6, 2025, 08:41 IST", "boiler.named-timestamp"),
    ("Iryna Kovalchuk — Wednesday, 12 November 2025, 07:18", "boiler.named-timestamp"),
    ("(With inputs from PTI)", "boiler.with-agencies"),
    ("— With files from Ryan Kostecki, Global News, and The Canadian Press", "boiler.with-agencies"),
    ("Texas Public Radio's Carlos Meléndez contributed reporting from Kingsville.", "boiler.contributed-any"),
    ("[Our Jagannath University correspondent contributed to this report]", "boiler.contributed-any"),
    ("This article was originally published in French in L'Orient-Le Jour.", "boiler.translation-note"),
    ("(Translated from the French original)", "boiler.translation-note"),
    ("This is a developing story and will be updated.", "boiler.developing-story"),
    ("Claire Vandenbussche, ICRC Geneva, tel: +41 79 318 4406", "boiler.contact-line"),
    ("Karim Ouazzani, Public Information Officer, OCHA Lebanon, email: ouazzani@un.org", "boiler.contact-line"),
    ("@thelocalaustria", "boiler.contact-line"),
    ("ALSO READ: UPDF steps up patrols along Uganda-DR Congo border", "boiler.related-link"),
    ("What we know so far", "boiler.related-link"),
    ("Follow ERR News on Facebook and X and never miss an update!", "boiler.follow-subscribe"),
    ("Sign up to receive our Evening Edition newsletter.", "boiler.follow-subscribe"),
    ("Photo caption: Residents gather around a crater in the al-Malha market.", "boiler.photo-label"),
    ("Credit: Belga / Lucas Verbeke", "boiler.photo-label"),
    ("Pix courtesy Sri Lanka Navy", "boiler.photo-label"),
    ("(Yonhap)", "boiler.parenthesised-credit"),
    ("ab/sms (dpa, AFP, Reuters)", "boiler.parenthesised-credit"),
    ("Himalayan News Service", "boiler.desk-credit"),
    ("Our Staff Reporter", "boiler.desk-credit"),
    ("MALAKAL, South Sudan", "boiler.dateline-place"),
    ("Editor's Choice: Military Adds Troops in Central Papua After Series of Ambushes", "boiler.site-appeal"),
    ("Source: TUKO.co.ke", "boiler.site-appeal"),
])
def test_boilerplate_positives(text, rule):
    assert boilerplate(text) == rule


@pytest.mark.parametrize("text", [
    "Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO.",
    "Russian Federation strikes kill 120 Daesh militants",
    "Monitor: Russian strike kills 38 civilians in east Syria",
    "At least 53 civilians were killed in air strikes on the town, the Observatory said.",
    "Reuters reported that 12 people died.",
    "Please note the death toll rose to 40 on Monday, the monitor said.",
    "The comments came after the attack.",
    "Latest news from Syria shows the toll rising.",
    "Tuesday, 17 July 2018 was the day the strikes began.",
    "Read the full report on the monitor website.",
    "Video footage showed the strike.",
    "Home to 2 million people, Aleppo was besieged for years.",
    "The report was compiled by the Observatory and released on Monday.",
    "Footage posted on YouTube showed corpses of women and children.",   # a caption says "shows"
    "Aleppo/Idlib: rebels advance on the city as the army retreats.",
    "Reporters who contributed to this report were detained, the union said.",
    "The minister said he was available for interviews after the talks ends.",
    "The source said 40 people were killed and related news emerged later.",
    "Warning of graphic images, activists posted the video on Monday.",
    "Asharq Al-Awsat reported that the strikes killed 12 people.",
    # a story sentence ending with a date names a source or a perfect tense; a caption does not
    "The army also appeared to have dropped nerve agents on northern Hama on March 30 2017.",
    # story sentences that start like furniture
    "By Monday night the army had retaken the town.",
    "UNHCR published figures in 2023 showing 12,000 returns.",
    "The report was published on March 3, 2024 and found 20 deaths.",
    "Read the statement: the army denied it.",
    "Syrian Army Advances",
    "Staff at the hospital said 12 died.",
    "At least 80 people were killed in the attack the Observatory said on August 21 2013.",
    # story sentences shaped like the twentieth session's furniture
    "Published reports said 12 people were killed on March 3, 2025.",
    "Updated figures from the ministry show 40 dead by 14:00.",
    "By the end of March 2025, 40 people had died.",
    "With reports from the ground suggesting dozens dead, the UN called for calm.",
    "Two journalists who contributed to the report were arrested.",
    "Reporters who contributed to this report were detained, the union said.",
    "Read more than 200 pages of the report, the minister told lawmakers \"read it\".",
    "Residents said phone lines were cut on March 3, 2025.",
    "Background checks found 12 suspects.",
    "SYRIA: Five killed as army shells Idlib",
    "Russia Strikes Kyiv — 12 Dead",
    "CONGOLESE GOVERNMENT",
    "Follow-up strikes killed 20 people on Monday, the ministry said.",
    "(The ministry said 20 people died.)",
    "The photo shows a crater; the army said 12 died.",
    "Translation errors in the report misled officials, the monitor said.",
    "",
])
def test_boilerplate_negatives(text):
    assert boilerplate(text) is None


def test_boilerplate_whole_sentence_must_match():
    # The breadcrumb is boilerplate; the same headline without "Main »" is the story.
    assert boilerplate("Main » Russian Federation strikes kill 120 Daesh militants")
    assert boilerplate("Russian Federation strikes kill 120 Daesh militants") is None
    # A date stamp alone is boilerplate; glued to a headline (FA-KES) it is not.
    assert boilerplate("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO.") is None
    assert boilerplate("Tuesday, 17 July 2018")
    assert boilerplate("Tuesday, 17 July 2018 Russian jets struck Idlib.") is None


def test_boilerplate_every_shipped_example_is_boilerplate():
    rules = load_rules()
    examples = [(p.id, p.example) for p in rules.boilerplate if p.example]
    assert examples
    for pattern_id, example in examples:
        assert is_boilerplate(example, rules=rules) is not None, pattern_id


def _plain(text, rules):
    """Every pattern tried in order, as `is_boilerplate` does before its shortcuts."""
    stripped = text.strip()
    return next((p.id for p in rules.boilerplate if p.pattern.fullmatch(stripped)), None)


def test_boilerplate_shortcuts_give_the_plain_answer(monkeypatch):
    """Past SHORTCUTS_AFTER sentences a pattern is not tried on a text longer than it can match or
    without any piece it needs: the answer must be the plain loop's on every line and sentence of
    the corpora, on every example in other cases and around other text, and on letters
    `re.IGNORECASE` takes for ASCII ones."""
    from pathlib import Path

    from verify import boilerplate as module
    from verify.reading import read_documents
    from verify.records import ReadFailure
    from verify.segment import split_sentences

    rules = load_rules()
    monkeypatch.setattr(module, "SHORTCUTS_AFTER", 0)
    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = []
    for item in read_documents([str(root / "fa-kes-train.csv"), str(root / "seeds"), str(root / "wire")]):
        if not isinstance(item, ReadFailure):
            texts += item.text.splitlines()
            texts += [s.text for s in split_sentences(item.text, abbreviations=rules.abbreviations)]
    examples = [p.example for p in rules.boilerplate if p.example]
    for example in examples:
        texts += [example, example.upper(), example.lower(), example.swapcase(), f"  {example}\n",
                  example + " and more", "More: " + example, example.replace("s", "ſ").replace("k", "\u212a"),
                  example + " " + "x" * 300, example.replace(" ", "\n"), example.replace("e", "é")]
    texts += ["", "Agencies contributed to this report", "AGENCIES CONTRIBUTED TO THIS REPORT",
              "Agencies contributed to thiſ report", "Follow us on Twitter", "pic.twitter.com/x (AFP) May 3, 2017",
              "Reuters writer Jane Doe contributed to this report.", "10:52 pm", "ſubscribe to our newsletter"]
    assert len(texts) > 40_000
    assert module._shortcuts(rules) is not None
    assert [is_boilerplate(text, rules=rules) for text in texts] == [_plain(text, rules) for text in texts]


@pytest.mark.parametrize("pattern, longest, pieces", [
    (r"(?=.{4,110}\Z).*", 110, None),
    (r"(?=.*\bcontributed\s).{0,150}", 150, ("contributed",)),
    (r".*(?:pic\.twitter\.com|Community Standards).*", None, ("pic.twitter.com", "community standards")),
    (r"(?=.*\b(?:said|told)\b).*", None, ("said", "told")),
    (r"(?!.*said).*x", None, ("x",)),  # a negative look needs nothing
    (r".{0,60}(?:a|[bc]).*", None, None),  # an alternative needing nothing known: no pieces
    (r"by\s[A-Z]\w+", None, None),  # not opening with a look: tried as it is
])
def test_boilerplate_shortcut_reads_a_pattern(pattern, longest, pieces):
    import re
    import sys

    from verify.boilerplate import _shortcut

    assert _shortcut(re.compile(pattern, re.IGNORECASE)) == (longest or sys.maxsize, pieces)


@pytest.mark.parametrize("pattern, opening, not_opening", [
    (r"(?:by|from)\s\w+", "bBfF", "xT(1 "),
    (r"(?-i:[A-Z])[a-z]+", "AZT", "az1("),  # (its own flags: capitals only)
    (r"\d{1,2}:\d{2}", "09", "aT"),
    (r"(?=.*\d)\(?\d+", "(5", "a"),  # (a look takes no character)
    (r"(?:a |an )?(?:still )?photo\b.*", "aAsSpP", "xT"),
    (r"share|\(c\)|©.*", "sS(©", "xc"),
    (r".{0,60}\bmore", "xT(1 ", ""),
    (r"s\w+", "sSſ", "t"),  # ("ſ" is an "s" to re.IGNORECASE)
])
def test_boilerplate_openers_read_a_patterns_first_character(pattern, opening, not_opening):
    import re

    from verify.boilerplate import _openers

    openers = _openers(re.compile(pattern, re.IGNORECASE))
    assert openers is not None
    assert all(any(o.match(c) for o in openers) for c in opening)
    assert not any(any(o.match(c) for o in openers) for c in not_opening)


@pytest.mark.parametrize("pattern", [r"x?", r"(?:a|b?)", r"(a)?(?(1)b|c)", r"(?:x*)y?"])
def test_boilerplate_openers_unknown_or_empty_match(pattern):
    """A pattern that can match an empty text, or opens with what the reading does not know, is
    always tried."""
    import re

    from verify.boilerplate import _openers

    assert _openers(re.compile(pattern, re.IGNORECASE)) is None
