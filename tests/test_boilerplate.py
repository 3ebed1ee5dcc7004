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
