"""Tests for verify.segment.split_sentences: tables of texts and the sentences they are cut into."""
import json
from pathlib import Path

import pytest

from verify.resources import DATA_DIR
from verify.rules import load_rules
from verify.segment import split_sentences

SEEDS = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "seeds").glob("*.txt"))


def cut(text):
    """The sentence texts of `text`, split with the shipped abbreviation list (as the pipeline does)."""
    return [s.text for s in split_sentences(text, abbreviations=load_rules().abbreviations)]


@pytest.mark.parametrize("text, sentences", [
    ("Gen. Igor Konashenkov said so. It added more.", ["Gen. Igor Konashenkov said so.", "It added more."]),
    ("Maj. Gen. Igor Konashenkov said 30 were killed. He gave no details.",
     ["Maj. Gen. Igor Konashenkov said 30 were killed.", "He gave no details."]),
    ("Lt. Col. Ahmed Hassan said the attack failed. Others disagreed.",
     ["Lt. Col. Ahmed Hassan said the attack failed.", "Others disagreed."]),
    ("The U.S. military said it struck the base. Damascus denied it.",
     ["The U.S. military said it struck the base.", "Damascus denied it."]),
    ("The U.N. envoy arrived on Monday. Talks began.", ["The U.N. envoy arrived on Monday.", "Talks began."]),
    ("It happened in the U.S. Congress said no.", ["It happened in the U.S. Congress said no."]),
    ("Brig. Gen. Smith and Dr. Jones met. They talked.", ["Brig. Gen. Smith and Dr. Jones met.", "They talked."]),
    ("Rebels shelled the town at 5 p.m. The army responded.",
     ["Rebels shelled the town at 5 p.m.", "The army responded."]),
    # police ranks and a prefecture (Jakarta Post, Kyodo)
    ("Intan Jaya Police chief Adj. Sr. Comr. Bayu Suseno said two died. He gave no names.",
     ["Intan Jaya Police chief Adj. Sr. Comr. Bayu Suseno said two died.", "He gave no names."]),
    ("Rain hit Hiroshima Pref. on Monday. Two died.", ["Rain hit Hiroshima Pref. on Monday.", "Two died."]),
    # a priest's and a British minister's titles (Vanguard, the Belfast Telegraph)
    ("Governor of the state, Rev. Fr. Joseph Ahule, condemned it. He called for calm.",
     ["Governor of the state, Rev. Fr. Joseph Ahule, condemned it.", "He called for calm."]),
    ("The Rt. Hon. Jane Doe visited the site. She left.", ["The Rt. Hon. Jane Doe visited the site.", "She left."]),
    # detectives, assistants and a few more titles of police and army ranks (Irish, British, Nigerian styles)
    ("Det. Sgt. Mark Owens said the car was found. It was burnt out.",
     ["Det. Sgt. Mark Owens said the car was found.", "It was burnt out."]),
    ("Asst. Commissioner Joe Ray said 5 people died. He gave no names.",
     ["Asst. Commissioner Joe Ray said 5 people died.", "He gave no names."]),
    ("Pte. Lee Moss and Cmdt. Ali Musa were hurt. Both survived.",
     ["Pte. Lee Moss and Cmdt. Ali Musa were hurt.", "Both survived."]),
    # a retired officer's mark between his rank and his name (Ada Derana)
    ("Deputy Director Major General (Retd.) Ravi Perera said 12 died. He gave no names.",
     ["Deputy Director Major General (Retd.) Ravi Perera said 12 died.", "He gave no names."]),
    ("Col. (Rtd.) Ali Musa was hurt. He survived.", ["Col. (Rtd.) Ali Musa was hurt.", "He survived."]),
    # a dotted acronym in brackets, then the sentence going on in lower case (Samoa Observer)
    ("The Disaster Management Office (D.M.O.) confirmed two deaths. Police gave no names.",
     ["The Disaster Management Office (D.M.O.) confirmed two deaths.", "Police gave no names."]),
    # rupees before the amount (Sri Lankan and Pakistani papers)
    ("He said the state would pay Rs. 1 million to each family. Talks resume today.",
     ["He said the state would pay Rs. 1 million to each family.", "Talks resume today."]),
    # negatives: ordinary words before a stop still end a sentence
    ("Gunmen killed the local sheikh. The army blamed rebels.",
     ["Gunmen killed the local sheikh.", "The army blamed rebels."]),
    ("Asked whether troops would withdraw, he said no. The army attacked.",
     ["Asked whether troops would withdraw, he said no.", "The army attacked."]),
    ("Five people died. Activists said 12 more were hurt.", ["Five people died.", "Activists said 12 more were hurt."]),
])
def test_segment_abbreviations_do_not_split(text, sentences):
    assert cut(text) == sentences


@pytest.mark.parametrize("text, sentences", [
    ("Maj. Gen. Igor Konashenkov said so.", ["Maj.", "Gen.", "Igor Konashenkov said so."]),
    ("Lt. Col. Ahmed Hassan said so.", ["Lt. Col.", "Ahmed Hassan said so."]),
])
def test_segment_without_the_abbreviation_list_title_pairs_split(text, sentences):
    # The shipped Punkt parameters alone do not know "Maj.", "Gen." or "Col."; the pipeline always
    # passes rules.abbreviations, and this shows why.
    assert [s.text for s in split_sentences(text)] == sentences


@pytest.mark.parametrize("text, sentences", [
    ("Headline without stop\nFirst sentence of the body.", ["Headline without stop", "First sentence of the body."]),
    ("One line\r\nAnother line", ["One line", "Another line"]),
    ("Old Mac line\rNext line", ["Old Mac line", "Next line"]),
    ("Gen.\nIgor Konashenkov said so.", ["Gen.", "Igor Konashenkov said so."]),
    ("Title\n\n\n   \nBody text here.", ["Title", "Body text here."]),
    ("no stop at all", ["no stop at all"]),
    ("", []),
    ("  \n\n \t ", []),
])
def test_segment_line_breaks_always_split(text, sentences):
    assert cut(text) == sentences


@pytest.mark.parametrize("text, sentences", [
    ('"We will not stop," he said. "The war goes on." Troops advanced.',
     ['"We will not stop," he said.', '"The war goes on."', "Troops advanced."]),
    ('He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]),
    ("“The city is surrounded.” Rebels denied it.", ["“The city is surrounded.”", "Rebels denied it."]),
])
def test_segment_quotes_ending_with_a_stop_split(text, sentences):
    assert cut(text) == sentences


@pytest.mark.parametrize("text, sentences", [
    # a quoted question or cry, then its cue in lower case: one sentence
    ('"We hear them every day. What military target is this?" he asked. Then he left.',
     ['"We hear them every day.', 'What military target is this?" he asked.', "Then he left."]),
    ("“Stop!” she shouted at the soldiers.", ["“Stop!” she shouted at the soldiers."]),
    # a question with no quotation, or a quotation followed by a capital, still ends a sentence
    ("Why? Nobody knows.", ["Why?", "Nobody knows."]),
    ('"Is it over?" He shook his head.', ['"Is it over?"', "He shook his head."]),
])
def test_segment_a_quoted_question_runs_on_into_its_lower_case_cue(text, sentences):
    assert cut(text) == sentences


@pytest.mark.parametrize("text, headline", [
    ("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO. Victims of a suspected "
     "chemical attack in Syria appeared to show symptoms consistent with a nerve agent.",
     "Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO."),
    ("Fri 07 Apr 2017 at 0914 Homs governor says U.S. attack caused deaths but doesnt see big human losses. "
     "A U.S. missile strike on an airbase near Homs caused deaths.",
     "Fri 07 Apr 2017 at 0914 Homs governor says U.S. attack caused deaths but doesnt see big human losses."),
    ("Sun 01 Feb 2015 Explosion rocks down town Damascus . An explosion inside a bus killed six people.",
     "Sun 01 Feb 2015 Explosion rocks down town Damascus ."),
    ("Sun 05 Jul 2015 22 dead in heavy U.S. raids on IS Syria stronghold. Six civilians were among 22 killed.",
     "Sun 05 Jul 2015 22 dead in heavy U.S. raids on IS Syria stronghold."),
])
def test_segment_fakes_date_stamp_glued_to_headline(text, headline):
    # FA-KES article_content starts with "<day> <date> <headline>." and runs on into the story.
    sentences = cut(text)
    assert len(sentences) == 2
    assert sentences[0] == headline
    assert sentences[0] + " " + sentences[1] == text


@pytest.mark.parametrize("seed", SEEDS, ids=[p.name for p in SEEDS])
def test_segment_offsets_point_into_the_seed_text(seed):
    text = seed.read_text(encoding="utf-8")
    sentences = split_sentences(text, abbreviations=load_rules().abbreviations)
    assert len(sentences) > 5
    assert [s.index for s in sentences] == list(range(len(sentences)))
    for s in sentences:
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert "\n" not in s.text
    for before, after in zip(sentences, sentences[1:]):
        assert before.end <= after.start
        assert not text[before.end:after.start].strip()   # nothing is dropped between sentences


@pytest.mark.parametrize("text", [
    "Trailing spaces here.   And more.  ",
    "Tabs\tinside. Fine.\t",
    "   Indented paragraph. And more.",
    "Title\n\tIndented body text.",
])
def test_segment_sentences_exclude_surrounding_space(text):
    for s in split_sentences(text, abbreviations=load_rules().abbreviations):
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip()


def test_segment_punkt_parameters_are_plain_json():
    data = json.loads((DATA_DIR / "punkt.json").read_text(encoding="utf-8"))
    assert {"abbrev_types", "collocations", "sent_starters", "ortho_context"} <= set(data)
    assert all(isinstance(a, str) for a in data["abbrev_types"])
    assert all(isinstance(pair, list) and len(pair) == 2 for pair in data["collocations"])
    assert all(isinstance(s, str) for s in data["sent_starters"])
    assert all(isinstance(v, int) for v in data["ortho_context"].values())
    assert {"u.s", "u.n"} <= set(data["abbrev_types"])


def test_segment_no_pickle_in_shipped_data():
    files = [p for p in DATA_DIR.rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert path.suffix not in {".pickle", ".pkl", ".pck", ".joblib"}, path
        head = path.read_bytes()[:2]
        assert not (head[:1] == b"\x80" and head[1:2] in b"\x02\x03\x04\x05"), f"{path} is a pickle"


def test_segment_a_word_pair_seen_across_a_stop_does_not_glue_sentences():
    # Punkt trained with INCLUDE_ALL_COLLOCS learned ("targeted", "obeida") from one FA-KES article
    # and then never split there; only number/initial collocations are kept now.
    text = "The plant was not targeted. Obeida al-Hamawi said government forces had attacked."
    assert cut(text) == ["The plant was not targeted.", "Obeida al-Hamawi said government forces had attacked."]


def test_segment_unguarded_punkt_cuts_as_nltks_guarded_one(monkeypatch):
    """Punkt's patterns run without nltk's timeout (`segment._unguarded`): the same spans as the
    guarded tokenizer on every line of the corpora and on lines of marks, dots and quotes; a line
    longer than UNGUARDED_LINE goes through the guarded one."""
    from verify import segment
    from verify.reading import read_documents
    from verify.records import ReadFailure

    abbreviations = tuple(load_rules().abbreviations)
    plain, guarded = segment._tokenizer(abbreviations), segment._tokenizer(abbreviations, guarded=True)
    assert plain is not guarded
    assert type(plain._lang_vars.period_context_re()).__name__ != "TimedPattern"
    root = Path(__file__).resolve().parent.parent / "fixtures"
    lines = ["Rebels shelled the town at 5 p.m. The army responded.", "... . . . !!! ?? \"Yes.\" 'No!' (Why?) -- end.",
             "U.S. 1.5 1,000. A. B. C. Mr. X said: «Non.» «Oui». 12.5% -3.4 .5 …", "x" * 5000 + ". Next one.",
             "Gen. Igor Konashenkov said so. It added more.\u2019 \u201cSo.\u201d Then"]
    for item in read_documents([str(root / "fa-kes-train.csv"), str(root / "seeds"), str(root / "wire")]):
        if not isinstance(item, ReadFailure):
            lines += [line for line in item.text.splitlines() if line.strip()]
    assert len(lines) > 15_000
    assert [list(plain.span_tokenize(line)) for line in lines] == [list(guarded.span_tokenize(line)) for line in lines]
    text = lines[0] + "\n" + lines[3]
    expected = [(s.start, s.end) for s in split_sentences(text, abbreviations=abbreviations)]
    used = []
    original = segment._tokenizer
    monkeypatch.setattr(segment, "_tokenizer", lambda a, guarded=False: used.append(guarded) or original(a, guarded))
    monkeypatch.setattr(segment, "UNGUARDED_LINE", 100)
    assert [(s.start, s.end) for s in split_sentences(text, abbreviations=abbreviations)] == expected
    assert used == [False, True]  # (the first line is short, the second long)


@pytest.mark.parametrize("text", [
    "Barclays Chief Executive C.S. Venkatakrishnan said profits rose.",
    "The injured officer is receiving treatment at the G.W. Harley Hospital in Sanniquellie.",
    "A.P. Singh, the police chief, said five people died.",
])
def test_segment_a_person_s_initials_run_on_into_his_name(text):
    assert [s.text for s in split_sentences(text, abbreviations=load_rules().abbreviations)] == [text]


@pytest.mark.parametrize("text, first", [
    ("He lives in the U.S. The company said no.", "He lives in the U.S."),
    ("He joined the F.B.I. The bureau said no.", "He joined the F.B.I."),
    ("Evacuations expand near Clearwater, B.C.\nMegan Thorsteinson, Writer", "Evacuations expand near Clearwater, B.C."),
])
def test_segment_dotted_names_before_a_sentence_or_a_line_still_end_it(text, first):
    assert split_sentences(text, abbreviations=load_rules().abbreviations)[0].text == first


def test_segment_a_clock_time_ends_a_sentence_before_a_name():
    rules = load_rules()
    text = "A pause would begin at 9 a.m. Jaish al-Islam said its fighters repelled an advance."
    first, second = split_sentences(text, abbreviations=rules.abbreviations)
    assert (first.text, second.text) == ("A pause would begin at 9 a.m.", "Jaish al-Islam said its fighters repelled "
                                                                          "an advance.")
    assert text[second.start:second.end] == second.text


@pytest.mark.parametrize("text", [
    "It began at 9 a.m. Sunday, the ministry said.",
    "It began at 9 a.m. Damascus time.",
    "It began at 9 a.m. GMT on Sunday.",
    "At 6 p.m. Police arrived at the scene.",
])
def test_segment_a_clock_time_before_its_day_zone_or_clause_stays_in_its_sentence(text):
    assert [s.text for s in split_sentences(text, abbreviations=load_rules().abbreviations)] == [text]


def test_segment_two_clock_breaks_in_one_sentence_keep_their_offsets():
    text = ("The ceasefire was due to begin at 9 a.m. Jaish al-Islam said its fighters repelled an advance at 10 a.m. "
            "Russian officials denied that at 11 p.m. Syrian state media said nothing.")
    sentences = split_sentences(text, abbreviations=load_rules().abbreviations)
    assert [s.text for s in sentences] == ["The ceasefire was due to begin at 9 a.m.",
                                           "Jaish al-Islam said its fighters repelled an advance at 10 a.m.",
                                           "Russian officials denied that at 11 p.m.", "Syrian state media said nothing."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


@pytest.mark.parametrize("text", [
    "Trading was halted at 10:30 a.m. New York time after the stock fell.",
    "The quake struck at 2:10 a.m. Greenwich Mean Time, the USGS said.",
    "Snow fell at 8 a.m. Christmas Day, forecasters said.",
])
def test_segment_a_clock_time_before_a_zone_of_several_words_stays_in_its_sentence(text):
    assert [s.text for s in split_sentences(text, abbreviations=load_rules().abbreviations)] == [text]


@pytest.mark.parametrize("text, first", [
    ("The bomb was planted by the I.R.A. British officials said three soldiers were killed.",
     "The bomb was planted by the I.R.A."),
    ("The money went to the A.N.C. Ramaphosa said he knew nothing.", "The money went to the A.N.C."),
])
def test_segment_a_body_s_dotted_acronym_still_ends_a_sentence_before_a_name(text, first):
    assert split_sentences(text, abbreviations=load_rules().abbreviations)[0].text == first


@pytest.mark.parametrize("text", [
    "Former president A.P.J. Abdul Kalam said the plan was good.",
    "The team landed at 9 a.m. Abu Dhabi time.",
])
def test_segment_three_initials_and_a_two_word_zone_stay_in_their_sentence(text):
    assert [s.text for s in split_sentences(text, abbreviations=load_rules().abbreviations)] == [text]


def test_segment_time_later_in_the_next_sentence_does_not_hold_a_clock_break():
    text = "The market opened at 9 a.m. Traders said this time prices were higher."
    assert [s.text for s in split_sentences(text, abbreviations=load_rules().abbreviations)] == [
        "The market opened at 9 a.m.", "Traders said this time prices were higher."]


@pytest.mark.parametrize("text, sentences", [
    # (sixtieth session) an article and a dotted name alone is no sentence: Punkt's cut after "U.S." before a
    # word it saw in lower case is undone
    ("The U.S. Centers for Disease Control and Prevention said on Friday that 14 were ill.",
     ["The U.S. Centers for Disease Control and Prevention said on Friday that 14 were ill."]),
    ("A U.S. Centers for Disease Control official said so.", ["A U.S. Centers for Disease Control official said so."]),
    # (a sentence that ends in the dotted name still ends there)
    ("He moved back to the U.S. Officials said he was safe.", ["He moved back to the U.S.", "Officials said he was safe."]),
])
def test_segment_an_article_and_a_dotted_name_are_no_sentence(text, sentences):
    assert cut(text) == sentences
