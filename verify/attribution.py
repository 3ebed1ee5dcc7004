"""Stage 4: who asserts each sentence — the source, the relay chain (`via`) and the reporting cue.

Example:
    >>> from verify.rules import load_rules
    >>> from verify.segment import split_sentences
    >>> text = "RT quoted the military as saying that 50 died."
    >>> [a.source for a in attribute(split_sentences(text), rules=load_rules())]
    ['Russian Defence Ministry']

Finding and attaching are separate halves (after spaCy's `match()` / `set_annotations()`):
`find_candidates` proposes attributions inside one sentence from the cue lexicon, and
`attribute` walks the document in order, resolves pronouns and descriptions ("it", "the
monitor") against the sources named before, and carries attributions through quotations that
run over several sentences. The cue-anchored approach follows the PARC attribution model
(Pareti 2016, "PARC 3.0") and the quote rules of Krestel, Bergler & Witte (2008), "Minding the
Source"; FA-KES text has lost most commas, so source spans are found by word class, not by
punctuation.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

# (the peoples a count names are the peoples an unnamed source is of; its kin and spelled numbers too)
from .numbers import DEMONYMS, KIN_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_PLURALS, find_number_spans
from .patterns import lazy_compile  # (the patterns an audit rarely reaches compile when first used)
from .records import Attribution, Document, Sentence, Source
from .segment import is_common_word
from .rules import (Cue, Rank, Registry, RuleSet, cased_name_key, derived, literal_alternation, lost_apostrophe_variants,
                    normalise_name)

# Patterns built from names ("(?<![\w-])Interior Ministry(?![\w-])") are compiled once and kept:
# the registry's thousands of aliases would otherwise push each other out of `re`'s small cache and
# be compiled again on every mention
_compiled = lru_cache(maxsize=8192)(re.compile)


def _search(pattern: str, string: str, flags: int = 0) -> re.Match | None:
    """`re.search` through the pattern cache above."""
    return _compiled(pattern, flags).search(string)


# --- fixed linguistics -------------------------------------------------------------------------

_NAME_PREFIX = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|abu|de|wal)-[A-Z]")
# a word (with inner dots and hyphens: "U.S.", "al-Sham"), a quotation mark or another mark; an
# abbreviation of rules/abbreviations.jsonl ("Gen.", "Co.") is one token with its full stop (`_tokens`)
_WORD_TOKEN = (r"(?<![\w.])[A-Z]\.(?=\s[A-Z][a-z])"  # a middle initial: "Moses T. Kollie"
               # (a run of word characters repeated as one, `+`: the same tokens as one character
               # per repeat, the run and the dot not sharing a character, a quarter faster)
               r"|[A-Za-z0-9\u00C0-\u024F](?:[\w\u00C0-\u024F'’\-]+|\.(?=\w|-\w))*(?:(?<=\.[A-Z])\.)?|[\"“”«»]|[^\w\s]")
PRONOUNS = {"he": "person", "she": "person", "it": "org", "they": "any", "we": "any", "i": "person"}
DETERMINERS = {"the", "a", "an"}
LEADING_DROP = {"the", "a", "an", "and", "of", "for", "its", "his", "her", "their", "also", "but"}
# words between a subject and its verb: "The ministry, however, denied …"
_CONTRAST_ADVERBS = {"however", "nevertheless", "though", "too", "instead", "likewise"}
# how he said it, between the subject and the cue: "The UAE strongly condemned", "Qatar categorically denied"
_MANNER_ADVERBS = {"strongly", "categorically", "firmly", "vehemently", "flatly", "sharply", "roundly", "harshly",
                   "bitterly", "emphatically", "strenuously", "openly", "formally", "swiftly", "quickly", "immediately",
                   "subsequently", "vigorously", "fiercely", "unequivocally", "personally", "directly", "specifically",
                   "privately", "jointly", "unanimously", "angrily", "forcefully", "loudly", "staunchly", "resolutely",
                   "promptly", "belatedly", "tacitly", "independently"}
SKIP_BEFORE_CUE = _CONTRAST_ADVERBS | _MANNER_ADVERBS | {"also", "has", "had", "have", "was", "were", "is", "are", "later", "earlier", "previously",
                   "further", "repeatedly", "then", "had", "has", "already", "again", "separately",
                   "meanwhile", "however", "would", "will", "could", "have", "publicly", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                   "sunday", "yesterday", "today", "tonight", "last", "week", "night", "late", "early",
                   "separately", "previously", "had", "officially", "explicitly", "recently", "just", "interviewed",
                   "reportedly", "allegedly", "initially", "originally", "long", "since",
                   "consistently", "persistently", "routinely", "regularly", "frequently", "often", "continually", "constantly",
                   "itself", "themselves", "himself", "herself"}  # ("John Kerry reportedly told …": he speaks; the adverb still hedges)
# what "confirmed"/"reported" as a participle says became of people ("confirmed dead", "reported missing")
_STATE_AFTER_PARTICIPLE = {"dead", "killed", "missing", "injured", "wounded", "safe", "positive", "drowned", "infected",
                           "abducted", "kidnapped", "hurt", "alive"}
_PEOPLE_AFTER_STATE = {"bodies", "body", "people", "persons", "civilians", "soldiers", "victims", "children", "men",
                       "women", "workers", "passengers", "migrants", "fighters", "patients", "cases", "officers"}
_THIS_PERIOD = {"week", "month", "year", "morning", "afternoon", "evening", "weekend"}
_SPEECH_AFTER_PERIOD = {"said", "told", "warned", "announced", "stated", "confirmed", "denied", "claimed", "urged",
                        "cautioned", "noted", "revealed", "acknowledged", "accused", "added", "reported"}
DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today"}
MEDIA_TYPES = {"state media", "news agency", "outlet"}
MEDIA_WORDS = {"agency", "news", "tv", "television", "channel", "newspaper", "daily", "radio", "broadcaster",
               "times", "post", "website", "outlet", "paper"}
_MEDIA_KINDS = MEDIA_WORDS | {"magazine", "station", "site"}  # the word before a medium's name
QUOTES_OPEN = {'"', "“", "«"}
QUOTES_CLOSE = {'"', "”", "»"}
_QUOTE_MARKS = QUOTES_OPEN | QUOTES_CLOSE
# declaring mourning, martial law, a curfew or an area something is an act ("declared three days of
# mourning", "declared the area a closed zone"), but
# "declared two soldiers had been killed" reports
_DECLARED_ACTS = {f"{n} {unit}" for n in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                                          "ten", "a", "1", "2", "3", "4", "5", "6", "7") for unit in ("day", "days")} | \
    {"national mourning", "mourning", "martial law", "curfew", "emergency", "the area ", "the region ", "the city "}
NON_REPORTING_AFTER = {
    "claimed": {"the lives", "lives", "responsibility for the lives", "victims"},
    "claiming": {"the lives", "lives"},
    "put": set(),
    # declaring a truce, a caliphate or a region is an act, not a report ("declared that …" reports)
    # responding with force, or to an attack, is an act ("responded with military force")
    "responded": {"with", "by", "to", "in ", "militarily", "quickly", "swiftly", "immediately", "forcefully"},
    "replied": {"with", "by", "to"},
    "reporting": {"from", "live"},  # a correspondent's whereabouts: "Al Jazeera's Hoda Abdel-Hamid is reporting from Moscow"
    # a name given, not a claim: "an activist identified as Abu Omar", "a commander identified only as",
    # "who identified himself as", "asked to be identified by the pseudonym Abu Mohammad"
    "identified": {"as ", "only", "simply", "himself", "herself", "themselves", "by the pseudonym", "by a pseudonym",
                   "by the name", "by his first", "by her first", "by their first"},
    "declared": {"a ", "an ", "its ", "their ", "war", "victory", "itself", "themselves", "his ", "her ",
                 *_DECLARED_ACTS},
    "declares": {"a ", "an ", "its ", "their ", "war", "victory", "itself", "themselves", "his ", "her ",
                 *_DECLARED_ACTS},
    # allegiance or loyalty pledged is a bond, not a statement ("which has pledged allegiance to Islamic State")
    "pledged": {"allegiance", "loyalty", "fealty"},
}
# what "expressed" may express without asserting anything ("Peskov expressed condolences over the
# deaths"; "… his deep sympathy"): looked for among the next three words
_COURTESIES = {"condolences", "sympathy", "solidarity", "gratitude", "thanks", "sorrow", "grief"}
MAX_SPAN = 14
MAX_QUOTE_RUN = 4  # sentences a quotation may run on without a quote mark before it is taken as unclosed
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                "scores", "at", "more", "over", "nearly", "about", "some"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "late", "early", "mid", "last", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
          "sept.", "oct.", "nov.", "dec."}
NATIONALITIES = {"u.s.", "u.s", "us", "american", "russian", "syrian", "turkish", "israeli", "iraqi", "western",
                 "lebanese", "iranian", "french", "british", "kurdish", "saudi", "jordanian", "egyptian",
                 "european", "arab", "gulf", "german", "chinese", "qatari", "local", "rebel", "opposition",
                 "sudanese", "yemeni", "ukrainian", "libyan", "afghan", "somali", "palestinian", "ethiopian",
                 "malian", "congolese", "haitian", "armenian", "azerbaijani", "emirati", "pakistani", "nigerian",
                 "government", "regime", "military", "security", "medical", "media", "hama", "israel"}
ACCORDING_FILLERS = {"the", "a", "an", "figures", "data", "statistics", "report", "reports", "statement", "tally",
                     "count", "toll", "information", "estimates", "compiled", "released", "published", "issued",
                     "provided", "by", "from", "of", "latest", "new", "preliminary", "initial", "local",
                     "media", "documentation", "records", "sources", "well-informed", "informed", "reliable",
                     "military", "security", "field", "medical", "several", "other", "unconfirmed",
                     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "earlier",
                     "unofficial", "calculations", "estimate", "tallies", "findings", "numbers", "updated", "revised",
                     "provisional", "some", "multiple", "shared", "previously", "first", "collected", "gathered",
                     "obtained", "poll", "polls", "survey", "surveys", "opinion"}
# the fillers that name a poll, which capitalised may be a body's own name ("according to Survey of India")
_POLL_FILLERS = {"poll", "polls", "survey", "surveys", "opinion"}
PLACE_PREPOSITIONS = {"in", "at", "from", "near", "inside", "outside", "across", "around"}
_PLACE_NOUNS = {"province", "city", "town", "village", "district", "countryside", "area", "region", "suburb",
                "neighbourhood", "neighborhood"}
# the last words of a medium's name ("Syrian Arab News Agency", "Al-Masirah TV")
_MEDIUM_NAME_ENDS = {"agency", "tv", "television", "channel", "radio", "news", "daily", "times", "post", "network"}
# lower-case words of a medium's description ("Syrian state TV", "the official news agency")
_MEDIUM_WORDS = {"state", "news", "agency", "television", "channel", "radio", "newspaper", "daily", "the", "official",
                 "state-run", "state-owned"}
_STATEMENT_NOUNS = {"statement", "release", "conference", "interview", "briefing", "speech"}
# records a medium cites whose author it does not name ("citing an internal memo", "citing a draft document it
# had seen")
_CITED_RECORDS = {"memo", "document", "documents", "letter", "records", "report", "note", "email", "emails",
                  "draft", "filing", "assessment", "analysis"}
# what someone says a word about before his name: "a claim the State government described as lies"
_SPOKEN_OF = {"claim", "claims", "statement", "report", "charge", "allegation", "accusation", "version"}
# how a statement was sent, not who wrote it ("sent by email"; "by WhatsApp to journalists", but "issued by
# Facebook said", "by Post Office Ltd")
_CHANNELS = {"email", "e-mail", "sms", "text", "fax", "post", "courier", "hand", "phone", "telephone", "mail"}  # (and `_PLATFORMS`)
# how a statement comes from its author before the cue ("A statement issued by the army said"; after
# "according to", `_AUTHORING`)
_ISSUED = {"issued", "released", "signed", "published", "posted", "sent", "circulated", "made", "put", "read"}
# participles whose object is not the subject of the cue after it ("The Arab Coalition supporting Yemen's
# government said")
_OBJECT_PARTICIPLES = {"supporting", "backing", "fighting", "representing", "leading", "overseeing", "battling"}
_RELATIVE_BEFORE = re.compile(r"\b(which|who|whom|whose|that|what)\b[^,.;]{0,60}$")
# a clause of time, place or reason that a phrase stands in ("where the attacks were reported")
_SUBORDINATE_BEFORE = re.compile(r"\b(where|when|after|before|while|since|until|because|if|once|although|though|as|"
                                 r"whereas|unless)\b[^,.;()]{0,120}$")
# an agent after the report in its clause ("were reported overnight by the local health directorate"), or a
# report that was not made ("would have been reported")
_AGENT_AFTER = re.compile(r"[^,.;]{0,40}?\bby\b")
_UNMADE_REPORT = re.compile(r"\b(?:would|could|might|should|may|must|will|can)(?:\s+not)?(?:\s+have)?(?:\s+\w+ly)?\s+$")
# Words that may follow an inverted subject when commas are missing: "said the Observatory which
# has a network of sources", "said local sources speaking on condition of anonymity", "said
# Abd Abu al-Nasr a resident of …", "noted the Washington Post (WaPo)".
_AFTER_INVERTED = {"who", "which", "whose", "that", "speaking", "citing", "adding", "saying", "noting", "("}
_POSSESSIVES = {"his", "her", "its", "their"}
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "it": "it"}  # "according to him"
_FOR_THEIR_PART = {("for", possessive, "part") for possessive in _POSSESSIVES}  # "The rebels, for their part, said"
_HAVE_FORMS = {"has", "have", "had"}
# a time before the cue, stepped over as one word ("Pyongyang has in the past accused", "Kigali has for years accused")
_TIME_BEFORE_CUE = {("in", "the", "past"), ("in", "recent", "years"), ("in", "recent", "months"), ("in", "recent", "weeks"),
                    ("in", "recent", "days"), ("for", "years"), ("for", "decades"), ("for", "months"), ("for", "weeks")}
_BE = {"is", "are", "was", "were", "be", "been"}  # before a cue: passive ("was announced"), "is said to"
_HIS_OWN = {"office", "spokesman", "spokeswoman", "spokesperson", "aides", "aide", "ministry", "website", "statement",
            "account", "leader", "chief", "head", "commander"}
_LOCAL_MEDIA_WORDS = {"the", "local", "syrian", "arabic-language", "media", "outlets", "news"}
_LOCAL_MEDIA_TYPES = ("state media", "outlet")
_STATE_MEDIA_WORDS = {"the", "state", "state-run", "official", "news", "agency", "media", "television", "tv", "channel",
                      "broadcaster"}
_SENTENCE_STARTERS = {"It", "The", "We", "I", "He", "She", "They", "This", "There", "Our", "In", "But"}
_RELATION = {"who", "which", "of", "for", "at", "'s", "’s"}
_STRUCTURE = {"who", "which", "of", "at", "for", "the", "in", "from", "'s", "’s"}
_FINITE_AFTER_CUE = {"is", "was", "are", "were", "has", "had", "have", "will", "would"}
# bodies of a city named after it ("a source at Damascus police"), not its government
_LOCAL_BODIES = {"police", "hospital", "hospitals", "governorate", "council", "municipality", "university",
                 "command", "directorate", "court", "prison", "airport"}
# offices whose holders the gold writes as sources in their own right, after a country's name
_LEGISLATOR_TITLES = {"senator", "sen", "congressman", "congresswoman", "lawmaker", "rep", "mp", "assemblyman",
                      "assemblywoman"}
_STATE_OFFICES = {"president", "prime", "premier", "minister", "secretary", "king", "emir", "chancellor", "vice",
                  "leader"} | _LEGISLATOR_TITLES
# what someone "told" that is an audience, not a relay ("told a news conference")
_GATHERINGS = {"conference", "conferences", "briefing", "briefings", "meeting", "gathering", "summit"}
# Words opening a time, reason or relative clause: a cue right after them is not the sentence's.
_CLAUSE_OPENERS = {"after", "before", "since", "until", "because", "which", "where", "whom"}
# "The day before Russian Foreign Ministry official stated that …": "before" as an adverb of time
# opening the sentence ("the day before" = earlier), not a clause about another event
# (and "Several days before the Russian Defense Ministry announced …", "Two weeks before …")
_TIME_NOUNS = {"day", "days", "night", "nights", "week", "weeks", "month", "months", "year", "years"}
_TIME_COUNTS = {"the", "a", "several", "few", "some", "two", "three", "four", "five", "six", "seven", "ten"}


def _before_as_adverb(opening: list[str]) -> bool:
    """ "The day before", "Several days before": the sentence's opening words are a time, not a clause."""
    return 2 <= len(opening) <= 3 and opening[-1] == "before" and opening[-2] in _TIME_NOUNS and \
        (len(opening) == 2 or opening[0] in _TIME_COUNTS)
# words that open what follows an unnamed speaker before its verb ("Doctors in the town … said")
# "X which is based in / close to / affiliated with / run by …": a clause that describes X
_DESCRIBING_AFTER_BE = {"based", "located", "headquartered", "close", "affiliated", "linked", "allied", "loyal",
                        "run", "backed", "funded", "led", "known", "considered"}
# words that make the people "on the ground" another subject's ("The coalition backed by Kurdish fighters on
# the ground said", "The Pentagon with hundreds of advisers on the ground", "whose group has sources on the ground")
_BEHIND_ON_THE_GROUND = {"whose", "with", "through", "backed", "supported", "its", "their", "his", "her", "by", "help"}
_POST_MODIFIERS = {"who", "of", "in", "from", "at", "near", "inside", "going", "involved", "contacted", "held", "with",
                   "there"}
_WITNESS_CUES = {"saw", "witnessed"}  # cue.neutral.witness: only after an `eyes` word (rules/speakers.jsonl)
_HEADS_VERBS = {"runs", "heads", "leads", "directs", "founded", "chairs", "ran", "headed", "led"}


@dataclass(frozen=True)
class Lexicon:
    """The speaker words an editor keeps in rules/speakers.jsonl and rules/descriptions.jsonl, in the
    shapes the span walks ask for (one per rule set, see `lexicon`).

    descriptions: head noun of a description → the source types it can refer back to (None: any).
    title_stems: titles without their full stop ("gen." → "gen"), as a word's .rstrip(".") gives it.
    title_words: the titles that make their bearer speak for a body (titles minus private roles).
    heads: every head noun of an unnamed source or a description.
    """

    descriptions: dict
    unnamed: frozenset
    unnamed_persons: frozenset
    descriptors: frozenset
    titles: frozenset
    title_stems: frozenset
    title_words: frozenset
    referring_heads: frozenset
    eyes: frozenset
    participles: frozenset
    heads: frozenset
    officer_roles: frozenset = frozenset()  # roles whose bearer speaks for the body named with him
    honorifics: frozenset = frozenset()  # "mr", "ms": before a surname, never a title of office
    countries: frozenset = frozenset()  # one-word names of governments in the registry: russia, moscow
    places: frozenset = frozenset()  # place names and aliases, lower case (rules/places.jsonl)
    nations: frozenset = frozenset()  # places within no other place (countries), lower case
    nation_names: dict = field(default_factory=dict)  # a country's names and aliases, lower case → its name
    demonyms: tuple = ()  # (people's adjective, country) no ending spells (rules/places.jsonl "demonyms")
    role_acronyms: dict = field(default_factory=dict)  # an officer's role's acronym, lower case → the role's words
    bodies: frozenset = frozenset()  # one-word names of the registry's bodies, lower case: hamas, amnesty


def _countries(registry) -> frozenset:
    return frozenset(alias.lower() for source in registry.sources.values()
                     if source.type == "government" and not source.affiliation
                     for alias in (source.name, *source.aliases) if len(alias.split()) == 1)


def _bodies(registry) -> frozenset:
    return frozenset(alias.lower() for source in registry.sources.values() if source.type not in {"person", "anonymous"}
                     for alias in (source.name, *source.aliases) if len(alias.split()) == 1)


def lexicon(rules: RuleSet) -> Lexicon:
    """The `Lexicon` of a rule set, built once."""
    def build(rules: RuleSet) -> Lexicon:
        words = rules.speakers
        stems = frozenset(t.rstrip(".") for t in words["titles"])
        # every head noun of an unnamed or described source may also sit inside a name's span, so an
        # editor adds such a word once (to speakers.unnamed or descriptions.jsonl), not twice
        descriptors = words["descriptors"] | words["unnamed"] | frozenset(rules.descriptions)
        return Lexicon(descriptions=rules.descriptions, unnamed=words["unnamed"],
                       unnamed_persons=words["unnamed-persons"], descriptors=descriptors,
                       titles=words["titles"], title_stems=stems, title_words=stems - words["private-roles"],
                       referring_heads=words["referring-heads"], eyes=words["eyes"],
                       participles=words["participles"], heads=words["unnamed"] | frozenset(rules.descriptions),
                       officer_roles=words["officer-roles"], honorifics=words["honorifics"],
                       countries=_countries(rules.registry), places=frozenset(rules.places),
                       nations=frozenset(name.lower() for name in set(rules.places.values())
                                         if name not in rules.place_parents),
                       nation_names={alias: name for alias, name in rules.places.items()
                                     if name not in rules.place_parents},
                       demonyms=rules.demonyms, role_acronyms=dict(rules.role_acronyms),
                       bodies=_bodies(rules.registry))
    return derived(rules, "attribution.lexicon", build)


class Token:
    """A word or punctuation mark with its offsets; `lower` and `capitalised` are computed once
    (the span walks ask for them many times per sentence).

    capitalised: starts like a name: "Reuters", "al-Wasl" (Arabic article prefixes), "Su-34".
    """

    __slots__ = ("text", "start", "end", "lower", "capitalised")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        # "IS said" is the group speaking, never the auxiliary "is" (so no passive, no skipped word)
        self.lower = text if text == "IS" else text.lower()
        self.capitalised = text[:1].isupper() or ("-" in text and (text[:1].isdigit() or
                                                                   _NAME_PREFIX.match(text) is not None))

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))


def tokenize(text: str, rules: RuleSet) -> list[Token]:
    """Word and punctuation tokens with offsets relative to `text`."""
    return [Token(m.group(), m.start(), m.end()) for m in _tokens(rules).finditer(text)]


def _tokens(rules: RuleSet) -> re.Pattern:
    """The token pattern of a rule set: its capitalised one-word abbreviations ("Gen.", "Co.",
    "Comr.") first, each a token with its full stop, then any word or mark."""
    def build(rules):
        words = sorted({a[:-1] for a in rules.abbreviations if re.fullmatch(r"[A-Z][a-z]+\.", a)}, key=len, reverse=True)
        # (as a trie: the same tokens as the longest-first alternation, a fifth faster over a sentence)
        return re.compile(rf"(?<![\w.])(?:{literal_alternation(words)})\.|{_WORD_TOKEN}" if words else _WORD_TOKEN)
    return derived(rules, "attribution.tokens", build)


@dataclass(frozen=True)
class Candidate:
    """An attribution proposed inside one sentence, before pronouns are resolved.

    mention: the words naming the source as in the text; relay: the words naming a relay, if any.
    position: offset of the cue in the sentence (earlier candidates govern the main clause).
    """

    mention: str | None
    cue: str | None
    stance: str | None
    rule: str
    position: int
    relay: tuple[str, ...] = ()
    anonymous: bool = False


# --- finding -----------------------------------------------------------------------------------

@dataclass
class _CueIndex:
    single: dict[str, Cue]
    multi: dict[str, list[tuple[tuple[str, ...], Cue]]]  # first word → (words, cue), longest first
    after_quote: dict[str, Cue] = field(default_factory=dict)  # cues only right after a quotation ("asked")
    # cues only with the word they need after them ("identified … as"): no cue to the rest of the rules
    conditional: dict[str, Cue] = field(default_factory=dict)

    def __post_init__(self):
        # each cue form as the runs of a-z letters it holds: a one-word form ("said") is one run; a
        # phrase ("in a statement") or a form with other characters ("live-blogged") all of its runs
        forms = [*self.single, *self.after_quote, *self.conditional,
                 *(" ".join(w) for e in self.multi.values() for w, _ in e)]
        runs = [frozenset(_LETTERS.findall(form)) for form in forms]
        self.words = frozenset(form for form in forms if _LETTERS.fullmatch(form))
        self.phrases = tuple({r for form, r in zip(forms, runs) if not _LETTERS.fullmatch(form)})
        self.always = any(not r for r in runs)  # (a form of no a-z letter at all: no shortcut)
        # every word a cue starts with: the walk in `find_candidates` passes over the others at once
        self.starts = frozenset((*self.single, *self.after_quote, *self.conditional, *self.multi))

    def conditional_at(self, tokens, m: int) -> Cue | None:
        """The conditional cue at token `m` when the word it needs follows it ("identified … as")."""
        cue = self.conditional.get(tokens[m].lower)
        if cue is None:
            return None
        lowers = [t.lower for t in tokens]
        if cue.needs is not None and not _needs_met(cue, lowers, m, tokens) or \
                cue.subjects and not _subject_met(cue, tokens, lowers, m):
            return None
        return cue

    def of_form(self, form: str) -> Cue | None:
        """The reporting cue written `form` ("said", "according to"), lower case; None when no cue is."""
        words = tuple(form.split())
        if not words:
            return None
        return self.single.get(form) or next((c for w, c in self.multi.get(words[0], ()) if w == words), None)

    def may_hold_a_cue(self, text: str) -> bool:
        """False when no cue can be in `text`: none of its one-word cues is a word of it and no other
        cue form has all its letter runs in it (most sentences of a story hold a cue; the rest skip
        the tokenizer and the walk over their words)."""
        if self.always:
            return True
        words = set(_LETTERS.findall(text.lower()))
        return not self.words.isdisjoint(words) or any(phrase <= words for phrase in self.phrases)


_LETTERS = re.compile(r"[a-z]+")


# what follows a conjunction "that" ("maintained that officers had acted", "… that its troops"; not the
# determiner: "maintained that checkpoint for three weeks") and a clause after "as" ("identified 12
# bodies as the search continued": no name given)
_THAT_OPENS = DETERMINERS | {"its", "his", "her", "their", "our", "this", "these", "those", "there", "it", "he",
                             "she", "they", "we", "i", "no", "all", "some", "any", "such", "none"}
_THAT_CLAUSE_VERBS = {"is", "are", "was", "were", "had", "has", "have", "would", "will", "could", "did", "does", "do",
                      "can", "should", "must", "may", "might"}
_AS_CLAUSE = {"continued", "continues", "began", "begins", "went", "was", "were", "is", "are", "resumed",
              "ended", "got", "grew", "unfolded", "entered", "wore"}


# cues that give a thing a name, which "what X described as …" quotes without reporting a claim
_LABELLING_CUES = {"described", "describes", "called", "calls", "termed", "terms", "dubbed", "dubs", "labelled",
                   "labeled", "branded"}
_CALLED_OBJECTS = {"it", "them", "this", "that", "these", "those", "the"}


def _needs_met(cue: Cue, lowers: list[str], i: int, tokens=None) -> bool:
    """Whether the word a conditional cue at `i` needs follows it, as that word."""
    word, within = cue.needs
    if word == "quote":
        # "called it \"a cowardly act\"", "called the raid “another act of terror”": an object, then
        # the words the speaker gave it in quotation marks (not "an operation called \"Iron Sword\"")
        # (nor "in what Beijing called a “stern warning”": the outlet's own words about it)
        # (nor a name in quotation marks: 'Police called the operation "Sandstorm"'; the words given open in
        # lower case: "a massacre", "appalling")
        return i + 1 < len(lowers) and lowers[i + 1] in _CALLED_OBJECTS and "what" not in lowers[max(0, i - 5):i] and \
            any(lowers[k] in QUOTES_OPEN | {"‘"} and k + 1 < len(lowers) and lowers[k + 1][:1].isalpha() and
                (tokens is None or tokens[k + 1].text[:1].islower())
                for k in range(i + 2, min(len(lowers), i + 1 + within)))
    at = next((k for k in range(i + 1, min(len(lowers), i + 1 + within)) if lowers[k] == word), None)
    if at is None:
        return False
    after = lowers[at + 1:at + 7]
    if word == "that":
        return bool(after) and (after[0] in _THAT_OPENS or after[0][:1].isdigit() or
                                any(w in _THAT_CLAUSE_VERBS or w.endswith("ed") for w in after[:5]))
    if word == "as":
        return not any(w in _AS_CLAUSE for w in after)
    return True


def _subject_met(cue: Cue, tokens: list[Token], lowers: list[str], i: int) -> bool:
    """Whether a cue that reports only with certain nouns has one: right before it, or with a
    body's name after it ("The statement of the Ministry reads"), or after it when a quotation or a
    comma closes before the cue ('"…," reads part of the report', "…, read the statement")."""
    if i + 1 < len(lowers) and lowers[i + 1] in {"on", "by", "out", "at", "aloud", "over", "to", "from", "in",
                                                 "like", "as"} and lowers[i + 1:i + 3] != ["in", "part"]:
        return False  # "In a short statement read on state broadcaster RTB, the government warned": a participle;
        # "The report read like a list of failures": what the outlet makes of it
    k = i - 1
    while k >= 0 and i - k <= 6 and (tokens[k].capitalised or lowers[k] in {"of", "the", "and", "for"}) \
            and lowers[k] not in cue.subjects:
        k -= 1  # (the name the document is of)
    if k >= 0 and lowers[k] in cue.subjects:
        return True
    if i > 0 and (tokens[i - 1].text in QUOTES_CLOSE | {","}):
        for k in range(i + 1, min(len(lowers), i + 6)):
            if lowers[k] in cue.subjects:
                return True
            if lowers[k] not in {"the", "a", "an", "its", "their", "part", "of", "in", "police", "official",
                                 "army", "military", "ministry's", "government's"}:
                return False
    return False


def _cue_index(cues: tuple[Cue, ...]) -> _CueIndex:
    single, multi, after_quote, conditional = {}, {}, {}, {}
    for cue in cues:
        for form in cue.forms:
            words = tuple(form.split())
            if cue.kind == "after-quote":
                after_quote[form] = cue  # (kept apart: "who asked not to be named" is no cue)
            elif (cue.needs is not None or cue.subjects) and len(words) == 1:
                conditional[form] = cue  # (kept apart: "who asked not to be identified" is no cue)
            elif len(words) == 1:
                single[form] = cue
            else:
                multi.setdefault(words[0], []).append((words, cue))
    for entries in multi.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return _CueIndex(single, multi, after_quote, conditional)


_NOBODY = {"everything", "nothing", "something", "anything", "everyone", "nobody", "everybody"}  # ("Everything indicates …")
# a pronoun with its verb is no name ('"We've had reports of roofs coming off"')
_NOBODY |= {f"{p}{a}{v}" for p in ("i", "we", "you", "they", "he", "she", "it") for a in "'’"
            for v in ("ve", "re", "m", "d", "ll", "s")}


def _is_name_token(lex: Lexicon, token: Token, sentence_start: bool) -> bool:
    if token.lower in _NOBODY:
        return False
    if token.text == "Today" and not sentence_start:
        return True  # "Aleppo Today said": a name, not the day
    if token.lower in _OTHER_FORCE_WORDS:
        return True  # "…, gardaí said": a force called so in lower case
    if (token.lower in MONTHS and token.text not in {"Jan", "May"}) or token.lower in DAYS or token.lower[:-1] in DAYS:
        # (also "Tuesdays reports came …": a day that lost its apostrophe; but "Jan Egeland" and
        # "Theresa May" are names: a date's year stops the span before its month, in `_span_back`)
        return False
    if token.lower in lex.descriptors or (token.lower.endswith(("'s", "’s")) and token.lower[:-2] in lex.titles):
        return True  # (also a title's possessive: "The Texas governor's office")
    if "-" in token.lower and token.lower.rsplit("-", 1)[1] in lex.descriptors and token.lower[:1].isalpha():
        return True  # "the conflict-monitoring group ACLED", "a Kurdish-led militia"
    if token.lower.endswith(_LED_BY + ("-run", "-controlled")) and token.lower.split("-", 1)[0] in lex.descriptors:
        return True  # "Sudan's army-aligned government", "the military-backed council"
    if token.capitalised and not (sentence_start and token.lower in SENTENCE_INITIAL_STOP):
        return True
    if _ELIDED_ARTICLE.match(token.text):
        return True  # "Agence d'Information du Burkina", "Ligue tunisienne … l'Homme"
    return bool(_NAME_PREFIX.match(token.text)) and "-" in token.text  # "Ahrar al-Sham", "Jabhat al-Nusra"


_ELIDED_ARTICLE = re.compile(r"[dl]['’][A-ZÀ-Ý]")


def _described_subject(lex: Lexicon, tokens: list[Token], end: int, index) -> tuple[int, int] | None:
    """An unnamed speaker opening the sentence, then the words that say where he is, up to the cue at
    `end`: "A vendor at the Oshakati open market said", "Local officials in Hajnówka county said",
    "Residents of the Machava neighbourhood told" (the span walk stops at their last lower-case
    word). None unless the words before the cue are one such phrase: a determiner or a quantifier
    (or none before people), the speaker's head noun, a preposition and a place or a body, with no
    verb, clause or comma among them."""
    start = 2 if len(tokens) > 2 and tokens[0].lower in _SENTENCE_ADVERBS and tokens[1].text == "," else 0
    comma = next((k for k in range(1, min(end, 7)) if tokens[k].text == ","), None)
    if start == 0 and comma is not None and tokens[0].lower in {"in", "at"} and \
            all(t.capitalised or t.lower in {"the", "of"} for t in tokens[1:comma]):
        start = comma + 1  # "In Australia, members of the Rohingya community say": where, then who
    elif start == 0 and comma is not None and (tokens[0].lower in {"on", "late", "early", "earlier", "later", "by"} and
                                               any(t.lower in DAYS | MONTHS | _TIMES_OF_DAY for t in tokens[1:comma]) or
                                               tuple(t.lower for t in tokens[:comma]) in _OPENING_PHRASES):
        start = comma + 1  # "On Thursday evening, some neighbors in sector 5 said", "In a statement, a spokeswoman …"
    quoted = next((k + 1 for k in range(end - 1, 0, -1) if tokens[k].text in QUOTES_CLOSE and tokens[k - 1].text == ","),
                  None)
    if start == 0 and quoted is not None:
        start = quoted  # '"…," a vendor at the Copacabana rank told ZimLive': after the quotation
    if not 3 <= end - start <= 14:
        return None
    if tokens[start].lower in lex.unnamed and tokens[start].lower.endswith(("s", "men", "people")) and \
            tokens[start + 1].lower in _WHERE_HE_IS:  # (also "Fishermen on Kamaran island told")
        preposition = start + 1  # (people with no determiner: "Residents of the Machava neighbourhood told")
    elif tokens[start].lower in DETERMINERS | _QUANTIFIERS:
        preposition = next((k for k in range(start + 2, end) if tokens[k].lower in _WHERE_HE_IS), None)
    else:
        return None
    if preposition is not None and any(t.capitalised for t in tokens[start + 1:preposition]) or \
            any(t.lower in DAYS | MONTHS for t in tokens[start:end]):
        return None  # (a body's own name, "The Committee to Protect Journalists on Wednesday called": read elsewhere)
    if preposition is None or preposition + 1 >= end or not (
            tokens[preposition - 1].lower in lex.unnamed or tokens[preposition - 1].lower in lex.titles and
            any(t.capitalised for t in tokens[preposition + 1:end])):
        return None  # (a titled head, "inspector", "member", at a body the text names: not "of the congregation")
    for k in range(start + 1, end):
        token = tokens[k]
        if token.lower == "and" and tokens[k - 1].capitalised and tokens[k + 1].capitalised:
            continue  # (a body's name: "the Ministry of Mines and Energy")
        if token.lower in {"a", "an"} and k > preposition + 1:
            return None  # (an apposition its commas set off, read without them: "A resident of Homs, a city …,")
        if not (token.text[:1].isalnum() or token.text in {"-", "#", "'s", "’s"}) or \
                token.lower in _BE | _NOT_IN_A_DESCRIPTION or token.lower in index.single or \
                token.text.islower() and token.lower.endswith(("ed", "ing")) and token.lower not in lex.descriptors:
            # (a clause or a list, not one speaker: "Residents who fled said", "A man and …"; a participle
            # the commas set off, read without them: "A survivor from Guinea interviewed by a local radio")
            return None
    if preposition == start + 1 and not (tokens[preposition].lower == "with" and _MEMBER_HEAD.fullmatch(tokens[start].lower)
                                         and any(t.capitalised for t in tokens[preposition + 1:end])):
        # (but members "with" a body they belong to: "Forecasters with the BC Wildfire Service said")
        return start, preposition  # (people alone, as "Residents of several districts … say" reads: "Residents")
    if not any(t.capitalised for t in tokens[preposition + 1:end]):
        if end - preposition == 3 and tokens[preposition].lower in {"for", "of"} and tokens[preposition + 1].lower == "the" \
                and tokens[preposition - 1].lower in _SPOKES and (tokens[end - 1].lower in lex.descriptions or tokens[end - 1].lower in lex.titles):
            return start, end  # ("a spokeswoman for the premier": the one he speaks for, read in `_resolve`)
        return start, preposition  # (he alone, where no body or place is named: "A resident of the street")
    return start, end


# what may open a sentence before its unnamed speaker, set off by a comma (`_described_subject`)
_TIMES_OF_DAY = {"morning", "afternoon", "evening", "night"}
_OPENING_PHRASES = {("in", "a", "statement"), ("in", "a", "joint", "statement"), ("meanwhile",), ("separately",),
                    ("however",), ("in", "an", "interview"), ("in", "a", "post", "on", "x"), ("in", "a", "statement", "on", "x")}
# the prepositions that open where an unnamed speaker is (`_described_subject`), and the words that
# end such a description (a clause, a conjunction, an auxiliary)
_WHERE_HE_IS = {"at", "of", "in", "from", "with", "for", "near", "inside", "on"}
_NOT_IN_A_DESCRIPTION = {"who", "which", "that", "whose", "and", "or", "but", "has", "have", "had", "will", "would",
                         "could", "can", "may", "not", "also", "it", "they", "he", "she", "we", "this", "these"}


def _quoted_manner(tokens: list[Token], k: int) -> int:
    """How many tokens up to k make a manner adverb in quotation marks, double ('"strongly"': three) or
    single ("'categorically'", the closing mark kept on the word: two); 0 for none."""
    if k >= 2 and tokens[k].text in QUOTES_CLOSE and tokens[k - 1].lower in _MANNER_ADVERBS and \
            tokens[k - 2].text in QUOTES_OPEN:
        return 3
    if k >= 1 and tokens[k - 1].text in {"'", "‘"} and tokens[k].text[-1:] in {"'", "’"} and \
            tokens[k].lower[:-1] in _MANNER_ADVERBS:
        return 2
    return 0


def _sentence_adverb(token: Token, following: Token) -> bool:
    """"Puzzlingly", "Similarly", "Finally" before "the"/"its"/"a": an adverb opening the sentence
    (a name ending in -ly, "Kelly", "Italy", is not followed by a determiner)."""
    return token.lower.endswith("ly") and len(token.lower) >= 6 and following.lower in DETERMINERS | _POSSESSIVES


SENTENCE_INITIAL_STOP = {"addressing", "asked", "responding", "commenting", "referring", "talking", "then", "now",
                         "contacted", "reached", "approached", "questioned",
                         "on", "in", "at", "after", "before", "but", "and", "meanwhile", "however", "earlier",
                         "later", "last", "since", "while", "when", "as", "also", "according", "speaking",
                         "there", "this", "that", "these", "those", "separately", "elsewhere", "citing",
                         "moreover", "yesterday", "today", "based", "quoting", "if", "unless", "once", "although", "though",
                         "because", "whether", "amid", "despite", "following", "under"}


# what a toll verb puts, besides "the death toll": "put the provisional toll at", "put the figure at",
# "puts the overall casualty count at"
_TOLL_OBJECT = lazy_compile(r"the (?:(?:provisional|preliminary|official|overall|latest|total|final|initial|new|"
                          r"revised|updated|death|casualty|civilian) )*(?:toll|figure|tally|count)\b")


# what a speaker puts "at" a number besides a toll: "placed initial damage to crops at P1.2 billion",
# "Police put it at about 300" (`_measure_at_number`)
_MEASURED = {"it", "damage", "damages", "loss", "losses", "cost", "costs", "number", "crowd", "turnout", "value",
             "amount", "size", "deaths", "casualties", "attendance", "magnitude", "strength"}


# what puts or places something without speaking: a force of nature, an economy's measure ("Inflation put
# it at 8 percent", "Hurricane Ian placed damages at …"), read as no speaker by `_measure_at_number`
_NON_AGENTS = {"inflation", "hurricane", "storm", "typhoon", "cyclone", "earthquake", "quake", "fire", "blaze", "flood",
               "floods", "flooding", "drought", "war", "pandemic", "virus", "outbreak", "tsunami", "tornado", "wildfire",
               "wildfires", "recession", "crisis", "shortage", "shortages", "heatwave", "explosion", "blast"}
# a storm's word before its name: "Hurricane Ian placed damages at …"
_STORMS = {"hurricane", "typhoon", "cyclone", "storm"}
# what follows a clock time: "at 3 a.m.", "at 10 pm", "at 0300 GMT"
_CLOCK_AFTER = {"a.m.", "p.m.", "a.m", "p.m", "am", "pm", "gmt", "utc", "o'clock", "hours", "hrs", "local", "sharp"}


def _measure_at_number(lowers: list[str], i: int) -> bool:
    """Whether "put"/"placed" at `i` sets a measure ("the damage", "it") at a number within a few
    words ("… at P1.2 billion", "… at about 300"); not "put the city at risk", nor a thing done at a
    clock time ("put it out at 3 a.m.", "placed it at the scene at 10:15"), nor by a force of nature."""
    if "by" in lowers[max(0, i - 6):i]:
        return False  # ("Figures released by the Ministry of Foreign Affairs put …": the agent speaks, read elsewhere)
    subject = lowers[1:i] if lowers[:1] in (["the"], ["a"], ["an"]) else lowers[:i]
    if len(subject) == 1 and subject[0] in _NON_AGENTS or len(subject) == 2 and subject[0] in _STORMS:
        return False  # (the sentence's subject itself: "Inflation put it at …", "Hurricane Ian placed …"; not
        # "Fire officials put …", "A World Bank assessment of the war put …")
    at = next((k for k in range(i + 2, min(len(lowers), i + 8)) if lowers[k] == "at"), None)
    if at is None or lowers[i + 1] == "it" and at != i + 2:
        return False  # ("it" is the measure only as "put it at 300", not "put it out at …")
    after = lowers[at + 1:at + 3]
    if any(":" in w or w.rstrip(".,").endswith(("a.m", "p.m")) or
           w[:1].isdigit() and w.rstrip(".,").lower().endswith(("am", "pm")) for w in after) or \
            any(w.rstrip(",;") in _CLOCK_AFTER for w in lowers[at + 2:at + 4]):
        return False
    return any(w in _MEASURED for w in lowers[i + 1:at]) and \
        any(w[:1].isdigit() or w[1:2].isdigit() or w in NUMBER_WORDS | {"least", "than", "around", "about", "some"}
            for w in after)


_RECORD_VERBS = {"suggest", "suggests", "suggested", "indicate", "indicates", "indicated"}


def _compared(lowers: list[str], start: int, i: int) -> bool:
    """Whether the subject before the cue at `i` (from `start`) follows "than": what a record is
    compared with, not a speaker ("worse than early reports suggested, the governor said", "less than
    initial reports indicated"); not a count after it ("More than a dozen witnesses indicated")."""
    than = next((k for k in range(max(0, start - 3), i) if lowers[k] == "than"), None)
    if than is None or than > 0 and lowers[than - 1] == "rather":
        return False  # ("Rather than police, hospital officials indicated")
    before = lowers[than - 1] if than > 0 else ""
    after = lowers[than + 1] if than + 1 < len(lowers) else ""
    # (a count after "more/less/fewer than", not a comparison's other side: "higher than 12 witnesses
    # indicated, the governor said")
    return not (before in {"more", "less", "fewer"} and
                (after[:1].isdigit() or after in NUMBER_WORDS or
                 after in {"a", "an", "half", "few", "several", "dozens", "hundreds", "thousands"} or
                 _search(r"^\w+-(?:thirds?|quarters?|halves|fifths?|tenths?)$", after)))


def _toll_at_number(lowers: list[str], i: int) -> bool:
    """Whether a toll verb's object is put "at" a number ("put the provisional toll at 43", "… at more
    than twenty"; not "put the count on hold at several polling stations") or above or below another's."""
    at = next((k for k in range(i + 2, min(len(lowers), i + 12)) if lowers[k] == "at"), None)
    toll = next((k for k in range(i + 2, min(len(lowers), i + 8)) if lowers[k] in {"toll", "figure", "tally", "count"}), None)
    if toll is not None and toll + 1 < len(lowers) and (
            lowers[toll + 1] in {"higher", "lower", "closer"} or
            lowers[toll + 1] in {"slightly", "much", "far", "even", "considerably", "significantly"} and
            toll + 2 < len(lowers) and lowers[toll + 2] in {"higher", "lower", "closer"}):
        return True  # "Local media put the figure closer to 4,000", "Some outlets put the figure slightly higher"
    return at is not None and any(w[:1].isdigit() or w in NUMBER_WORDS | {"least", "than", "around"}
                                  for w in lowers[at + 1:at + 4])


# lower-case words of other languages inside a name: "La Voix du Nord", "Causa en Común", "Ciudad del Este"
# (not "van" or "do", English words: "a Kia van Free Idlib Army said")
_INNER_PARTICLES = {"du", "de", "del", "della", "dela", "delos", "di", "da", "dos", "das", "des", "en", "y", "la", "por",
                    "le", "les", "los", "las", "von", "der", "den"}
# the numbers a local outlet named after its place carries ("Daraa 24", "Lebanon 24"), not an age
_OUTLET_NUMBERS = {"24", "360"}
# the words before a year that open a time, not a name ending in a number
_BEFORE_A_YEAR = {"in", "since", "by", "until", "during", "before", "after", "from", "of"}


def _inner_particle(tokens: list[Token], i: int) -> bool:
    """Whether the word at `i` is a particle inside a name: one of `_INNER_PARTICLES`, or "van"
    before another ("Pieter van der Merwe", "Frans van den Berg"; "a Kia van Free Idlib Army" is a van)."""
    return tokens[i].lower in _INNER_PARTICLES or tokens[i].lower == "van" and i + 1 < len(tokens) and (
        tokens[i + 1].lower in {"der", "den", "de"} or
        # ("Pieter van Wyk said": one capitalised word after it, a capitalised one before)
        i > 0 and tokens[i - 1].capitalised and tokens[i + 1].capitalised and tokens[i + 1].text.isalpha() and
        not tokens[i + 1].text.isupper() and (i + 2 >= len(tokens) or not tokens[i + 2].capitalised))


def _inside_name(tokens: list[Token], i: int) -> bool:
    """Whether the particle at `i` joins two capitalised words (or a run of particles between them)."""
    before, after = i - 1, i + 1
    while before > 0 and _inner_particle(tokens, before):
        before -= 1
    while after < len(tokens) - 1 and _inner_particle(tokens, after):
        after += 1
    return (tokens[before].capitalised or _ELIDED_ARTICLE.match(tokens[before].text) is not None) and \
        tokens[after].capitalised and tokens[before].text not in _SENTENCE_STARTERS and not tokens[after].text.isupper()


# words that open a count a verb reports ("Daraa 24 recorded at least 17 killings"), unlike the
# noun a number's adjective describes ("650,000 registered refugees")
_COUNT_OPENERS = {"at", "more", "over", "nearly", "almost", "about", "around", "some", "the", "a", "an", "its",
                  "their", "dozens", "hundreds", "no"}


_ONE_OF = {"a", "an", "one", "another"}
# words between an article and an unnamed head that count or group it, no description of one person
# ("a number of residents", "a dozen militants")
_NOT_MODIFIERS = NUMBER_WORDS | {"of", "number", "dozen", "couple", "few", "lot", "handful", "group", "pair", "team",
                                 "total", "result", "series"}


def _article_before_modifiers(lex: Lexicon, tokens: list[Token], i: int) -> int | None:
    """The article before one or two lower-case words that describe the unnamed head after them
    ("a youth leader", "an elderly woman"), walking back from `i`; None when they describe no such
    head."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower not in lex.unnamed_persons or \
            i + 2 < len(tokens) and (tokens[i + 2].lower in lex.unnamed or tokens[i + 2].lower in lex.descriptors):
        return None  # (the head ends the noun: not "as a result local media reported")
    k = i
    while k > 0 and i - k < 2 and tokens[k].text.isalpha() and tokens[k].text.islower() and \
            tokens[k].lower not in _ONE_OF | DETERMINERS | _CLAUSE_OPENERS | _NOT_MODIFIERS:
        k -= 1
    return k if k < i and tokens[k].lower in _ONE_OF else None


def _owner_before_modifiers(lex: Lexicon, tokens: list[Token], i: int, last: int) -> int | None:
    """The capitalised possessive before one or two lower-case words that describe the titled head
    ending the span at `last` ("MSF's emergency coordinator", "Russia's top diplomat", "The UN's
    humanitarian coordinator"): the index of the owner, whose name the walk goes on reading; None
    when no such owner stands there."""
    head = tokens[last].lower
    if not (i < last and (head in lex.title_words or head in lex.referring_heads or head in _SPOKES)) or \
            head in lex.titles - lex.title_words:
        return None  # (a private role speaks for himself: "Mexico's top security official")
    k = i
    while k > 0 and i - k < 2 and tokens[k].text.isalpha() and tokens[k].text.islower() and \
            tokens[k].lower not in DETERMINERS | _CLAUSE_OPENERS | _NOT_MODIFIERS | _POSSESSIVES:
        k -= 1
    if k == i or not _owners_possessive(lex, tokens[k]):
        return None
    stem = tokens[k].lower[:-1] if tokens[k].lower.endswith(("s'", "s’")) else tokens[k].lower[:-2]
    if not tokens[k].text[:-2].isupper() and stem not in lex.bodies and (k == 0 or tokens[k - 1].lower != "the") \
            and not (k > 1 and tokens[k - 1].capitalised and not tokens[k - 1].lower.endswith(("'s", "’s")) and
                     tokens[k - 1].lower not in DAYS | MONTHS):  # (not "Yesterday Biden's", "On Tuesday Biden's")
        return None  # (a person's, like one word the registry names no body by: "Biden's national security adviser")
    return k


def _owners_possessive(lex: Lexicon, token: Token) -> bool:
    """A capitalised possessive that names a body as an owner ("MSF's", "The UN's"); not people's
    ("Women's rights activists say": no women's), nor a place's (read with the place's own words,
    `_possessive_nation`: "Eritrea's information ministry")."""
    plural = token.lower.endswith(("s'", "s’")) and len(token.lower) > 3  # ("The Houthis' chief negotiator")
    stem = token.lower[:-1] if plural else token.lower[:-2]
    if plural and (stem[:-1] in NATIONALITIES or stem[:-1] + "ish" in NATIONALITIES or _country_of_demonym(lex, stem[:-1])):
        return False  # (a people's: "The Kurds' top commander", "the Syrians' …")
    return token.capitalised and (plural or token.lower.endswith(("'s", "’s"))) and len(stem) > 1 and \
        stem not in lex.unnamed and stem not in _COUNTED_PEOPLE and stem not in lex.places and not _nation(lex, token)


_PLATFORMS = {"telegram", "x", "twitter", "facebook", "tiktok", "youtube", "instagram", "whatsapp", "weibo", "vk",
              "vkontakte"}
_PLATFORM_WORDS = _PLATFORMS | {"social", "media", "and", "channels", "their", "its"}


# people a count names before a speaker's own article (`_span_back`: "… killing three people an
# international charity said")
_COUNTED_PEOPLE = {"people", "civilians", "children", "fighters", "soldiers", "militants", "persons", "others",
                   "women", "men", "members", "troops", "rebels", "policemen", "dead", "wounded", "injured"}
# (the number stage's spelled numbers and vague amounts: "two", "eleven", "dozens")
_SPELLED_COUNTS = frozenset({*UNIT_WORDS, *TENS_WORDS, *VAGUE_PLURALS}) - {"one"}


def _spelled_by_acronym(lex: Lexicon, tokens: list[Token], opening: int, closing: int) -> tuple[int, int] | None:
    """The span of the capitalised words right before a bracketed acronym whose initials it spells,
    where a place's name before them would run on into it ("… in Aleppo Syria Live Network (SLN)
    reported", FA-KES without its commas; joiners allowed: "of", "for"); None when the words do
    not spell it or no place runs on."""
    if closing - opening != 2:
        return None
    acronym = tokens[opening + 1].text
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None
    letters, k = [], opening - 1
    while k >= 0 and len(letters) < len(acronym):
        if tokens[k].lower in _ACRONYM_JOINERS and letters:
            k -= 1
            continue
        if not tokens[k].capitalised:
            return None
        letters.append(tokens[k].text[0].upper())
        k -= 1
    if "".join(reversed(letters)) != acronym or k + 1 >= opening or k < 0 or not tokens[k].capitalised or \
            tokens[k].lower not in lex.places:
        return None  # (only where a place before them would run on into the name; not "Kani Township People's
        # Defence Force (PDF)", a name longer than its acronym)
    return k + 1, opening


def _spelled_with_lower_words(words: list[str], acronym: str) -> int | None:
    """Where, among the words right before a bracketed acronym, the name it spells begins, when that
    name has words in lower case whose initials it counts ("Association des journalistes du Burkina
    (AJB)": A, J, B; "des", "du" only join): the index of its capitalised first word, else None (also
    for a name of capitalised words only, read as before)."""
    if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return None
    letters, k, lower = [], len(words) - 1, False
    while k >= 0 and len(letters) < len(acronym):
        word = words[k]
        if word.lower() in _ACRONYM_JOINERS and letters:
            k -= 1
            continue
        if not word[:1].isalpha() or word.lower() in DETERMINERS:
            return None
        lower = lower or word[:1].islower()
        letters.append(word[0].upper())
        k -= 1
    if "".join(reversed(letters)) != acronym or not lower or not words[k + 1][:1].isupper():
        return None
    return k + 1


# the words of a medium that carried a report, after "a report on/in/by/from" (`_report_carrier`; and
# those `_STATE_OWNED` matches: "state-run", "government-owned")
_CARRIER_WORDS = _STATE_MEDIA_WORDS | MEDIA_WORDS | {"pro-government", "local"}


def _report_carrier(tokens: list[Token], last: int) -> tuple[int, int] | None:
    """The medium a report was carried by, when the words ending at `last` are the subject "a report
    on Syrian state TV", "a report by state TV", "a report in the state-run Global New Light of
    Myanmar": the medium is the source. Not a report on a subject ("a report on the attack", "a
    report on the English Channel", "a report on the state-owned Turkish Airlines"), nor a report
    inside another subject's clause ("Residents who saw a report on state TV said")."""
    on = next((k for k in range(last - 1, max(0, last - 8), -1)
               if tokens[k].lower in {"on", "in", "by", "from"} and tokens[k - 1].lower in {"report", "reports"}), None)
    if on is None:
        return None
    opener = on - 2 if on >= 2 and tokens[on - 2].lower in {"a", "an", "the"} else on - 1
    if opener > 0 and tokens[opener - 1].text not in {",", ";", ":"} and \
            tokens[opener - 1].lower not in {"however", "but", "and", "while", "meanwhile", "yet"}:
        return None  # (the report opens the sentence or a clause of its own)
    words = tokens[on + 1:last + 1]
    owned = [bool(_search(rf"^{_STATE_OWNED}$", t.lower)) for t in words]
    if any(not (t.capitalised and t.lower not in DAYS | MONTHS or t.lower in _CARRIER_WORDS or owned[m] or
                t.lower == "of" and 0 < m < len(words) - 1 and words[m - 1].capitalised and words[m + 1].capitalised)
           for m, t in enumerate(words)):
        return None
    preposition = tokens[on].lower
    # (a report "on" a medium is on the air: television, radio, a website; "in" a paper; "by"/"from" any)
    ends = {"tv", "television", "radio", "media", "website", "broadcaster"} if preposition == "on" else \
        MEDIA_WORDS | {"media"} if preposition in {"by", "from"} else \
        {"newspaper", "daily", "paper", "times", "post", "media", "magazine", "weekly", "agency", "website"}
    medium = words[-1].lower in ends
    named = preposition == "in" and words[-1].capitalised and \
        any(owned[m] or t.lower == "pro-government" for m, t in enumerate(words))
    if not (medium or named):
        return None
    start = on + 1 + (words[0].lower == "the" and len(words) > 1)
    return start, last + 1


def _after_quotation(lex: Lexicon, tokens: list[Token], cue: int) -> int:
    """Where the words after a quotation begin, before the cue at `cue`: after one that opens the sentence,
    or after the lone closing mark of one begun in a sentence before, when a capitalised word follows
    ('… brought to justice" Jan Egeland the UN special envoy … said'; not a possessive without a role
    after it: "Moscow's allies who met … said", but "UNHCR's special envoy …"); 0 otherwise."""
    if tokens and tokens[0].text in QUOTES_OPEN:
        return next((k + 1 for k in range(1, cue) if tokens[k].text in QUOTES_CLOSE), 0)
    marks = [k for k in range(1, cue) if tokens[k].text in _QUOTE_MARKS]
    if len(marks) != 1 or tokens[marks[0]].text not in QUOTES_CLOSE or marks[0] + 1 >= cue:
        return 0
    after = tokens[marks[0] + 1]
    if not after.capitalised or after.text.endswith(("'s", "’s")) and not any(
            t.lower in lex.title_stems or t.lower in _BODY_ROLES or t.lower in lex.descriptions
            for t in tokens[marks[0] + 2:marks[0] + 5]):
        return 0
    return marks[0] + 1


def _known_name_before(text: str, tokens: list[Token], end: int, matcher) -> tuple[int, int] | None:
    """The longest name the registry knows that ends right before token `end` (or before a bracketed
    acronym there), when the backward walk stops inside it: "Aid to the Church in Need (ACN) quoted"."""
    if end >= 4 and tokens[end - 1].text == ")" and tokens[end - 3].text == "(" and tokens[end - 2].text.isupper():
        end -= 3
    for start in range(max(0, end - 8), end):
        if tokens[start].capitalised and matcher(_text(text, tokens, (start, end))) is not None:
            return start, end
    return None


_LETTERED_NUMBER = re.compile(r"(?!\d{1,2}(?:AM|PM)$)\d{1,3}[A-Z]{1,2}")  # (not a clock time: "Since 9AM")


# participles that set a subject's backer after it, before the verb ("rebels backed by Rwanda said")
_BACKED_BY = {"backed", "supported", "funded", "armed", "trained", "sponsored", "aided"}
_POLLED_BY = {"polled", "surveyed", "interviewed", "canvassed"}
_MEDIUM_CARRIES = {"carried", "published", "broadcast", "aired", "relayed", "released", "seen", "obtained",
                   "reviewed"}
# what a medium carries or sees of another's words
_CARRIED_WORDS = {"statement", "release", "report", "document", "documents", "letter", "memo", "assessment",
                  "communique", "communiqué", "message", "draft"}


def _span_back(lex: Lexicon, tokens: list[Token], end: int) -> tuple[int, int] | None:
    """The name span ending just before token index `end` (exclusive), walking backwards.

    Steps over time words and auxiliaries before the cue ("the Observatory on Friday said"), a
    parenthesised acronym ("(SOHR)"), and an appositive comma ("Rami Abdel Rahman, head of the
    Observatory"; "Sergey Shoygu, said") when a title or the cue follows the comma.
    """
    i = end - 1
    while i > 0:
        if i > 2 and tuple(t.lower for t in tokens[i - 2:i + 1]) in _FOR_THEIR_PART:
            i -= 3  # "The rebels for their part said"
            continue
        if i > 2 and (quoted := _quoted_manner(tokens, i)):
            i -= quoted  # "Azerbaijan's Defence Ministry 'categorically' denied"
            continue
        if i > 3 and tuple(t.lower for t in tokens[i - 2:i + 1]) in _TIME_BEFORE_CUE and tokens[i - 3].lower in _HAVE_FORMS:
            i -= 3  # (after "has", "have", "had" only: not "Earthquakes in the past claimed …")
            continue
        if i > 2 and tuple(t.lower for t in tokens[i - 1:i + 1]) in _TIME_BEFORE_CUE and tokens[i - 2].lower in _HAVE_FORMS:
            i -= 2
            continue
        if tokens[i].text == ")" and i > 3 and tokens[i - 1].text.isdigit() and tokens[i - 2].lower in MONTHS \
                and tokens[i - 3].text == "(" and tokens[i - 4].lower in DAYS:
            i -= 4  # "The Philippines on Sunday (Aug 31) accused": a date in brackets after the day
            continue
        if i > 1 and tokens[i].lower in _THIS_PERIOD and tokens[i - 1].lower == "this" and \
                end < len(tokens) and tokens[end].lower in _SPEECH_AFTER_PERIOD and \
                not any(t.lower in {"whose", "who", "which", "that"} for t in tokens[max(0, i - 8):i - 1]):
            # (not "whose father had earlier this month told police", nor a toll verb: "had earlier this
            # year recorded 300 cases, the Ministry of Health said")
            i -= 2  # "The … Authority (UNMA) had earlier this month warned", "NEMA this week said" (not "who
            # visited the PPS this afternoon, said")
            continue
        if not (tokens[i].lower in SKIP_BEFORE_CUE and tokens[i - 1].text not in QUOTES_CLOSE | {","}
                and not (tokens[i].text == "Today" and tokens[i - 1].capitalised)):  # ("Aleppo Today said": a name)
            break
        i -= 1
    if i >= 0 and tokens[i].lower in PRONOUNS:
        return i, i + 1
    carrier = _report_carrier(tokens, i)
    if carrier is not None:
        return carrier
    if i > 0 and tokens[i].text == "," and i == end - 1 and tokens[i - 1].capitalised:
        i -= 1
    if i > 1 and tokens[i].text == ")":
        k = i - 1
        while k > 0 and tokens[k].text != "(" and i - k <= 5:
            k -= 1
        if tokens[k].text == "(":
            named = _spelled_by_acronym(lex, tokens, k, i)
            if named is not None:
                return named  # "… in Aleppo Syria Live Network (SLN) reported": the words the acronym spells
            if i - k == 2:
                first = _spelled_with_lower_words([t.text for t in tokens[max(0, k - 8):k]], tokens[k + 1].text)
                if first is not None:
                    return max(0, k - 8) + first, k  # "The Association des journalistes du Burkina (AJB) said"
            i = k - 1
    for the in (i - 1, i - 2):  # "in the town", "inside the training camp"
        if the >= 2 and tokens[the].lower == "the" and (tokens[the - 1].lower in PLACE_PREPOSITIONS or
                                                        tokens[the - 1].lower == "on" and tokens[the + 1].lower == "ground" or
                                                        tokens[the - 1].lower == "of" and tokens[i].lower in _PLACE_NOUNS) and \
                (tokens[the - 2].lower in lex.unnamed or tokens[the - 2].lower == "reporter") and \
                all(not t.capitalised or t.lower.endswith(_RUN_BY) for t in tokens[the + 1:i + 1]) \
                and not any(t.lower in {"which", "who"} for t in tokens[max(0, the - 14):the - 2]) \
                and not (tokens[the - 1].lower == "on" and
                         any(t.lower in _BEHIND_ON_THE_GROUND for t in tokens[max(0, the - 6):the - 2]) and
                         not any(t.text == "," for t in tokens[max(0, the - 6):the - 2])):
            # "Local sources in the town told SANA", "a source on the ground said", "one resident of the town
            # told the Associated Press": the source is before the
            # place (but not in "the Observatory which relies on a network of sources in the war-torn
            # country said")
            outer = _span_back(lex, tokens, the - 1)
            if outer is not None:
                # (the people "of" a place are named without it, as after a quotation: "a resident")
                return outer if tokens[the - 1].lower == "of" else (outer[0], i + 1)
    on = next((k for k in range(i - 1, max(0, i - 5), -1) if tokens[k].lower == "on"), None)
    if on is not None and on >= 1 and tokens[on - 1].lower in lex.unnamed and \
            all(t.lower in _PLATFORM_WORDS for t in tokens[on + 1:i + 1]):
        # "military bloggers on Telegram claimed", "accounts on X and Telegram said": the people
        # posting, on a platform
        outer = _span_back(lex, tokens, on)
        if outer is not None:
            return outer[0], i + 1
    last = i
    while i >= 0 and last - i < MAX_SPAN:
        token = tokens[i]
        if token.text == "," and i > 0 and tokens[i + 1].lower in lex.titles and tokens[i - 1].capitalised:
            i -= 1
            continue
        if token.text in {"-", "'s", "’s", "'", "’"} and not (token.text in {"'", "’"} and i > 0 and
                                                             tokens[i - 1].text in {",", ".", "?", "!"}):
            i -= 1  # (but "…,' the OC said": a closing quotation mark, not a possessive's)
            continue
        if token.text == "/" and 0 < i < last and tokens[i - 1].capitalised and tokens[i + 1].capitalised and \
                tokens[i - 1].end == token.start and token.end == tokens[i + 1].start:
            i -= 1  # "RFE/RL's Georgian Service", "AFC/M23": one name written with a slash
            continue
        if token.text == "&" and 0 < i < last and tokens[i - 1].capitalised and tokens[i + 1].capitalised:
            i -= 1  # "the Addis Abeba Fire & Disaster Risk Management Commission": one name
            continue
        if token.lower == "figure" and i < last and tokens[i + 1].capitalised:
            break  # "a very conservative figure Mardini said": the count, then the speaker (a "tribal figure" speaks)
        if token.text == ")" and i < last and i >= 3 and tokens[i - 2].text == "(" and tokens[i - 1].text.isupper() \
                and tokens[i - 3].capitalised and (tokens[i + 1].lower in _BODY_WORDS | _MEMBER_HEADS or
                                                   tokens[i + 1].capitalised or tokens[i + 1].lower == "of" and
                                                   i + 2 <= last and tokens[i + 2].capitalised):
            i -= 3  # "The Islamic State (IS) group said", "A senior Kurdistan Democratic Party (KDP) official": an acronym inside the name
            # (or the title's: "Officer-in-Charge (OC) of Rupganj Police Station Mahbubur Rahman said")
            continue
        if token.text == ")" and i < last and i >= 3 and tokens[i - 2].text == "(" and tokens[i - 1].capitalised \
                and tokens[i - 3].capitalised and tokens[i + 1].lower in _NUMBERED_BODIES:
            i -= 3  # "the Army's 6th Infantry (Kampilan) Division": a unit's own name in brackets
            continue
        if _ORDINAL.fullmatch(token.lower) and i < last and tokens[i + 1].capitalised and \
                any(t.lower in _NUMBERED_BODIES for t in tokens[i + 1:last + 1]):
            i -= 1  # "the 303rd Infantry Brigade", "the 3rd Infantry Division": a unit's number
            continue
        if _LETTERED_NUMBER.fullmatch(token.text) and i > 0 and tokens[i - 1].capitalised and \
                tokens[i - 1].lower not in MONTHS | DAYS and tokens[i - 1].end + 1 == token.start:
            i -= 1  # "The legal platform Justicia 11J said": a name ending in a number with letters
            continue
        if token.text.isdigit() and i > 0 and tokens[i - 1].capitalised and \
                (i < last or tokens[i - 1].end < token.start == tokens[i - 1].end + 1 and (
                    tokens[i - 1].lower in _NUMBERED_BODIES | _NUMBERED_MEDIA and len(token.text) <= 3 or
                    tokens[i - 1].lower == "rescue" and len(token.text) <= 4 or  # ("Rescue 1122 said": Pakistan's emergency service)
                    tokens[i - 1].lower in lex.places and token.text in _OUTLET_NUMBERS and
                    not (i >= 2 and tokens[i - 2].lower in PLACE_PREPOSITIONS))) and \
                not (len(token.text) == 4 and tokens[i - 1].lower in MONTHS | _BEFORE_A_YEAR):  # ("20 May 2014", "In 2019")
            i -= 1  # "The DeirEzzor 24 monitoring group", "Division 30", "Daraa 24 recorded" (not "Ahmed 24" or
            #         "Um Khaled from Douma 24": an age)
            continue
        if token.lower == "on" and 0 < i < last and (tokens[i + 1].capitalised or tokens[i + 1].lower == "the" and
                                                     i + 2 <= last and tokens[i + 2].capitalised) and \
                tokens[i + 1].lower not in MONTHS | DAYS and \
                tokens[i - 1].lower in _BODY_WORDS | {"conference", "panel", "rapporteur", "commissioner", "institute"}:
            i -= 1  # "The National Commission on Human Rights said", "UN Special Rapporteur on Torture"
            continue
        if token.text == "special" and 0 < i < last and tokens[i + 1].lower in lex.titles | lex.referring_heads:
            i -= 1  # "the UN special envoy for Syria" (lower case: not "The Special Investigations Unit")
            continue
        if token.lower == "based" and i > 0 and i < last and tokens[i - 1].capitalised:
            i -= 1  # "the Aleppo based Fastaqim opposition group": FA-KES lost the hyphen
            continue
        if token.lower == "run" and i > 1 and i < last and tokens[i - 1].lower in {"government", "state", "regime"} \
                and tokens[i - 2].capitalised and tokens[i - 2].lower not in DETERMINERS \
                and tokens[i + 1].lower in _STATE_MEDIA_WORDS:
            i -= 1  # "Syrias government run TV": "government-run" without its hyphen
            continue
        if "-" in token.text and token.text.islower() and i > 0 and i < last and \
                (tokens[i - 1].lower == "the" or token.lower.endswith(("-held", "-controlled"))):
            i -= 1  # "of the activist-run Hama Media Center", "in rebel-held eastern Aleppo"
            continue
        if _inner_particle(tokens, i) and 0 < i < last and _inside_name(tokens, i):
            i -= 1  # "La Voix du Nord", "Causa en Común": a particle of another language inside a name
            continue
        if token.lower == "to" and 0 < i < last and tokens[i + 1].capitalised and tokens[i - 1].capitalised and \
                tokens[i - 1].lower in _NAMED_TO:
            i -= 1  # "the Coalition to Restore Legitimacy in Yemen", "Committee to Protect Journalists"
            continue
        if token.lower.endswith(("'s", "’s")) and token.lower[:-2] in lex.descriptions and i < last and \
                tokens[last].lower in _UNIT_WORDS and all(tokens[m].text.isalpha() for m in range(i + 1, last + 1)):
            i -= 1  # "The ministry's press office said": a unit of the body "the ministry" refers to
            continue
        if i == last and i > 0 and tokens[i - 1].lower == "the" and token.lower in _CALLED_BY_KIND:
            i -= 1  # "In a post on X, the society said": a body called by its kind alone (`_resolve` finds it)
            continue
        if token.lower in _TITLE_PREFIXES and 0 < i < last and tokens[i + 1].lower in lex.title_stems and \
                tokens[i - 1].capitalised:
            i -= 1  # "Vrezh Andreasyan deputy governor of Gegharkunik said" (its commas dropped): his title's prefix
            continue
        if not _is_name_token(lex, token, sentence_start=(i == 0)):
            owner = _owner_before_modifiers(lex, tokens, i, last)
            if owner is not None:
                i = owner  # "MSF's emergency coordinator", "Russia's top diplomat": the owner's name runs on
                continue
            article = _article_before_modifiers(lex, tokens, i)
            if article is not None:
                i = article - 1  # "a youth leader in the town said": the words describing an unnamed head
            break
        if i == 0 and i < last and _sentence_adverb(token, tokens[1]):
            break  # "Puzzlingly the ministry also said": the adverb opens the sentence, not the name
        i -= 1
    first = i + 1
    articles = [k for k in range(first, last + 1) if tokens[k].lower in {"a", "an", "the"}]
    if len(articles) >= 2 and articles[-1] < last and all(not tokens[m].capitalised for m in range(first, last + 1)) \
            and not any(tokens[m].lower in PLACE_PREPOSITIONS | {"of", "for", "at", "with", "from", "and", "or"}
                        for m in range(articles[-2], articles[-1])):
        return articles[-1], last + 1  # "… acting as a regime the official said" (FA-KES, no comma): the official
    # "… in the northern Hama province the rescue service said": the subject starts at its own
    # determiner after a place
    inner = next((k for k in range(last - 1, first, -1) if tokens[k].lower in DETERMINERS and
                  (tokens[k - 1].capitalised or tokens[k - 1].lower in _PLACE_NOUNS)), None)
    if inner is not None and (i >= 0 and tokens[i].lower in PLACE_PREPOSITIONS | {"under"} or
                              tokens[inner - 1].lower in lex.places):
        # (and after a law: "… under Chapter VII of the UN Charter the Coalition said"; after a known
        # place: "… in al-Hassakeh northeastern Syria a monitoring group said")
        return inner, last + 1
    # "… killing three people an international charity said" (FA-KES, no comma): the subject starts
    # at its own article after the people a count names
    # (or after people the object names: "… executed six families of rebel fighters a monitoring group said")
    counted = next((k for k in range(last - 1, first, -1) if tokens[k].lower in {"a", "an", "the"} and
                    tokens[k - 1].lower in lex.unnamed | _COUNTED_PEOPLE and not tokens[k - 1].capitalised and
                    (tokens[k - 2].text[:1].isdigit() or tokens[k - 2].lower in _SPELLED_COUNTS | {"several", "many", "more", "least"} or
                     tokens[last].lower in lex.descriptions or tokens[last].lower in lex.unnamed)), None) \
        if last - first >= 3 else None
    if counted is not None:
        return counted, last + 1
    # "SANA reporter in Aleppo said": a place after a preposition belongs to a name before it
    capitals = [k for k in range(first, last + 1) if tokens[k].capitalised]
    own_subject = bool(capitals) and capitals[-1] < last and tokens[last].lower in lex.unnamed and i >= 1 and \
        tokens[i - 1].lower not in {"source", "sources", "official", "officials"} and \
        tokens[i - 1].lower.rstrip(".") not in lex.title_words and \
        capitals == list(range(first, capitals[-1] + 1)) and \
        all(tokens[k].lower in lex.descriptors for k in range(capitals[-1] + 1, last + 1))
    if i >= 1 and tokens[i].lower in PLACE_PREPOSITIONS and first <= last and not own_subject and \
            (tokens[i - 1].lower in lex.descriptors - LEADING_DROP or tokens[i - 1].capitalised or
             # "The Cattle Breeders Association (MACBAN) in Plateau rejected": a body's acronym
             i >= 4 and tokens[i - 1].text == ")" and tokens[i - 3].text == "(" and tokens[i - 2].text.isupper()
             and tokens[i - 4].capitalised):
        outer = _span_back(lex, tokens, i)
        if outer == (0, 1) and is_common_word(tokens[0].text) and tokens[0].lower not in lex.descriptors:
            outer = None  # "Fighting in the Idlib countryside local activists said": a sentence's first word
        if outer is not None and not (outer[0] >= 2 and tokens[outer[0] - 1].lower in {"has", "have", "relies"} and
                                      any(t.lower in {"which", "who"} for t in tokens[max(0, outer[0] - 4):outer[0]])):
            # (not the object of a relative clause: "the Observatory which has a network of sources
            # in Syria gave a toll")
            if tokens[i - 1].text == ")":
                return outer  # (the body with its acronym, without the place it spoke from)
            return outer[0], last + 1
    if i >= 1 and tokens[i].lower == "by" and tokens[i - 1].lower in _STATEMENT_NOUNS and first <= last:
        return first, last + 1  # "The statement by the Russian defence ministry said": its author
    of = next((k for k in range(first, min(last, first + 3)) if tokens[k].lower == "of"), None)
    if of is not None and of > first and tokens[of - 1].lower in _STATEMENT_NOUNS and of + 1 <= last and \
            any(t.capitalised for t in tokens[of + 1:last + 1]):
        start = of + 1 + (tokens[of + 1].lower == "the" and of + 1 < last)
        return start, last + 1  # "the statement of the Ministry reads": the Ministry
    # "a ceasefire in Aleppo announced": a bare place after a preposition is not a source, but in
    # "training with IS the Observatory said" the subject starts at its own determiner
    if i >= 0 and tokens[i].lower in PLACE_PREPOSITIONS | {"by", "with", "to", "into", "against", "over", "than", "on"}:
        inner = next((k for k in range(first + 1, last + 1) if tokens[k].lower in DETERMINERS | _POSSESSIVES
                      or tokens[k].lower.rstrip(".") in lex.title_words), None)
        if inner is None:
            # "in southern Syria state media said": the place ends where the describing words begin
            capitals = [k for k in range(first, last + 1) if tokens[k].capitalised]
            if capitals and capitals[-1] < last and tokens[last].lower in lex.heads and \
                    all(tokens[k].lower in lex.descriptors for k in range(capitals[-1] + 1, last + 1)):
                if tokens[capitals[-1]].text.isupper() and len(tokens[capitals[-1]].text) > 1 and \
                        tokens[capitals[-1]].text not in {"TV", "UK", "US", "U.S."}:
                    # "according to SANA news agency citing", "in New Aleppo SANA reporter said",
                    # "a group of U.N. experts": the acronym names it (but in "Al Mayadeen TV
                    # channel" it is part of a longer name)
                    return capitals[-1], last + 1
                return capitals[-1] + 1, last + 1
            plural = next((k for k in range(last - 1, first - 1, -1) if not tokens[k].capitalised), None)
            if plural is not None and tokens[last].capitalised and tokens[plural].lower in lex.unnamed and \
                    tokens[plural].lower.endswith("s") and 1 <= last - plural <= 3 and \
                    all(tokens[k].capitalised and tokens[k].lower.rstrip(".") not in lex.title_stems
                        for k in range(plural + 1, last + 1)):
                # "… the atrocities committed by rebels Pillay said": the speaker's name runs on
                # from the object of the preposition
                return plural + 1, last + 1
            article = next((k for k in (i - 2, i - 3) if k >= 1 and tokens[k].lower in {"a", "an"} and
                            all(t.text.islower() for t in tokens[k + 1:i])), None)
            if article is not None and tokens[article - 1].capitalised and tokens[i].lower in PLACE_PREPOSITIONS:
                # "Ibrahim al-Assad a neurologist in Saraqib said": the person before his apposition
                person = _span_back(lex, tokens, article)
                if person is not None and all(tokens[k].capitalised for k in range(*person)):
                    return person
            return None
        first = inner
    if first <= last and tokens[first].lower in {"of", "for"} and first - 1 >= 0 \
            and tokens[first - 1].lower not in lex.heads:
        # "an official in the town of Suruc said": "of Suruc" belongs to "town", not to a speaker;
        # but in "the area of Mayadeen the ministry said" the subject starts at its own determiner
        inner = next((k for k in range(first + 2, last + 1) if tokens[k].lower in DETERMINERS
                      and tokens[k - 1].capitalised), None)
        if inner is None:
            # "a hundred of militants SANA news agency reported": a name after lower-case words
            inner = next((k for k in range(first + 2, last + 1) if tokens[k].capitalised
                          and not tokens[k - 1].capitalised and tokens[k - 1].lower not in {"of", "the", "for", "and"}),
                         None)  # (not inside "Syrian Observatory for Human Rights")
        if inner is None and tokens[last].lower in lex.heads:
            # "the city of Aleppo Syrian activists said": describing words end the place name
            inner = next((k for k in range(first + 1, last + 1)
                          if all(tokens[m].lower in lex.descriptors or tokens[m].lower in NATIONALITIES for m in range(k, last + 1))), None)
            if inner is not None and tokens[inner - 1].text.isupper() and len(tokens[inner - 1].text) > 1:
                inner -= 1  # "Syrias SANA regime news agency": the acronym names it
        if inner is None:
            # "An official in the Turkish town of Suruc said": an unnamed speaker before the place
            for k in range(first - 1, max(0, first - 8), -1):
                if tokens[k].lower in PLACE_PREPOSITIONS and tokens[k - 1].lower in lex.unnamed:
                    outer = _span_back(lex, tokens, k)
                    if outer is not None:
                        return outer[0], last + 1
                    break
        if inner is None:
            return None
        first = inner
    # "Deir Ezzor state-run news agency said", "Al Tabqah local media reported": the same cut when
    # a place name runs into the describing words of an unnamed or described source
    if first <= last and (tokens[last].lower in lex.heads or tokens[last].lower == "agency"):
        capitals = [k for k in range(first, last + 1) if tokens[k].capitalised]
        run = capitals[-1] if capitals else 0
        while run > first and tokens[run - 1].capitalised and tokens[run - 1].lower not in DETERMINERS:
            run -= 1  # (to the name's own article: "The Islamic State militant group" opening the sentence)
        if capitals and run >= 1 and tokens[capitals[-1]].lower not in NATIONALITIES and (tokens[run - 1].lower == "the" or tokens[run - 1].lower.endswith("based") or
                                      run >= 2 and tokens[run - 2].lower == "the" and tokens[run - 1].text.islower()) \
                and tokens[last].lower in _BODY_WORDS | {"alliance"}:
            capitals = []  # "the Tahrir al-Sham jihadist alliance": a name with its article, not a place
        if capitals and capitals[-1] < last - 1 and \
                all(tokens[k].lower in lex.descriptors or tokens[k].lower in {"state-run", "official"} for k in range(capitals[-1] + 1, last + 1)) \
                and tokens[capitals[-1] + 1].lower not in {"of", "for", "and", "the", "a", "an"} \
                and not (tokens[capitals[-1]].text.isupper() and len(tokens[capitals[-1]].text) > 1) \
                and not _owners_possessive(lex, tokens[capitals[-1]]) \
                and not (tokens[last].lower in _NATIONAL_OFFICES and  # ("The Mexican foreign minister")
                         (_nation(lex, tokens[capitals[-1]]) or _country_of_demonym(lex, tokens[capitals[-1]].lower))) \
                and tokens[capitals[-1] + 1].lower != "news" \
                and not tokens[capitals[-1]].lower.endswith(_LED_BY) \
                and tokens[last].lower != "police" \
                and not (_nation(lex, tokens[capitals[-1]]) and
                         ({"government", "military"} & set(lex.descriptions.get(tokens[last].lower) or ()) or
                          all(t.lower in _STATE_MEDIA_WORDS for t in tokens[capitals[-1] + 1:last + 1]))):
            # (an acronym, or a name right before "news agency", is the name itself: "SANA news
            # agency said", "the ISIS run Amaq news agency said"; and "the Russian defence ministry",
            # "Russia's army" or "Syrian state media" is that country's own, not a place before a
            # description; "the Saudi-led military coalition" is led by a country, no place)
            first = capitals[-1] + 1
    if first < last and tokens[last].capitalised:
        # "to protect the Syrian people Attiya said": with no comma, the speaker's name runs on
        # from the plural head of the words before it
        plural = next((k for k in range(last - 1, first - 1, -1) if not tokens[k].capitalised), None)
        if plural is not None and plural > first and tokens[plural].lower in lex.unnamed and \
                tokens[plural].lower.endswith(("s", "people")) and \
                not any(tokens[k].lower.rstrip(".") in lex.title_stems for k in range(plural + 1, last + 1)):
            first = plural + 1
    while first < last and tokens[first].text.isdigit() and len(tokens[first].text) == 4 and tokens[first + 1].capitalised:
        first += 1  # "Date of publication 27 October 2016 State media says": the year ends the date
    glued = next((k for k in range(last, first, -1) if tokens[k].text in {"A", "An", "The"} and k < last
                  and not tokens[k + 1].capitalised or
                  (tokens[k].lower == "the" and k + 1 <= last and
                   (tokens[last].lower in {"source", "sources"} or
                    k + 1 == last and (tokens[last].lower in lex.descriptions or tokens[last].lower in lex.unnamed))
                   and tokens[k - 1].capitalised)), None)
    if glued is None and last - first >= 3 and tokens[first].lower in {"a", "an"} and \
            tokens[first + 1].lower in _SPOKEN_OF and tokens[first + 2].lower == "the":
        glued = first + 2  # "…, a claim the State government described as lies": the one who speaks of it
    if glued is not None:
        # "Get short URL 9832 A source told Sputnik" (a capitalised article inside the span starts
        # the sentence glued to page debris); "… nicknamed Abu Moussa the source said", "… ancestral
        # village Qardaha the monitor said" (the unnamed or described source after a name in the content)
        first = glued
    while first <= last and tokens[first].lower in LEADING_DROP - DETERMINERS | {","} and \
            not (first == last - 1 and tokens[first].lower in _POSSESSIVES and tokens[last].lower in _HIS_OWN):
        first += 1
    if first > last or all(t.lower in DETERMINERS for t in tokens[first:last + 1]):
        return None
    return first, last + 1


_LED_BY = ("-led", "-backed", "-allied", "-aligned", "-sponsored", "-funded")  # "Saudi-led", "Iranian-backed"
_RUN_BY = ("-run", "-controlled", "-held") + _LED_BY  # ("officials in the Hamas-run enclave": a place's description)


def _according_span_end(tokens: list[Token], span: tuple[int, int], text: str, rules: RuleSet) -> tuple[int, int]:
    """Cut "according to the Observatory DAESH has lost …", "according to SANA Turkish forces
    shelled …" and "according to the World Health Organization Syria is …" before the clause's own
    subject: a body's name, then a known source, a place or a nationality's noun on its own, then a
    lower-case verb."""
    start, end = span
    if end >= len(tokens) or not tokens[end].text[:1].islower() or end - start < 2 or \
            rules.registry.lookup(_text(text, tokens, span)) is not None:
        return span
    for cut in range(start + 1, end):
        tail = _text(text, tokens, (cut, end))
        head = _text(text, tokens, (start, cut))
        subject = rules.registry.lookup(tail) is not None or tail.lower() in rules.places or \
            (tokens[cut].lower in NATIONALITIES and all(t.text.islower() for t in tokens[cut + 1:end]))
        if subject and tokens[cut].lower in DETERMINERS and not tokens[cut - 1].capitalised:
            return start, cut  # "according to the Al Masdar media outlet the US-led coalition bombed"
        if subject and (tokens[cut - 1].capitalised or tail.lower() in rules.places) and \
                (rules.registry.lookup(head) is not None or tokens[cut - 1].lower in _BODY_WORDS):
            # (a lower-case body word too: "according to figures compiled by the Syrian Coalitions
            # media office Aleppo bore the brunt")
            return start, cut
    lex = lexicon(rules)
    for cut in range(start + 1, end - 1):
        before = tokens[cut - 1]
        if tokens[cut].lower == "the" and before.text.islower() and \
                (before.lower in lex.descriptions or before.lower in _BODY_WORDS or
                 before.lower in lex.unnamed and not any(t.capitalised for t in tokens[start:cut])) and \
                all(t.text.islower() for t in tokens[cut + 1:end]):
            # (not after a body's people: "According to Syrian government sources the army captured" reads
            # on as before)
            return start, cut  # "According to the ministry the commanders had been meeting" (no comma): the ministry
    return span


def _nation(lex: Lexicon, token: Token) -> bool:
    """"Russian", "Russia's" or, apostrophe lost as in much scraped text, "Russias": a country's own."""
    word = token.lower
    return word in NATIONALITIES or word.removesuffix("'s").removesuffix("’s") in lex.countries or \
        (word.endswith("s") and word[:-1] in lex.countries)


_NUMBERED_MEDIA = {"channel", "france", "rossiya", "kan", "tv", "radio", "canal"}


# what may follow the people an "according to" names, after their head noun ("according to customs
# officials, …", "according to a family member who …", "according to local chiefs quoted by …")
_AFTER_DESCRIBED_PEOPLE = {"who", "quoted", "cited", "present", "in", "at", "on", "and", "close", "familiar",
                           "speaking", "working", "based", "reached", "contacted", "interviewed", "with"}


def _according_described(lex: Lexicon, tokens: list[Token], begin: int, index) -> tuple[int, int] | None:
    """The people an "according to" describes with lower-case words before a head that names
    unnamed people ("according to customs officials", "according to a family member", "according to
    two separate sources"): the span from its article (or first word) to that head; None otherwise."""
    n = len(tokens)
    k = begin + (begin < n and tokens[begin].lower in {"a", "an", "the", "two", "three", "several", "some"})
    for m in range(k, min(k + 4, n)):
        token = tokens[m]
        if not (token.text.isalpha() or "-" in token.text) or not token.text.islower() or \
                token.lower in _FUNCTION_WORDS or token.lower in index.single:
            return None
        if (token.lower in lex.unnamed or token.lower in _DESCRIBED_PEOPLE) and \
                (m + 1 >= n or tokens[m + 1].text in {",", ".", ";", ":", ")"} or tokens[m + 1].lower in _AFTER_DESCRIBED_PEOPLE):
            end = m + 1
            at = end + (end + 1 < n and tokens[end].lower in PLACE_PREPOSITIONS and tokens[end + 1].lower == "the")
            if end + 1 < n and tokens[end].lower in PLACE_PREPOSITIONS and at + 1 < n and tokens[at + 1].capitalised:
                # "according to sources in the Assyrian Christian Church": the body they are in
                named = _span_forward(lex, tokens, at + 1)
                if named is not None:
                    end = named[1]
            return begin, end  # (not "according to local officials' figures": not the people themselves)
    return None


def _according_author(lex: Lexicon, tokens: list[Token], begin: int) -> tuple[int, int] | None:
    """Who an "according to" names past the words `ACCORDING_FILLERS` knows: the author of a document
    ("according to a circular issued by the Ministry of Education", "according to an update shared by
    RBC"), or a body named after the words that describe it ("according to the conflict monitoring
    group ACLED", "according to lines company Firstlight Network"). None otherwise."""
    n = len(tokens)
    k = begin + (begin < n and tokens[begin].lower in DETERMINERS)
    m = k
    while m < min(n, k + 4) and tokens[m].text.islower() and tokens[m].text.replace("-", "").isalpha() and \
            tokens[m].lower not in _FUNCTION_WORDS | {"from"} and tokens[m].lower not in _AUTHORING:
        m += 1
    if m == k or m >= n:
        return None
    if tokens[m - 1].lower in _DOCUMENT_NOUNS:
        by = m + (m < n and tokens[m].lower in _AUTHORING)
        if by + 1 < n and tokens[by].lower in {"by", "from", "of"}:
            return _span_forward(lex, tokens, by + 1)
        return None
    if tokens[m].capitalised and (tokens[m - 1].lower in lex.descriptions or tokens[m - 1].lower in _BODY_WORDS):
        return _span_forward(lex, tokens, m)  # "the conflict monitoring group ACLED"
    return None


def _according_apposed(lex: Lexicon, tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The name set off after a described noun "according to" opens with: "according to its operator,
    the Lithuanian Radio and Television Centre (Telecentras)" (the body, not "its operator")."""
    n = len(tokens)
    if k + 3 >= n or tokens[k].lower not in {"its", "their", "his", "her", "the"}:
        return None
    m = k + 1
    while m < n and m <= k + 3 and tokens[m].text.isalpha() and tokens[m].text.islower():
        m += 1
    if m == k + 1 or m + 1 >= n or tokens[m].text != ",":
        return None
    start = m + 2 if tokens[m + 1].lower == "the" else m + 1
    if start >= n or not tokens[start].capitalised:
        return None
    span = _span_forward(lex, tokens, start)
    if span is None or span[1] < n and tokens[span[1]].text not in {",", "(", ".", ";"}:
        return None  # (the clause's own subject, not set off: "According to his lawyer, Ahmed Mansour was beaten")
    return span


# the kinds of body or medium a name follows after "according to" ("the consultancy Kpler", "industry
# association ACEA", "the tracking website PowerOutage.us")
_KINDS_BEFORE_NAME = {"firm", "company", "consultancy", "association", "group", "website", "site", "tracker",
                      "platform", "institute", "agency", "organisation", "organization", "charity", "monitor",
                      "observatory", "body", "provider", "operator", "insurer", "lender", "bank", "broker",
                      "brokerage", "exchange", "regulator", "watchdog", "network", "coalition", "alliance",
                      "federation", "union", "centre", "center", "project", "initiative", "database", "service"}


def _according_kind_named(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The name after a kind of body "according to" names first, in lower case, up to the clause's end:
    "according to data from industry association ACEA", "according to the tracking website
    PowerOutage.us", "according to the consultancy Kpler" (the kind and the name). None otherwise."""
    n = len(tokens)
    m = k + (k < n and tokens[k].lower == "the")
    words = m
    while words < n and words - m < 3 and tokens[words].text.islower() and \
            re.fullmatch(r"[a-z]+(?:-[a-z]+)*", tokens[words].text):
        words += 1
    if words == m or words >= n or tokens[words - 1].lower not in _KINDS_BEFORE_NAME or not tokens[words].capitalised:
        return None
    end = words
    while end < n and end - words < 5 and (tokens[end].capitalised or tokens[end].text in {"&", "of", "for", "and"}):
        end += 1
    if end < n and tokens[end].text not in {",", ".", ";", ")", "("} or not tokens[end - 1].capitalised or \
            tokens[words].lower in DAYS | MONTHS:
        return None  # (the clause's own subject: "according to the company Ahmed said …" is no name; nor
        # a day: "according to the company Tuesday")
    return m, end  # (the kind kept: it types the name, which `_clean_name` keeps alone)


def _according_titled(lex: Lexicon, tokens: list[Token], begin: int) -> tuple[int, int] | None:
    """A title an "according to" names, with the place or body it is held for before it and the
    holder's name after it between commas ("according to the mayor.", "according to Amedi's district
    mayor, Azad Rashid."), up to the end of the clause. None otherwise."""
    n = len(tokens)
    k = begin
    if k < n and tokens[k].lower in DETERMINERS:
        k += 1
    elif k < n and tokens[k].capitalised and tokens[k].text.endswith(("'s", "’s")):
        k += 1  # ("Amedi's")
    owned = k > begin and k < n and tokens[k - 1].lower in DETERMINERS and tokens[k].text.islower() and \
        tokens[k].text.endswith(("'s", "’s"))
    if owned:
        k += 1  # ("according to the town's director, Gerald Ratt,": only with the name, below)
    m = k
    while m < min(n, k + 2) and tokens[m].text.islower() and tokens[m].lower not in lex.referring_heads and \
            tokens[m].text.replace("-", "").isalpha() and tokens[m].lower not in _FUNCTION_WORDS:
        m += 1
    if m >= n or tokens[m].lower not in lex.referring_heads:
        return None
    end, office = m + 1, None
    if end + 1 < n and tokens[end].lower == "of":
        # "according to the head of the city military administration, Serhii Popko": the office the title
        # is held in, then the holder's name (only with the name, below)
        office = next((c for c in range(end + 2, min(n, end + 8)) if tokens[c].text == ","), None)
        if office is None or not all(t.text.isalpha() or "-" in t.text for t in tokens[end + 1:office]):
            return None
        held = [t.text for t in tokens[end + 1:office] if t.lower not in DETERMINERS]
        if not (_LOCAL_GOVERNMENT.search(" ".join(held)) or
                all(w.lower() in lex.places or w.lower() in _TERRITORIES for w in held) or
                tokens[m].lower in {"mayor", "governor"} and all(w[:1].isupper() or w.lower() in _TERRITORIES
                                                                  for w in held) and not _body_word_in(" ".join(held))):
            return None  # (only a place or a local government's head speaks for himself; "the governor of the
            # Central Bank of Kenya, Kamau Thugge" speaks for the bank, read elsewhere)
        end = office
    if end + 2 < n and tokens[end].text == "," and tokens[end + 1].capitalised:
        name = end + 1
        while name < n and name - end <= 5 and (tokens[name].capitalised or tokens[name].text == "." and
                                                 name + 1 < n and tokens[name + 1].capitalised):
            name += 1  # (an initial's full stop inside the name, not the sentence's)
        if name - (end + 1) >= 2:
            end = name
    if office is not None and end == office:
        return None  # (an office with no holder's name after it)
    if m > k and (end == m + 1 or tokens[m].lower not in _SELF_SPEAKING_TITLES):
        # (words before the title and no name after it, "the regional governor", read elsewhere; or an officer's
        # title, who speaks for a body those words only describe: "the municipal health director, Dr. …")
        return None
    if end < n and tokens[end].text not in {",", ".", ";", ")", ":"} and tokens[end].lower not in {"and", "who"}:
        return None
    if owned and end == m + 1:
        return None  # (no name: "according to the mayor's office", read elsewhere)
    return begin, end


# what is cited as a reason, not as a source ("citing security concerns")
_CITED_REASONS = {"concern", "concerns", "reason", "reasons", "grounds", "fears", "risk", "risks", "issues", "problems",
                  "considerations", "constraints", "threats", "shortages", "needs", "violations"}
# what a body is cited for when it is penalised, not quoted ("OSHA cited the plant for seven violations";
# not "The newspaper cited Reuters for the figures")
# (whatever one is cited for that is no information: a charge or a praise, "cited the driver for
# speeding", "cited the army for abuses", "for their bravery"; "cited police for the death count", "for
# the latest official casualty figures", "for the names of the victims", "for the cause of the crash" is
# a source; not "for his devotion to the cause of freedom", "for recklessness as the cause of the crash")
_PENALTY_FOR = re.compile(r"(?i)(?:\w+\s+){0,2}?for\s+(?:(?:failing|failure|violating|breaching|neglecting|not|"
                          r"allowing|ignoring)\b|(?!(?:[\w'’-]+\s+){0,5}?(?:figures?|information|data|numbers?|"
                          r"tolls?|tall(?:y|ies)|counts?|totals?|breakdowns?|names?|confirmation|claims?|reports?|"
                          r"estimat\w*|accounts?|details?|statistics?|quotes?|remarks?|comments?|assessments?|"
                          r"findings?|allegations?|casualt\w*|deaths?|dead|news|version|description|identit(?:y|ies)|"
                          r"timeline|circumstances|location|whereabouts)\b)(?!(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?causes?\s+of\b))")
# the documents an "according to" names before their author, and the verbs between them
_DOCUMENT_NOUNS = {"circular", "decision", "update", "bulletin", "communique", "communiqué", "report", "statement",
                   "count", "figures", "information", "data", "tally", "estimate", "accounts", "notice", "release",
                   "post", "announcement", "letter", "order", "assessment", "survey", "records", "memo", "note",
                   "document", "documents", "list", "analysis", "study", "toll", "tweet"}
_AUTHORING = {"issued", "announced", "shared", "released", "compiled", "published", "provided", "posted", "made",
              "given", "prepared", "signed"}


# people-words an "according to" may name that `speakers.unnamed` does not hold (as subjects they
# are read elsewhere): "according to a family member", "according to humanitarian actors"
_DESCRIBED_PEOPLE = {"member", "actors", "chiefs", "riders", "defenders"}


# words that open no description of a speaker after a cue ("reported that Syrian President …", "quoted by the
# outlet …")
_NOT_DESCRIBING = {"that", "to", "by", "in", "on", "at", "for", "with", "from", "of", "and", "as", "when", "while",
                   "after", "before", "if", "his", "her", "their", "its", "our", "about", "this", "these", "those"}


_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
_COMPANY_ENDS = {"Co.", "Ltd.", "Inc.", "Corp.", "Plc.", "LLC."}
# description words that, capitalised after a registry name, end another body's own name ("Turkeys
# Disaster and Emergency Management Authority" is no Turkish government; "Russian Defence Ministry" is)
_NAME_ENDING_DESCRIPTIONS = {"authority", "service"}


def _span_forward(lex: Lexicon, tokens: list[Token], begin: int) -> tuple[int, int] | None:
    """The name span starting at token index `begin`, walking forwards."""
    i = begin
    while i < len(tokens) and i - begin < MAX_SPAN:
        token = tokens[i]
        if i > begin and tokens[i - 1].text in _COMPANY_ENDS and token.lower.rstrip(".") not in {"ltd", "inc", "co"} and \
                token.lower.rstrip(".") not in lex.title_stems and token.lower not in lex.officer_roles:
            # ("according to Boeing Co. spokesman Peter Pedraza": his role goes on)
            break  # "according to Hokuriku … Distribution Co. Water supply had been cut": the name ends
        if token.text == "," and i + 1 < len(tokens) and tokens[i + 1].lower in lex.titles and i > begin:
            i += 1
            continue
        if token.text in {"-", "'s", "’s"}:
            i += 1
            continue
        if token.lower.endswith(("'s", "’s")) and token.text[:1].islower() and token.lower[:-2] in lex.descriptors \
                and i + 1 < len(tokens) and (tokens[i + 1].lower in lex.titles or
                                             tokens[i + 1].lower in lex.descriptors and i + 2 < len(tokens) and
                                             tokens[i + 2].lower in lex.titles):
            i += 1  # "said the command's spokesman, Lieutenant Colonel …", "prosecutor's office spokesperson Sarah Lefèvre"
            continue
        if token.lower in {"at", "of", "in"} and i > begin and i + 1 < len(tokens) and (
                tokens[i + 1].capitalised or (tokens[i + 1].lower == "the" and i + 2 < len(tokens)
                                              and tokens[i + 2].capitalised)):
            # "a source at Aleppo Police Command", "head of the Observatory"
            i += 1
            continue
        if not token.capitalised and token.lower not in DAYS and (
                i > begin or token.text.replace("-", "").isalpha() and
                token.lower not in _FUNCTION_WORDS | DETERMINERS | _NOT_DESCRIBING):
            # "said Welsh nationalist MP Hywel Williams", "said climate change activist Thokozani Mvula":
            # describing words, a title, then the name
            title = next((k for k in range(i, min(i + 3, len(tokens) - 1))
                          if (tokens[k].lower in lex.titles or tokens[k].lower in lex.descriptions)
                          and tokens[k + 1].capitalised), None)  # also "Lebanese Shiite paramilitary group Hezbollah"
            if title is not None and all(not t.text in {",", ".", '"'} for t in tokens[i:title]) and \
                    (i > begin or tokens[title].lower in lex.titles):  # (opening the span, a person's title)
                i = title + 1
                continue
        if token.text.isdigit() and len(token.text) <= 3 and i > begin and tokens[i - 1].text[:1].isupper() and \
                (tokens[i - 1].lower in _NUMBERED_MEDIA or tokens[i - 1].lower in lex.places and token.text in _OUTLET_NUMBERS):
            i += 1  # "Channel 12", "France 24", "Rossiya 24": a broadcaster's number is its name
            continue
        if _inner_particle(tokens, i) and i > begin and i + 1 < len(tokens) and _inside_name(tokens, i):
            i += 1  # "according to Causa en Común"
            continue
        if token.text in {"&", "/"} and i > begin and i + 1 < len(tokens) and tokens[i - 1].capitalised and \
                tokens[i + 1].capitalised and (token.text == "&" or tokens[i - 1].end == token.start == tokens[i + 1].start - 1):
            i += 1  # "according to the Addis Abeba Fire & Disaster Risk Management Commission", "RFE/RL"
            continue
        if token.lower in _INNER_PARTICLES and i > begin and i + 3 < len(tokens) and tokens[i - 1].capitalised \
                and tokens[i + 1].text.isalpha() and tokens[i + 1].text.islower() \
                and tokens[i + 2].lower in _INNER_PARTICLES and tokens[i + 3].capitalised \
                and tokens[i - 1].text not in _SENTENCE_STARTERS:
            i += 3  # a name in sentence case: "according to the Association des journalistes du Burkina"
            continue
        if token.lower == "to" and i > begin and i + 1 < len(tokens) and tokens[i - 1].lower in _NAMED_TO \
                and tokens[i - 1].capitalised and tokens[i + 1].capitalised and tokens[i + 1].text not in _SENTENCE_STARTERS:
            i += 1  # a body named for its aim: "the Committee to Protect Journalists"
            continue
        if i > begin and i + 1 < len(tokens) and tokens[i + 1].capitalised and _ORDINAL.fullmatch(token.text):
            i += 1  # "said Maj. Cenon Albarracin, spokesperson of the Army's 3rd Infantry Division"
            continue
        if i == begin + 1 and tokens[begin].lower in _ONE_OF and (token.text.isalpha() and token.text.islower()
                                                                 and not _is_name_token(lex, token, sentence_start=False)
                                                                 or _AGED.fullmatch(token.text)):
            head = next((k for k in (i + 1, i + 2) if k < len(tokens) and tokens[k].lower in lex.unnamed_persons), None)
            if head is not None and all((tokens[m].text.isalpha() and tokens[m].text.islower() or
                                         m == i and _AGED.fullmatch(tokens[m].text)) and
                                        tokens[m].lower not in _NOT_MODIFIERS for m in range(i, head)):
                i = head + 1  # "said a young man", "said a youth leader in the town", "said a 47-year-old truck driver"
                continue
        if (token.lower in DAYS and token.text != "Today") or not _is_name_token(lex, token, sentence_start=False):
            break
        if token.lower in {"a", "an"} and i > begin and tokens[i - 1].capitalised:
            break  # "Abd Abu al-Nasr a resident of …": an appositive without its comma
        if token.lower == "one" and i > begin and i + 1 < len(tokens) and tokens[i + 1].lower == "of" \
                and tokens[i - 1].capitalised:
            break  # "the Islamic Front one of the factions fighting for the city": the same
        if token.text in _SENTENCE_STARTERS and i > begin:
            break  # "said al-Shimale It is a public market": the next sentence glued on
        if token.lower == "the" and i > begin and tokens[i - 1].capitalised and i + 1 < len(tokens) \
                and (tokens[i + 1].lower in lex.titles or tokens[i + 1].lower in _KIN and begin > 0 or
                     (not tokens[i + 1].capitalised and i + 2 < len(tokens)
                      and tokens[i + 2].lower in _BE | {"had", "has", "would"})):
            # "said Mohamad Sabra the head negotiator for …", "said Abu Abdel-Moneim the father of a militant":
            # an appositive without its comma; "told
            # Syria Direct the agency was aware": the reported clause's own subject
            break
        i += 1
    end = i
    while end > begin and tokens[end - 1].lower in LEADING_DROP | {",", "-"}:
        end -= 1
    first = begin
    while first < end and tokens[first].lower in LEADING_DROP:
        first += 1
    if first >= end:
        return None
    return begin, end


def _text(sentence: str, tokens: list[Token], span: tuple[int, int]) -> str:
    return sentence[tokens[span[0]].start:tokens[span[1] - 1].end].strip(" ,")


def _lone_title(lex: Lexicon, tokens: list[Token], span: tuple[int, int] | None) -> bool:
    """A bare title after a comma or opening the sentence ("…, governor says", a headline): a
    subject, though no name or description."""
    return span is not None and span[1] - span[0] == 1 and tokens[span[0]].lower in lex.referring_heads \
        and (span[0] == 0 or tokens[span[0] - 1].text in {",", ";", ":"})


_AGED = re.compile(r"\d{1,3}-year-old")
_FULL_NAME = lazy_compile(r"\b([A-Z][a-z'’-]+(?:\s+(?:al-|el-|bin\s+|abu\s+)?[A-Z][a-z'’-]+){1,2})\b")


def _registry_person_named_last(context: _Context, registry: Registry) -> Source | None:
    """The registry's person the sentence so far, or one of the two sentences before, named last."""
    matcher = context.matcher or _registry_matcher(registry)
    for text in (context.sentence, *reversed(context.before[-2:])):
        people = [s for s in matcher.all(text) if s.type == "person"]
        if people:
            return max(people, key=lambda s: max((m.start() for alias in (s.name, *s.aliases)
                                                  for m in re.finditer(re.escape(alias), text)), default=-1))
    return None


def _last_person_named(context: _Context, matcher) -> str | None:
    """The person a feature story named last, in the nearest of the six sentences before that names
    one, whether he spoke or not ("Nyaduoth Gatluak arrived at the gates …" before "the 34-year-old
    said"): a full name the registry does not know as a body, no place, no people."""
    for text in reversed(context.before[-6:]):
        names = [m.group(1) for m in _FULL_NAME.finditer(text)
                 if _guess_type(m.group(1)) == "person" and m.group(1).lower() not in context.lex.places
                 and not any(w.lower() in NATIONALITIES or w.lower() in context.lex.places or
                             _country_of_demonym(context.lex, w.lower()) for w in m.group(1).split())
                 and not any(s.type != "person" for s in matcher.all(m.group(1)))]
        if names:
            return names[-1]
    return None


def _bare_kind_span(lex: Lexicon, tokens: list[Token], span: tuple[int, int]) -> bool:
    """Whether a span is "the" and one lower-case word no description or unnamed head is: a body
    only by its kind ("the authority", "the commission"), which `_plausible` lets speak."""
    return span[1] - span[0] == 2 and tokens[span[0]].lower == "the" and not tokens[span[0] + 1].capitalised and \
        tokens[span[0] + 1].lower not in lex.descriptions and tokens[span[0] + 1].lower not in lex.unnamed


def _owned_title(text: str, tokens: list[Token], span: tuple[int, int] | None) -> bool:
    """A role alone after a description's possessive or "its" (`_OWNER_BEFORE_ROLE`: "The agency's director
    said", "Its chief said"): a subject, though the role is no unnamed head; `_resolve` takes it
    (`_owned_role`) and `_spokesman_of` names the body, one that spoke (a body only named is not reached,
    unlike for its spokesman)."""
    return span is not None and span[1] - span[0] == 1 and span[0] > 0 and tokens[span[0]].lower in _BODY_ROLES \
        and _OWNER_BEFORE_ROLE.search(text[:tokens[span[0]].start]) is not None


def _plausible(lex: Lexicon, mention: str, registry: Registry, matcher) -> bool:
    """A subject span names a source when it is a pronoun, a known source, a description, a name."""
    words = mention.split()
    lower = [w.lower().strip(",.") for w in words]
    if len(words) == 1 and lower[0] in PRONOUNS:
        return True
    if " ".join(lower) in {"no one", "nobody", "none", "no-one"} or (len(lower) >= 2 and lower[0] in {"no", "none"}):
        return False  # "No one could say who was responsible", "No group had claimed it": nobody asserts anything
    if all(w in {"other", "another", "some", "many", "several", "both", "all", "initial", "early", "preliminary",
                 "first", "latest", "new"} for w in lower):
        return False  # "Other reports from … offered", "Initial reports of 20+ killed": no speaker
    if matcher(mention) or lower[-1] in _OTHER_FORCE_WORDS:
        return True
    if lower[-1] in lex.descriptions or lower[-1] in lex.unnamed or (lower[-1] in lex.referring_heads and lower[0] == "the"):
        return True
    if len(lower) == 2 and lower[0] == "the" and _AGED.fullmatch(lower[1]):
        return True  # '"We walked for six days," the 34-year-old said': the person named before
    at = next((k for k, w in enumerate(lower) if k > 0 and (w in PLACE_PREPOSITIONS or w in {"for", "of"} or
                                                           _on_the_ground(lower, k))), None)
    if at is not None and at <= 3 and (lower[at - 1] in lex.unnamed or lower[at - 1] in _SPOKES) and \
            lower[-1] not in _FUNCTION_WORDS:
        # "a source in the northern province said", '"…," a spokesperson for the mission said', "a relative
        # of one of the detainees said"
        return True
    if len(lower) == 2 and lower[0] in _POSSESSIVES and lower[1] in _HIS_OWN:
        return True  # "his office said"
    if len(lower) == 3 and lower[0] == "the" and lower[1].endswith(("'s", "’s")) and lower[2] == "office":
        return True  # "…, the governor-general's office announced"
    if len(lower) == 2 and lower[0] == "the" and lower[1] in _BARE_KINDS:
        return True  # "…, the authority said" after "the Egyptian National Railways Authority": the body named so
    return any(w[:1].isupper() or _NAME_PREFIX.match(w) for w in words)  # "al-Shimale"


def _headline_verb(tokens: list[Token], i: int, cue: Cue, known, lex: Lexicon) -> bool:
    """True for a capitalised cue in a headline after a known name: "Syrian Coalition Condemns
    Horrific Massacre" (a present-tense verb followed by another capitalised word); or "Say" after
    unnamed people closing a headline ("…, Officials Say", "…, Sources Say")."""
    if cue.kind == "verb" and tokens[i].lower in {"say", "says"} and tokens[i - 1].lower in lex.unnamed and \
            any(k >= 0 and tokens[k].text == "," and all(t.capitalised for t in tokens[k + 1:i]) for k in (i - 2, i - 3)) \
            and (i + 1 == len(tokens) or not tokens[i + 1].text[:1].isalnum()):
        return True  # "… in Northern Cameroon Village, Officials Say", "…, Local Officials Say"
    if cue.kind != "verb" or not tokens[i].lower.endswith("s") or i + 1 >= len(tokens) or \
            not tokens[i + 1].capitalised:
        return False
    span = _span_back(lex, tokens, i)
    return span is not None and span[1] == i and known(span) is not None


# the kinds of body the lower-case words before them describe ("the forestry department", "the city
# government", "the presidential office", "the local disaster management groups")
_DESCRIBED_BODY_HEADS = (r"department|office|government|command|service|agency|council|authority|administration|"
                         r"directorate|bureau|brigade|committee|commission|centre|center|monitor|groups|corps|"
                         r"institute|ministry|civil\s+protection")
# a lower-case word of such a description: no preposition, article or word pointing back ("the same
# office", "the latter department", "the attack on the army command", "the head of the department")
_DESCRIBING_WORD = (r"(?!(?:of|on|at|in|for|to|the|a|an|with|from|by|same|latter|former|above|concerned|"
                    r"relevant|said|aforementioned|head|figures|attack|blast|so-called)\s)[a-z][\w'’-]*")
_DESCRIBED_BODY = (r"(?P<np>[Tt]he\s+(?:[A-Z][\w'’.-]*(?:'s|’s)?\s+){0,3}(?:" + _DESCRIBING_WORD + r"\s+){1,4}"
                   rf"(?:{_DESCRIBED_BODY_HEADS}))(?:\s+(?P<acronym>[A-Z][A-Z]{{1,6}})|\s+\([A-Z][\w-]{{1,14}}\))?")
_DESCRIBED_BODY_CUE = re.compile(rf"(?:^\W*(?:In\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}},\s+)?|(?<=[”\"]\s)|(?<=,\s)){_DESCRIBED_BODY}\s+"
                                 r"(?:(?:has|had|also|later|earlier)\s+)?"
                                 r"(?P<cue>said|says|reported|told|announced|confirmed|added|stated|warned|noted|accused|denied|"
                                 r"claimed|insisted|indicated|acknowledged|admitted|rejected|stressed)\b"
                                 r"(?!\s+to\b)(?:\s+(?:the\s+)?(?P<relay>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|al-[\w'’-]+)){0,3}))?")
# words that open a clause inside the sentence, whose subject is no speaker of it ("… before the
# electoral commission announced.")
_SUBORDINATORS = ("before", "after", "until", "till", "once", "unless", "whether", "because", "since", "though", "if",
                  "when", "that")
# the same closing a sentence written without its comma (FA-KES, scraped pages): "Turnout stood at 71
# percent the election commission said Monday citing preliminary figures"
_DESCRIBED_BODY_CLOSING = re.compile(r"(?<=[a-z0-9%]\s)" + "".join(rf"(?<!\b{w}\s)" for w in _SUBORDINATORS) +
                                     rf"{_DESCRIBED_BODY}\s+(?:(?:has|had|also|later|earlier)\s+)?"
                                     r"(?P<cue>said|says|reported|announced|confirmed|added|stated)"
                                     r"(?=\s*[.;]?\s*$|\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                                     r"Sunday|today|yesterday)\b|\s+(?:in\s+a\s+(?:statement|report)|citing)\b)")
_ACCORDING_TO_DESCRIBED = re.compile(rf"\b(?P<cue>[Aa]ccording\s+to)\s+{_DESCRIBED_BODY}(?=\s*[,.;]|\s*$)")
# the head words as a trie, one of which a text must hold for either pattern above to match there
# (looked for first: most sentences hold none, and the patterns are slow to fail)
_DESCRIBED_BODY_HEAD = re.compile(literal_alternation(_DESCRIBED_BODY_HEADS.replace(r"civil\s+protection", "civil").split("|")))
# the owners before a description that make it a place's own body ("the state's fire brigade command")
_PLACE_OWNERS = {"state", "city", "country", "town", "village", "county", "district", "province", "region"}
# kinds of body whose office is that body's ("the utility's customer care department")
_OWNING_KINDS = {"company", "utility", "drugmaker", "airline", "court", "force", "club", "university", "firm",
                 "carrier", "operator", "insurer", "bank", "school", "hospital", "rebel", "militia", "party"}


def _described_body(lex: Lexicon, text: str, found: list) -> tuple[re.Match, Candidate | None] | None:
    """A body named only by lower-case words before its kind, and the candidate it replaces: none,
    or one at the same cue that names only the end of it ("unnamed (command)" for "the state's fire
    brigade command said"). Not an office of a body the text named before ("the company's press
    office": the company, read elsewhere); an officer's own office is one ("the ombudsman's
    office", "the state prosecutor's office")."""
    described = (_DESCRIBED_BODY_CUE.search(text) or _ACCORDING_TO_DESCRIBED.search(text) or
                 _DESCRIBED_BODY_CLOSING.search(text)) if _DESCRIBED_BODY_HEAD.search(text) else None
    if described is None or _RELATIVE_BEFORE.search(text[:described.start()].lower()):
        return None
    if found and _search(r"^\W*(?:In|On|At)\s+(?:a|an|the|its|his|her|their)\s[^,]*,\s*$", text[:described.start()]) \
            and not described.group("np")[4:5].isupper():
        # (after "In a statement,": "the home ministry" is the country's, read elsewhere; but "the
        # Amhara regional government" names its region)
        return None
    owners = [m.group(1).lower() for m in re.finditer(r"\b([A-Za-z-]+?)(?:'s|’s)\s", described.group("np"))]
    if any(owner not in _PLACE_OWNERS and (owner in lex.descriptions or owner in lex.unnamed or
                                           owner in _BODY_WORDS or owner in _OWNING_KINDS) for owner in owners) or \
            re.search(r"\b[a-z]+s\s+(?:media|press|public|political|regional|information)\b", described.group("np")):
        return None  # (also FA-KES's "the groups media office")
    replaced = None
    if found:
        np = described.group("np").lower().removeprefix("the ").strip()
        same = [c for c in found if c.position == described.start("cue") and c.mention and
                c.mention.islower() and len(c.mention.removeprefix("the ").strip()) < len(np) and
                np.endswith(c.mention.removeprefix("the ").strip())]
        if len(found) != 1 or not same:
            return None
        replaced = same[0]
    return described, replaced


# a speaker no walk above takes, named by common words only, when the sentence has no other candidate:
# "The regional district said", "…, the carriers said", "One member of the congregation told The Times",
# "Another said", "Ukraine's prosecutor-general's office said", "according to the prosecution,"
# (`_common_subject`); what the words name is resolved as any mention is
_NOT_IN_COMMON_NP = (r"(?!(?:that|which|who|whom|whose|what|where|when|and|but|or|it|is|was|were|are|be|been|has|have|had|"
                     r"later|earlier|now|recently|previously|initially|again|already|yesterday|today|tonight|"
                     r"separately|meanwhile|however|our|my|his|her|your|"
                     r"not|no|never|also|this|these|those|there|then|than|as|if|he|she|they|we|i|you|said|says|told|"
                     r"would|will|could|should|can|may|might|did|does|do|so|just|only|even|still|yet|after|before|"
                     r"while|because|though|although|since|until|to|in|on|at|by|for|from|with|into|over|about)\s)")
_COMMON_WORD = rf"{_NOT_IN_COMMON_NP}[a-z][a-z'’-]*"
_COMMON_DETERMINER = r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Ii]ts|[Tt]heir)"
_COMMON_SUBJECT_CUE = re.compile(
    rf"(?:^\W*|(?<=[”\"’]\s)|(?<=,\s))(?P<np>(?:{_COMMON_DETERMINER}\s+|[A-Z][\w-]*(?:'s|’s)\s+)(?:{_COMMON_WORD}\s+){{0,3}}"
    rf"{_COMMON_WORD}(?:\s+of\s+the\s+{_COMMON_WORD})?|[Aa]nother|[Oo]thers)"
    r"\s+(?:(?:has|had|have|also|later|earlier|then|long|repeatedly)\s+|(?:has|had|have)\s+in\s+the\s+past\s+){0,2}"
    r"(?P<cue>said|says|say|told|tells|added(?!\s+to\b)|denied|denies|deny|accused|accuses|accuse|claimed|claims|"
    r"claim|confirmed|confirms|warned|warns|insisted|insists|complained|complain|complains|alleged|allege|alleges|"
    r"stressed|noted|explained|argued|argue|argues|acknowledged|denounced|denounce|denounces|estimated|"
    r"estimate|reported(?=\s+(?:that|seeing|hearing))|stated)\b"
    # (not "A new clause added to the bill", "said the rosary", "told stories"; nor the people a charge is
    # laid on: "Two men accused of running a fraud ring went on trial")
    r"(?!\s+(?:the\s+rosary|a\s+prayer|prayers|grace|goodbye|mass|stories|jokes|a\s+story|a\s+joke|lies)\b)"
    r"(?<!accused(?=\s+of\b))(?<!alleged(?=\s+to\b))")
# what "according to" may follow that asserts nothing: a rule, a custom, a schedule
_NO_ONE_ACCORDING_TO = {"law", "laws", "custom", "customs", "tradition", "traditions", "plan", "plans", "schedule", "rules",
                        "rule", "manifest", "regulations", "protocol", "protocols", "procedure", "procedures",
                        "guidelines", "constitution", "agreement", "agreements", "programme", "program", "design",
                        "standards", "instructions", "timetable", "script", "legend", "scripture", "will", "wishes"}
_ACCORDING_TO_COMMON = re.compile(
    rf"\b(?P<cue>[Aa]ccording\s+to)\s+(?P<np>(?:{_COMMON_DETERMINER}\s+|[A-Z][\w-]*(?:'s|’s)\s+)?"
    rf"(?:{_COMMON_WORD}\s+){{0,3}}{_COMMON_WORD})(?=\s*(?:[,;]|\.(?:\s|$))|\s*$)")  # (not "ertnews.gr")


# what happened, which claims lives but no facts ("an attack claimed by the New IRA", "The attacks
# claimed the lives of five citizens")
_HAPPENINGS = {"attack", "attacks", "blast", "blasts", "explosion", "explosions", "strike", "strikes", "airstrike",
               "airstrikes", "raid", "raids", "bombing", "bombings", "fire", "fires", "blaze", "flood", "floods",
               "flooding", "quake", "earthquake", "storm", "storms", "violence", "crash", "collision", "war",
               "conflict", "fighting", "clashes", "incident", "incidents", "accident", "accidents", "disaster",
               "shelling", "ambush", "shooting", "shootings", "outbreak", "epidemic", "disease", "virus",
               "landslide", "landslides", "avalanche", "eruption", "tsunami", "cyclone", "hurricane", "typhoon",
               "drought", "famine", "heatwave", "offensive", "operation", "assault", "massacre", "stampede", "collapse"}


# unnamed people who judge rather than report ("Analysts believe …", "Scientists have linked …",
# "Rights groups have questioned …"): an unnamed source, the verb its cue, when the head word names
# people (rules/speakers.jsonl "unnamed")
_UNNAMED_JUDGING = re.compile(
    r"(?:^\W*|(?<=,\s)|(?<=[”\"]\s))(?P<np>(?:(?!(?:Yet|But|And|So|Now|Then|Still|However|Meanwhile|In|Which|What|"
    r"Those|These|The)\s)(?:[Ss]ome|[Mm]any|[Mm]ost|[A-Z][a-z-]+)\s+)?"
    rf"(?:{_COMMON_WORD}\s+){{0,2}}?[A-Z]?[a-z]+s)(?:,\s+however,)?\s+"
    r"(?:(?P<have>have|had)\s+)?(?:(?:long|also|privately|publicly|previously|often|repeatedly|however|now|still|"
    r"widely|generally)\s+)?(?P<cue>believe|suspect|attribute|(?(have)linked|(?!))|pointed\s+to|questioned|describe|"
    r"described|expect|fear)\b(?!\s+(?:by|for|in)\b)(?P<rest>.*)")
# (not "Their families fear for their lives", "Fighters described by residents as …", "believe in")
# what a judgement opens with: a clause (believe/suspect/fear/expect: "believe the military has leaned", not
# "fear the worst", "expect delays"); a question (questioned: "questioned whether", "questioned the official
# figure", not "questioned the driver")
_JUDGED_CLAUSE = re.compile(r"^\s+(?:that\b|the\s+(?:involvement|hand|role)\s+of\b|(?:\S+\s+){0,10}?(?:is|are|was|"
                            r"were|has|have|had|will|would|could|may|might|can|did|does|do|[a-z]+ed)\b)")
_QUESTIONED_WHAT = re.compile(r"^\s+(?:whether|why|how|what|if|the\s+(?:(?:official|government|police|army)\s+)?"
                              r"(?:figures?|decision|account|version|claims?|numbers?|toll|narrative|report|findings|"
                              r"need|wisdom|timing|legality|logic))\b")
# ("jihadist groups linked to al-Qaeda": a participle, unless "have linked")


# what "says" without asserting: a sign, a law, a picture, a ruling ("A handwritten sign said", "The act
# says", "Tuesday's decision said" are the outlet's report of a text, not a source's claim)
_THINGS_THAT_SAY = {"sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters", "picture", "photo",
                    "image", "graffiti", "slogan", "slogans", "law", "laws", "rule", "rules", "clause", "headline",
                    "caption", "map", "chart", "graph", "act", "bill", "order", "agreement", "protocol", "pact",
                    "treaty", "declaration", "convention", "resolution", "constitution", "charter", "accord", "deal",
                    "decision", "verdict", "ruling", "judgment", "judgement", "proverb", "saying", "message", "text",
                    "inscription", "label", "notice", "leaflet", "leaflets", "letter", "email", "post", "tweet"}


def _odd_quote_marks(text: str) -> bool:
    """Whether `text` leaves a quotation open: an odd count of quotation marks, straight or curly."""
    return sum(text.count(q) for q in "\"“”") % 2 == 1


_JUDGING_NEEDLES = ("believe", "suspect", "attribute", "linked", "pointed to", "questioned", "describe", "expect", "fear")


def _common_subject(lex: Lexicon, text: str, rules: RuleSet, cued: bool = True) -> Candidate | None:
    """A candidate for a speaker named by common words only (`_COMMON_SUBJECT_CUE`), when the walks
    found none; not a pronoun, nor a statement's or report's words (read elsewhere), nor a quotation's
    own content."""
    index = derived(rules, "attribution.cues", lambda r: _cue_index(r.cues))
    # (`cued`: the sentence may hold a reporting cue; the patterns run only where their words are)
    lowered = text.lower()
    judging = _UNNAMED_JUDGING.search(text) if any(w in lowered for w in _JUDGING_NEEDLES) else None
    verb = judging.group("cue").lower() if judging is not None else ""
    if judging is not None and (verb in {"believe", "suspect", "fear", "expect"} and
                                not _JUDGED_CLAUSE.match(judging.group("rest")) or
                                verb == "questioned" and not _QUESTIONED_WHAT.match(judging.group("rest"))):
        judging = None
    if judging is not None and judging.group("np").split()[-1].lower() in lex.unnamed and \
            not _RELATIVE_BEFORE.search(text[:judging.start("np")].lower()) and \
            not _odd_quote_marks(text[:judging.start("np")]):
        return Candidate(judging.group("np"), judging.group("cue"), "neutral", "attr.judging", judging.start("cue"),
                         anonymous=True)
    for pattern in (_COMMON_SUBJECT_CUE, _ACCORDING_TO_COMMON) if cued else ():
        if pattern is _ACCORDING_TO_COMMON and "according to" not in lowered:
            continue
        match = pattern.search(text)
        if match is None or _RELATIVE_BEFORE.search(text[:match.start("np")].lower()) or \
                _odd_quote_marks(text[:match.start("np")]) and \
                not _search(r"[,.!?][\"”’]\s*$", text[:match.start("np")]):
            continue  # (nor inside a quotation: "The personnel acted strictly according to the law."; but
            # after one that closes: '… bodies," one of its representatives said')
        words = match.group("np").split()
        lower = [w.lower() for w in words]
        head = lower[-1]
        if head in PRONOUNS or head in _OBJECT_PRONOUNS or head in DETERMINERS or head.endswith(("ing", "ly")) or \
                pattern is _COMMON_SUBJECT_CUE and (head in _NOT_SPEAKING or head in _HAPPENINGS or
                                                    head in _THINGS_THAT_SAY) or \
                lower[0].removesuffix("'s").removesuffix("’s") in DAYS | MONTHS or \
                head in lex.descriptions and not lex.descriptions[head] or \
                head in lex.referring_heads or head in lex.title_stems or \
                pattern is _ACCORDING_TO_COMMON and ("preliminary" in lower or lower[0] in {"its", "their"} or
                                                     head in _NO_ONE_ACCORDING_TO or
                                                     # ("according to need", "… to seniority": in accordance with)
                                                     not (words[0][:1].isupper() or lower[0] in {"the", "a", "an"}) and
                                                     not head.endswith("s") and head not in lex.unnamed and
                                                     head not in _BODY_WORDS and head not in _RECORD_NOUNS and
                                                     head != "information"):
            continue  # (a title is read by the walks: "the colonel said" is the one the text gave it)
        cue = index.of_form(" ".join(match.group("cue").lower().split()))
        # (unnamed, unless a name owns it: "Ukraine's prosecutor-general's office")
        return Candidate(match.group("np"), match.group("cue"), cue.stance if cue else "neutral",
                         "attr.common-subject" if pattern is _COMMON_SUBJECT_CUE else "attr.according-to.common",
                         match.start("cue"), anonymous=not words[0][:1].isupper() or words[0] in {
                             "The", "A", "An", "One", "Two", "Three", "Several", "Some", "Many", "Other", "Its", "Their",
                             "Another", "Others"})
    return None


_APPEAL_ADVERBS = {"again", "repeatedly", "once", "publicly", "directly", "urgently", "on", "in", "through", "via"}
_COURT_WORDS = {"court", "courts", "tribunal", "judge", "judges", "commission", "panel"}


def _appeal_reports(text: str, tokens: list[Token], i: int) -> bool:
    """Whether "appealed" at `i` reports an appeal to people ("appealed to anyone in the area to come
    forward", "appealed for calm", "'Stay home,' he appealed"): not a legal appeal ("appealed the
    ruling", "appealed against the sentence", "appealed to the Supreme Court"), nor an amount asked
    for ("UNHCR has appealed for more than $575 million": the appeal is the outlet's fact)."""
    after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if after == "to":
        return not any(token.lower in _COURT_WORDS for token in tokens[i + 2:i + 6])
    if after == "for":
        window = text[tokens[i + 1].start:tokens[i + 1].start + 80]
        return not any(len(window[:span.start].split()) <= 3 for span in find_number_spans(window)[:1])
    # ("appealed on Monday for calm"; at the clause's end, after a quotation only: "'Stay home,' he appealed",
    # not "a decision prosecutors have appealed.")
    return after in _APPEAL_ADVERBS or after in DAYS or \
        not after[:1].isalnum() and any(t.text in QUOTES_CLOSE for t in tokens[:i])


def find_candidates(text: str, *, rules: RuleSet) -> list[Candidate]:
    """Propose attributions inside one sentence, in order of their cue's position."""
    lex = lexicon(rules)
    index = derived(rules, "attribution.cues", lambda r: _cue_index(r.cues))
    tokens = tokenize(text, rules) if index.may_hold_a_cue(text) else []  # (no cue: only an adverbial below)
    matcher = _registry_matcher(rules.registry)
    found: list[Candidate] = []
    headlines: set[int] = set()  # positions of capitalised headline verbs ("Syrian Coalition Condemns …")
    unasserted = None  # the subject of a negated cue, for a cue coordinated after it ("… and said")
    lowers = [t.lower for t in tokens]
    n = len(tokens)

    def add(span, cue_word, cue, rule, position, relay=(), anonymous=False):
        if span and span[1] - span[0] > 1 and tokens[span[1] - 1].text in {"who", "which"}:  # (not "The WHO")
            span = (span[0], span[1] - 1)  # ("A doctor at the facility, who asked not to be named, said")
        if span and span[1] - span[0] > 1 and tokens[span[1] - 1].lower in {"and", "but", "or"}:
            return  # a second verb's conjunction, no name: "… is based in eastern DR Congo and pledged allegiance"
        apposed = next((k for k in range(span[0] + 2, span[1] - 1) if tokens[k].lower in {"a", "an"}
                        and tokens[k - 1].capitalised and tokens[k - 2].capitalised), None) if span else None
        if apposed is not None and span[1] - apposed <= 3 and rule.startswith("attr.subject-cue"):
            # FA-KES's apposition without its comma, after a name: "The Syrian Center for Policy Research
            # an NGO however has put the death toll"
            span = (span[0], apposed)
        while span and span[1] - span[0] > 1 and tokens[span[0]].text in {"-", "–", "—"}:
            span = (span[0] + 1, span[1])  # ("Rebels seized the town - the army said": no dash in the name)
        armed = next((k for k in range(span[0], span[1] - 1) if tokens[k].lower == "armed" and (
            tokens[k].text == "armed" or not tokens[k + 1].capitalised)), None) if span else None  # (not "Armed Conflict …")
        if armed is not None and not all(t.lower in DETERMINERS or t.lower.endswith("ly") for t in tokens[span[0]:armed]):
            armed = None  # (inside a name: "the Senate armed services committee")
        if armed is not None and tokens[armed + 1].lower != "forces":
            span = (armed + 1, span[1])  # "armed" names only "the armed forces": "Heavily armed police said"
        mention = _text(text, tokens, span) if span else None
        found.append(Candidate(mention, cue_word, cue.stance if cue else None, rule, position, relay, anonymous))

    starts = index.starts
    i = 0
    while i < n:
        word = lowers[i]
        if word not in starts:
            i += 1  # (no cue starts with the word: nothing below applies to it)
            continue
        # multi-word cues ("according to", "in a statement")
        multi = None
        for words, c in index.multi.get(word, ()):
            if tuple(lowers[i:i + len(words)]) == words:
                multi = (words, c)
                break
        if multi is None and word in {"called", "calls"} and i + 3 < n and lowers[i + 1] == "in":
            # "called in a video message for other tribes to join": the call, round where it was made
            to = next((k for k in range(i + 3, min(n, i + 8)) if lowers[k] in {"for", "on"}), None)
            if to is not None and any(lowers[k] in _STATEMENT_PLACES | {"video", "speech", "address"}
                                      for k in range(i + 2, to)):
                multi = next(((w, c) for w, c in index.multi.get(word, ()) if w == (word, lowers[to])), None)
        if word in {"appealed", "appeals"} and not _appeal_reports(text, tokens, i):
            i += 1
            continue
        if word in {"forecast", "forecasts", "forecasted"} and (
                i + 1 >= n or not tokens[i + 1].text[:1].isalnum() or i == 0 or
                lowers[i - 1] in DETERMINERS | _POSSESSIVES | {"weather", "economic", "latest", "growth", "its"} or
                lowers[i - 1].endswith(("'s", "’s")) or (tokens[i - 1].capitalised and i == 1) or
                lowers[i + 1] in {"of", "for", "was", "is", "are", "were", "suggest", "suggests", "show", "shows"}):
            # the noun, no report: "Weather forecast" (a heading), "the forecast", "The IMF's forecast for
            # growth was cut", "Economic forecasts suggest"
            i += 1
            continue
        if word in {"admitted", "admits", "admit"} and i + 1 < n and (
                tokens[i + 1].text[:1].isdigit() or lowers[i + 1] in NUMBER_WORDS | {"dozens", "hundreds", "thousands"}) \
                and not any(w in _BE | {"had", "have", "has", "died", "would"} for w in lowers[i + 2:i + 6]):
            # "MSF teams … admitted 310 children for severe malnutrition": to a ward, no admission of a
            # fact (but "The ministry admitted 40 people had died" admits one)
            i += 1
            continue
        if multi is not None and word == "calling" and \
                next((w for w in reversed(lowers[:i]) if w not in (SKIP_BEFORE_CUE | {"now", "still"}) - _BE), "") not in _BE:
            # "NRC is calling on donors to …", "Police are now calling on" report; "a resolution
            # calling for an end to …" does not
            i += 1
            continue
        if multi is not None and multi[1].kind == "according":
            cue = multi[1]
            if lowers[i + 2:i + 4] == ["preliminary", "reports"]:
                i += 2
                continue
            k = i + 2
            if k < n and lowers[k] in _OBJECT_PRONOUNS and (k + 1 >= n or tokens[k + 1].text in {",", ".", ";", ":"}):
                # "According to him, 31 passengers were rescued": the person (or, "according to it", the
                # body) named before
                found.append(Candidate(tokens[k].text, text[tokens[i].start:tokens[i + 1].end], cue.stance,
                                       "attr.according-to", tokens[i].start, (), False))
                i = k + 1
                continue
            owner = lowers[k + 1][:-2] if k + 2 < n and lowers[k] == "the" and lowers[k + 1].endswith(("'s", "’s")) else ""
            if owner in lex.descriptions and "person" not in (lex.descriptions[owner] or ()):
                document = next((m for m in range(k + 2, min(n, k + 5)) if lowers[m] in _DOCUMENT_NOUNS), None)
                if document is not None and all(tokens[m].text.isalpha() and tokens[m].text.islower()
                                                for m in range(k + 2, document)):
                    # "according to the ministry's latest figures", "according to the company's most recent
                    # accounts": the body that description names
                    found.append(Candidate(f"the {owner}", text[tokens[i].start:tokens[i + 1].end], cue.stance,
                                           "attr.according-to", tokens[i].start, (), False))
                    i = document + 1
                    continue
            unnamed_end = False
            if k + 1 < n and lowers[k] == "to":
                k += 1  # a typing slip: "according to to the U.N."
            opened = k + (k < n and lowers[k] == "the")
            if opened + 3 < n and lowers[opened] in _PLATFORMS and \
                    lowers[opened + 1] in {"account", "page", "channel", "feed"} and lowers[opened + 2] == "of":
                k = opened + 3  # "according to the Twitter account of the Islamic Front": its owner
            # "according to figures compiled by X", "according to a statement from X";
            # "according to (well-informed) sources" names nobody
            while k < n and (lowers[k] in ACCORDING_FILLERS or lowers[k] in MONTHS or
                             (lowers[k].isdigit() and len(lowers[k]) == 4) or
                             # ("according to a report in al-Monitor", "… an interview in the Washington Post")
                             lowers[k] == "in" and lowers[k - 1] in {"report", "article", "interview", "story"}) and \
                    not (tokens[k].capitalised and lowers[k] not in DETERMINERS and k + 1 < n and tokens[k + 1].capitalised) \
                    and not (tokens[k].capitalised and lowers[k] in _POLL_FILLERS):  # (a body: "Survey of India")
                # ("a February 2016 report by"; but "the Local Coordination Committees" is a name)
                if lowers[k] in {"reports", "sources", "media"} and (k + 1 >= n or lowers[k + 1] not in {"by", "from", "of", "at", "in"}) \
                        and not (lowers[k] == "media" and k + 1 < n and (lowers[k + 1] in lex.unnamed or tokens[k + 1].capitalised)):
                    # (but "according to media activist Musafa Abu Mohammad" names him)
                    k += 1
                    unnamed_end = True
                    break
                k += 1
            cue_text = text[tokens[i].start:tokens[i + 1].end]
            run_end = k + 1
            while run_end < n and (tokens[run_end].capitalised or lowers[run_end] in _NAME_PARTICLES):
                run_end += 1
            if not unnamed_end and k == i + 3 and lowers[i + 2] == "the" and k < n and \
                    (lowers[k] in lex.descriptions or lowers[k] in {"source", "sources"}) and not tokens[k].capitalised \
                    and k + 1 < n and tokens[k + 1].capitalised and tokens[k + 1].lower not in DAYS and \
                    not (lowers[k] in MEDIA_WORDS and (run_end >= n or tokens[run_end].text in {",", ".", ";", ")"})) and \
                    not (lowers[k] == "official" and k + 2 < n and tokens[k + 2].text.islower() and
                         (lowers[k + 1] in NATIONALITIES or _country_of_demonym(lex, lowers[k + 1]) is not None)):
                # (but "according to the newspaper El Universal, which …": the newspaper's name; "according
                # to the official Syrian news agency SANA": "official" describes the agency)
                # "According to the source Colonel Fadlullah Naji of the al-Sham Legion will head …":
                # the description, then the clause's own subject
                found.append(Candidate(text[tokens[i + 2].start:tokens[k].end], cue_text, cue.stance,
                                       "attr.according-to", tokens[i].start, (), False))
                i = k + 1
                continue
            if not unnamed_end and k > i + 2 and lowers[k - 1] in lex.descriptions and \
                    (k >= n or tokens[k].text in {".", ",", ";", ")"}):
                # "according to the statement.": a description of a source named before
                found.append(Candidate(text[tokens[i + 2].start:tokens[k - 1].end], cue_text, cue.stance,
                                       "attr.according-to", tokens[i].start, (), False))
                i = k
                continue
            if unnamed_end:
                found.append(Candidate(text[tokens[i + 2].start:tokens[k - 1].end], cue_text, cue.stance,
                                       "attr.according-to", tokens[i].start, (), True))
            else:
                span = _according_apposed(lex, tokens, k) or _span_forward(lex, tokens, k)
                if span is None or not _plausible(lex, _text(text, tokens, span), rules.registry, matcher):
                    # "according to data from industry association ACEA", "the consultancy Kpler": the name
                    # after its kind, when the words read as no name (not after the main clause's own cue:
                    # "Duke Energy reported 300,000 outages, according to the consultancy Kpler")
                    kind_named = _according_kind_named(tokens, k) if not any(
                        c.rule == "attr.subject-cue" and c.position < tokens[i].start for c in found) else None
                    span = kind_named or span
                if span:
                    span = _according_span_end(tokens, span, text, rules)
                if span and span[1] + 2 < n and lowers[span[1]] in {"the", "a", "an"}:
                    # "according to Jowan Ibrahim the commander of the Kurdish police known as the Asayish"
                    # (FA-KES: the apposition without its commas, up to the end of the clause)
                    clause_end = next((m for m in range(span[1], n) if tokens[m].text in {",", ".", ";", ":"}), n)
                    apposed = _apposed_person(lex, tokens, span[0], clause_end, matcher)
                    if apposed is not None and apposed[1] > span[1]:
                        span = apposed
                if span and span[1] + 1 < n and tokens[span[1]].text == "," and \
                        lowers[span[1] - 1].rstrip(".") in lex.title_stems:
                    # "according to the Uror County Commissioner, Gatluak Riek Puok.": the title, then
                    # the name set off after it, ending the clause
                    named = _span_forward(lex, tokens, span[1] + 1)
                    if named is not None and tokens[named[0]].capitalised and \
                            (named[1] >= n or tokens[named[1]].text in {",", ".", ";"}) and \
                            _guess_type(_text(text, tokens, named)) == "person" and \
                            not any(t.lower in _TERRITORIES or t.lower in rules.places for t in tokens[named[0]:named[1]]):
                        span = (span[0], named[1])  # (not "according to the governor, Kano State")
                if span and span[1] < n and lowers[span[1]] in _RULES_NOT_SPEAKERS and \
                        (span[1] + 1 >= n or not tokens[span[1] + 1].text.isalpha() or lowers[span[1] + 1] in {"and", "or"}):
                    span = None  # "according to Islamic rites", "according to international law": no one said it
                if span and _text(text, tokens, span).lower() in {"sharia", "shariah", "the sharia", "the shariah"}:
                    span = None  # "would be tried according to Sharia": a law
                if span and span[1] - span[0] == 1 and tokens[span[0]].text.endswith(("'s", "’s")) and \
                        _according_titled(lex, tokens, i + 2) is not None:
                    span = None  # (a possessive alone: "according to Amedi's district mayor, Azad Rashid", below)
                if span and lowers[span[0]] in lex.referring_heads and "of" in lowers[span[0]:span[1] + 1] and \
                        (titled := _according_titled(lex, tokens, i + 2)) is not None and titled[1] > span[1] + 1:
                    # "according to the head of the city military administration, Serhii Popko", "… the mayor of
                    # Kharkiv, Ihor Terekhov": the holder named after the office
                    add(titled, cue_text, cue, "attr.according-to", tokens[i].start)
                    i = k
                    continue
                kind_at = next((j for j in range(span[1] + 2, min(n, span[1] + 5))
                                if lowers[j] in _CALLED_BY_KIND or lowers[j] in lex.descriptions), None) \
                    if span and span[1] + 2 < n and lowers[span[1] - 1] in _MEMBER_HEADS and \
                    lowers[span[1]] in {"at", "from", "of", "with", "in"} and lowers[span[1] + 1] == "the" else None
                if kind_at is not None and all(tokens[j].text.isalpha() and tokens[j].text.islower()
                                               for j in range(span[1] + 2, kind_at)) and \
                        (kind_at + 1 >= n or not tokens[kind_at + 1].text[:1].isalpha()):
                    # "according to an official at the ministry", "… from the autonomous administration": the
                    # official of the body the description refers to, as "An official at the ministry said" reads
                    span = (span[0] - (lowers[span[0] - 1] in {"a", "an", "one"}), kind_at + 1)
                if span and (_plausible(lex, _text(text, tokens, span), rules.registry, matcher) or (
                        span[1] - span[0] == 1 and (lowers[span[0]] in lex.referring_heads or lowers[span[0]] in _NAMED_KINDS)
                        and lowers[span[0] - 1] == "the")):
                    add(span, cue_text, cue, "attr.according-to", tokens[i].start,  # (also "according to the governor")
                        relay=_cited_by(lex, tokens, span[1], text, rules.registry, matcher))
                elif k + 1 < n and lowers[k - 1] == "the" and lowers[k][-2:] in {"'s", "’s"} and \
                        lowers[k][:-2] in _NAMED_KINDS and (lowers[k + 1] in _DOCUMENT_NOUNS or lowers[k + 1] == "own"
                                                            and k + 2 < n and lowers[k + 2] in _DOCUMENT_NOUNS):
                    # "according to the department's own figures": the department the text named
                    found.append(Candidate(f"the {lowers[k][:-2]}", cue_text, cue.stance, "attr.according-to",
                                           tokens[i].start, (), False))
                elif (described := _according_described(lex, tokens, i + 2, index)) is not None:
                    add(described, cue_text, cue, "attr.according-to", tokens[i].start,
                        anonymous=lowers[described[1] - 1] in _DESCRIBED_PEOPLE)
                elif (author := _according_author(lex, tokens, i + 2)) is not None and \
                        _plausible(lex, _text(text, tokens, author), rules.registry, matcher):
                    add(author, cue_text, cue, "attr.according-to", tokens[i].start)
                elif (titled := _according_titled(lex, tokens, i + 2)) is not None:
                    add(titled, cue_text, cue, "attr.according-to", tokens[i].start)  # ("according to the mayor")
            i = k
            continue
        width = 1
        if multi is not None:
            cue, width = multi[1], len(multi[0])
        else:
            cue = index.single.get(word) or index.after_quote.get(word) or index.conditional.get(word)
        if cue is not None and cue.needs is not None and (
                not _needs_met(cue, lowers, i, tokens) or (i > 0 and lowers[i - 1] in _BE)):
            cue = None  # "identified the bodies" (but "identified the gunman as"), "maintained order", "to be identified"
        if cue is not None and i > 0 and lowers[i - 1] in {"the", "these", "those", "such", "its", "their"} \
                and not multi and word.endswith("s"):
            cue = None  # "Still the claims could muddy the debate": a noun after its article
        if cue is not None and word == "claim" and not (i > 0 and (
                lowers[i - 1] in {"they", "we", "i", "you", "also", "still", "now", "often", "who"} or
                lowers[i - 1].endswith("s") and not lowers[i - 1].endswith(("'s", "’s")) and
                lowers[i - 1] not in {"its", "his", "this", "as", "was", "is", "has"})):
            cue = None  # "a claim that …", "the claim": a noun; "Opposition parties claim that": a verb
        if cue is not None and word == "accused" and i + 1 < n and lowers[i + 1] == "of" and \
                not set(lowers[max(0, i - 3):i]) & (_BE | {"been", "be", "being"}):
            cue = None  # "Syrian regime accused of bombing town" (a headline's passive: nobody named accuses)
        if cue is not None and word.endswith("ing") and i > 0 and lowers[i - 1] in {"they", "he", "she", "we", "i", "you"}:
            cue = None  # "whatever they saying" (a quotation's speech, "are" left out): no speaker of the sentence
        if cue is not None and cue.subjects and not _subject_met(cue, tokens, lowers, i):
            cue = None  # "He read the names of the dead" (but "The statement read, …")
        if cue is not None and cue.kind == "after-quote":
            # a verb that reports only right after a quotation: '"What military target is this?" he
            # asked', '"… the bombing," asked Jihad' (but "Obama asked Congress to approve strikes")
            closed = i == 0 or any(t.text in QUOTES_CLOSE for t in tokens[max(0, i - 3):i])
            cue = replace(cue, kind="verb") if closed else None
        if cue is not None and word.startswith("claim") and i + 1 < n and (
                lowers[i + 1].startswith("responsib") or _claims_an_attack(tokens, i + 1)):
            # claiming responsibility asserts; it does not distance ("IS claimed the attack"); but
            # "… but IS has claimed previous bombings in the region" is the outlet's background,
            # not what the sentence asserts
            cue = None if set(lowers[i + 1:i + 4]) & _EARLIER_ATTACKS else replace(cue, stance="neutral")
        if cue is not None and i > 0 and tokens[i].text[:1].isupper() and tokens[i - 1].text not in QUOTES_OPEN:
            # capitalised mid-sentence: a name or a headline word ("United States", "Bombing Claims 5"),
            # or a headline's verb after a known name, which gives way to any other cue in the sentence
            # (a related link's headline glued before the story's own sentence)
            if _headline_verb(tokens, i, cue, lambda span: matcher(_text(text, tokens, span)), lex):
                headlines.add(tokens[i].start)
            else:
                cue = None
        if cue is None:
            i += 1
            continue
        if word.endswith("s") and i + width < n and \
                (lowers[i + width] in index.single and index.single[lowers[i + width]].kind == "verb") and \
                not (word in _RECORD_NOUNS and lowers[i + width] in {"suggest", "suggests", "suggested"}):
            # "media reports said", "Western states accused": the first word is a noun (but in
            # "the Observatory dismissed claims" the second one is; and "UN estimates suggest" reads as
            # "the UN estimates")
            i += 1
            continue
        if cue.stance == "distancing" and i + 1 < n and (tokens[i + 1].text[:1].isdigit() or lowers[i + 1] in NUMBER_WORDS) \
                and not _count_then_verb(tokens, lowers, i + 1):
            # "the floods claimed 20 lives", "claimed dozens of attacks" (but "claimed 80 people were killed");
            # its subject may speak in a verb coordinated after it ("The Jenin Battalion claimed three of
            # the dead as its members in a statement, and said …")
            unasserted = unasserted or _subject_before_auxiliaries(lex, tokens, i) or _span_back(lex, tokens, i)
            i += 1
            continue
        if word in {"purported", "purports"} and i + 1 < n and lowers[i + 1] == "to":
            i += 1  # "Photos … purported to depict the craft": what a picture seems to show, no speaker
            continue
        if word in _HOLD and not _is_cue_at(lowers, i, index):
            i += 1  # only "held X responsible" accuses; "held talks", "held the town" report nothing
            continue
        if cue.kind == "verb" and word.endswith("ed") and word != "alleged" and i > 0 and \
                tokens[i - 1].text[:1].isdigit() and i + 1 < n and tokens[i + 1].text[:1].isalpha() and \
                lowers[i + 1] not in {"that", "on", "in", "by", "to", "as"} | _COUNT_OPENERS:
            i += 1  # "650,000 registered Syrian refugees": a number's adjective, not a report
            continue
        if word == "alleged" and i > 0 and (tokens[i - 1].text[:1].isdigit() or lowers[i - 1] in NUMBER_WORDS | DETERMINERS
                                            | _POSSESSIVES | {"of", "on", "by", "for", "an", "these", "those"}):
            i += 1  # "killed 48 alleged rebels", "the alleged attack": an adjective, not a report
            continue
        if word == "stated" and i > 0 and lowers[i - 1] in DETERMINERS | _POSSESSIVES | {"an", "its", "their", "his", "her"}:
            i += 1  # "has made security its stated priority", "the stated aim": an adjective, not a report
            continue
        after = " ".join(lowers[i + 1:i + 4])
        if any(after.startswith(stop) for stop in NON_REPORTING_AFTER.get(word, ())):
            i += 1
            continue
        if word in {"expressed", "expresses", "expressing"} and _COURTESIES & set(lowers[i + 1:i + 4]):
            # condolences assert nothing, but their subject may speak in a verb coordinated after
            # them ("Lavrov expressed condolences over the deaths and said …")
            unasserted = unasserted or _subject_before_auxiliaries(lex, tokens, i) or _span_back(lex, tokens, i)
            i += 1
            continue
        if multi is not None and multi[1].id == "cue.neutral.raise-concern" and i + width < n and \
                lowers[i + width] in {"in", "among", "across", "within", "inside"}:
            i += width  # "Russia's deployment raised concerns in Washington": others' concern
            continue
        ahead = _span_forward(lex, tokens, i + width) if 0 < i and i + width < n and lowers[i - 1] in _MODALS else None
        if cue.kind == "verb" and _not_asserted(lowers, i) and not (i > 1 and tokens[i - 1].text == "May") and not (
                ahead and tokens[ahead[0]].capitalised and _inverted_ends(lex, tokens, ahead[1])):
            # (but "… I dont expect we will said Noha 45 asking …": the modal ends the quote before
            # an inverted cue)
            # "The ministry did not say what agent was used", "Reuters could not independently
            # confirm", "the regime will deny", "refused to confirm": a statement not (yet) made
            # asserts nothing (GUIDELINES: the outlet's own voice); its subject may speak in a
            # verb coordinated after it ("The group was unable to confirm … and said …")
            unasserted = unasserted or _subject_before_auxiliaries(lex, tokens, i)
            i += width
            continue
        if cue.kind == "verb" and i > 0 and lowers[i - 1] in _BE \
                and i + 1 < n and lowers[i + 1] == "to":
            # "is said to": the adverbial hedge, handled below as an unnamed source
            i += 1
            continue
        passive = cue.kind == "verb" and _after_auxiliary(lowers, i)
        if i + 1 < n and lowers[i + 1] == "by" and cue.kind == "verb" and \
                not (i + 2 < n and lowers[i + 2] in {"telephone", "phone", "video", "email", "text", "satellite"}):
            if passive:
                # "The capture was announced by the Kurdish YPG militia": the agent asserts it
                agent = _span_forward(lex, tokens, i + 2)
                if agent and _plausible(lex, _text(text, tokens, agent), rules.registry, matcher):
                    add(agent, tokens[i].text, cue, "attr.passive-by", tokens[i].start,
                        anonymous=_is_unnamed(lex, _text(text, tokens, agent), rules.registry, matcher))
            i += 1
            continue
        if passive and cue.stance != "accusing":
            # "civilian casualties were also reported in …": a passive report names no speaker here
            i += 1
            continue
        if passive:
            # "The Assad regime has been accused of war crimes by insurgent groups": the subject is
            # the accused; the agent, when named, accuses
            by = next((k for k in range(i + 1, min(n, i + 16)) if lowers[k] == "by"), None)
            agent = _span_forward(lex, tokens, by + 1) if by is not None else None
            if agent and _plausible(lex, _text(text, tokens, agent), rules.registry, matcher):
                add(agent, tokens[i].text, cue, "attr.passive-by", tokens[i].start,
                    anonymous=_is_unnamed(lex, _text(text, tokens, agent), rules.registry, matcher))
            else:
                add(None, tokens[i].text, cue, "attr.passive", tokens[i].start, anonymous=True)  # somebody accuses
            i += 1
            continue
        if cue.kind == "toll" and not after.startswith(("the death toll", "the toll", "the number", "the casualty")) \
                and not (_TOLL_OBJECT.match(" ".join(lowers[i + 1:i + 5])) and _toll_at_number(lowers, i)) \
                and not (word in {"put", "puts", "placed", "places"} and _measure_at_number(lowers, i)) \
                and not (word in {"gave", "gives", "given"} and
                         re.match(r"(?:a|an)(?: [\w-]+){0,2} (?:death )?toll\b", " ".join(lowers[i + 1:i + 6]))):
            # "puts the death toll at …", "gave a slightly lower toll of 31"
            i += 1
            continue
        if cue.kind == "toll" and i > 0 and lowers[i - 1] in {"which", "who", "that"}:
            i += 1  # "the Idlib News network which gave a lower toll of 17 said …": the clause's own verb speaks
            continue
        if cue.kind == "quote" and word == "quoted" and i > 0 and i + 2 < n and lowers[i + 1] == "by" and \
                lowers[i - 1] not in _BE:
            # "A source close to the inquiry quoted by Var-Matin said …": the source speaks, through the
            # medium that quoted him, in the verb after it
            agent = _span_forward(lex, tokens, i + 2)
            said = agent[1] if agent is not None and agent[1] < n else None
            speaker = _span_back(lex, tokens, i)
            if speaker is None and (opening := _span_forward(lex, tokens, 0)) is not None and opening[1] < i <= 12 and \
                    lowers[opening[1] - 1] in lex.unnamed and lowers[opening[1]] in _POST_MODIFIERS | {"close", "familiar"} and \
                    not any(tokens[k].text in QUOTES_OPEN | QUOTES_CLOSE | {",", ";", ":"} for k in range(opening[1], i)):
                speaker = opening  # (the words that place him first: "A source close to the inquiry")
            verb = index.single[lowers[said]] if said is not None and _is_cue_at(lowers, said, index) else None
            named = _text(text, tokens, speaker) if speaker is not None else ""
            if verb is not None and verb.kind == "verb" and speaker is not None and \
                    _plausible(lex, named, rules.registry, matcher) and \
                    _plausible(lex, _text(text, tokens, agent), rules.registry, matcher):
                add(speaker, tokens[said].text, verb, "attr.quoted-as-saying", tokens[said].start,
                    relay=(_text(text, tokens, agent),), anonymous=_is_unnamed(lex, named, rules.registry, matcher))
                i = said + 1
                continue
        if cue.kind == "quote" and i > 0 and lowers[i - 1] in _BE:
            # "the Russian military was quoted as saying by Interfax", "… was quoted by Interfax as
            # saying": the subject speaks, the agent after "by" relays
            speaker = _span_back(lex, tokens, i)
            by = next((k for k in range(i + 1, min(n, i + 5)) if lowers[k] == "by"), None)
            agent = _span_forward(lex, tokens, by + 1) if by is not None and by + 1 < n else None
            if speaker and _plausible(lex, _text(text, tokens, speaker), rules.registry, matcher):
                add(speaker, tokens[i].text, cue, "attr.quoted-as-saying", tokens[i].start,
                    relay=(_text(text, tokens, agent),) if agent else (),
                    anonymous=_is_unnamed(lex, _text(text, tokens, speaker), rules.registry, matcher))
            i += 1
            continue
        if cue.kind == "quote":
            # "RT quoted the military as saying": source after the cue, relay before it.
            subject = _span_back(lex, tokens, i) or _known_name_before(text, tokens, i, matcher)
            obj = _span_forward(lex, tokens, i + 1)
            if obj is None:
                # "SANA reporter quoted a number of residents in the town as saying": the people
                # after a quantity
                k = i + 1
                while k < n and lowers[k] in _QUOTED_PEOPLE_OPENERS:
                    k += 1  # (and the sources' credit: "SANA quoted trusted sources as saying", GUIDELINES.md)
                end = next((m for m in range(k, min(n, k + 8)) if lowers[m] == "as"), None)
                if k > i + 1 and end is not None and lowers[k] in lex.unnamed:
                    obj = (k, end)
            if word == "quoting" and i == 0:
                pass  # "Quoting reports from its local partners UNICEF said": the main clause speaks
            elif obj and word == "quoting" and (obj[1] >= n or lowers[obj[1]] in {"as", "that", ",", "saying", "who"}
                                                or tokens[obj[1]].text in QUOTES_OPEN | {".", ":"}):
                # "SANA news agency reported the attack quoting Homs Governor Talal al-Barazi as
                # putting the toll at six": the person quoted speaks; a medium reporting him relays
                # (only where the object ends: without commas "quoting US officials Russia had
                # moved jets" runs on into what they said)
                relay = subject and _text(text, tokens, subject)
                taken = _plausible(lex, _text(text, tokens, obj), rules.registry, matcher)
                if taken and found and found[-1].mention and _is_media(found[-1].mention, rules.registry, matcher) and \
                        found[-1].position < tokens[i].start:
                    relay = found.pop().mention
                if not (relay and _is_media(relay, rules.registry, matcher)):
                    # "Syrian state TV aired footage quoting residents as saying": the medium the
                    # sentence named before
                    before = text[:tokens[i].start]
                    media = [m for m in matcher.all(before) if m.type in MEDIA_TYPES]
                    relay = max(media, key=lambda m: _last_position(before, m)).name if media else relay
                if taken:  # (else the medium's own report stands: "… reported the deal, quoting sources familiar …")
                    add(obj, tokens[i].text, cue, "attr.quoted-as-saying", tokens[i].start,
                        relay=(relay,) if relay and _is_media(relay, rules.registry, matcher) else (),
                        anonymous=_is_unnamed(lex, _text(text, tokens, obj), rules.registry, matcher))
            elif obj and subject and word != "quoting":
                add(obj, tokens[i].text, cue, "attr.quoted-as-saying", tokens[i].start,
                    relay=(_text(text, tokens, subject),))
            i += 1
            continue
        if cue.kind == "citing":
            obj = _span_forward(lex, tokens, i + 1)
            paper = next((k for k in range(i + 1, min(n - 2, i + 5)) if lowers[k] in _DOCUMENT_NOUNS | _STATEMENT_NOUNS), None)
            if paper is not None and lowers[paper + 1] in {"by", "from", "of"} and \
                    all(t.text.isalpha() and t.text.islower() for t in tokens[i + 1:paper]):
                # "citing a joint statement by the Prosecutor General's Office": its author
                obj = _span_forward(lex, tokens, paper + 2 + (lowers[paper + 2] == "the")) or obj
            record = None
            kept = next((k for k in range(i + 2, min(n, i + 5)) if lowers[k] in _CITED_RECORDS and
                         (k + 1 >= n or not tokens[k + 1].text.isalpha() or
                          lowers[k + 1] in {"it", "they", "that", "which", "seen"})), None) \
                if obj is None and i + 2 < n and lowers[i + 1] in {"a", "an", "the"} else None
            if kept is not None and all(t.text.isalpha() and t.text.islower() for t in tokens[i + 1:kept]):
                # "…, the Washington Post reported, citing an internal memo.", "citing a draft document it
                # had seen": a record nobody is named for (GUIDELINES: "A record that tells the
                # content"), through the medium
                obj = record = (i + 1, kept + 1)
            if obj is None or (i > 0 and lowers[i - 1] == "without") or \
                    obj[1] < n and (lowers[obj[1]] in _CITED_REASONS or lowers[i] == "cited" and
                                    _PENALTY_FOR.match(text, tokens[obj[1]].start) is not None):
                # ("Channel 12 news reported, without citing a source, that …": nobody cited; "citing
                # security concerns", "citing health reasons": a reason, no source; "OSHA cited the plant
                # for seven violations": a penalty)
                i += 1
                continue
            relay_mention, keeps_toll = None, False
            after_cue = i >= 2 and tokens[i - 1].text == "," and lowers[i - 2] in index.single and \
                index.single[lowers[i - 2]].kind == "verb"
            if after_cue:
                # "…, G4Media reported, citing sources close to the investigation": the subject of
                # the cue before the comma relays
                relay_span = _span_back(lex, tokens, i - 2)
                if relay_span:
                    relay_mention = _text(text, tokens, relay_span)
            elif i == 0 or tokens[i - 1].text == ",":
                # "Citing X, the Independent reports that ..."
                j = obj[1]
                while j < n and tokens[j].text in {",", "who", "which"}:
                    j += 1
                # skip a relative clause up to the next comma
                if j < n and tokens[j - 1].text == "," and lowers[j] in {"which", "who"}:
                    while j < n and tokens[j].text != ",":
                        j += 1
                k = j
                while k < n and tokens[k].text != ",":
                    k += 1
                # find the subject of the main clause: a span before a reporting verb
                glued = i == 0 and (obj[1] >= n or tokens[obj[1]].text != ",")  # (no comma after the cited)
                said_in = next((k for k in range(obj[0] + 1, obj[1] - 1) if lowers[k] in _STATEMENT_NOUNS | {"report"}
                                and tokens[k + 1].capitalised), None) if glued else None
                if said_in is not None:
                    # "Citing a defence ministry statement Tele Sahel said" (no comma): the cited words end
                    # with the statement, the main clause's subject begins with the name after it
                    obj = (obj[0], said_in + 1)
                for m in range(obj[0] + 1 if glued else j, min(n, j + 25)):
                    if lowers[m] in index.single and index.single[lowers[m]].kind in {"verb", "toll"}:
                        # (also "put" a toll: "Citing local officials, Xinhua put the death toll at 320")
                        toll = index.single[lowers[m]].kind == "toll"
                        if i >= 2 and m == j and toll:
                            # "Xinhua, citing local officials, put the death toll at 320": the medium before
                            # the insertion relays (a body that cites speaks for itself: "The DRM Unit,
                            # citing reports …, puts the figure at …")
                            before = _span_back(lex, tokens, i - 1)
                            named = _text(text, tokens, before) if before is not None else ""
                            if named and (_is_media(named, rules.registry, matcher) or
                                          {"media", "outlets", "newspapers"} & set(named.lower().split())):
                                relay_mention = named  # (also "Some local media outlets, citing …, put")
                            break
                        relay_span = _span_back(lex, tokens, m)
                        subject = _text(text, tokens, relay_span) if relay_span else ""
                        described = bool(_MEDIA_SUBJECT_WORDS & set(subject.lower().split()))
                        if toll and relay_span and not (_is_media(subject, rules.registry, matcher)
                                                        and tokens[relay_span[1] - 1].capitalised):
                            # a body that puts a toll it cites keeps it ("Citing hospital records, the health
                            # ministry put the death toll at 50": the ministry's toll); a medium only described
                            # ("local media put", "the channel put") is read as before this session
                            if described or _is_media(subject, rules.registry, matcher):
                                continue
                            keeps_toll = True
                            break
                        if said_in is not None and relay_span and relay_span[0] <= said_in < m - 1:
                            relay_span = (said_in + 1, m)
                        if relay_span and relay_span[0] >= obj[1]:
                            relay_mention = _text(text, tokens, relay_span)
                        elif relay_span and glued and obj[0] < relay_span[0] < obj[1] == relay_span[1]:
                            # "Citing hospital sources the channel said" (FA-KES, no comma): the cited
                            # source's words end where the main clause's subject begins
                            obj = (obj[0], relay_span[0])
                            relay_mention = _text(text, tokens, relay_span)
                        break
            elif i >= 2 and lowers[i - 1] in {"which", "who"} and \
                    tokens[(named_end := i - 1 - (tokens[i - 2].text == ",")) - 1].capitalised:
                # "According to SANA, which cited a military source, the army killed …" (with its commas or
                # without): the medium the relative clause is about relays the cited source
                named_start = named_end - 1
                while named_start > 0 and tokens[named_start - 1].capitalised and named_end - named_start < 5:
                    named_start -= 1
                relay_mention = _text(text, tokens, (named_start, named_end))
            else:
                m = obj[1]
                glued = _span_back(lex, tokens, m) if m < n and lowers[m] in index.single and \
                    index.single[lowers[m]].kind == "verb" else None
                def known_medium(span):
                    known = matcher(_text(text, tokens, span))
                    return known is not None and known.type in MEDIA_TYPES
                if glued is not None and glued[0] <= obj[0] and not tokens[obj[0]].capitalised and \
                        lowers[obj[0]] not in _POSSESSIVES:
                    # (the walk back read the cited words too: "a military source SANA reported": the
                    # capitalised end that names a medium the registry knows is the verb's subject)
                    k = obj[1] - 1
                    while k > obj[0] + 1 and tokens[k].capitalised and not known_medium((k, obj[1])):
                        k -= 1
                    glued = (k, obj[1]) if k > obj[0] and tokens[k].capitalised and known_medium((k, obj[1])) \
                        else None  # (also after one cited word: "citing witnesses AFP reported")
                if glued is not None and obj[0] < glued[0] < obj[1] == glued[1] and \
                        lowers[glued[0] - 1] not in DETERMINERS | _POSSESSIVES:  # (not "citing its Minna … Office")
                    # "… on Kafr Nabudah citing a military source SANA reported." (FA-KES, no commas):
                    # the cited source's words end where the reporting verb's subject begins
                    obj, relay_span = (obj[0], glued[0]), glued
                else:
                    relay_span = _span_back(lex, tokens, i)
                    if relay_span is None and i >= 2 and lowers[i - 1] in index.single:
                        relay_span = _span_back(lex, tokens, i - 1)
                if relay_span:
                    relay_mention = _text(text, tokens, relay_span)
            if record is not None and not relay_mention and i >= 2 and tokens[i - 1].text == ",":
                # "…, the Washington Post reported on Monday, citing an internal memo": the medium whose
                # verb stands a few words before the comma
                verb = next((v for v in range(i - 2, max(0, i - 7), -1) if lowers[v] in index.single and
                             index.single[lowers[v]].kind == "verb"), None)
                relay_span = _span_back(lex, tokens, verb) if verb is not None else None
                if relay_span and _is_media(_text(text, tokens, relay_span), rules.registry, matcher):
                    relay_mention = _text(text, tokens, relay_span)
            if record is not None and not relay_mention or keeps_toll:
                i += 1  # ("The firm fired him, citing an email he sent": a reason, no medium passing a record on;
                continue  # a body's own toll: its subject and toll verb read it)
            run_on = next((k for k in range(obj[0] + 1, obj[1]) if lowers[k] == "the" and lowers[k - 1] in lex.unnamed), None)
            if run_on is not None:
                obj = (obj[0], run_on)  # "which cited a military source the army killed" (no comma): the source
            add(obj, tokens[i].text, cue, "attr.citing", tokens[i].start,
                relay=(relay_mention,) if relay_mention else (), anonymous=record is not None)
            i += 1
            continue
        if cue.kind == "marker":
            i += 1
            continue
        if word in {"confirmed", "reported"} and i + 1 < n and lowers[i + 1] in _STATE_AFTER_PARTICIPLE and \
                (i == 0 or lowers[i - 1] not in {"has", "have", "had"}) and \
                not (i + 2 < n and lowers[i + 2] in _PEOPLE_AFTER_STATE):  # (not "The agency confirmed dead bodies …")
            i += 1  # "Six people, including a child, confirmed dead", "Two people reported missing late on Monday":
            continue  # a participle saying what became of them, not a subject and its cue
        # reporting verbs: inverted ("..., said the Observatory") or subject before the cue
        prev = tokens[i - 1].text if i else ""
        inverted = None
        after_cue = i + width
        if after_cue + 3 < n and lowers[after_cue:after_cue + 2] == ["one", "of"] and \
                lowers[after_cue + 2] in {"them", "us", "those"}:
            # '"…," said one of them, Petra Halvorsen, a munitions analyst': the one named after
            named = after_cue + 3 + (tokens[after_cue + 3].text == ",")
            if named < n and tokens[named].capitalised:
                after_cue = named
        before_cue = i - 1
        while before_cue > 0 and (lowers[before_cue] in _CONTRAST_ADVERBS | _MANNER_ADVERBS | {"also"} or before_cue > 2
                                  and (tuple(lowers[before_cue - 2:before_cue + 1]) in _FOR_THEIR_PART or
                                       _quoted_manner(tokens, before_cue))):
            # "The ministry however denied the report", "Qatar categorically denied the report", "The rebels
            # for their part said", "The Observatory director also said", "Azerbaijan's Defence Ministry
            # 'categorically' denied": the subject is before
            before_cue -= 1 if lowers[before_cue] in _CONTRAST_ADVERBS | _MANNER_ADVERBS | {"also"} else \
                _quoted_manner(tokens, before_cue) or 3
        if before_cue > 2 and tokens[before_cue].text == ")" and tokens[before_cue - 2].text == "(" and \
                tokens[before_cue - 1].text.isupper():
            before_cue -= 3  # "The International Organization for Migration (IOM) said its …": the name before its acronym
        no_subject = i == 0 or not _is_name_token(lex, tokens[before_cue], sentence_start=(before_cue == 0))
        if word not in {"told", "tells", "telling"} and after_cue < n and cue.stance != "accusing" and \
                not (cue.stance == "denying" and not (i > 0 and tokens[i - 1].text in QUOTES_CLOSE | {","})):
            # (what follows "blamed", "accused", "condemned" is whom they blame, never an inverted speaker;
            # what follows "denied" is what they deny, "Moscow has denied reports that …", unless a
            # quotation closes right before it: '"…," denied the spokesman')
            span = _span_forward(lex, tokens, after_cue)
            if span and lowers[span[0]] in {"those", "these", "this", "that", "there"}:
                span = None  # '… he added Those who witness the number of deaths …': the content, quotes lost
            if span and lowers[after_cue - 1] in {"for", "on", "upon"}:
                span = None  # "… called for their release": what is called for, never a speaker
            if span and lowers[span[0]] in PLACE_PREPOSITIONS | {"for", "about", "over", "of", "with", "to"}:
                span = None  # "Iran has repeatedly raised concerns for the residents …": an object
            forward = _text(text, tokens, span) if span else ""
            # without a comma the cue may still end the content: "… in the town of Ghandoura said
            # the Syrian Observatory for Human Rights." A known source or a described one ("the
            # statement", "local sources") after the cue, closing the clause, is the subject
            known_after = bool(span) and (matcher(forward) is not None or (
                forward.split()[-1].lower() in lex.descriptions or forward.split()[-1].lower() in lex.unnamed)
                and lowers[span[0]] not in {"a", "an"}) and _plain_end(lex, tokens, span[1]) \
                and (no_subject or (before := _span_back(lex, tokens, i)) is None or
                     (matcher(forward) is not None and (_sentence_ends(tokens, span[1]) or (
                         before[0] > 0 and (lowers[before[0] - 1] in PLACE_PREPOSITIONS or
                                            _counts(tokens[before[0] - 1]) or
                                            lowers[before[0] - 1] in DETERMINERS and before[0] > 1 and
                                            lowers[before[0] - 2] in PLACE_PREPOSITIONS)))))
            # (also "… mortar rounds struck near the UN mission said the Syrian Observatory …": the
            # words before the cue are a place; "… killed 1102 people said the Observatory adding …":
            # they are what a number counts)
            if span and not known_after and span[1] - span[0] >= 2 and \
                    all(tokens[k].capitalised or _NAME_PREFIX.match(tokens[k].text) for k in range(*span)) and \
                    _inverted_ends(lex, tokens, span[1]) and ((before := _span_back(lex, tokens, i)) is None or
                                                              before[0] > 0 and lowers[before[0] - 1] in
                                                              PLACE_PREPOSITIONS | {"against", "with", "by", "to", "for", "of"}):
                # "… dare to move against Islamic State said Ahmad Ziyada al-Qaissi an Islamic State
                # sympathizer …": the name before the cue is an object; the person after it speaks
                known_after = True
            # "… to open a formal inquiry said spokesman Colonel Chris Garver.": a title, then a
            # name, ending the sentence
            known_after = known_after or bool(span) and lowers[span[0]].rstrip(".") in lex.title_words and \
                span[1] - span[0] >= 2 and tokens[span[1] - 1].capitalised and _sentence_ends(tokens, span[1])
            # ("Turkey said the YPG, which it considers …, had attacked": Turkey speaks; "… joined
            # opposition forces said the Observatory.": the Observatory does)
            if span and (prev in QUOTES_CLOSE | {","} or no_subject or known_after or
                         (matcher(forward) is not None and _span_back(lex, tokens, i) is None)) \
                    and _plausible(lex, forward, rules.registry, matcher) and (
                    prev in QUOTES_CLOSE | {","} or matcher(forward)
                    or any(t.capitalised for t in tokens[span[0]:span[1]]) or known_after):
                if span[1] + 1 < n and lowers[span[1]] == "by" and lowers[span[1] - 1] in _STATEMENT_NOUNS:
                    # '"…" said a statement by the Russias defence ministry': the statement's author
                    author = _span_forward(lex, tokens, span[1] + 1)
                    if author is not None and _plausible(lex, _text(text, tokens, author), rules.registry, matcher):
                        span = author
                if (_inverted_ends(lex, tokens, span[1]) or prev in QUOTES_CLOSE) and \
                        not (_bare_kind_span(lex, tokens, span) and not _clause_ends(tokens, span[1])) and \
                        lowers[span[1] - 1] != "figure":  # ("… disputed the police figure": a count, the object)
                    # (but in "…, said the commission had documented …" the commission is what was said)
                    inverted = span
        cue_text = text[tokens[i].start:tokens[i + width - 1].end]
        if multi is not None and width == 2 and lowers[i + 1] != multi[0][1]:
            cue_text = f"{tokens[i].text} {multi[0][1]}"  # ("called in a video message for": "called for")
        if inverted:
            add(inverted, cue_text, cue, "attr.inverted-cue", tokens[i].start)
            i += width
            continue
        if i > 0 and tokens[i - 1].lower.endswith(("'s", "’s")) and word.endswith("s") and width == 1:
            i += 1  # "Kyiv's claims could not be verified": after a possessive the cue's word is a noun
            continue
        subject = _span_back(lex, tokens, i)
        backed, backer_only = (subject[0] if subject else i), False
        while subject is None and backed > 3 and tokens[backed - 1].capitalised:
            backed -= 1  # (a backer the walk back did not read: "backed by the United States said")
        while backed > 3 and (lowers[backed - 1] in DETERMINERS or lowers[backed - 1] in NATIONALITIES
                                                     or _is_people_word(lex, lowers[backed - 1])):
            backed -= 1  # ("backed by the United States", "backed by Kurdish fighters")
        if backed < i and backed >= 3 and lowers[backed - 1] == "by" and lowers[backed - 2] in _BACKED_BY:
            # "M23 rebels backed by Rwanda said", "The coalition backed by Kurdish fighters said": who is
            # backed speaks, not his backer
            subject = _span_back(lex, tokens, backed - 2)  # (None: the unnamed readings below, never the backer)
            backer_only = subject is None
        polled_relay, pollster = (), subject[1] if subject else i
        while subject is None and pollster > 3 and lowers[pollster - 1] in {"had", "have", "has"}:
            pollster -= 1  # ("Analysts polled by Reuters had said")
        if subject is None and pollster > 5 and (
                lowers[pollster - 1] in DAYS and lowers[pollster - 2] == "on" or
                lowers[pollster - 1] in {"week", "month"} and lowers[pollster - 2] in {"last", "this"} or
                tokens[pollster - 1].capitalised and lowers[pollster - 2] == "in"):
            pollster -= 2  # (when or where the medium polled them: "… by Reuters on Monday said", "… in Gaza said")
        by = subject[0] if subject else pollster
        while subject is None and by > 3 and (tokens[by - 1].capitalised or lowers[by - 1] in _MEDIUM_WORDS and by < pollster):
            by -= 1  # (and the words that say it is a medium: "by the BBC", "by state news agency Belta")
        verb = by - 2
        while verb >= 3 and lowers[verb - 1] in {"was", "were", "been", "which", "that", "has", "had", "first"}:
            verb -= 1  # ("The report, which was seen by Reuters, said")
        if 3 <= by < pollster and lowers[by - 1] == "by" and lowers[by - 2] in _POLLED_BY | _MEDIUM_CARRIES and \
                _is_media(_text(text, tokens, (by, pollster)), rules.registry, matcher) and \
                (polled := _span_back(lex, tokens, verb)) is not None and \
                lowers[polled[1] - 1] in (lex.unnamed if lowers[by - 2] in _POLLED_BY else _CARRIED_WORDS):
            # "Analysts polled by Reuters said", "Residents interviewed by AFP said": the people polled
            # speak, through the medium that polled them; "The committee's statement, carried by state news
            # agency Belta, claimed": the statement's author, through the medium that carried it; "The
            # report, which was seen by Reuters, said": the report's, through the medium that saw it
            if polled[0] >= 2 and tokens[polled[0] - 1].lower.endswith(("'s", "’s")) and lowers[polled[0] - 2] == "the":
                polled = (polled[0] - 2, polled[1])  # (its owner's possessive: "The committee's statement")
            polled_relay, subject = (_text(text, tokens, (by, pollster)),), polled
        if subject is None or tokens[subject[0]].text.islower() and lowers[subject[0]] not in PRONOUNS and \
                lowers[subject[0]] not in DETERMINERS and lowers[subject[0]] not in lex.unnamed and \
                lowers[subject[0]] not in _SPOKES and lowers[subject[0]] not in lex.titles:
            # (also for a walk that stopped inside the words placing him: "A nurse at a public hospital in
            # Maputo said" is no "hospital in Maputo")
            described = _described_subject(lex, tokens, i, index)
            if described is not None and (subject is None or described[0] < subject[0] and any(
                    lowers[k] in _WHERE_HE_IS for k in range(described[0], subject[0]))):
                subject = described
        if subject is None and i >= 4 and lowers[i - 1] in {"allies", "ally", "partners", "partner", "backers", "backer"}:
            # "The government and its Russian allies say …": the first of the two governs, as in
            # "Syria and its ally Russia deny" (`_first_conjunct`)
            k = i - 2
            while k > 0 and (lowers[k] in NATIONALITIES or lowers[k] in _ALLY_WORDS or tokens[k].capitalised) and \
                    lowers[k] not in {"its", "their"}:
                k -= 1
            if k >= 2 and lowers[k] in {"its", "their"} and lowers[k - 1] == "and":
                subject = _span_back(lex, tokens, k - 1)
        if subject is None and i >= 3 and tokens[i - 1].capitalised and lowers[i - 2] in _COMPASS and \
                lowers[i - 3] == "the" and tokens[i - 1].text not in _SENTENCE_STARTERS:
            subject = (i - 1, i)  # "Other attackers infiltrated from the south Xelil said" (FA-KES, no comma)
        if subject is None and i >= 2 and lowers[i - 2] == "the" and lowers[i - 1] in lex.referring_heads and \
                (i == 2 or tokens[i - 3].text in QUOTES_CLOSE | {","}):
            # '"This is an invasion," the chairman said', "…, the mayor told Antena 3": the person the
            # text gave that title, after the content (`resolve` finds him)
            subject = (i - 2, i)
        if subject and tokens[subject[1] - 1].lower in {"that", "which", "who"}:
            subject = None
        if subject and subject[0] >= 1 and _bare_kind_span(lex, tokens, subject) and \
                (lowers[subject[0] - 1] in index.single or lowers[subject[0] - 1] == "that"):
            subject = None  # "…, said the commission had documented": what was said, not who said it
        if subject and subject[1] + 3 <= i and tokens[subject[1]].text == "(" and tokens[subject[1] + 2].text == ")" \
                and tokens[subject[1] + 1].text.isupper() \
                and matcher(tokens[subject[1] + 1].text) not in (None, matcher(_text(text, tokens, subject))):
            # "… the United Nations childrens agency (UNICEF) has said": the acronym names it
            subject = (subject[1] + 1, subject[1] + 2)
        if subject:
            subject = _first_conjunct(lex, tokens, subject, rules, matcher)
        if subject is None and found and i >= 3 and lowers[i - 1] == "who" and found[-1].rule == "attr.subject-cue" \
                and _is_media(found[-1].mention or "", rules.registry, matcher):
            # "Reuters reported a military source who said …": the source speaks, the agency relays
            # (_merge_outer makes the agency the relay)
            speaker = _span_back(lex, tokens, i - 1)
            if speaker is not None and _is_unnamed(lex, _text(text, tokens, speaker), rules.registry, matcher):
                subject = speaker
        if subject is None and i >= 3 and lowers[i - 3:i] in (["one", "of", "them"], ["some", "of", "them"],
                                                            ["many", "of", "them"], ["one", "of", "us"]):
            # "… were blocked at a transit point one of them told AFP": one of the people just named
            told = _span_forward(lex, tokens, i + 1) if word in {"told", "tells"} and i + 1 < n else None
            relay = _text(text, tokens, told) if told else ""
            add((i - 3, i), text[tokens[i].start:tokens[i + width - 1].end], cue, "attr.subject-cue", tokens[i].start,
                relay=(relay,) if relay and _is_media(relay, rules.registry, matcher) else (), anonymous=True)
            i += width
            continue
        # "Kerry met Boris Johnson in London stating that …", "the ministry released a statement
        # saying …", "appealed … to exercise pressure on Russia pointing out …": the words before a
        # participle cue are the main verb's object; the sentence's subject speaks (but "with regime
        # media saying …" has its own)
        if i > 0 and lowers[i - 1] == "worth":
            i += width  # "It is worth noting that …": the outlet's own voice
            continue
        object_before = word.endswith("ing") and i > 2 and tokens[i - 1].text not in {",", "\"", "”"} and \
            lowers[i - 1] not in PRONOUNS and \
            not (subject and (subject[0] <= 2 or lowers[subject[0] - 1] in {"with", "and"}))
        object_before = object_before or backer_only  # (no reading below may take the backer for the speaker)
        if object_before:
            k = i - 1
            while k > 0 and (tokens[k].capitalised or lowers[k] in DETERMINERS):
                k -= 1
            if lowers[k] == "with" and k < i - 1:
                # "… seized Jarablus with Ankara saying that …": the absolute clause has its subject
                object_before = False
                subject = (k + 1 + (lowers[k + 1] in DETERMINERS), i)
            elif any(lowers[m] in _PERCEIVING for m in range(max(0, i - 12), i)):
                object_before = False  # "A video showed Col. Akidi … announcing": he speaks
            else:
                subject = None
        if subject is None and unasserted is not None and lowers[i - 1] in {"and", "but"}:
            subject = unasserted  # "Russia has not acknowledged any deaths … and dismisses …"
        if subject is None and i > 0 and lowers[i - 1] in {"but", "and"}:
            subject = _no_comment_subject(lex, tokens, i - 1)
        if subject and subject[1] - subject[0] == 1 and lowers[subject[0]] in PRONOUNS and subject[0] >= 3:
            rel = next((k for k in range(subject[0] - 1, max(0, subject[0] - 4), -1)
                        if lowers[k] in {"that", "which", "who"}), None)
            if rel is not None:
                # "the aid group that supports it said": "it" belongs to the relative clause
                outer = _span_back(lex, tokens, rel)
                if outer is not None:
                    subject = outer
        if subject and subject[0] >= 3 and lowers[subject[0] - 1] in _HEADS_VERBS and lowers[subject[0] - 2] == "who":
            # "Rami Abdulrahman who runs the Syrian Observatory said": he speaks for what he runs
            outer = _span_back(lex, tokens, subject[0] - 2)
            if outer is not None and tokens[outer[0]].capitalised:
                subject = (outer[0], subject[1])
        if subject and subject[0] >= 1 and lowers[subject[0] - 1] in {"no", "none"}:
            subject = None  # "no authority has acknowledged holding them": nobody asserts anything
        rule = "attr.subject-cue"
        if subject and subject[0] >= 3:
            rel = next((k for k in range(subject[0] - 2, max(0, subject[0] - 16), -1)
                        if lowers[k] in {"which", "who", "that"}), None)
            based = rel is not None and rel + 2 < n and lowers[rel + 1] in {"is", "was", "are", "were"} and \
                lowers[rel + 2] in _DESCRIBING_AFTER_BE
            if rel is not None and rel >= 1 and (lowers[rel + 1] not in _HEADS_VERBS | DETERMINERS | _BE or based) and \
                    not tokens[rel + 1].capitalised and lowers[rel + 1] not in index.single and \
                    (lowers[rel] != "that" or lowers[rel - 1] in lex.descriptions or lowers[rel - 1] in lex.unnamed) and \
                    lowers[rel + 1] not in {"uses", "used", "calls", "called", "goes", "went", "named"} and \
                    all((not tokens[m].capitalised or lowers[m] in NATIONALITIES or based) and lowers[m] not in index.single
                        and tokens[m].text[:1].isalpha() for m in range(rel + 2, subject[0])):
                # (also "… a local group that supports protest and resistance against the Syrian
                # government reported"; but "A local activist who uses the name Abu al-Hassan said":
                # the name is his)
                # "The UK-based group which advocates the Syrian opposition said", "The Observatory
                # which is based in Britain said": the object of the relative clause does not speak;
                # what the clause describes does
                outer = _span_back(lex, tokens, rel)
                if outer is not None:
                    named = _text(text, tokens, outer)
                    if matcher(named) is not None or lowers[outer[1] - 1] in lex.descriptions or lowers[outer[1] - 1] in lex.unnamed \
                            or based and tokens[outer[1] - 1].capitalised:  # ("The Observatory which is based in …")
                        subject, rule = outer, "attr.subject-cue.distant"
        interview_relay = polled_relay
        if subject is None and lowers[:2] in (["speaking", "to"], ["talking", "to"]) and 4 <= i <= 12 and \
                all(tokens[k].capitalised or _NAME_PREFIX.match(tokens[k].text) or
                    lowers[k] in _MEDIUM_WORDS and k < i - 1 for k in range(2, i)) and tokens[i - 1].capitalised:
            subject = (2, i)  # "Speaking to Anadolu Agency Yusuf el-Bustani said", "Speaking to Syrian state TV
            # Barazi said": outlet, then speaker
        interview = next((k for k in range(subject[0] - 4, max(-1, subject[0] - 10), -1)
                          if lowers[k:k + 3] == ["in", "an", "interview"] and lowers[k + 3] in {"with", "on", "to"}),
                         None) if subject else None
        if interview is not None and all(tokens[m].capitalised or lowers[m] == "the" or lowers[m] in lex.descriptors
                                         for m in range(interview + 4, subject[0])):
            # "Assad in an interview with CBS denied …", "… in an interview on the U.S. CBS television
            # network denied": Assad speaks, the network relays
            outer = _span_back(lex, tokens, interview)
            if outer is not None:
                start = interview + 4 + (lowers[interview + 4] == "the")
                interview_relay = (_text(text, tokens, (start, subject[1])),)
                subject = outer
        elif subject and lowers[:2] in (["speaking", "to"], ["talking", "to"]):
            # "Speaking to AFP Observatory director Rami Abdel Rahman said": the agency heard him
            splits = list(range(min(subject[1] - 1, 8 if any(lowers[k] in _MEDIUM_WORDS for k in range(2, subject[1]))
                                    else 6), 2, -1))
            # (not a split that takes the speaker's first name: "the BBC Newsnight programme Jeremy | Corbyn")
            splits = [k for k in splits if not (tokens[k - 1].capitalised and tokens[k].capitalised and
                                                 not tokens[k - 1].text.isupper() and
                                                 lowers[k - 1] not in _MEDIUM_WORDS | _MEDIUM_NAME_ENDS and
                                                 rules.registry.find(_text(text, tokens, (2, k))) is None and
                                                 getattr(rules.registry.find(tokens[k - 1].text), "type", None)
                                                 not in MEDIA_TYPES)]
            # (the outlet's exact name first: "Speaking to Anadolu Agency Yusuf el-Bustani a local
            # activist said" names him, not "Anadolu Agency Yusuf el-Bustani"; then the longest name
            # holding a known outlet, as before)
            exact = [k for k in splits if rules.registry.find(_text(text, tokens, (2, k))) is not None]
            for split in exact[:1] + [k for k in splits if k not in exact[:1]]:
                while split < subject[1] - 1 and lowers[split - 1] in _MEDIUM_WORDS | {"tv"} and \
                        (tokens[split].text.isupper() and len(tokens[split].text) > 1 or
                         _search(r"^[Aa]l-[A-Z]", tokens[split].text)) and \
                        getattr(rules.registry.find(tokens[split].text), "type", None) in MEDIA_TYPES:
                    split += 1  # ("Syrian state news agency SANA Barazi", "state TV Al-Ikhbariya Barazi")
                outlet = _text(text, tokens, (2, split))
                if _is_media(outlet, rules.registry, matcher) and matcher(outlet) is not None:
                    start = split + (tokens[split].text == ",")
                    start += start < subject[1] - 1 and lowers[start] in DAYS  # ("Syrian state TV Monday Barazi")
                    if start <= subject[0] and all(tokens[k].capitalised or _NAME_PREFIX.match(tokens[k].text)
                                                   for k in range(start, subject[0])) \
                            or subject[0] < start < subject[1]:
                        interview_relay = (outlet,)
                        subject = (start, subject[1])
                        break
                    if split not in exact:
                        break
        elif subject and subject[0] >= 2 and lowers[subject[0] - 1] in {"quoting", "citing"}:
            # "Reuters quoting US officials said …": the officials speak, the agency relays
            outer = _span_back(lex, tokens, subject[0] - 1)
            if outer is not None and _is_media(_text(text, tokens, outer), rules.registry, matcher):
                interview_relay = (_text(text, tokens, outer),)
        if subject is None and i >= 3 and not object_before:
            # "… prospects in Syria Obama said": a known place, then a name
            k = i - 1
            while k >= 0 and (tokens[k].capitalised or lowers[k] == "and"):
                k -= 1
            if k >= 0 and lowers[k] in PLACE_PREPOSITIONS | {"to", "into", "on", "of"} and i - k >= 3:
                # the longest run of known places ("in Hama and Deir al-Zor"), then the speaker
                for split in range(i - 1, k + 1, -1):
                    if _only_places(lowers[k + 1:split], rules.places) and i - split <= 4 and tokens[split].capitalised:
                        subject = (split, i)
                        break
        if subject is None and not object_before:
            # "A Ria Novosti correspondent working in Damascus said": a participle phrase between
            # the speaker and the verb
            # (a form before "that" is the sentence's verb: "Blueprint gathered that the attackers, said to be …",
            # "Daily Trust gathered from residents that …")
            at = next((k for k in range(i - 1, max(0, i - 9), -1) if lowers[k] in lex.participles and "that" not in lowers[k + 1:min(i, k + 6)]
                       or (k > 0 and lowers[k].endswith("ing") and lowers[k - 1] in lex.unnamed)), None)
            if at is not None and not any(_is_cue_at(lowers, m, index) for m in range(at + 1, i)):
                named = _span_back(lex, tokens, at)
                if named is not None and _plausible(lex, _text(text, tokens, named), rules.registry, matcher):
                    subject = named
        if subject is None and not object_before:
            # "… of northeast Damascus SANA said": a known source right before the cue (not a
            # place after a preposition: "… working in Damascus said")
            for size in (1, 2, 3, 4, 5, 6):
                # (a name may hold lower-case joining words: "… of Ashara Syrian Observatory for
                # Human Rights says")
                if i - size >= 0 and tokens[i - size].capitalised and \
                        all(t.capitalised or t.lower in {"for", "of", "the", "al"} for t in tokens[i - size:i]) and \
                        (known := matcher(_text(text, tokens, (i - size, i)))) is not None and \
                        not (i - size > 0 and lowers[i - size - 1] in PLACE_PREPOSITIONS
                             and (_text(text, tokens, (i - size, i)).lower() in rules.places or
                                  known.type == "government" and known.affiliation is None and
                                  rules.registry.lookup(_text(text, tokens, (i - size, i))) is known)):
                    # (a country after "in" is a place: "The Observatory which is based in Britain said")
                    subject = (i - size, i)
                    # the whole name when a longer one ends here ("… with the Free Syrian Army told",
                    # not the "Syrian Army" inside it)
                    longer = next((k for k in range(i - 6, i - size) if k >= 0 and tokens[k].capitalised and
                                   all(t.capitalised or t.lower in {"for", "of", "the", "al"} for t in tokens[k:i]) and
                                   rules.registry.lookup(_text(text, tokens, (k, i))) is not None), None)
                    if longer is not None:
                        subject = (longer, i)
                    break
        if subject is None and i >= 2 and tokens[i - 1].text.isdigit() and len(tokens[i - 1].text) <= 3 \
                and tokens[i - 2].capitalised:
            # "Ahmed 24 said": an age after the speaker's name; but "Division 30 said", "DeirEzzor 24
            # said": a number inside a body's name
            named = _span_back(lex, tokens, i - 1)
            if named is not None and named[1] == i - 1:
                whole = (named[0], i)
                numbered = lowers[i - 2] in _NUMBERED_BODIES or matcher(_text(text, tokens, whole)) is not None
                subject = whole if numbered else named
        if subject is None and not found and not object_before:
            # "… the Syrian Observatory for Human Rights which relies on a network of sources said":
            # a known source, then a relative clause, then its verb
            for w in range(i - 2, max(0, i - 16), -1):
                if lowers[w] in {"which", "who", "whose"} or lowers[w] == "that" and w >= 2 and \
                        lowers[w - 2] == "the" and lowers[w - 1] in lex.descriptions and \
                        lowers[w - 1] not in _DOCUMENT_WORDS | _SPOKEN_OF:
                    # ("…, the company that owns the vehicle confirmed": a body the text describes, then
                    # its clause; not "the claim that …")
                    named = _span_back(lex, tokens, w)
                    # a known source, an unnamed one ("The man who spoke on condition of anonymity
                    # said"), or a body's name ("the Idlib News network which gave a lower toll said")
                    if named is not None and named[0] > 0 and lowers[named[0] - 1] in PLACE_PREPOSITIONS | {"of", "to", "for", "with", "by"}:
                        named = None  # "… under the shared control of the Syrian regime and Kurdish authorities who have declared …"
                    if named is not None and lowers[w] == "whose" and (
                            lowers[named[1] - 1] not in lex.unnamed or named[0] > 0 and lowers[named[0] - 1] == ","):
                        named = None  # (only unnamed people: "A villager whose house stands … said"; not "Rep.
                        # Elena Villarreal, a Democrat whose district …, said", nor "… ISIS Terrorists whose assault")
                    if named is not None and not any(_is_cue_at(lowers, m, index) and lowers[m] not in _WITNESS_CUES
                                                     for m in range(w, i)) and (
                            matcher(_text(text, tokens, named)) is not None or lowers[named[1] - 1] in lex.unnamed
                            or lowers[w] == "that"
                            or (lowers[named[1] - 1] in _BODY_WORDS and tokens[named[0]].capitalised)
                            # ("A source from the Philippine Army's 5th Infantry Division, who requested anonymity, said")
                            or (lowers[named[1] - 1] in _NUMBERED_BODIES and lowers[named[0]] in DETERMINERS)):
                        subject, rule = named, "attr.subject-cue.distant"
                    break
        if subject is not None and not found and 3 <= subject[0] <= 16:
            # "The Arab Coalition supporting Yemen's internationally recognised government said", "The
            # Saudi-led coalition fighting the Houthis said": the body the participle describes speaks,
            # not the participle's object
            # (and FA-KES's apposition without commas: "Jaish al-Islam one of the largest rebel groups said")
            w = next((m for m in range(subject[0], max(0, subject[0] - 10), -1) if lowers[m] in _OBJECT_PARTICIPLES
                      and (lowers[m + 1] in DETERMINERS or tokens[m + 1].capitalised)  # (not "fighting group")
                      or lowers[m] == "one" and lowers[m + 1] == "of"), None)
            named = _span_back(lex, tokens, w) if w is not None and not any(
                tokens[m].text in {",", ";", ":", "(", ")"} | QUOTES_OPEN | QUOTES_CLOSE for m in range(w, subject[1])) else None
            if named is not None and subject[0] > w + 2 and (matcher(_text(text, tokens, subject)) is not None or (
                    sum(tokens[m].capitalised for m in range(*subject)) >= 2 and
                    _guess_type(_text(text, tokens, subject)) == "person")):
                named = None  # (a source named after the phrase: "Rebels fighting the regime seized the town
                #               the Observatory said"; "The lawyer representing the families, John Smith, said")
            if named is not None and (named[0] <= 1 or tokens[named[0] - 1].text == ")") and named[1] == w and (
                    matcher(_text(text, tokens, named)) is not None or lowers[w - 1] in lex.descriptions
                    or lowers[w - 1] in lex.unnamed or tokens[w - 1].capitalised and (
                        lowers[w - 1] in _BODY_WORDS or _body_word_in(tokens[w - 1].text))):
                subject, rule = named, "attr.subject-cue.distant"
        if subject is None and not found and 2 <= i <= 30 and rules.registry.find(_text(text, tokens, (0, i))) is not None:
            # "The Russian Center for coordinating and monitoring the cessation of hostilities
            # agreement in Syria said": a long registered name with lower-case words opens the sentence
            subject = (0, i)
        if (subject is None or not (_lone_title(lex, tokens, subject) or _owned_title(text, tokens, subject) or
                                    _plausible(lex, _text(text, tokens, subject), rules.registry, matcher))) \
                and not found and i - (quoted := _after_quotation(lex, tokens, i)) <= 30:
            # "The observatory, which relies on a network of sources, says …": the sentence's subject
            # stands apart from its verb behind a relative clause or an apposition (after the
            # quotation that opens the sentence: '"…" a rebel commander who asked not to be named told AFP')
            start = quoted + (1 if quoted < n and lowers[quoted] in SENTENCE_INITIAL_STOP else 0)
            day = start + (start < n and lowers[start] in {"on", "late", "early", "earlier"})
            if day < n - 1 and lowers[day] in DAYS and lowers[day + 1] in {"a", "the"}:
                start = day + 1  # "On Wednesday a statement attributed to …" (FA-KES: no comma after the day)
            elif quoted < n and (lowers[quoted] in _ADJUNCT_OPENERS or
                                 lowers[quoted] in {"speaking", "talking", "writing"} and quoted + 1 < n and
                                 lowers[quoted + 1] in {"to", "at", "on", "in", "with", "during"}):
                # "In the evening, residents of the town said", "At a press conference at the Dhaka
                # Reporters' Unity, coordinators of the movement claimed", "Speaking to the pro-government
                # Imedi TV, Georgian Dream executive secretary Davit Lomidze called … and said": the subject
                # after the phrase that sets the time, the place or the audience
                comma = next((k for k in range(quoted + 1, i - 1) if tokens[k].text in {",", ";", ":"}
                              or tokens[k].text in QUOTES_OPEN | QUOTES_CLOSE), None)
                if comma is not None and tokens[comma].text == "," and \
                        not any(_is_cue_at(lowers, k, index) for k in range(quoted, comma)):
                    start = comma + 1
            glued = next((k for k in range(quoted + 1, min(n, quoted + 6)) if tokens[k].text in {"A", "An", "The"}), None)
            if glued is not None and all(not t.text[:1].islower() for t in tokens[quoted:glued]):
                start = glued  # "REUTERS/Stringer A Syrian human rights activist … said": a photo credit first
            head = _span_forward(lex, tokens, start)
            if head and head[1] - head[0] == 1 and lowers[head[0]].endswith("s") and head[1] < n and \
                    not tokens[head[1]].capitalised and rules.registry.lookup(tokens[head[0]].text) is None and \
                    rules.registry.lookup(tokens[head[0]].text[:-1]) is not None:
                head = None  # "Kerrys meeting with Arab ministers …": a possessive, not the subject
            if head and lowers[head[0]] in PLACE_PREPOSITIONS | {"to", "for", "with", "as", "by", "of"}:
                head = None  # "To the east a Kurdish-led force … announced": a place, not the subject
            if head and word in _NOUN_OR_ADJECTIVE_CUES and (i + 1 >= n or lowers[i + 1] not in {"that", "to"}):
                head = None  # "… based on conflicting reports over …", "to bomb purported ISIL positions": no report
            if head and head[1] < i - 1 and lowers[i - 1] in {"who", "which", "that"} and tokens[i - 2].text[-1:].isalpha():
                head = None  # "MINUSCA … has faced criticism from residents who say …": another noun's clause
            if head:
                # "Residents of several districts say": the unnamed speaker ends where the words that
                # place him begin (the forward walk reads "of several" as part of a name)
                cut = next((k + 1 for k in range(head[0], head[1] - 1) if lowers[k] in lex.unnamed
                            and lowers[k + 1] in _POST_MODIFIERS), None) \
                    if not any(tokens[k].capitalised for k in range(head[0] + 1, head[1])) else None
                head = (head[0], cut) if cut is not None else head
            if head and head[1] + 2 < i <= head[1] + 12 and lowers[head[1] - 1] in {"statement", "message", "letter"} \
                    and lowers[head[1]:head[1] + 2] == ["attributed", "to"] and lowers[head[0]] in {"a", "the"} \
                    and not any(tokens[k].text in {",", ";", ":"} for k in range(head[1], i)):
                # "A statement attributed to the field commander of Syrias pro-government troops said":
                # whom the statement is attributed to
                named = _span_forward(lex, tokens, head[1] + 2)
                if named is None or named[1] >= i or not lowers[named[1]].endswith("ed"):
                    named = (head[1] + 2, i)  # (the name, before a participle's phrase: "… posted on Telegram said")
                subject, rule, head = named, "attr.subject-cue.distant", None
            if head and head[1] + 2 < i <= head[1] + 30 and lowers[head[1] - 1] in {"statement", "release", "message", "letter"} \
                    and lowers[head[1]] in _ISSUED and lowers[head[1] + 1] == "by" and lowers[head[0]] in {"a", "an", "the"} \
                    and not any(tokens[k].text in QUOTES_OPEN | QUOTES_CLOSE | {";", ":"} for k in range(head[1], i)):
                # "A statement issued by the army on Sunday said", "A statement signed by the Public Relations
                # Officer of the Ministry, Mr Kwabena Asante-Darko, and copied to the Ghanaian Times …, said": its author
                named = _span_forward(lex, tokens, head[1] + 2)
                between = lowers[named[1]:i] if named is not None else []
                channel = lowers[head[1] + 2] in _CHANNELS and not (head[1] + 3 < n and tokens[head[1] + 3].capitalised) \
                    or lowers[head[1] + 2] in _PLATFORMS and (head[1] + 3 < n and lowers[head[1] + 3] in {"to", "on", "from"} or
                                                              lowers[head[1]] in {"sent", "circulated", "posted", "shared"})
                if named is not None and named[1] <= i and not channel and \
                        "that" not in between and \
                        not any(w == "," and v in {"who", "which", "whom", "where", "whose"}
                                for w, v in zip(between, between[1:])) and \
                        not any(w.endswith("ed") and w.isalpha() and (k == 0 or between[k - 1] not in {"and", ","})
                                for k, w in enumerate(between)) and \
                        word not in {"report", "reports", "claim", "claims"}:
                    # (and "… and made available to journalists in Gusau said"; not "… drew criticism from
                    # Amnesty International, which said", "… followed reports that gunmen …", "A statement sent
                    # by WhatsApp")
                    subject, rule, head = named, "attr.subject-cue.distant", None
            if head and word.endswith("ing") and tokens[head[1] - 1].text.endswith(("'s", "’s")) and head[1] < i and \
                    tokens[head[1]].text[:1].islower():
                head = None  # "Yemen's armed forces have been …, stating": an owner, not the subject
            if head and head[1] < i and not any(_is_cue_at(lowers, k, index) for k in range(head[1], i)):
                mention = _text(text, tokens, head)
                described = mention.split()[-1].lower() in lex.descriptions and lowers[head[0]] == "the"
                # "US Central Command which oversees … said", "Tony Blinken speaking at … said",
                # "Youkhana heads a Christian aid program … and said": a name, then a clause
                # (a body's name may be longer: "The Ministry of the Interior and Safety set up … and said")
                separated = (lowers[head[1]] in {"which", "who", "speaking", "writing"} or lowers[i - 1] in {"and", "but"}) \
                    and any(t.capitalised for t in tokens[head[0]:head[1]]) and (head[1] - head[0] <= 6 or (
                        head[1] - head[0] <= 9 and lowers[head[0]] == "the" and lowers[head[0] + 1] in _BODY_WORDS and
                        tokens[head[1] - 1].capitalised and
                        all(t.capitalised or t.lower in {"the", "of", "and", "for"} for t in tokens[head[0]:head[1]]))) or \
                    lowers[head[1]] == "who" and head[1] - head[0] <= 10 and i - head[1] <= 15 and \
                    lowers[head[0]] in {"a", "an", "the"} and lowers[head[0] + 1] in lex.unnamed_persons and \
                    lowers[head[0] + 2] == "of" and \
                    not any(tokens[k].text in QUOTES_OPEN | QUOTES_CLOSE | {";", ":"} for k in range(head[1], i))
                # ("An official of the Ministry of Justice who requested anonymity said": a member of a
                # body, then a clause about him)
                # "Doctors in the town of Khan Sheikhoun held by the opposition said", "A witness in
                # western Aleppo near a crossing point … told Reuters", "Several officials involved in
                # the discussions said", "A Syrian activist from Deir al-Zor who fled last year said":
                # an unnamed speaker, then the words that place or describe him
                # (or the medium he writes for: "A contributor to The New Arab based in Aleppo reported")
                modified = lowers[head[1] - 1] in lex.unnamed and (
                    lowers[head[1]] in _POST_MODIFIERS or lowers[head[1]] in lex.participles or
                    lowers[head[1]] in {"to", "for"} and lowers[head[1] - 1].rstrip("s") in _MEDIA_WORKERS) \
                    and i - head[1] <= 25 and not any(tokens[k].text in QUOTES_OPEN | QUOTES_CLOSE | {";", ":"}
                                                      for k in range(head[1], i))
                # "Kerry also met Boris Johnson in London stating that …", "A resident of Homs
                # corroborated that account saying …": a participle cue reports what the sentence's
                # subject said
                participial = word.endswith("ing") and head[0] <= 2 and (head[1] - head[0] <= 6 or (
                    # a titled name: "North Sinai Governor Major General Sameh Abdel-Moneim offered his condolences …,
                    # saying in a statement that …"
                    head[1] - head[0] <= 9 and tokens[head[1] - 1].capitalised and tokens[head[1] - 2].capitalised and
                    lowers[head[0]] not in DETERMINERS and  # (not a body: "The Municipal District of … issued …, telling")
                    all(t.capitalised or t.lower in {"of", "and", "for", "the"} for t in tokens[head[0]:head[1]]))) and \
                    (lowers[head[1] - 1] in lex.unnamed or sum(t.capitalised for t in tokens[head[0]:head[1]]) >= 2 or
                     tokens[head[1] - 1].capitalised and (lowers[head[1]].endswith("ed") or lowers[head[1]] in _NAME_THEN)) and \
                    not any(tokens[k].text in QUOTES_OPEN | QUOTES_CLOSE | {";", ":"} for k in range(head[1], i))
                # "Ercan Topaca the Governor of Hatay a Turkish province on the other side of the
                # border from Idlib told …", "Ahmed Dbais the groups hospitals and trauma director
                # said": a person's name, then an apposition with his title that lost its commas
                apposed = _apposed_person(lex, tokens, head[0], i, matcher)
                named_after = _named_after_unnamed(lex, tokens, head[1], i, matcher) \
                    if lowers[head[1] - 1] in lex.unnamed else None
                body_after = _body_named_after_description(lex, tokens, head[1], i, matcher) if described else None
                if apposed is not None:
                    subject, rule = apposed, "attr.subject-cue.apposed"
                elif named_after is not None:
                    subject, rule = named_after, "attr.subject-cue.apposed"
                elif body_after is not None:
                    # "The human rights organisation, Centre for Human Rights and Democracy in Africa
                    # (CHRDA), has called for": the body the description's apposition names
                    subject, rule = body_after, "attr.subject-cue.apposed"
                elif matcher(mention) or described or separated or modified or participial:
                    subject, rule = head, "attr.subject-cue.distant"
        if subject is None and not found and word.endswith("ing") and 3 < i <= 40:
            # "In a post on its Twitter account Lebanese resistance movement Hezbollah identified one
            # of those slain as Abu Obaida adding that …": a known name, its verb, then the participle
            for k in range(i - 2, 0, -1):
                if tokens[k].capitalised and lowers[k + 1].endswith("ed") and not _is_cue_at(lowers, k + 1, index):
                    named = _span_back(lex, tokens, k + 1)
                    if named is not None and matcher(_text(text, tokens, named)) is not None:
                        subject, rule = named, "attr.subject-cue.distant"
                    break
        if subject and len(set(matcher.all(_text(text, tokens, subject)))) != 1 and \
                not any(lowers[k] in lex.titles for k in range(*subject)) and \
                (not any(lowers[k] in _STRUCTURE for k in range(*subject)) or
                 (subject[1] - subject[0] >= 5 and not any(lowers[k] in _RELATION for k in range(*subject)))):
            # (a long span is headline or photo-credit debris: "Sputnik Yazan Kalash Explosion in
            # Damascus Reuters reported")
            # "… militants SANA news agency reported", "… northeast Damascus SANA said": a known name
            # ends a span that is no name as a whole
            for k in range(subject[1] - 1, subject[0], -1):  # the shortest known name that ends the span
                if tokens[k].capitalised and matcher(_text(text, tokens, (k, subject[1]))) is not None:
                    if k + 1 == subject[1] and _acronym_written_as_name(matcher.spelt.get(lowers[k], ()), tokens[k].text,
                                                                        tokens[k - 1].text, matcher.registry):
                        break  # ("Kim Jong Un said": a name's word, not the UN)
                    if lowers[k - 1] in PLACE_PREPOSITIONS and _text(text, tokens, (k, subject[1])).lower() in rules.places \
                            and (lowers[subject[0]] in DETERMINERS or lowers[k - 2] in lex.descriptors):
                        break  # (where the body is: "The UN refugee agency in Lebanon said", not Lebanon)
                    subject = (k, subject[1])
                    break
        if subject and subject[0] >= 1 and lowers[subject[0] - 1] in PLACE_PREPOSITIONS | {"of"} and \
                subject[1] - subject[0] >= 2:
            # "In Paris Fabius said", "The provincial governor of Homs Talal Barazi told AFP": a known
            # place, then the speaker's name
            capital = matcher(tokens[subject[0]].text)
            size = next((size for size in (3, 2, 1) if subject[1] - subject[0] > size and
                         (" ".join(lowers[subject[0]:subject[0] + size]) in rules.places or
                          size == 1 and capital is not None and capital.type == "government")), 0)
            rest = _text(text, tokens, (subject[0] + size, subject[1])) if size else ""
            named_rest = matcher(rest) if size else None
            if size and all(tokens[k].capitalised or _NAME_PREFIX.match(tokens[k].text)
                            for k in range(subject[0] + size, subject[1])) and \
                    _guess_type(rest) == "person" and (named_rest is None or named_rest.type == "person"):
                subject = (subject[0] + size, subject[1])
        if subject and subject[0] >= 1 and all(not tokens[k].capitalised or tokens[k].text in {"TV"}
                                               for k in range(*subject)) and lowers[subject[1] - 1] in MEDIA_WORDS:
            # "… in northern Syria Al Mayadeen TV channel reported": the medium named before its
            # description (not the place before it)
            for size in range(min(5, subject[0]), 0, -1):
                named = rules.registry.lookup(_text(text, tokens, (subject[0] - size, subject[0])))
                if named is not None and named.type in MEDIA_TYPES:
                    subject = (subject[0] - size, subject[1])
                    break
        person = _before_apposition(lex, tokens, subject, i) if subject or i >= 3 else None
        if person is not None:
            subject = person
        conjunction = subject[0] - 1 if subject else 0
        while conjunction > 0 and (lowers[conjunction] in DETERMINERS or lowers[conjunction] in NATIONALITIES):
            conjunction -= 1  # "… and the LCC said", "… and Turkish security sources told"
        if subject and conjunction >= 1 and lowers[conjunction] == "and" and subject[1] - subject[0] <= 3 \
                and tokens[conjunction - 1].capitalised:
            # "Washington and Paris say", "The Observatory and the LCC said", "YPG spokesman Redur
            # Xelil and Turkish security sources told Reuters": the first of two governs
            # (fixtures/gold/GUIDELINES.md)
            first = _span_back(lex, tokens, conjunction)
            second = _text(text, tokens, subject)
            titled = first is not None and any(lowers[k] in lex.titles for k in range(*first))
            if first is not None and first[1] - first[0] <= (6 if titled else 3) and \
                    matcher(_text(text, tokens, first)) is not None and \
                    (matcher(second) is not None or _is_unnamed(lex, second, rules.registry, matcher)):
                subject = first
        if subject:
            # "ISIS in a statement published on Twitter and the messaging service Telegram said": the
            # known name before "in a statement …" speaks, not the last noun of the phrase
            for k in range(subject[0] - 1, max(0, subject[0] - 12), -1):
                if tokens[k].text in {".", ";", ":"} or lowers[k] in index.single:
                    break
                if lowers[k] == "in" and k + 2 < n and lowers[k + 1] in {"a", "an"} and (
                        lowers[k + 2] in _STATEMENT_NOUNS or k + 3 < n and lowers[k + 3] in _STATEMENT_NOUNS
                        and tokens[k + 2].text.islower()):  # (also "in an emailed statement", "in a joint statement")
                    named = _span_back(lex, tokens, k) if k > 0 else None
                    if named is not None and named[1] == k and matcher(_text(text, tokens, named)) is not None:
                        subject, rule = named, "attr.subject-cue.distant"
                    break
        appositive_article = next((k for k in range(subject[0], max(0, subject[0] - 4), -1) if lowers[k] in {"a", "an"}), None) \
            if subject and subject[1] - subject[0] <= 3 and (lowers[subject[1] - 1] in lex.descriptions or
                                                            lowers[subject[1] - 1] in lex.unnamed) else None
        if appositive_article is not None and appositive_article >= 2 and \
                all(tokens[m].text.isalpha() and not tokens[m].capitalised for m in range(appositive_article + 1, subject[0])):
            # "The Organisation for the Prohibition of Chemical weapons a global watchdog has said" (commas
            # lost): the known body opening the sentence, before its apposition, speaks (not a body the
            # content ends with: "… in a village held by Islamic State a monitor said")
            for size in (appositive_article, appositive_article - 1):
                opening = (appositive_article - size, appositive_article)
                if size >= 2 and (opening[0] == 0 or opening[0] == 1 and lowers[0] == "the") and \
                        all(tokens[m].text[:1].isalpha() for m in range(*opening)) and \
                        (opening_known := rules.registry.find(_text(text, tokens, opening))) is not None and \
                        opening_known.type != "person":
                    subject = opening
                    break
        if subject and subject[1] - subject[0] == 1 and subject[0] >= 2 and lowers[subject[0] - 1] in {"with", "against"} \
                and tokens[subject[0]].capitalised and not tokens[subject[0] - 2].capitalised and not word.endswith("ing"):
            subject = None  # "… still technically at war with Damascus said": the object of "with" speaks not
        if subject and subject[1] - subject[0] >= 3 and _only_places(lowers[subject[0]:subject[1]], rules.places) \
                and not any(lowers[k] in lex.nations or lowers[k] in lex.countries for k in range(*subject)):
            # "17 armed factions in coastal regions Aleppo Hama and Idlib announced": towns and regions
            # are no speaker, who is in them is (countries speak: "Japan and Australia also expressed")
            at = next((k for k in range(subject[0] - 1, max(0, subject[0] - 5), -1) if lowers[k] in PLACE_PREPOSITIONS),
                      None)
            outer = _span_back(lex, tokens, at) if at is not None and at > 0 else None
            subject = outer if outer is not None and _plausible(lex, _text(text, tokens, outer), rules.registry,
                                                                matcher) else None
        if i + width < n and tokens[i + width].text in _FINITE_AFTER_CUE:
            # "an initiative the United Nations said is insufficient", "which activists said were":
            # the cue sits in a relative clause about something else
            subject = None
        if word in _WITNESS_CUES and (subject is None or not any(lowers[k] in lex.eyes for k in range(*subject))):
            # "an AFP photographer saw …" reports what the agency's eyes saw; "the city saw fighting"
            # reports nothing
            subject = None
        opener = subject[0] - 1 if subject else -1
        while opener > 0 and subject[0] - opener <= 4 and lowers[opener] not in _CLAUSE_OPENERS and \
                (lowers[opener] in DETERMINERS or tokens[opener].capitalised or lowers[opener] in lex.descriptors
                 or lowers[opener] in lex.descriptions or lowers[opener] in _LOST_POSSESSIVES | {"childrens"}):
            opener -= 1  # "a day after the UN childrens agency UNICEF said": the clause opens before the name
        if subject and opener >= 0 and lowers[opener] in _CLAUSE_OPENERS and \
                not _before_as_adverb(lowers[:opener + 1]):
            # "The raids come a day after the ministry said it would halt fire": a time or a reason
            # in the outlet's own sentence, not what the sentence asserts; "the district which the
            # army has said had not fallen", "unrest where the government accuses foreign actors":
            # a relative clause about something else
            subject = None
        before_subject = subject[0] - 1 if subject else -1
        while before_subject >= 0 and lowers[before_subject] in DETERMINERS:
            before_subject -= 1
        if subject and before_subject >= 0 and lowers[before_subject] in {"nor", "neither"}:
            subject = None  # "neither Ahrar al-Sham nor the Islamic Front alliance blamed any group"
        if subject and before_subject >= 0 and lowers[before_subject] == "what" and word in _LABELLING_CUES:
            subject = None  # "citing what it described as drone footage": a label quoted, no claim reported
        if subject:
            mention = _text(text, tokens, subject)
            if (_lone_title(lex, tokens, subject) or _owned_title(text, tokens, subject) or
                    _plausible(lex, mention, rules.registry, matcher)) and not _is_content_subject(tokens, subject, i):
                relay = ()
                if word in {"told", "tells", "telling"}:
                    obj = _span_forward(lex, tokens, i + 1)
                    if obj and obj[1] < n and lowers[obj[1]] in _GATHERINGS:
                        obj = None  # "told a news conference": an audience, not a relay
                    cut = next((m + 1 for m in range(obj[0] + 1, obj[1] - 1) if lowers[m] in MEDIA_WORDS and
                                lowers[m + 1] in DETERMINERS), None) if obj else None
                    if cut is not None:
                        obj = (obj[0], cut)  # "told Cadena SER radio the government would …": the medium ends its name
                    if obj:
                        relay_mention = _text(text, tokens, obj)
                        if _is_media(relay_mention, rules.registry, matcher):
                            relay = (relay_mention,)
                    if not relay and (outlet := _told_outlet(lex, tokens, i + 1, text, matcher)) is not None:
                        relay = (outlet,)
                elif i + 5 < n and lowers[i + 1:i + 5] == ["in", "a", "statement", "to"]:
                    # "said in a statement to SANA reporter": the statement went through SANA
                    obj = _span_forward(lex, tokens, i + 5)
                    if obj and _is_media(_text(text, tokens, obj), rules.registry, matcher):
                        relay = (_text(text, tokens, obj),)
                elif i + 3 < n and lowers[i + 1:i + 4] in (["in", "an", "interview"],):
                    k = i + 4
                    if k < n and lowers[k] == "with":
                        obj = _span_forward(lex, tokens, k + 1)
                        if obj and _is_media(_text(text, tokens, obj), rules.registry, matcher):
                            relay = (_text(text, tokens, obj),)
                relay = relay or interview_relay
                quoted_by = next((k for k in range(subject[1], i - 2) if lowers[k] in {"quoted", "cited"}
                                  and lowers[k + 1] == "by"), None)
                if not relay and quoted_by is not None:
                    # "A Syrian military source, quoted by state news agency SANA, said": the agency relays
                    obj = _span_forward(lex, tokens, quoted_by + 2)
                    if obj and obj[1] <= i and _is_media(_text(text, tokens, obj), rules.registry, matcher):
                        relay = (_text(text, tokens, obj),)
                anonymous = _is_unnamed(lex, mention, rules.registry, matcher) and \
                    not _spelled_by_its_acronym(mention, text)
                if not (lowers[i] in _RECORD_VERBS and _compared(lowers, subject[0], i)) and not (_head(mention.split()) in _NOT_SPEAKING and
                                         all(not tokens[m].capitalised or m == 0 for m in range(subject[0], subject[1]))):
                    # (not "Evidence strongly suggests …", "Figures previously cited in the National
                    # Assembly suggest …", "official figures suggest": a thing, no speaker; a record the
                    # sentence opens with is read by `_record_shows`)
                    add(subject, cue_text, cue, rule, tokens[i].start, relay=relay, anonymous=anonymous)
        i += width

    if tokens and (body := _described_body(lex, text, found)) is not None:
        # a body named only by lower-case words before its kind ("The forestry department said",
        # "according to the municipal social welfare office"): no name the walks above take
        described, replaced = body
        mention = described.group("acronym") or described.group("np")
        cue_word = described.group("cue")
        lowered_cue = " ".join(cue_word.lower().split())
        cue = index.of_form(lowered_cue)
        relay = (described.group("relay"),) if described.groupdict().get("relay") and lowered_cue == "told" else ()
        found = [c for c in found if c is not replaced]
        found.append(Candidate(mention, cue_word, cue.stance if cue else "neutral", "attr.described-body",
                               described.start("cue"), relay))
    common = _common_subject(lex, text, rules, bool(tokens)) if not found else None
    # adverbials ("reportedly", "allegedly", "is said to"): an unnamed source
    if not found:
        lowered = text.lower()
        for order, pattern in derived(rules, "attribution.adverbials", _adverbials):
            if found:
                break
            # every adverbial in the sentence, then the first in the rule file's order (as one pass)
            hits = {}
            for m in (pattern.finditer(lowered) if pattern is not None else ()):
                hits.setdefault(m.group(), m)  # the first occurrence of each, as in the rule order
            for hedge in order if hits else ():  # (most sentences hold no adverbial: nothing to look up)
                match = hits.get(hedge.phrase.lower())
                if match and hedge.agentless and (_AGENT_AFTER.match(lowered, match.end()) or
                                                  _SUBORDINATE_BEFORE.search(lowered[:match.start()]) or
                                                  _UNMADE_REPORT.search(lowered[:match.start()])):
                    # "… was reported by the prefectural government": a report with its agent; "the Ghouta
                    # region (where the attacks were reported) is …": a report inside a clause of another's
                    continue
                if match and not _RELATIVE_BEFORE.search(lowered[:match.start()]) and \
                        not _subordinate_adverb(tokens or tokenize(text, rules), match):
                    found.append(Candidate(None, text[match.start():match.end()], "distancing"
                                           if hedge.phrase.startswith("alleged") else "neutral",
                                           "attr.adverbial", match.start(), (), True))
                    break
    if common is not None and (not found or not common.mention.lower().startswith("the ")):
        # a speaker named by common words governs an adverbial ("Another said it was allegedly …");
        # a description the text may not name ("The agent said", resolved later) leaves the adverbial
        found = [common]
    if any(c.position not in headlines for c in found):
        found = [c for c in found if c.position not in headlines]
    if len(found) > 1 and any((c.mention or "").lower() not in {"we", "i"} for c in found):
        # "We say that … a tribal member sitting in a room said": the first person speaks inside a
        # quotation that lost its marks; the sentence's own speaker comes later
        found = [c for c in found if (c.mention or "").lower() not in {"we", "i"}]
    if len(found) > 1 and any(c.rule == "attr.according-to" and (c.mention or "").lower() in _OBJECT_PRONOUNS for c in found):
        # "… reported that the injured, at least 14 people according to her, had been …": the pronoun
        # points at the speaker the sentence names; it does not govern it
        found = [c for c in found if not (c.rule == "attr.according-to" and (c.mention or "").lower() in _OBJECT_PRONOUNS)]
    if found and ("quoted by" in text or "cited by" in text):
        found = [_quoted_by_after(c, lex, tokens, text, rules.registry, matcher) for c in found]
    found.sort(key=lambda c: c.rule != "attr.according-to")
    return _merge_outer(_named_before_kind(found, text, rules), rules, text)


# words of when a speaker spoke, between his cue and what follows it ("said on Monday, quoted by …")
_WHEN_WORDS = {"on", "late", "early", "earlier", "later", "today", "yesterday", "this", "last", "week", "morning",
               "afternoon", "evening", "night", "tonight"}


def _quoted_by_after(candidate: Candidate, lex: Lexicon, tokens: list[Token], text: str, registry: Registry,
                     matcher) -> Candidate:
    """A speaker's cue, then the medium that quoted him set off by a comma, as AFP writes it ('"…,"
    Erdogan said, quoted by the state-run Anadolu news agency', "said Peskov, as quoted by RIA"): the
    medium is the relay."""
    if candidate.relay or not candidate.rule.startswith(("attr.subject-cue", "attr.inverted-cue")):
        return candidate
    cue = next((k for k, t in enumerate(tokens) if t.start == candidate.position), None)
    if cue is None:
        return candidate
    # right after the cue (and when he spoke), or after the speaker an inverted cue names: not after a
    # noun of what he reports ("Lavrov said the report, cited by Reuters, was fabricated")
    k = cue + 1
    if candidate.rule.startswith("attr.inverted-cue") and candidate.mention:
        end = candidate.position + len(candidate.cue or "") + 1 + len(candidate.mention)
        if not text.startswith(candidate.mention, end - len(candidate.mention)):
            return candidate
        k = next((m for m, t in enumerate(tokens) if t.start >= end), len(tokens))
    while k < len(tokens) and (tokens[k].lower in DAYS or tokens[k].lower in _WHEN_WORDS):
        k += 1
    comma = k if k + 2 < len(tokens) and tokens[k].text == "," and (
        tokens[k + 1].lower in {"quoted", "cited"} or tokens[k + 1].lower == "as" and
        tokens[k + 2].lower in {"quoted", "cited"}) else None
    relay = _cited_by(lex, tokens, comma, text, registry, matcher) if comma is not None else ()
    return replace(candidate, relay=relay) if relay else candidate


# a name, then what kind of armed body it is, before the cue ("The Islamic State (IS) militant group
# said", "Al-Shabaab militant group has claimed"): the walk back stops at the adjective
_NAMED_BEFORE_KIND = re.compile(r"((?:(?:[A-Z][\w'’-]*|al-[\w'’-]+)\s+){0,4}(?:[A-Z][\w'’-]*|al-[\w'’-]+))\s+"
                                r"(?:\([A-Z]{2,6}\)\s+)?"
                                r"((?:militant|armed|jihadist|extremist|rebel|insurgent|terrorist|Islamist|jihadi|"
                                r"paramilitary|Takfiri|separatist)\s+)$")
_KINDS_OF_GROUP = {"group", "organisation", "organization", "movement", "faction", "alliance"}


def _named_before_kind(found: list[Candidate], text: str, rules: RuleSet) -> list[Candidate]:
    """The candidates with a bare "group" read as the name before its kind: a body the registry knows,
    or a name no place's or people's."""
    out, lex = [], lexicon(rules)
    for candidate in found:
        if candidate.mention and candidate.mention.lower() in _KINDS_OF_GROUP:
            where = text.rfind(candidate.mention, 0, candidate.position)
            named = _NAMED_BEFORE_KIND.search(text[:where]) if where > 0 else None
            name = re.sub(r"^(?:The|A|An)(?:\s+|$)", "", named.group(1)) if named else ""
            if name[:1].isupper():
                known = rules.registry.find(name)
                if known is not None and known.type != "person":
                    candidate = replace(candidate, mention=name, anonymous=False)
                elif known is None and name.lower() not in lex.places and not all(
                        _is_people_word(lex, w) or w.lower() in NATIONALITIES for w in name.split()):
                    # (the kind kept for a name the registry does not know: "Al-Shabaab militant group")
                    candidate = replace(candidate, mention=f"{name} {named.group(2)}{candidate.mention}", anonymous=False)
        out.append(candidate)
    return out


def _before_apposition(lex: Lexicon, tokens: list[Token], subject: tuple[int, int] | None,
                       cue: int) -> tuple[int, int] | None:
    """The name before "a|an <description>" that ends at the cue: "Osama Said a Douma-based media
    activist told …", "Abu Ahmad a resident of Douma told AFP", "Manal a 28-year-old teacher said".

    None when the description ties the name to a body ("Suhaib al-Ruhail a spokesman for the
    Alwiyat al-Furqan group said": the body speaks through him, which naming resolves later).
    """
    end = subject[1] if subject else cue
    begin = subject[0] if subject else max(0, cue - 6)
    article = next((k for k in range(begin, end) if tokens[k].lower in {"a", "an"} and k > 0), None)
    if article is None and subject:
        # (up to "The White Helmets a group of civil defence emergency workers operating in …")
        article = next((k for k in range(subject[0] - 1, max(0, subject[0] - 9), -1)
                        if tokens[k].lower in {"a", "an"}), None)
        if article is not None and any(tokens[m].capitalised and "-" not in tokens[m].text
                                       for m in range(article + 1, subject[0])):
            article = None
    end_of_name = article
    if article is not None and article >= 4 and tokens[article - 1].text == ")" and tokens[article - 3].text == "(":
        end_of_name = article - 3  # "The Local Coordination Committees (LCC) a network of activists reported"
    if article is None or article < 1 or not tokens[end_of_name - 1].capitalised:
        return None
    if any(tokens[m].text in QUOTES_OPEN | QUOTES_CLOSE for m in range(article, end)):
        return None  # (a quotation's words: '"That's a joke," the mayor said')
    description = [t.lower for t in tokens[article + 1:end]]
    core = next((k for k in range(article + 1, end) if tokens[k].lower in PLACE_PREPOSITIONS | {"of"}), end)
    if not description or any(t.capitalised and "-" not in t.text for t in tokens[article + 1:core]) or \
            any(w.rstrip(".") in lex.title_words and k + 1 < len(description) and description[k + 1] in {"of", "for", "at"}
                for k, w in enumerate(description)):
        return None
    name = _span_back(lex, tokens, end_of_name)
    if name is None or name[1] != end_of_name or name[1] - name[0] > 4 or \
            not all(tokens[k].capitalised or tokens[k].lower in {"al", "abu", "bin", "ibn"} or "-" in tokens[k].text
                    for k in range(*name)) or \
            " ".join(t.lower for t in tokens[name[0]:name[1]]) in lex.places:
        return None
    return name


_HOLD = {"held", "holds", "hold"}  # cue.accusing.hold-responsible, a cue only before "responsible"
_ATTACKS = {"attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions", "assault",
            "assaults", "ambush", "killing", "killings", "beheading", "beheadings", "shooting", "shootings"}


def _apposed_person(lex: Lexicon, tokens: list[Token], start: int, cue: int, matcher) -> tuple[int, int] | None:
    """The speaker's span when the sentence opens with a person's name and an apposition that
    lost its commas runs up to the cue: the name, the article and the title, and the body the
    title is "of", "for" or "at" ("Ercan Topaca the Governor of Hatay", "Jan Egeland the UN
    humanitarian adviser", "Ahmed Dbais the groups hospitals and trauma director"). None unless
    the words between hold a title and no clause of their own."""
    end = start
    while end < cue and (tokens[end].capitalised or _NAME_PREFIX.match(tokens[end].text)):
        end += 1
    name = " ".join(t.text for t in tokens[start:end])
    known = matcher(name)
    if not 2 <= end - start <= 4 or end >= cue or tokens[end].lower not in {"the", "a", "an"} or cue - end > 20 \
            or _guess_type(name) != "person" or (known is not None and known.type != "person"):
        return None
    if any(t.text in QUOTES_OPEN | QUOTES_CLOSE | {";", ":", ",", "(", ")"} or
           t.lower in {"that", "which", "who", "when", "after", "because", "and", "but"} and t.lower not in lex.descriptors
           for t in tokens[end:cue]):
        return None
    title = next((k for k in range(end + 1, cue) if tokens[k].lower.rstrip(".") in lex.title_stems), None)
    if title is None:
        return None
    stop = title + 1
    if stop + 1 < cue and tokens[stop].lower in {"of", "for", "at"}:
        k = stop + 1 + (tokens[stop + 1].lower == "the")
        while k < cue and (tokens[k].capitalised or _NAME_PREFIX.match(tokens[k].text)):
            k += 1
        if k < cue and tokens[k].lower in _BODY_WORDS | {"police"}:
            k += 1  # "of the Sultan Murad brigade", "of the Kurdish police"
        if k > stop + 1 + (tokens[stop + 1].lower == "the"):
            stop = k
    apposition = " ".join(t.text for t in tokens[end:stop])
    body = next((s for s in matcher.all(apposition) if s.type != "person"), None)
    if body is None and not any(t.lower in _BODY_WORDS for t in tokens[title + 1:stop]) and \
            not any(t.lower in lex.descriptions or t.lower[:-1] in lex.descriptions for t in tokens[end:title]):
        return start, end  # "… the Governor of Hatay a Turkish province": no body named; he speaks
    return start, stop


# kinds of place or body that a capitalised name between commas may name ("the camp, Kakuma Refugee
# Camp,", "the ministry, Foreign Affairs,", "the presidency, State House,")
_APPOSED_PLACES = {"camp", "market", "settlement", "barangay", "state", "county", "capital", "valley", "island",
                   "islands", "community", "country", "estate", "slum", "ward", "municipality", "ministry",
                   "presidency", "house", "affairs", "department", "office", "hospital", "school", "street", "road",
                   "river", "lake", "mountain", "hill", "north", "south", "east", "west", "centre", "center"}


def _names_a_person(lex: Lexicon, words: list[str], matcher, kind_before: str = "") -> bool:
    """Whether capitalised `words` set off by commas name a person: no registry body, no place, and,
    unless a title or honorific opens them, not a place or body named after its kind (the word
    `kind_before` the comma, or their own last word: "the town, Tudun Wada,", "Kakuma Refugee Camp")."""
    titled = words[0].lower().rstrip(".") in lex.title_stems | lex.honorifics
    name = " ".join(words[1:] if titled and len(words) > 2 else words)
    known = matcher(name)
    if _guess_type(name) != "person" or name.lower() in lex.places or (known is not None and known.type != "person"):
        return False
    return titled or not {kind_before, words[-1].lower()} & (_PLACE_NOUNS | _APPOSED_PLACES)


def _named_after_unnamed(lex: Lexicon, tokens: list[Token], start: int, cue: int, matcher) -> tuple[int, int] | None:
    """The span of a person's name set off by commas after an unnamed speaker and the words that
    place him ("A resident of the area, Malam Sule Dan-Asabe, who said he lost …"; the comma after
    the name may have gone with an insertion, `_reading`): he speaks, as in "A resident, Malam
    Sule, said". None unless the first comma opens two to four capitalised words of a person that
    are no registry body and no place name.""" 
    for k in range(start, cue - 3):
        if tokens[k].text != ",":
            continue
        end = k + 1
        while end < cue and (tokens[end].capitalised or _NAME_PREFIX.match(tokens[end].text)):
            end += 1
        if end >= cue or tokens[end].lower not in {",", "who", "whose"} or not 2 <= end - k - 1 <= 4:
            return None  # (only the first comma's words: "A resident of Homs, a city …," names no one)
        words = [t.text for t in tokens[k + 1:end]]
        return (k + 1, end) if _names_a_person(lex, words, matcher, kind_before=tokens[k - 1].lower) else None
    return None


def _body_named_after_description(lex: Lexicon, tokens: list[Token], start: int, cue: int,
                                  matcher) -> tuple[int, int] | None:
    """The span of a body's name set off by commas right after a description ("The human rights
    organisation, Centre for Human Rights and Democracy in Africa (CHRDA), has called"), its acronym
    in brackets after it left out; None unless the comma opens two to ten capitalised words (joiners
    between them) that name no person, then a comma (after the acronym, if any)."""
    if start >= cue - 3 or tokens[start].text != "," or not tokens[start + 1].capitalised:
        return None  # (not "The army, on Sunday, said")
    end = start + 1
    while end < cue and (tokens[end].capitalised or tokens[end].lower in _ACRONYM_JOINERS | {"in"}
                         and end + 1 < cue and tokens[end + 1].capitalised):
        end += 1
    after = end
    if after + 2 < cue and tokens[after].text == "(" and tokens[after + 2].text == ")":
        after += 3  # (its acronym)
    if not 2 <= end - start - 1 <= 10 or after >= cue or tokens[after].text != ",":
        return None
    name = " ".join(t.text for t in tokens[start + 1:end])
    if any(t.lower in MONTHS | DAYS for t in tokens[start + 1:end]) or name.lower() in lex.places or \
            name.lower() in lex.nations:
        return None  # (a date or a place set off by commas: "The monitor, London, said")
    return (start + 1, end) if matcher(name) is not None or _guess_type(name) != "person" else None


def _is_cue_at(lowers: list[str], k: int, index) -> bool:
    """Whether the word at `k` is a reporting cue there: not a toll verb ("gave a toll" reports only
    when it names a toll), not "held" without "responsible" ("held by the opposition")."""
    cue = index.single.get(lowers[k])
    if cue is None or cue.kind == "toll":
        return False
    if lowers[k] in _HOLD:
        return "responsible" in lowers[k + 1:k + 10]
    after = " ".join(lowers[k + 1:k + 4])
    if any(after.startswith(stop) for stop in NON_REPORTING_AFTER.get(lowers[k], ())):
        return False  # ("pledged allegiance … and said", "declared war and said": no cue before "said")
    return True


_EARLIER_ATTACKS = {"previous", "past", "earlier", "similar", "several", "many", "other", "numerous", "prior"}


_COUNT_CLAUSE_VERBS = {"was", "were", "is", "are", "had", "has", "have", "died", "been"}
_ASIDES = {"mostly", "including", "among", "many", "most", "all", "some", "both"}


def _count_then_verb(tokens: list[Token], lowers: list[str], k: int) -> bool:
    """A count at `k` that opens a clause of its own ("claimed more than 80 people were killed",
    "claimed at least nine people had died"): a verb within the clause after it. A count with no verb
    of its own is what a cue like "claimed" took ("claimed 20 lives and injured 30 who were …",
    "claiming 4 martyrs")."""
    j, end = k, min(len(tokens), k + 14)
    while j < end:
        if tokens[j].text == "," and j + 1 < end and lowers[j + 1] in _ASIDES:
            # "160 civilians, mostly women and children, were killed": over the aside
            j = next((m for m in range(j + 1, end) if tokens[m].text == ","), end) + 1
            continue
        if tokens[j].text in {",", ";", ".", ":", "(", ")"} or lowers[j] in {"while", "since", "which", "who"} or (
                lowers[j] == "and" and j + 1 < len(tokens) and lowers[j + 1].endswith(("ed", "ing"))):
            return False  # (but "160 civilians mostly women and children were killed" goes on)
        if lowers[j] in _COUNT_CLAUSE_VERBS:
            return True
        j += 1
    return False


def _claims_an_attack(tokens: list[Token], k: int) -> bool:
    """ "claimed [the|previous|…] attack(s)" ending its clause: responsibility for an attack (also
    a headline's "IS claims attack" glued to the next sentence)."""
    for m in range(k, min(len(tokens), k + 3)):
        if tokens[m].lower in _ATTACKS:
            return m + 1 >= len(tokens) or tokens[m + 1].capitalised or \
                tokens[m + 1].lower in {".", ",", ";", "in", "on", "at", "near", "against", "that", "which", "and",
                                        "but", "last", "earlier"}
        if tokens[m].lower not in DETERMINERS | {"previous", "several", "many", "similar", "recent", "both",
                                                 "suicide", "twin", "deadly", "bomb", "car"}:
            return False
    return False


def _counts(token: Token) -> bool:
    """A number that counts the words after it ("1102 people", "seven civilians")."""
    return token.text[:1].isdigit() or token.lower in NUMBER_WORDS


_ALLY_WORDS = {"its", "their", "ally", "allies", "partner", "backer", "main", "key", "close"}


def _first_conjunct(lex: Lexicon, tokens: list[Token], subject: tuple[int, int], rules: RuleSet, matcher) -> tuple[int, int]:
    """The first of two subjects that open the sentence ("Assads regime and Russia have accused",
    "Syria and its ally Russia deny"): it governs (GUIDELINES: the first of two attributions).
    A place before "and" is the content's, not a subject ("Rebels seized Aleppo and the army said"):
    the second then. Otherwise the subject as found."""
    inside = next((k for k in range(subject[0] + 1, subject[1] - 1) if tokens[k].lower == "and"), None)
    if inside is not None and subject[0] >= 2 and tokens[subject[0] - 2].lower == "the" and \
            tokens[subject[0] - 1].lower in NATIONALITIES and tokens[subject[1] - 1].lower in lex.unnamed:
        # "…, the Syrian government and activists said": the span stopped at the people's adjective;
        # the first of the two, as the text names it, governs
        whole = " ".join(t.text for t in tokens[subject[0] - 1:inside])
        known = rules.registry.find(whole)
        if known is not None and known.type != "person":
            return subject[0] - 2, inside
    if inside is not None and subject[1] + 2 < len(tokens) and tokens[subject[1]].text == "(" and \
            tokens[subject[1] + 2].text == ")" and tokens[subject[1] + 1].text.isupper() and \
            _initials(" ".join(t.text for t in tokens[subject[0]:subject[1]] if t.lower != "the")) == \
            tokens[subject[1] + 1].text:
        return subject  # "The Fire Service and Civil Defence (FSCD) said": one name, its acronym says so
    if inside is not None:
        first, second = (subject[0], inside), (inside + 1, subject[1])
        while second[0] < second[1] - 1 and tokens[second[0]].lower in _ALLY_WORDS:
            second = (second[0] + 1, second[1])
    else:
        k = subject[0] - 1
        while k > 0 and tokens[k].lower in _ALLY_WORDS:
            k -= 1
        if k < 1 or tokens[k].lower != "and":
            return subject
        first, second = _span_back(lex, tokens, k), subject
        if first is None:
            return subject
        if first[0] == 0 and k < subject[0] - 1 and all(t.capitalised for t in tokens[first[0]:first[1]]):
            return first  # "Syria and its ally Russia deny": the one whose ally the second is
    if inside is not None and tokens[second[0]].lower == "other" and second[1] - second[0] >= 2:
        return first  # "Sada al-Balad and other news websites reported": one of a kind, named first
    if inside is not None and tokens[second[0]].lower in {"a", "an"} and tokens[second[1] - 1].lower in lex.unnamed \
            and tokens[first[1] - 1].lower in lex.descriptions:
        return first  # "… an international charity and an aid worker said": the body, named first
    mention = " ".join(t.text for t in tokens[first[0]:first[1]])
    if len(set(matcher.all(mention))) > 1:
        return subject  # "The US Britain France and Russia": a list that lost its commas
    if inside is not None:
        # one name with "and" in it ("Turkeys Disaster and Emergency Management Authority", "the
        # Ministry of Local Administration and Environment"), or two places ("Hama and Idlib
        # activists"), unless the second half is a source of its own
        other = " ".join(t.text for t in tokens[second[0]:second[1]])
        if not (tokens[second[0]].lower in DETERMINERS or rules.registry.find(other) is not None or
                tokens[second[1] - 1].lower in lex.descriptions):
            return subject
    known = rules.registry.find(" ".join(w for w in mention.split() if w.lower() not in DETERMINERS))
    if first[0] == 0 and known is not None and known.type != "person":
        return first
    if mention.lower() in rules.places:
        return second if inside is not None else subject
    head = tokens[first[1] - 1].lower
    if first[0] != 0 or not (known is not None or head in lex.descriptions):
        return subject
    return first


def _only_places(words: list[str], places) -> bool:
    """Whether lower-case `words` are known places one after another, maybe joined by "and" ("hama
    aleppo and deir al-zor")."""
    if not words:
        return False
    reachable = [True] + [False] * len(words)
    for start in range(len(words)):
        if not reachable[start]:
            continue
        if words[start] == "and" and start > 0:
            reachable[start + 1] = True
        for size in (1, 2, 3):
            if start + size <= len(words) and " ".join(words[start:start + size]) in places:
                reachable[start + size] = True
    return reachable[-1] and words[-1] != "and"


def _after_auxiliary(lowers: list[str], i: int) -> bool:
    """True when the verb at `i` is passive: "was announced", "were also reported", "has been accused"
    (not a progressive: "Reuters is reporting that", "activists are saying")."""
    if lowers[i].endswith("ing"):
        return False
    back = i - 1
    while back > 0 and lowers[back] in {"also", "later", "widely", "previously", "first", "reportedly",
                                        "subsequently", "officially"}:
        back -= 1
    if back > 1 and lowers[back] in DAYS and lowers[back - 1] == "on":
        back -= 2  # "Russia was on Monday accused of …"
    return i > 0 and lowers[back] in _BE


_NEGATIONS = {"not", "never", "cannot", "neither", "nor"}
_MODALS = {"will", "would", "could", "can", "may", "might", "should", "must", "shall"}
_UNREALISED = _MODALS | {"to"}  # "will deny", "refused to confirm": a statement not yet made
_PERFECT_OR_PASSIVE = {"be", "been", "have", "has", "had"}
_AUXILIARIES = _MODALS | _PERFECT_OR_PASSIVE | _BE | {"being"}
_BETWEEN_NEGATION_AND_CUE = {"immediately", "independently", "yet", "publicly", "officially", "explicitly",
                             "specifically", "directly", "previously"} | _PERFECT_OR_PASSIVE
_CONTRAST = lazy_compile(r"\b(?:while|whilst|whereas|but|although|though|meanwhile)\b", re.IGNORECASE)
_IRREGULAR_PARTICIPLES = {"done", "made", "built", "shot", "hit", "held", "seen", "taken", "given", "driven",
                          "fought", "thrown", "run", "sent", "brought", "led", "set", "known", "written"}


def _not_asserted(lowers: list[str], i: int) -> bool:
    """True when the cue at `i` is negated ("did not say", "could not independently confirm",
    "has never acknowledged") or not yet made ("will deny", "refused to confirm"; but "the first
    to be blamed on Daesh" is a passive accusation)."""
    k = i - 1
    while k >= 0 and lowers[k] in _BETWEEN_NEGATION_AND_CUE:
        if lowers[k] in _PERFECT_OR_PASSIVE and k - 1 >= 0 and lowers[k - 1] in _UNREALISED:
            return False
        k -= 1
    if k >= 0 and (lowers[k] in _NEGATIONS | _UNREALISED or lowers[k].endswith(("n't", "n’t"))):
        return True
    if i > 1 and lowers[i - 1] in {"or", "nor"}:
        # "Hezbollah did not immediately comment on the strike or say whether …": the negation reaches
        # a verb coordinated after it by "or"
        for k in range(i - 2, max(-1, i - 16), -1):
            if lowers[k] in {",", ";", ":", "but", "and", "which", "who", "that"}:
                break
            if lowers[k] in {"not", "never"} or lowers[k].endswith(("n't", "n’t")):
                return True
    return False


def _subject_before_auxiliaries(lex: Lexicon, tokens: list[Token], i: int) -> tuple[int, int] | None:
    """The subject of the verb group ending at cue `i`: "Russia has not acknowledged", "The group
    was unable to confirm"."""
    k = i
    while k > 0 and (tokens[k - 1].lower in _NEGATIONS | _UNREALISED | _BETWEEN_NEGATION_AND_CUE |
                     {"did", "does", "do", "was", "were", "is", "are", "unable", "able", "refused", "declined",
                      "failed"} or tokens[k - 1].lower.endswith(("n't", "n’t"))):
        k -= 1
    return _span_back(lex, tokens, k) if k < i else None


_NO_COMMENT = lazy_compile(r"(?:had|has|have|gave|made|offered) no (?:immediate |further )?comment|"
                         r"(?:declined|refused|was unable|were unable) to comment|"
                         r"(?:did|does|would) not (?:immediately )?comment")


def _no_comment_subject(lex: Lexicon, tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The subject of "the coalition had no immediate comment but said …", "The ministry declined to
    comment and said …": who did not comment, then spoke; `k` is the index of "but"/"and"."""
    for start in range(k - 1, max(-1, k - 8), -1):
        words = " ".join(t.lower for t in tokens[start:k])
        if _NO_COMMENT.fullmatch(words):
            return _span_back(lex, tokens, start)
    return None


def _subordinate_adverb(tokens: list[Token], match: re.Match) -> bool:
    """True when an adverb ("reportedly", "allegedly", "purportedly") modifies a phrase inside the
    sentence rather than its main clause, which then stays the outlet's own voice (GUIDELINES: an
    attributed relative clause leaves `source: null`): a participle phrase ("… reportedly using
    napalm bombs", "… reportedly killing 19"), a reduced relative ("strikes allegedly carried out
    by government troops") or an adjective's modifier ("the allegedly moderate factions")."""
    if not match.group().endswith("ly"):
        return False
    words = [t for t in tokens if t.text[:1].isalpha()]  # the sentence's words, punctuation left out
    at = next((k for k, t in enumerate(words) if t.start == match.start()), None)
    if at is None:
        return False
    previous = words[at - 1].lower if at else ""
    after = [t.lower for t in words[at + 1:at + 5]]
    if not after or previous in _AUXILIARIES:
        return False  # "was reportedly hiding", "were allegedly carried out by": the main verb
    following = after[0]
    if previous in DETERMINERS | _POSSESSIVES | {"these", "those"}:
        return True
    if following.endswith("ing") and len(following) > 4:
        return True
    return (following.endswith("ed") or following in _IRREGULAR_PARTICIPLES) and "by" in after[1:4]


def _adverbials(rules: RuleSet) -> tuple:
    """The hedges that name an unnamed source, in file order, and one pattern that finds them all:
    first the adverbials, then, apart, the agentless reports ("were reported"), so that these do not
    hide an adverbial they overlap ("were reported killed")."""
    passes = []
    for agentless in (False, True):
        order = tuple(h for h in rules.hedges if h.attributes and h.agentless == agentless)
        phrases = sorted({h.phrase.lower() for h in order}, key=len, reverse=True)
        # (a trie: the same matches as the longest-first alternation, tried on every sentence with no cue,
        # at a third of the cost)
        passes.append((order, re.compile(r"\b(?:" + literal_alternation(phrases) + r")\b") if phrases else None))
    return tuple(passes)


def _inverted_ends(lex: Lexicon, tokens: list[Token], j: int) -> bool:
    """True when an inverted subject ending before token `j` ends its clause (commas may be missing)."""
    if _clause_ends(tokens, j):
        return True
    n = len(tokens)
    if j < n and tokens[j].lower in _AFTER_INVERTED:
        return True
    if j < n and tokens[j].lower in {"told", "tells"} and j + 1 < n and tokens[j + 1].capitalised:
        return True  # "said Abd Abu al-Nasr … told The New Arab"
    if j < n and tokens[j].text in _SENTENCE_STARTERS:
        return True  # "said al-Shimale It is a public market": the next sentence glued on
    if j + 1 < n and (tokens[j].lower, tokens[j + 1].lower) in {("also", "known"), ("known", "as")}:
        return True  # "said the Civil Defence also known as the White Helmets": a second name
    if j < n and tokens[j].lower == "of" and tokens[j - 1].lower.rstrip(".") in lex.title_stems and \
            any(t.capitalised for t in tokens[max(0, j - 4):j - 1]):
        return True  # "said Silvia Dallatomasina MSFs medical manager of operations in …": her title
    if j + 1 < n and tokens[j].lower == "the" and tokens[j + 1].lower in lex.titles and tokens[j - 1].capitalised:
        return True  # "said Mohamad Sabra the head negotiator for …"
    if j + 2 < n and tokens[j].lower == "the" and tokens[j + 1].lower.split("-")[0] in _KIN and tokens[j + 2].lower == "of" and \
            tokens[j - 1].capitalised:
        return True  # "… said Abu Abdel-Moneim the father of a militant fighting …": his kin to someone unnamed
    if j < n and tokens[j].text.isdigit() and len(tokens[j].text) <= 2 and tokens[j - 1].capitalised and (
            j + 1 >= n or _clause_ends(tokens, j + 1) or tokens[j + 1].lower.endswith("ing") or
            tokens[j + 1].lower in {"who", "from", "of", "a", "an"}):
        return True  # "said Noha 45 asking not to be identified": her age
    # an appositive without its comma: "… said Abd Abu al-Nasr a resident of …", "… said Ahmad
    # al-Qaissi an Islamic State sympathizer contacted by Skype"
    return j + 1 < n and tokens[j].lower in {"a", "an"} and (
        tokens[j + 1].text[:1].islower() or "-" in tokens[j + 1].text or
        (tokens[j + 1].capitalised and tokens[j - 1].capitalised and
         any(t.text[:1].islower() and t.lower not in {"of", "and"} for t in tokens[j + 2:j + 5]))) \
        and (tokens[j - 1].capitalised or tokens[j - 1].lower in lex.descriptors)


def _sentence_ends(tokens: list[Token], j: int) -> bool:
    """True when only time words and the final stop follow token `j`."""
    n = len(tokens)
    while j < n and tokens[j].lower in DAYS | {"on", "in", "late", "early", "last", "night", "week"}:
        j += 1
    return j >= n or (tokens[j].text in {".", "!", "?", '"', "”"} and j >= n - 2)


def _plain_end(lex: Lexicon, tokens: list[Token], j: int) -> bool:
    """Like `_inverted_ends`, but a quotation mark does not count ("… says Daesh "mined …")."""
    n = len(tokens)
    if j < n and tokens[j].lower in {"a", "an"} and _inverted_ends(lex, tokens, j):
        return True  # "… said the Observatory a British-based war monitor": its apposition, comma lost
    while j < n and tokens[j].lower in DAYS | {"on", "in", "a", "statement", "late", "early", "last"}:
        j += 1
    return j >= n or tokens[j].text in {".", ",", ";", "!", "?", ")"} or _inverted_ends(lex, tokens, j) \
        and tokens[j].text not in QUOTES_OPEN | QUOTES_CLOSE


def _clause_ends(tokens: list[Token], j: int) -> bool:
    """True when token `j` ends the clause: end, punctuation, or a time phrase / 'in a statement'."""
    n = len(tokens)
    while j < n and tokens[j].lower in DAYS | {"on", "in", "a", "an", "statement", "late", "early", "last",
                                              "night", "week", "month", "told", "reporters", "press", "release",
                                              "news", "conference", "interview", "briefing", "speech"}:
        if tokens[j].lower in _STATEMENT_NOUNS and j > 0 and tokens[j - 1].lower in {"a", "an", "press", "news"}:
            return True  # "… said the Coalition in a press release published on Wednesday"
        j += 1
    return j >= n or tokens[j].text in {".", ",", ";", ":", "!", "?", "”", '"', ")"}


def _is_content_subject(tokens: list[Token], span: tuple[int, int], cue_index: int) -> bool:
    """Reject spans that are the content of a clause, not a source ("the reported attack")."""
    first = tokens[span[0]].lower
    return first in {"number", "toll", "attack", "strikes"}


def _surname_of_one_who_spoke(mention: str, context: _Context) -> bool:
    """Whether a capitalised word alone is the surname of a person who spoke before in the story
    ("UNICEF spokesperson James Elder told reporters …" then "Elder said": no unnamed elder)."""
    if " " in mention.strip() or not mention[:1].isupper():
        return False
    return any(name.split()[-1] == mention.strip() for a in context.history
               for name in (a.speaker, a.source if a.source_type == "person" else None) if name and " " in name)


def _spelled_by_its_acronym(mention: str, text: str) -> bool:
    """Whether capitalised words are a body's name, its acronym in brackets right after them in `text`
    ("The Health Service Executive (HSE) said": no unnamed executive)."""
    name = re.sub(r"^(?:[Tt]he)\s+", "", mention.strip())
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    return f"{name} ({_initials(name)})" in text


def _cited_by(lex: Lexicon, tokens: list[Token], end: int, text: str, registry: Registry, matcher) -> tuple[str, ...]:
    """The medium that cites or quotes the source an "according to" names, right after it ("according
    to the Syrian Observatory for Human Rights cited by AFP"): its relay; () otherwise."""
    k = end + (end < len(tokens) and tokens[end].text == ",")
    k += k + 3 < len(tokens) and tokens[k].lower == "as" and tokens[k + 1].lower in {"cited", "quoted"}  # ("as quoted by")
    if k + 2 < len(tokens) and tokens[k].lower in {"cited", "quoted"} and tokens[k + 1].lower == "by":
        obj = _span_forward(lex, tokens, k + 2)
        if obj is not None and _is_media(_text(text, tokens, obj), registry, matcher) and \
                any(t.capitalised for t in tokens[obj[0]:obj[1]] if t.lower != "the"):
            return (_text(text, tokens, obj),)  # (not a bare "the newspaper")
    return ()


# the words before "news agency" that describe it, no name of it (`_told_outlet`)
_NOT_AGENCY_NAMES = {"our", "my", "your", "this", "that", "these", "same", "private", "national", "local", "state",
                     "official", "semi-official", "public", "independent", "government", "foreign", "international",
                     "regional", "other", "main", "leading", "largest", "major", "online"}
# (a people's adjective is capitalised, and a capitalised word never reaches that test)


def _told_outlet(lex: Lexicon, tokens: list[Token], k: int, text: str, matcher) -> str | None:
    """The medium someone "told" that the registry does not know, when the words after "told" say it
    is one: a kind of medium with words describing it before its name ("told public broadcaster
    NRK", "told the private broadcaster Tolo"), or a name before "news agency" ("told the dpa news
    agency"). (A bare unknown name is left alone: "told The Libya Observer" is most often the story's
    own publisher speaking of itself, which is no relay.)"""
    n = len(tokens)
    lowers = [t.lower for t in tokens]
    j = k + (k < n and lowers[k] == "the")
    if j + 2 < n and lowers[j + 1:j + 3] == ["news", "agency"] and not tokens[j].capitalised and tokens[j].text.isalpha() \
            and lowers[j] not in DETERMINERS | _POSSESSIVES | _NOT_AGENCY_NAMES:  # ("the private news agency")
        return tokens[j].text  # "the dpa news agency"
    m = j
    while m < n and m - j < 3 and tokens[m].text.islower() and tokens[m].text.isalpha() and lowers[m] not in _MEDIA_KINDS:
        m += 1
    if m == j or m + 1 >= n or lowers[m] not in _MEDIA_KINDS or not tokens[m + 1].capitalised or \
            lowers[m - 1] in _NOT_MEDIA or tokens[m + 1].lower.rstrip(".") in lex.title_stems:
        return None  # ("told the police station Chief Inspector Musa": a station, no medium)
    end = m + 1
    while end < n and end - (m + 1) < 3 and (tokens[end].capitalised or tokens[end].text[:1].isdigit()):
        end += 1
    name = text[tokens[m + 1].start:tokens[end - 1].end]
    if lowers[m + 1] in DAYS | MONTHS:
        return None  # ("told public radio Tuesday that")
    known = matcher(name)
    return name if known is None or known.type in MEDIA_TYPES else None


def _is_media(mention: str, registry: Registry, matcher) -> bool:
    source = matcher(mention)
    if source is not None:
        return source.type in MEDIA_TYPES
    words = mention.split()
    # (also a kind of medium before its name: "the local station CMKC", "the site Mediapart"; not
    # "the water station Alouk", "the police station"; and a name the state runs: "the state-run
    # Global New Light of Myanmar")
    bare = words[1:] if words and words[0].lower() == "the" else words
    return any(word.lower() in MEDIA_WORDS for word in words) or _BROADCASTER.search(mention) is not None or \
        len(bare) >= 2 and bare[0].lower() in {"state-run", "state-owned"} and bare[1][:1].isupper() and \
        not any(word.lower().strip(",") in _STATE_RUN_NOT_MEDIA for word in bare[1:]) or \
        any(word in _MEDIA_KINDS and words[k + 1][:1].isupper() and (k == 0 or words[k - 1].lower() not in _NOT_MEDIA)
            for k, word in enumerate(words[:-1]))


# a broadcaster's name ("Fana Broadcasting Corporate", "Ghana Broadcasting Corporation"; not a regulator's, "the
# Broadcasting Standards Commission", nor a ministry's, "Information and Broadcasting")
_BROADCASTER = lazy_compile(r"\bBroadcasting\s+(?:Corporat\w*|Company|Service|Network|System)\b")
# what the state runs that is no medium: "the state-run Aleppo University Hospital", "state-owned Petrobras Oil Company"
# (not "Corporation" or "Group", which broadcasters are: "the state-run Ghana Broadcasting Corporation",
# "China Media Group"; but a corporation of these is none: "Bangladesh Road Transport Corporation")
_STATE_RUN_NOT_MEDIA = {"hospital", "hospitals", "university", "college", "school", "company", "bank", "airline",
                        "airlines", "railway", "railways", "refinery", "factory", "mine", "port", "ports", "utility",
                        "clinic", "institute", "centre", "center", "authority", "oil", "petroleum", "electricity",
                        "power", "water", "gas", "industries", "enterprise", "firm", "fund", "board", "transport",
                        "road", "roads", "shipping", "development", "housing", "telecom", "telecommunications"}
# what a sentence's subject may be that tells without speaking: "Evidence strongly suggests …", "Data
# indicated …", "The footage shows …"
_NOT_SPEAKING = {"evidence", "data", "footage", "images", "photos", "photographs", "pictures", "video", "videos",
                 "signs", "tests", "results", "figures", "statistics", "records", "polls", "poll", "surveys", "survey",
                 "studies", "study", "projections", "conditions", "history", "research", "experience", "sirens",
                 "models", "forecasts", "analysis", "trends", "indications", "indicators", "satellite"}
_RECORD_NOUNS = {"estimates", "estimate", "figures", "data", "statistics", "records", "numbers", "tally", "count"}
# records filed in a court or with a regulator, their keeper unnamed ("according to the indictment")
_FILED_RECORDS = {"indictment", "lawsuit", "complaint", "affidavit", "filing", "minutes", "petition", "summons"}
# what a station or site is when it is no medium
_NOT_MEDIA = {"water", "pumping", "pump", "police", "power", "fuel", "petrol", "gas", "bus", "train", "railway", "fire",
              "filling", "service", "space", "research", "relay", "weather", "polling", "border", "construction",
              "archaeological", "test", "launch", "military", "nuclear", "dump", "burial", "camp"}


_SOME_OF = {"one", "two", "three", "some", "several", "many", "most", "another"}


def _plain(word: str, lex: Lexicon) -> bool:
    """A word that names no one by itself: a nationality, an unnamed speaker's word, an article, a quantifier."""
    return word in NATIONALITIES or word in lex.unnamed or word in DETERMINERS or word in _QUANTIFIERS


# unnamed persons' words that are also surnames, capitalised ("Aaron Judge")
_SURNAME_HEADS = {"judge"}


def _is_unnamed(lex: Lexicon, mention: str, registry: Registry, matcher) -> bool:
    """True for "activists", "U.S. officials", "Activists in Syria", "a military source", "one of
    the officials"."""
    words = mention.split()
    lower = [w.lower().strip(",.") for w in words]
    if len(words) == 2 and words[0] == "The" and words[1][:1].isupper() and \
            (known := registry.lookup(mention)) is not None and known.type in MEDIA_TYPES:
        return False  # a medium named like an unnamed source's head: "The Economist reported"
    if lower[-1] in _SURNAME_HEADS and words[-1][:1].isupper() and all(w[:1].isupper() for w in words):
        return False  # a surname, not a role: "Mark Judge", "Judge said" (but "the judge", "a judge")
    if len(words) == 1 and words[0][:1].isupper() and lower[0] in NATIONALITIES and _is_people_word(lex, lower[0]) \
            and matcher(mention) is None:
        return True  # "According to Israeli figures" (the record's word left out): a people's, no one named
    named = [w for w in words if w.lower() not in DETERMINERS]
    if lower[-1] == "police" and len(named) >= 2 and all(w[:1].isupper() for w in named) and \
            not any(w.lower() in NATIONALITIES or _is_people_word(lex, w) or w.lower().rstrip(".") in lex.title_stems
                    for w in named[:-1]):
        return False  # a force named by its capitals: "the National Civil Police" (not "Syrian Police", nor
        # a title before it: "Interior Minister Syria Police")
    if lower[-1] == "police" and len(words) >= 2 and \
            (force := registry.lookup(" ".join(words[1:] if lower[0] in DETERMINERS else words))) is not None and \
            force.type != "person":
        return False  # a force the registry knows by these very words ("Kurdish police": the Asayish)
    if 3 <= len(words) <= 5 and lower[1] == "of" and lower[0] in _SOME_OF and lower[-1] in lex.unnamed and \
            not any(w[:1].isupper() for w in words[1:]):
        return True
    if len(words) >= 2 and _is_people_word(lex, lower[-1]) and \
            all(w.islower() and (w in lex.unnamed or w in lex.descriptors) for w in words[:-1]):
        return True  # "according to the official Afghan figures": an official people's word, no one named
    if len(words) >= 3 and lower[-1] in lex.unnamed and "and" in lower and \
            all(w in NATIONALITIES or w == "and" or _country_of_demonym(lex, w) is not None for w in lower[:-1]):
        return True  # "Zimbabwean and Malawian nationals": people of two countries, unnamed
    if len(words) >= 3 and lower[0] == "the" and all(w[:1].isupper() for w in words[1:] if w != "of") and (
            lower[2] == "of" and len(words) >= 4 and lower[1] in {"police", "gendarmerie"} or "of" not in lower and not any(
                w in NATIONALITIES or w in lex.places or w in lex.unnamed or w in lex.descriptors or _is_people_word(lex, w)
                or w.endswith(("ed", "ing")) or w in {"young", "old", "local", "former"} for w in lower[1:-1])):
        # "The Emergency Lawyers", "The Police of Lapland": a body's name in capitals after its article
        # (not "The Syrian Activists" of a headline, nor "the residents of Aleppo")
        return False
    for k, word in enumerate(words):
        if k > 0 and (word.lower() in PLACE_PREPOSITIONS | {"and"} or _on_platform(words, k) or
                      _on_the_ground(words, k) or
                      (word.lower() in {"of", "with"} and words[k - 1].lower() in lex.unnamed)):
            words = words[:k]
            break
    if matcher(" ".join(words)) and not all(_plain(w.lower().strip(".,"), lex) or w.lower() in {"u.s.", "us", "u.k.", "uk", "u.n."}
                                            for w in words):
        return False
    if _head(words) == "authorities" and matcher(" ".join(words)):
        return False  # "the US authorities", "Turkish authorities": that government; "local authorities": nobody named
    if _head(words) in _SPOKES and any(w.lower() in NATIONALITIES for w in words) and \
            any(w.lower() in {"military", "army", "ministry", "government"} for w in words) and matcher(" ".join(words)):
        return False  # "official Syrian military spokesperson": that military speaks through him
    # capitals that name someone: not a nationality, not the head noun ("Syrian Activists"), not a
    # place ("Aleppo residents", "Ghouta townspeople"), not a common word of a glued headline ("… in
    # Last Three Days Activists in Idlib province said")
    police = _head(words) in {"police", "guard", "guards", "gendarmerie"} and words[-1][:1].isupper()
    # ("the Israel Police", "Nepal Police", "the China Coast Guard": a force's name)
    if _head(words) in {"guard", "gendarmerie"} and words[-1][:1].isupper() and \
            any(w[:1].isupper() for w in words[:-1] if w.lower() not in DETERMINERS):
        return False  # a force's name: "The National Guard", "Border Guard" (not "Security Guards", "The Police")
    capitals = [w for k, w in enumerate(words) if w[:1].isupper() and
                not ((is_common_word(w) and (k == 0 or w.lower() not in _BODY_WORDS)
                      and not (k >= 2 and words[k - 1].lower() in {"for", "without", "against"}
                               and k + 1 < len(words) and words[k + 1][:1].isupper()))
                     or w.lower() in lex.unnamed
                     or k == 0 and len(words) > 1 and w.lower() in lex.descriptors  # ("Municipal authorities said")
                     or w.lower().endswith(("-based", "-born", "-flagged", "-registered", "-installed", "-appointed"))
                     # ("two London-based brokers", "Moscow-installed officials")
                     or (w.lower().strip(",") in lex.places and not ((police or _head(words) == "police")
                                                                     and w.lower().strip(",") in lex.nations))) and
                (w.lower().strip(",") not in NATIONALITIES or police)  # ("the Libyan Coast Guard")
                # a people's word names no one ("Slovak officials", "A Kosovo Serb man"), but a force is named
                # however its country is written ("Czech police"), and a people's word opening a capitalised
                # name stays ("Indian Coast Guard officials", "Christian Aid", "Malaysian Insider")
                and (police or _head(words) in {"police", "gendarmerie"} or not _is_people_word(lex, w)
                     or k + 1 < len(words) and words[k + 1][:1].isupper())]
    return _head(words) in lex.unnamed and not capitals


def _is_people_word(lex: Lexicon, word: str) -> bool:
    """Whether `word` is a people's adjective: of a country the places list ("Slovak") or of a people the
    number stage counts ("Serb", "Rohingya")."""
    word = word.lower().strip(",")
    return _country_of_demonym(lex, word) is not None or word in DEMONYMS


def _head(words: list[str]) -> str:
    """The head noun of a mention: the last word before a preposition ("source at X" → source)."""
    for k, word in enumerate(words):
        if (word.lower() in PLACE_PREPOSITIONS | {"of", "for", "with"} or _on_platform(words, k)) and k > 0:
            return words[k - 1].lower().strip(",.")
    return words[-1].lower().strip(",.")


def _on_the_ground(words: list[str], k: int) -> bool:
    """ "on the ground" at word `k` ("a source on the ground", "activists on the ground")."""
    return [w.lower() for w in words[k:k + 3]] == ["on", "the", "ground"]


def _on_platform(words: list[str], k: int) -> bool:
    """ "on Telegram", "on X and Telegram", "on social media" ending a mention at word `k`."""
    return words[k].lower() == "on" and k + 1 < len(words) and \
        all(w.lower().strip(",.") in _PLATFORM_WORDS for w in words[k + 1:])


_TRAILING = lazy_compile(r"[\s,]*(?:(?:on|late|early)\s+\w+day|\w+day|earlier|on\s+\w+)?[\s.\"'”]*", re.IGNORECASE)


# what "according to" names that is the statement a body in the same sentence gave ("… said …, according to a statement")
_ITS_OWN_STATEMENT = {"a statement", "the statement", "a press release", "the press release", "a written statement"}


def _merge_outer(found: list[Candidate], rules: RuleSet, text: str) -> list[Candidate]:
    """Turn "SANA reported that the police said X" into source police, via SANA ("Al-Mayadeen TV,
    citing SANA, reported that the ministry said": via Al-Mayadeen TV, SANA).

    When the first candidate is a medium and a later one has its own named source, the later
    one is the origin and the medium a relay; not when a contrasting clause separates them
    ("Amaq said …, whilst a coalition source said …": two voices). A trailing "…, reports
    Reuters" after another attribution becomes a relay too.
    """
    if len(found) < 2:
        return found
    matcher = _registry_matcher(rules.registry)
    first, second = found[0], found[1]
    if len(found) >= 3 and first.rule == "attr.citing" and second.rule == "attr.subject-cue" and second.relay and \
            first.mention and second.mention == first.mention and _is_media(first.mention, rules.registry, matcher) and \
            found[2].rule == "attr.subject-cue" and found[2].mention and found[2].position > second.position and \
            _search(r"^\s+that\s", text[second.position + len(second.cue or ""):]) and \
            not _CONTRAST.search(text, second.position, found[2].position):
        # "Al-Mayadeen TV, citing SANA, reported that the Syrian Defence Ministry said": the ministry,
        # through SANA and the channel that cited it (outermost first)
        return [replace(found[2], relay=(*second.relay, first.mention, *found[2].relay)), *found[3:]]
    if first.rule == "attr.according-to" and (first.mention or "").lower() in _ITS_OWN_STATEMENT:
        said = next((c for c in found[1:] if c.rule == "attr.subject-cue" and c.mention and not c.anonymous and
                     c.position < first.position and c.mention.split()[-1][:1].isupper()), None)
        if said is not None:
            # "The National Construction Authority said it had flagged the building, according to a
            # statement": the body's own statement, not an unnamed one
            return [said, *(c for c in found if c is not said)]
    if first.rule == "attr.according-to" and first.mention and _is_media(first.mention, rules.registry, matcher):
        citing = next((c for c in found[1:] if c.rule == "attr.citing" and c.relay and
                       matcher(c.relay[0]) is not None and matcher(c.relay[0]) is matcher(first.mention)), None)
        if citing is not None:
            # "… according to SANA news agency citing the Syrian Interior Ministry": the ministry,
            # through SANA
            return [citing, *(c for c in found[1:] if c is not citing)]
    if first.rule == "attr.according-to" and first.mention and first.mention[:1].isupper() and \
            matcher(first.mention) is None and _guess_type(first.mention) in {"person", "outlet"}:
        unnamed = lexicon(rules).unnamed
        citing = next((c for c in found[1:] if c.rule == "attr.citing" and c.relay == (first.mention,) and
                       c.mention and c.mention.split()[-1].lower() in unnamed and
                       _search(r"\bwhich\s+$", text[:c.position])), None)  # (not "Ahmed Khalil, who cited")
        if citing is not None:
            # "According to Bloomberg, which cited people familiar with the matter": a name nobody knows
            # passing on unnamed people's word relays it, as a medium would (not a body's name: "the Sudan
            # Doctors Network, which cited witnesses" counts what it cites, as a monitor does)
            return [citing, *(c for c in found[1:] if c is not citing)]
    if first.rule == "attr.subject-cue" and second.rule == "attr.citing" and first.mention and \
            second.relay == (first.mention,) and second.position > first.position and \
            (_is_media(first.mention, rules.registry, matcher) or matcher(first.mention) is None and
             re.sub(r"^the\s+", "", first.mention)[:1].isupper() and first.cue and first.cue.lower() in {"reported", "reports"} and
             not any(w.lower().rstrip(".") in lexicon(rules).title_stems for w in first.mention.split())):
        # "…, Seznam Zprávy reported, citing sources in the police": a medium, or a name nobody
        # knows that reports what it cites, relays it (but a monitor or a ministry "citing sources
        # in the town" or "citing hospital data" speaks for itself)
        return [second, *found[2:]]
    other_medium = second.mention is not None and _is_media(second.mention, rules.registry, matcher) and \
        matcher(second.mention) not in (None, matcher(first.mention or ""))
    if first.mention and second.mention and first.rule == "attr.subject-cue" and \
            _is_media(first.mention, rules.registry, matcher) and first.cue and \
            first.cue.lower() in {"reported", "reports", "said", "says", "quoted"} and not other_medium and \
            not _CONTRAST.search(text, min(first.position, second.position), max(first.position, second.position)):
        # (not when the second is another medium's own voice: "SANA said … as an AFP journalist in
        # Aleppo said …")
        # (the second's own relay may be the same words again: "Reuters reported citing X")
        merged = replace(second, relay=(first.mention, *(r for r in second.relay if first.mention not in r)))
        return [merged, *found[2:]]
    trailing = second.rule == "attr.subject-cue" and second.position > first.position and \
        _TRAILING.fullmatch(text[second.position + len(second.cue or ""):]) is not None
    if first.mention and second.mention and (second.rule == "attr.inverted-cue" or trailing) and \
            second.cue and second.cue.lower() in {"reports", "reported"} and \
            _is_media(second.mention, rules.registry, matcher):
        # "…, reports Reuters"; "… a source in the province said on Monday SANA reported."
        merged = replace(first, relay=(second.mention, *first.relay))
        return [merged, *found[2:]]
    speaker = max((c for c in found[1:] if c.rule == "attr.subject-cue" and c.mention and c.position < first.position),
                  key=lambda c: c.position, default=None) if first.rule == "attr.according-to" else None
    kind = _search(r"^(?:the\s+)?([a-z]+)\s+(?:spokes(?:man|woman|person)|official)\b", first.mention or "") \
        if speaker is not None and speaker.mention else None
    if kind is not None and speaker.mention.lower().split()[-1] == kind.group(1) and \
            not _CONTRAST.search(text, speaker.position, first.position):
        # "Egypt's foreign ministry said … , according to ministry spokesman Ashraf Nassar": the
        # ministry the sentence named, through its spokesman (not another ministry that spoke before)
        return [speaker, *(c for c in found[1:] if c is not speaker)]
    monitor = matcher(first.mention) if first.mention and speaker is not None and speaker.cue and \
        speaker.cue.lower() in {"claimed", "claims"} else None
    if first.mention and speaker is not None and (_is_media(first.mention, rules.registry, matcher) or
                                                  monitor is not None and monitor.type == "monitor") and \
            not _is_media(speaker.mention, rules.registry, matcher) and \
            not (_CONTRAST_CLAUSE.search(text, speaker.position, first.position) or
                 monitor is not None and _CLAIM_CONTRAST.search(text, speaker.position, first.position)):
        # "The Observatory confirmed the attack according to the newspaper": the newspaper relays
        # what the Observatory (the nearest speaker before it) said; "JNIM claimed the attack …,
        # according to the SITE Intelligence Group": a monitor relays the claim it found (not across a
        # clause of contrast with its own subject: "The army said it had killed 40 militants, but at least 15
        # civilians also died, according to Al Jazeera", and for a claim any "but": "Turkey claims … but 15
        # civilians have died according to the Observatory"; an outlet relays across "while" and a "but"
        # of one subject: "Police said the victims were shot while they slept", "… fled but were later
        # arrested, according to Premium Times")
        merged = replace(speaker, relay=(first.mention, *(r for r in speaker.relay if r != first.mention)))
        return [merged, *(c for c in found[1:] if c is not speaker)]
    if first.mention and speaker is not None and not _is_media(first.mention, rules.registry, matcher) and \
            _is_media(speaker.mention, rules.registry, matcher) and speaker.cue and \
            speaker.cue.lower() in {"reported", "reports", "said", "says"} and \
            not _CONTRAST.search(text, speaker.position, first.position) and ";" not in text[speaker.position:first.position]:
        # "SANA said 20 mortar rounds were fired according to a police source": the source, through SANA
        merged = replace(first, relay=(speaker.mention, *(r for r in first.relay if r != speaker.mention)))
        return [merged, *(c for c in found[1:] if c is not speaker)]
    return found


# what a speaker does itself after ", but he/she/they/it" (`_CONTRAST_CLAUSE`): the acts of both, then
# those of a person or people, then those of a body called "it" (not "but it failed to hold", "but it is
# still working": a thing's)
_OWN_ACTS = (r"did|does|said|says|added|declined|refused|gave|provided|offered|would|could|revised|updated|withheld|"
             r"ruled\s+out|stepped\s+up")
_SPEAKER_ACTS = (r"(?:" + _OWN_ACTS + r"|do|(?:did|does|do|would|could)(?:n['’]t|\s+not)|(?:are|is|was|were)\s+yet\s+to\s+(?!be\b)|"
                 r"(?:was|were)\s+unable|(?:have|has|had)(?:n['’]t|\s+not)\s+(?!been\b)(?:\w+ed|made|taken|found|given|"
                 r"seen|caught|begun|said|told)|failed|fell\s+short|stopped\s+short|assured|"
                 r"restored|(?:remained|kept|were|was)\s+(?:silent|mum|tight-lipped)|"
                 r"(?:have|has)\s+(?:since\s+)?(?:deployed|commenced|arrested|rescued|recovered|restored)|"
                 r"(?:have|has)\s+(?:since\s+)?(?:launched|opened|begun|started)\s+(?:a|an)\s+(?:manhunt|investigation|probe|"
                 r"search|inquiry|operation)|(?:are|is)\s+(?:still\s+)?(?:investigating|working))")
_IT_ACTS = (r"(?:" + _OWN_ACTS + r"|has|had|(?:did|does|would|could|has|had)(?:n['’]t|\s+not)|failed\s+to\s+(?:say|give|"
            r"provide|disclose|confirm|comment|reveal|name|identify|explain|respond)|(?:was|is)\s+unable|"
            r"(?:is|was)\s+yet\s+to\s+(?!be\b)|(?:remained|kept|was)\s+(?:silent|mum|tight-lipped)|"
            r"(?:is|was)\s+(?:still\s+)?investigating)")
# a clause of contrast with its own subject after a comma ("…, but at least 15 civilians also died", "…, but
# it was unclear"), not one that goes on with the same speaker ("…, but said the toll could rise", "…,
# although it did not say", "…, but they are yet to identify the suspects", "…, but he didn't"; not what the
# speaker spoke of: "…, but they were farmers", "…, but he appeared in a video", "…, but it later emerged")
_CONTRAST_CLAUSE = lazy_compile(r"[,;]\s*(?:but|whereas|although|though)\s+(?!(?:were|was|had|have|has|are|is|also|later|"
                                r"then|could|would|may|might|did|does|do|said|says|gave|gives|declined|refused|noted|"
                                r"stressed|(?:he|she|they)\s+(?:(?:also|only|later|still)\s+)?" + _SPEAKER_ACTS +
                                r"|it\s+(?:(?:also|later|still)\s+)?" + _IT_ACTS + r"|\w+ed)\b)")
# for a monitor's relay of a claim, any "but" ("Turkey claims … but 15 civilians have died according to …")
_CLAIM_CONTRAST = lazy_compile(r"\s(?:but|whereas)\s")
_NUMBER_AFTER = re.compile(r"\s\d{1,3}\b")


def _one_common_word(alias: str) -> bool:
    """A registry alias of one common word ("Observatory", "Coalition"): another body's name ends in
    it too ("the Kandilli Observatory")."""
    return " " not in alias and is_common_word(alias)


def _capitalised_in_name(mention: str, description: str) -> bool:
    """Whether a description the registry knows in lower case ("monitor", "monitoring group") is
    written in capitals after another capitalised word: the end of a name ("the Beirut-based Levant
    Monitor"), not the description ("the Britain-based monitor", "the Syrian monitor")."""
    found = _search(rf"(?<![\w-])([\w'’.-]+)\s+({re.escape(description)})(?![\w-])", mention, re.IGNORECASE)
    return found is not None and found.group(2)[:1].isupper() and found.group(1)[:1].isupper() and \
        found.group(1).lower() not in DETERMINERS and found.group(1).lower() not in NATIONALITIES and \
        not found.group(1).lower().endswith("-based")


def _named_after_description(mention: str, end: int, registry: Registry) -> bool:
    """Whether a name the registry does not know follows a description it knows (at `end` of the
    mention's normalised key): "the internet monitor NetBlocks" is NetBlocks, not the monitor "the
    monitor" alone stands for (but "… in Aleppo monitor AFP", a headline's tail before its signature,
    and "the monitoring group Rami Abdel Rahman" keep the description)."""
    after = _search(r"^\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)", cased_name_key(mention)[end:])
    if after is None:
        return False
    words = after.group(1).split()
    return words[0].lower() not in DETERMINERS | NATIONALITIES and words[0].rstrip(".").lower() not in DAYS and \
        not words[0].isupper() and not any(registry.lookup(" ".join(words[:k])) for k in range(1, len(words) + 1))


@lru_cache(maxsize=8)
def _registry_matcher(registry: Registry):
    """A function mention → the registry source it names (longest alias wins), or None.

    All-capital aliases (RT, WHO, IS) match case-sensitively so that "who" and "is" never do; so do
    one-word names of media ("Independent", "Sputnik"), so that "independent monitors" is no outlet.
    """
    keys_ci, keys_cs = [], []
    named = set()  # keys some spelling of which is capitalised: names, not descriptions ("monitoring group")
    spelt = {}     # key → how its capitalised spellings are written ("un" → {"UN"}, from "the UN")
    for source in registry.sources.values():
        for name in (source.name, *source.aliases):
            key = normalise_name(name)
            if not key:
                continue
            if not name.islower():
                named.add(key)
                spelt.setdefault(key, set()).add(cased_name_key(name))
            sensitive = name.isupper() or (len(name) <= 3 and name[:1].isupper()) or \
                (source.type in MEDIA_TYPES and " " not in key.strip())
            (keys_cs if sensitive else keys_ci).append((name, key))
    ci = sorted({k for _, k in keys_ci}, key=len, reverse=True)
    cs = sorted({n.strip() for n, _ in keys_cs}, key=len, reverse=True)
    pattern_ci = re.compile(r"(?<![\w-])(" + literal_alternation(ci) + r")(?![\w-])") if ci else None
    pattern_cs = re.compile(r"(?<![\w-])(" + literal_alternation(cs) + r")(?![\w-])") if cs else None

    @lru_cache(maxsize=20000)
    def match_all(mention: str) -> tuple[Source, ...]:
        # FA-KES lost its apostrophes: "SANAs correspondent" is "SANA's correspondent"
        return exact_hits(mention) or next(filter(None, (exact_hits(variant, possessive=True)
                                                         for variant in lost_apostrophe_variants(mention))), ())

    def exact_hits(mention: str, possessive: bool = False) -> tuple[Source, ...]:
        hits = []
        lowered = normalise_name(mention)
        if pattern_ci:
            for m in pattern_ci.finditer(lowered):
                hits.append((m.start(), len(m.group()), m.group() not in named, registry.lookup(m.group())))
        if pattern_cs:
            for m in pattern_cs.finditer(mention):
                hits.append((m.start() + 0.5, len(m.group()), False, registry.lookup(m.group())))
        hits = [h for h in hits if h[3] is not None and
                (possessive or not _country_before_body(h[3], mention, lowered, h[0], h[1])) and
                not _city_before_local_body(h[3], lowered, h[0], h[1]) and
                not _inside_longer_name(h[3], mention, lowered, h[0], h[1]) and
                not (h[0] == int(h[0]) and _acronym_in_a_name(spelt.get(lowered[h[0]:h[0] + h[1]], ()), mention,
                                                              lowered, h[0], h[1], registry)) and
                not ((h[2] or h[0] == int(h[0]) and _one_common_word(lowered[int(h[0]):int(h[0]) + h[1]])) and
                     _capitalised_in_name(mention, lowered[int(h[0]):int(h[0]) + h[1]])) and
                not (h[3].type == "government" and h[0] == int(h[0]) and
                     _NUMBER_AFTER.match(lowered, int(h[0]) + h[1]) is not None) and
                not (h[2] and h[0] == int(h[0]) and _named_after_description(mention, int(h[0]) + h[1], registry))]
        # ("France 24", "Lebanon 24": a broadcaster named by a country and a number, not its government)
        # the longest name first, and any name before a description: "The DeirEzzor 24 monitoring
        # group" is DeirEzzor 24, though "monitoring group" alone describes the Observatory
        return tuple(source for *_, source in sorted(hits, key=lambda h: (h[2], -h[1], h[0])))

    def match(mention: str) -> Source | None:
        hits = match_all(mention)
        return hits[0] if hits else None

    match.all = match_all
    match.registry = registry
    match.spelt = spelt
    return match


# capitalised words that open a body's name before a shorter name the registry knows: "National
# Civil Defense General Staff" is not the Syrian Civil Defence
_NAME_OPENERS = {"national", "federal", "central", "provincial", "regional", "independent", "joint", "supreme",
                 "general", "higher", "high", "interim", "transitional", "special", "municipal", "district",
                 "county", "metropolitan"}
# (a body's word alone after it is the same body's: "Sudanese Red Crescent Society", read elsewhere)
_LONGER_NAME_AFTER = re.compile(r"\s(?:of\s(?:the\s)?(?P<of>[A-Z][\w'-]*(?:\s[A-Z][\w'-]*){0,2})|"
                                r"(?:[A-Z][\w'-]*\s){1,3}(?P<end>[A-Z][\w-]*)\b)")
_PRESS_OFFICE = lazy_compile(r"(?:Media|Press|Information|Communications?)\s+(?:Center|Centre|Office|Department|Unit)")
# a medium's own longer name: "Al-Alam News Network"
_MEDIUM_NAME_WORDS = lazy_compile(r"\b(?:News|Media|TV|Television|Radio|Network|Broadcasting)\b")


def _inside_longer_name(source: Source, mention: str, lowered: str, at: float, length: int) -> bool:
    """Whether a registry alias found in `mention` is only part of a longer body's name, which
    names another body: "the Ministry of Interior of the Islamic Emirate" is not the Syrian
    Interior Ministry, "the National Civil Defense General Staff" not the White Helmets, "the
    Independent Electoral Commission" not the Independent, "the Office of Civil Defense 7" not the
    White Helmets. The name goes on with "of" and capitalised words (not the registry name's own),
    or with capitalised words ending in a body's word (not a medium's own longer name), or a
    capitalised word that opens a body's name, or a body's word and "of", stands before it. A
    person's name is never part of a body's. (A longer alias the registry knows still wins.)"""
    if source.type == "person":
        return False    # ("Lieutenant General Sergei Rudskoy": a title before a person's name)
    if at == int(at):   # found in `lowered`: the same words with their capitals
        cased = cased_name_key(mention)
        if len(cased) != len(lowered):
            return False
        start = int(at)
    else:
        cased, start = mention, int(at)
    after = _LONGER_NAME_AFTER.match(cased, start + length)
    if after is not None and after.group("of"):
        # (not the registry name's own words: "Syrian Observatory of Human Rights" misnames the Observatory)
        return not set(after.group("of").lower().split()) <= set(source.name.lower().split())
    if after is not None and after.group("end").lower() in _LONGER_NAME_ENDS:
        # (a body's press office speaks for it: "the SDF Media Center" is the SDF)
        return not (source.type in MEDIA_TYPES and _MEDIUM_NAME_WORDS.search(after.group())) and \
            not _PRESS_OFFICE.fullmatch(after.group().strip())
    before = cased[:start].split()
    if before and before[-1] == "of":   # "the Office of Civil Defense 7"
        return len(before) >= 2 and before[-2][:1].isupper() and before[-2].lower() in _LONGER_NAME_ENDS
    return bool(before) and before[-1][:1].isupper() and before[-1].lower() in _NAME_OPENERS


def _acronym_in_a_name(spellings, mention: str, lowered: str, at: int, length: int, registry: Registry) -> bool:
    """Whether an alias the registry writes only in capitals ("the UN") is found written as a name's
    word, a capital and small letters right after another capitalised word the registry does not
    know: "North Korean leader Kim Jong Un" is no United Nations. (Found in lower case it still
    names the body: the corpus's lower-cased pages write "the un".)"""
    if not spellings or not all(s.isupper() for s in spellings):
        return False    # (a quick answer for the many hits of other names)
    cased = cased_name_key(mention)
    if len(cased) != len(lowered):
        return False
    before = cased[:at].split()
    return _acronym_written_as_name(spellings, cased[at:at + length], before[-1] if before else "", registry)


def _acronym_written_as_name(spellings, written: str, before: str, registry: Registry) -> bool:
    """`_acronym_in_a_name` for one word `written` and the word `before` it."""
    return bool(spellings) and all(s.isupper() for s in spellings) and written[:1].isupper() and \
        written[1:].islower() and before[:1].isupper() and before.isalpha() and registry.lookup(before) is None


_OWNED_BODY_AFTER = lazy_compile(
    r"\s(?:(?:foreign|defence|defense|interior|health|coast|border|national|federal|state|security|intelligence|"
    r"emergency|immigration|civil|justice|information|home|external|affairs|public|disaster|management|naval|"
    r"maritime|special|criminal|investigation|customs|and|of)\s){0,3}"
    r"(?:guard|guards|police|navy|ministry|agency|service|embassy|mission|directorate|commission|office|"
    r"department|authority)\b")


def _country_before_body(source: Source, mention: str, lowered: str, at: float, length: int) -> bool:
    """Whether a hit is a country's government named by the country that owns the body after it
    ("China Coast Guard", "Chinese foreign ministry", as `lowered` = `normalise_name(mention)` writes
    them): that body, not the government, speaks, named as written (the registry knows a body of
    its own by a longer alias, which wins). Only a country's name or its people's adjective counts,
    one that starts like the government's name ("China", "Chinese" for the Chinese government; not
    "Damascus" or "Moscow"); a possessive ("Iran's mission", FA-KES's "Irans foreign ministry") is
    read by `_country_owned_body`."""
    if source.type != "government" or source.affiliation is not None or at != int(at):
        return False
    country = lowered[int(at):int(at) + length]
    return len(country.split()) == 1 and len(country) >= 2 and \
        source.name.lower()[:min(4, len(country))] == country[:4] and \
        _OWNED_BODY_AFTER.match(lowered, int(at) + length) is not None and \
        _search(rf"\b{re.escape(country)}(?:'s|’s|s)\b", mention, re.IGNORECASE) is None


def _city_before_local_body(source: Source, lowered: str, at: float, length: int) -> bool:
    """Whether a hit is a government named by its capital ("London", "Moscow") before a city's own
    service ("London fire brigade", "Paris city council"): that service speaks, not the government."""
    if source.type != "government" or at != int(at):
        return False
    city = lowered[int(at):int(at) + length]
    return " " not in city and source.name.lower()[:min(4, len(city))] != city[:4] and \
        _LOCAL_BODY_AFTER.match(lowered, int(at) + length) is not None


_LOCAL_BODY_AFTER = lazy_compile(r"\s(?:metropolitan\s+|city\s+|municipal\s+|regional\s+)?(?:fire\s+(?:brigade|service|department)|"
                                 r"ambulance\s+service|council|municipality|city\s+hall|mayor(?:'s|’s)\s+office)\b")
# (not "police": "Damascus police said" is read by the police's own path, the force as written)


_BRACKETED_ACRONYM = r"\([A-Z][\w./&-]*\)"  # a body's acronym after its name: "(UNICEF)", "(KDP)"


# --- resolving ---------------------------------------------------------------------------------

def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise_name(name)).strip("-") or "unknown"


@dataclass
class _Context:
    """What the document has named so far, for pronouns and descriptions."""

    lex: Lexicon  # the rule set's speaker words
    history: list[Attribution] = field(default_factory=list)
    named: list[Source] = field(default_factory=list)  # registry sources the document names, in order
    speaking_in: dict = field(default_factory=dict)  # sentence index → registry sources its candidates name
    bodies_in: dict = field(default_factory=dict)  # sentence index → bodies (Sources) its subjects name from the text alone
    sentence: str = ""  # the sentence being resolved, as the rules read it (`_reading`)
    written: str = ""  # the same sentence as the text writes it
    before: list[str] = field(default_factory=list)  # the sentences before it, in order
    written_before: list[str] = field(default_factory=list)  # the same, as the text writes them
    said: list = field(default_factory=list)  # the attribution of each sentence before it (or None)
    introducing: bool = False  # reading an earlier sentence's introduction: no introductions inside it
    introductions: dict = field(default_factory=dict)  # surname → (sentences read, nearest body, nearest person)
    matcher: object = None
    nation: str | None = None  # the country the document mentions most (`_nations`), lower case
    nations: frozenset = frozenset()  # every country it mentions, by name or by a place within it
    nation_name: str | None = None  # `nation` as the places write it ("Myanmar")

    @property
    def text(self) -> str:
        """The sentence to read a mention's surroundings in: as written, commas included, except
        while reading an earlier sentence's introduction (`sentence` is that sentence then)."""
        return self.sentence if self.introducing else self.written or self.sentence

    def mentioned_last(self, types, word: str, upto: int) -> Source | None:
        """The registry source of one of `types` the text mentions last, before offset `upto` of
        this sentence or in the sentences before it, as `word` ("the Syrian army", "the YPG
        militia"; any mention, not only a speaker's)."""
        for text in (self.sentence[:upto], *reversed(self.before)):
            found = [s for s in self.matcher.all(text) if s.type in types and _called(text, s, word) and not (
                         self.nation and _foreign_alias(text, s, self.matcher.registry, self.nations, self.lex.nations))] \
                if self.matcher and text else []
            # (not a body of a country the story never names, by its country-less alias: "The Ministry of
            # the Interior has extended the curfew in Bawku" in a story from Ghana)
            if found:
                return max(found, key=lambda s: _last_position(text, s))
        return None

    def first_named(self, types) -> Source | None:
        for source in self.named:
            if types is None or source.type in types:
                return source
        return None

    def recent(self, types, *, unnamed: bool = False, plural: bool = False, called: str | None = None) -> Attribution | None:
        """The attribution that spoke last with a source of one of `types` (None: any); `called`:
        the description word it is referred back to by ("the ministry"), which a body named from
        the text as another kind of body cannot be ("National Guard" is no ministry)."""
        back = -1
        for attribution in reversed(self.history):
            if not (attribution.source_type == "anonymous" and attribution.mention is None):
                back += 1  # (an adverbial between, "No other injuries were reported.", names nobody "he" could be)
            if called is not None and _called_otherwise(attribution.source, called) and \
                    (self.matcher is None or self.matcher(attribution.source) is None):
                continue
            if attribution.source_type == "anonymous":
                head = _head(attribution.mention.split()) if attribution.mention else ""
                if unnamed and head in self.lex.unnamed_persons:
                    return attribution
                if plural and head.endswith("s") and head in self.lex.unnamed:
                    # "Military sources had announced …" then '"…" they added'
                    return attribution
                continue
            if types is None or attribution.source_type in types or called in _DESCRIBED_INSTITUTIONS and \
                    attribution.source_type != "person" and attribution.source.lower().rsplit(None, 1)[-1] == called:
                # (a state institution whose own name ends in the word is that kind of body, whatever its
                # type: "the administration" after "the Zaporizhzhia Regional Military Administration"; not
                # "the agency", which may be another one the text named since)
                return attribution
            if "person" in types and back == 0 and (attribution.speaker or (
                    attribution.mention and _head(attribution.mention.split()) in self.lex.unnamed_persons) or
                    attribution.mention and _titled_name(self.lex, attribution.mention)):
                # "he" is the organisation's speaker when that speaker spoke last, named or not
                # ("a Foreign Ministry official stated …" then "he added"), or the officer read with
                # his role as one name ("Capital City Police Officer (CCPO) Peshawar Qasim Ali Shah")
                return attribution
        return None


# descriptions of an office only one person holds, and how his name is written ("Pope Francis"): "the
# pontiff" is the pope the story named, not the president who spoke last
_ONE_HOLDER_TITLES = {"pope": r"\b(?:[Pp]ope|[Pp]ontiff)\b", "pontiff": r"\b(?:[Pp]ope|[Pp]ontiff)\b"}


def _titled_name(lex: Lexicon, mention: str) -> bool:
    """Whether a mention is an officer's role and his name read as one ("Johor MMEA director First
    Admiral Mohd Azlan Rahmat"): a title or an officer's role before two capitalised words that end it
    and are neither titles nor a body's words."""
    words = [w.strip("(),.") for w in mention.split()]
    if len(words) < 3 or not all(w[:1].isupper() for w in words[-2:]) or \
            any(w.lower() in _POST_WORDS for w in words[-2:]):
        return False  # (not "Station House Officer (SHO) Gulberg Police Station": a post, no name)
    return any(w.lower() in lex.title_stems or w.lower() in lex.officer_roles for w in words[:-2]) and \
        not any(w.lower() in lex.title_stems or w.lower() in lex.officer_roles or w.lower() in _BODY_END_WORDS or
                w.lower() in _BODY_WORDS for w in words[-2:])


_POST_WORDS = {"station", "division", "circle", "zone", "command", "headquarters", "office", "department", "unit",
              "branch", "district", "police", "post", "sector", "region"}
_PORTFOLIOS = {"energy", "health", "defence", "defense", "interior", "home", "foreign", "finance", "information",
               "justice", "education", "agriculture", "transport", "communications", "culture", "trade", "economy",
               "water", "social"}


def _of_portfolio(name: str, portfolio: str, registry: Registry) -> bool:
    """Whether a body is the ministry of `portfolio` ("energy"), by its name or its registry aliases."""
    known = registry.find(name)
    names = [name, *((known.name, *known.aliases) if known else ())]
    words = {"defence", "defense"} if portfolio in {"defence", "defense"} else {portfolio}
    return any(words & set(normalise_name(n).split()) for n in names)


_KINDS_OF_BODY = {"ministry", "army", "military", "forces", "guard", "police", "agency", "council", "committee",
                  "commission", "directorate", "authority", "command", "department", "observatory", "hospital",
                  "station", "office", "unit", "centre", "center", "court", "mission", "service", "company", "bank",
                  "governorate", "municipality", "government", "administration", "prefecture",
                  # ("company spokesperson Yelena Markova" is no officer of the mine workers' union that spoke)
                  "union", "association", "federation", "party", "university", "church"}
_ARMED = {"army", "military", "forces", "command"}
# (the kinds a government goes by, each called by the others: "the Lebanese Council of Ministers" then "the
# government", "the Kakuma Municipality" then "the administration")
_LOCAL_KINDS = {"government", "administration", "prefecture", "municipality", "council"}
_SAME_KIND = {"army": _ARMED, "military": _ARMED, "forces": _ARMED, "command": _ARMED,
              "centre": {"centre", "center"}, "center": {"centre", "center"},
              # (a local government is called by its kind or as a government: "the prefecture" for the
              # "prefectural government", "the municipality" for a "city government")
              "government": _LOCAL_KINDS | {"cabinet", "office"}, "administration": _LOCAL_KINDS,
              "prefecture": _LOCAL_KINDS, "municipality": _LOCAL_KINDS}


def _called_otherwise(name: str, word: str) -> bool:
    """Whether a body's name says it is another kind of body than the description `word`:
    "National Guard" for "the ministry", "Police in Uruma" for "the prefecture" (the kind is the word
    before a preposition: "Ministry of Health")."""
    words = re.split(r"\s+(?:of|in|for|at|on)\s+", name, maxsplit=1)[0].split()
    last = words[-1].lower().strip(",.") if words else ""
    return word in _KINDS_OF_BODY and last in _KINDS_OF_BODY and last not in _SAME_KIND.get(word, {word})


_ORG_TYPE_WORDS = (
    (("civil defence", "civil defense", "red crescent", "red cross", "medical corps", "mercy corps"), "NGO"),
    (("ministry", "government", "regime", "junta", "governorate", "council", "directorate", "authority",
      "presidency", "embassy", "police", "department", "prefecture", "municipality", "regional district",
      "fire brigade", "fire force", "rescue force", "response force",  # (no army's brigade or force)
      # a state's election body, no international one ("the Electoral Commission", "Election Commission of India")
      "electoral commission", "election commission", "elections commission", "boundaries commission",
      "electoral tribunal"), "government"),
    # (Myanmar's resistance forces are armed groups, not a state's military: "Kani People's Defence Force")
    (("people's defence force", "people’s defence force", "peoples defence force", "people's defense force",
      "people’s defense force", "peoples defense force", "chinland defense force", "chinland defence force"), "armed group"),
    (("army", "military", "forces", "force", "brigade", "division", "navy", "air force", "command", "guard", "guards",
      "corps", "gendarmerie", "operation", "task force"), "military"),  # ("Rwanda Defence Force", "Operation Fansan
    #                                                                     Yamma", "Joint Task Force")
    (("observatory", "monitor", "monitoring group", "network", "documentation", "watch", "observatorio",
      "observatoire"), "monitor"),
    (("agency", "news", "tv", "television", "times", "post", "channel", "radio", "daily", "newspaper",
      "media", "website", "broadcasting corporation", "broadcasting corporate", "broadcasting company", "broadcasting service",
      "broadcasting network", "broadcasting system"), "outlet"),  # ("Fana Broadcasting Corporate"; not a Broadcasting
    #                                                                 Commission, a regulator)
    (("front", "brigades", "battalion", "movement", "militia", "jaish", "ahrar", "army of", "faction",
      # Arabic names of armed groups: "Ansar al-Sharia", "Liwa al-Quds", "Harakat Nour al-Din", "Jund al-Aqsa"
      "ansar", "liwa", "jund", "harakat", "kataib", "katiba", "saraya", "faylaq", "jabhat", "tahrir"),
     "armed group"),
    # a trade union is no union of states ("Independent Mine Workers' Union", "National Teachers Union")
    (("workers' union", "workers’ union", "workers union", "trade union", "labour union", "labor union",
      "teachers union", "teachers' union", "employees union", "mine workers", "press workers"), "organisation"),
    (("united nations", "commission", "council", "union", "organisation for", "organization for",
      "organization", "organisation", "programme"), "international body"),
    (("hospital", "clinic", "infirmary", "medical complex", "medical center", "medical centre", "crescent", "cross",
      "foundation", "society", "rights", "aid", "relief", "helmets",
      # a trade's people in a name: "Emergency Lawyers", "Sudan Doctors Network", "Reporters Without Borders"
      "lawyers", "doctors", "physicians", "engineers", "journalists", "reporters", "volunteers"), "NGO"),
    # any other body's word: "The Palmyra Coordination Committee" is no person
    (("committee", "committees", "coordination", "centre", "center", "office", "group", "coalition", "party",
      "institute", "association", "federation", "league", "bureau", "syndicate", "administration", "gathering",
      "tracker", "project", "initiative", "collective", "platform", "campaign", "forum", "congress", "alliance",
      "company", "corporation", "service", "services", "board", "university", "mission", "fund", "trust",
      "railways", "railway", "airways", "airlines", "airport", "utility",
      # a court by its kind (not a person surnamed Court: "Margaret Court")
      "supreme court", "high court", "district court", "appeals court", "appeal court", "court of", "criminal court",
      "constitutional court", "crown court", "magistrates court", "magistrates' court", "federal court",
      "military court", "county court", "circuit court", "family court", "administrative court", "cassation court",
      # ("The US Geological Survey said" is no person "Geological Survey" of the US government)
      "survey", "inspectorate", "secretariat", "laboratory", "academy", "civil protection",
      # the same words in other languages: "Instituto de Medicina Legal", "Fiscalía General"
      "instituto", "institut", "istituto", "fundación", "fundação", "fondation", "centro", "asociación",
      "associação", "comisión", "comissão", "secretaría", "fiscalía", "procuraduría", "defensoría", "ministerio",
      "ministère", "ministero", "federación", "federação", "fédération",
      # a company's last word: "Kyklades Maritime", "Jinwoo Energy Materials"
      "maritime", "shipping", "holdings", "logistics", "airways", "airlines", "industries", "materials",
      "petroleum", "motors", "mining", "resources", "energy", "shipbuilding", "pharma", "pharmaceuticals",
      "electric", "telecom", "steel", "chemicals",
      # and bodies named in other languages: "Banco de la Nación", "Casa de la Moneda"
      "banco", "casa", "consejo", "frente", "junta", "partido", "movimiento", "sindicato", "cámara", "tribunal",
      "corte", "verband", "foro", "comité", "colectivo", "coordinadora", "asamblea", "procuración", "plataforma",
      "liga", "ligue", "collectif", "conseil", "mouvement", "syndicat", "unión", "união", "agence",
      # a campaign's name: "Kopanang Africa Against Xenophobia", "Women Against Violence Europe"
      "against"),
     "organisation"),
)


_ORG_TYPE_PATTERNS = tuple((lazy_compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b"), kind)
                           for words, kind in _ORG_TYPE_WORDS)


def _body_word_in(name: str) -> bool:
    """Whether a word of `name` names a kind of body ("Federation", "Ministry", "Institute")."""
    lower = name.lower()
    return any(pattern.search(lower) for pattern, _ in _ORG_TYPE_PATTERNS) or \
        bool(_CHURCH_NAME.search(name) or _GUARDIA_NAME.search(name))


_COMPANY_SUFFIX = re.compile(r"\s(?:co|corp|inc|ltd|plc|llc)\.?$")  # "Chugoku Electric Power Co." (not "Co-founder …")
# a church's name, capitalised ("the Assyrian Christian Church", "the Church of England", "the Coptic Orthodox
# Patriarchate"; not "a member of the church", nor a person surnamed Church: "Kirk Church")
_CHURCH_NAME = re.compile(r"\b(?:Diocese|Archdiocese|Patriarchate|Eparchy|Church\s+of)\b|\b(?:Christian|Orthodox|Catholic|"
                          r"Anglican|Evangelical|Coptic|Assyrian|Chaldean|Armenian|Lutheran|Methodist|Baptist|Presbyterian|"
                          r"Pentecostal|Apostolic|Syriac|Maronite|Episcopal|Adventist|Protestant|Reformed)\s+"
                          r"(?:[A-Z]\w+\s+)?Church\b")
# a guard's name in Spanish or Italian ("Guardia Civil"; not "La Guardia Airport", "Maria Guardia")
_GUARDIA_NAME = re.compile(r"\bGuardia\s+(?:Civil|Nacional|di\s+Finanza|Costiera)\b")


# an agency of a state's field of work, no medium ("Japan Meteorological Agency", "National Disaster
# Management Agency", "Environment Agency"; `_guess_type`)
_STATE_AGENCY = re.compile(r"\b(?:meteorological|space|intelligence|environment|environmental|protection|management|"
                           r"health|security|energy|refugee|development|food|drug|drugs|revenue|border|migration|"
                           r"emergency|disaster|nuclear|atomic|anti-corruption|investigation|statistics|statistical|"
                           r"maritime|aviation|transport|police|weather|forestry|water|mine\s+action)\s+agency\b")


# descriptors that are also given names, opening a two-word name: "Charity Mwangi said" (`_person_name`)
_GIVEN_NAME_NOUNS = {"Charity"}


# lower-case words inside a person's name: "Juan de la Cruz", "Ursula von der Leyen", "Luiz da Silva"
_PERSON_PARTICLES = {"al", "al-", "de", "bin", "el", "la", "da", "dos", "van", "von", "der", "del", "dela", "delos", "di"}


def _guess_type(name: str) -> str:
    lower = name.lower()
    if name.endswith(" union") and not name.islower():
        return "organisation"  # a trade union as written: "the IG Metall union", "the Unite union"
    if _COMPANY_SUFFIX.search(lower):
        return "organisation"
    if _CHURCH_NAME.search(name):
        return "organisation"
    if _GUARDIA_NAME.search(name):
        return "military"
    if _STATE_AGENCY.search(lower):
        return "government"  # "Japan Meteorological Agency", "Disaster Management Agency": no news agency
    for pattern, kind in _ORG_TYPE_PATTERNS:
        if pattern.search(lower):
            return kind
    words = [w for w in name.replace("/", " ").split() if w]  # ("RFE/RL", "AFC/M23": two acronyms)
    if any(2 <= len(w) and (len(w) <= 6 or len(words) == 1 and w.isupper()) and (w.isalpha() or "/" in name and w.isalnum())
           and (w.isupper() or (len(words) == 1 and sum(c.isupper() for c in w) >= 3))
           and not re.fullmatch(r"[IVXLC]+", w) for w in words):  # (also "MoPH", "MoD")
        # an acronym ("PYD", "The Kurdish PYD", a long one alone: "CORPOELEC") names no person (but
        # "King Abdullah II", "Lt Col John DORRIAN" do)
        return "organisation"
    if 1 <= len([w for w in words if w.lower() not in _PERSON_PARTICLES]) <= 4 and \
            all(w[:1].isupper() or w.lower() in _PERSON_PARTICLES
                                    or _NAME_PREFIX.match(w) for w in words):
        return "person"
    return "organisation"


_NAME_PARTICLES = {"al", "el", "la", "le", "de", "du", "da", "van", "von", "bin", "ibn", "abu"}  # "El Faro", "Abu Mohammad"
_ANY_PARTICLES = _NAME_PARTICLES | _PERSON_PARTICLES
# a medium's name after the word for its kind: "Hromadske", "El Universal", "Le Monde"
_MEDIUM_NAME = (r"(?:(?:" + "|".join(sorted(p.capitalize() for p in _NAME_PARTICLES)) + r")\s+)?"
                r"[A-Z](?:[\w'’-]|\.(?=\w))*(?:\s+[A-Z](?:[\w'’-]|\.(?=\w))*){0,3}")  # (no full stop after it)


# a title (or its abbreviation) that is also a surname when it ends a name without its full stop
# ("Amartya Sen", "Hun Sen", "Aaron Judge", "Ali Modu Sheriff", "John Chancellor"; "Sen. Hontiveros" and
# "Judge Mary Smith" are the title)
_SURNAME_TITLES = {"Sen", "Judge", "Sheriff", "Chancellor"}
# words for people that are also surnames after a given name ("James Elder", "Laura Farmer"), never
# before another name ("Tribal Elder Haji Gul": a title); and "Un", a name's syllable the lower-case
# descriptor "un" (the UN) would cut off: "Kim Jong Un"
_SURNAME_NOUNS = {"Elder", "Farmer", "Driver", "Fisher", "Shepherd", "Pilot", "Judge", "Un"}


# how the words of a portfolio end ("Corrections", "Policy", "Justice", "Criminal Policy"), which names
# after "<title> of" seldom do
_PORTFOLIO_ENDINGS = ("ion", "ions", "cy", "ice", "ure", "ty", "ics", "ence", "ance", "ment", "ments", "ism", "ies")


def _prefixed_title(lex: Lexicon, word: str) -> bool:
    """A title with a prefix joined by a hyphen: "Vice-Chief", "Deputy-Governor", "Co-Chair"."""
    prefix, _, title = word.lower().rstrip(".").partition("-")
    return prefix in _TITLE_PREFIXES and title in lex.title_stems


_TITLE_PREFIXES = {"vice", "deputy", "co", "acting", "ex", "assistant", "sub"}


# a state office's title, then a name of two words: "Defence Minister Israel Katz", "President Chad Smith"
_TITLED_TWO_WORD_NAME = lazy_compile(r"(?:.*\s)?(?P<title>[A-Z][a-z]+\.?)\s+(?P<name>(?P<first>[A-Z][a-z]+)\s+"
                                     r"(?P<last>[A-Z][\w'’-]+))")


def _country_named_officer(lex: Lexicon, mention: str, matcher) -> str | None:
    """The name of a head of state, minister or legislator whose first name is a country's, named
    right after his title ("Israeli Defence Minister Israel Katz", "Sen. Jordan Smith"), which the
    registry reads as that country's government; None for any other mention. The surname must be
    no word of a body or a place ("Minister Israel Police" is no one)."""
    found = _TITLED_TWO_WORD_NAME.fullmatch(mention.strip())
    if found is None or found.group("first").lower() not in lex.nations:
        return None
    title, last = found.group("title").lower().rstrip("."), found.group("last")
    if title not in _STATE_OFFICES or last.lower() in lex.descriptors or last.lower() in _BODY_WORDS or \
            last.lower() in lex.places or last.lower() in lex.nations or is_common_word(last) or \
            _country_of_demonym(lex, last.lower()) is not None or matcher(last) is not None:
        return None
    return found.group("name")


def _person_name(lex: Lexicon, mention: str) -> str | None:
    """The name in "Homs Governor Talal Barazi" or "Rahman, head of …": capitalised words after titles."""
    words = mention.replace(",", " , ").split()
    runs, current, before, after = [], [], {}, {}  # before/after: the words either side of each run
    for k, word in enumerate(words):
        particle = word.lower() in _ANY_PARTICLES and next(
            (w for w in words[k + 1:] if w.lower() not in _ANY_PARTICLES), "")[:1].isupper()
        # ("Juan de la Cruz": particles before a capitalised word)
        if particle or (word[:1].isupper() or _NAME_PREFIX.match(word)) \
                and (word.lower().rstrip(".") not in lex.title_stems or
                     word in _SURNAME_TITLES and current and k == len(words) - 1) \
                and (word.lower() not in lex.descriptors or word in _SURNAME_NOUNS and current and
                     not (k + 1 < len(words) and words[k + 1][:1].isupper()) or
                     word in _GIVEN_NAME_NOUNS and k == 0 and len(words) == 2 and words[1][:1].isupper()) \
                and not _prefixed_title(lex, word):
            if not current:
                before[len(runs)] = words[k - 1].lower() if k > 0 else ""
            current.append(word)
        else:
            if current:
                after[len(runs)] = word.lower()
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    names = [(r, before[k], after.get(k, "")) for k, r in enumerate(runs) if (len(r) >= 2 or (len(r) == 1 and len(words) > 1))
             and not r[-1].lower().endswith("-based")]  # (a place's compound, no name: "an Addis Ababa-based researcher")
    if not names:
        return None
    name = names[-1][0]
    if len(names) >= 2 and names[-1][1] in {"of", "at", "from", "the"} and len(names[-2][0]) >= 2 \
            and (name[-1].lower() in _INSTITUTIONS or names[-1][2] in _BODY_WORDS and names[-1][2] == words[-1].lower()):
        # "Dr. Amina Bello of Ahmadu Bello University", "MP John Smith of the Religious Zionism party": the
        # person before the body
        name = names[-2][0]
    if len(names) >= 2 and len(name) == 1 and name is names[-1][0] and len(names[-2][0]) >= 2 and \
            names[-1][2].rstrip(".,") in lex.title_stems and not names[-2][0][-1].endswith(("'s", "’s")):
        name = names[-2][0]  # "Abdul Wahid Rasikh, spokesman for the Herat governor": not "Herat"
    if len(names) >= 2 and names[-1][1] == "of" and len(names[-2][0]) >= 2 and name is names[-1][0]:
        head = mention[:mention.rfind(" ".join(name))].split()
        if len(head) >= 2 and (head[-2].lower().rstrip(".,") in lex.title_stems or
                               " ".join(head[-3:-1]).lower() in lex.officer_roles):
            # "Karwan Ahmed Faraj the mayor of Said Sadiq": the person before his title and place; "Jane
            # Fraser, chief executive of Citigroup": before his role and body
            name = names[-2][0]
    if name is names[-1][0] and len(names) == 1 and words[-1].lower().rstrip(".,") in lex.title_stems and \
            all(w.lower() in DETERMINERS for w in words[:words.index(name[0])]) and \
            (name[-1].lower() in _TERRITORIES or names[-1][2] in _TERRITORIES):
        return None  # "The Uror County Commissioner", "Kano State Governor": a place and a title, no name
    if " ".join(name).lower() in lex.places:
        if len(names) >= 2 and len(names[-2][0]) >= 2 and " ".join(names[-2][0]).lower() not in lex.places:
            name = names[-2][0]  # "Talal Barazi the governor of Homs": the name before the title and place
        else:
            return None  # "Aleppo Governor": a place and a title, no name
    # "Deputy Governor-General … for Security Affairs Mohsen Dehghani": the portfolio ends before his name
    cut = max((k + 1 for k, w in enumerate(name) if w.lower() in {"affairs", "relations", "operations"}), default=0)
    if cut and len(name) - cut >= 2:
        name = name[cut:]
    elif len(name) >= 3 and name is names[-1][0] and names[-1][1] in {"of", "for"}:
        # "Deputy Controller of Corrections Ibrahim Yakubu-Danladi", "Deputy Minister of Criminal Policy
        # Osvaldo Acosta Benítez", "Chief Officer for Disaster Management Francis Otieno": the portfolio
        # after "<title> of/for" ends with its last word ending as a portfolio's do, before his name
        head = mention[:mention.rfind(" ".join(name))].split()
        if len(head) >= 2 and (head[-2].lower().rstrip(".,") in lex.title_stems or
                               head[-2].lower().rstrip(".,") in lex.officer_roles):
            cut = next((k + 1 for k in range(len(name) - 2) if name[k].lower().endswith(_PORTFOLIO_ENDINGS)),
                       0)  # (the first such word: "Minister of Justice Florence Wanjiru Mwangi")
            name = name[cut:]
    while len(name) > 2 and name[0].rstrip(".") in _GENERATIONS:
        name = name[1:]  # "Senior Fire Officer II Stanley Jimbun": his grade, no part of his name
    if len(name) == 1 and name[0].endswith(("'s", "’s")) and name[0][:-2].lower() in lex.places:
        return None  # "Kenya's Health Minister": a country's minister, no name (but "Netanyahu's spokesman")
    if any(w.endswith(("'s", "’s")) for w in name[:-1]):
        # an owner and what he owns, no person: "director of FSCD's Narayanganj office"; the person
        # named before it, if any ("Superintendent Alan Rutherford of PSNI's Terrorism Investigation Unit")
        earlier = [r for r, _, _ in names[:-1] if len(r) >= 2 and not any(w.endswith(("'s", "’s")) for w in r)]
        if not earlier:
            return None
        name = earlier[-1]
    # "The provincial governor of Homs Talal Barazi": the place ends before the person's name
    size = next((size for size in (3, 2, 1) if len(name) - size >= 2 and
                 " ".join(name[:size]).lower() in lex.places), 0)
    return " ".join(name[size:])


# a body's name, then the paper it spoke in: "the INCHR statement", "an RCIPS press release"
_STATEMENT_WORD = r"(?:statement|release|communiqu[eé])"
_NAMED_STATEMENT = lazy_compile(r"(?:(?:[Tt]he|[Aa]n?)\s+)?"
                              r"(?P<name>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and)){0,6}?)"
                              rf"(?:'s|’s)?\s+(?:(?:press|news)\s+)?{_STATEMENT_WORD}")
_ENDS_IN_STATEMENT = re.compile(rf"\b{_STATEMENT_WORD}$")


# a website named by its address, ending a mention ("PowerOutage.us", "Flightradar24.com")
_WEB_DOMAIN = re.compile(r"\b[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*)*\.(?:com|org|net|us|io|info|uk|co\.uk|fr|de|ru|ua|in)$")
_SITE_WORDS = {"site", "website", "portal", "blog", "outlet"}


def _site(candidate: Candidate, domain: str, speaker: str | None) -> Attribution:
    """The site a mention names by its address: a company's ".com" ("Amazon.com") unless the mention
    calls it a site, else a medium ("Economica.net", "the website PowerOutage.us")."""
    words = candidate.mention.lower().split()
    kind = "organisation" if domain.lower().endswith(".com") and not _SITE_WORDS & set(words) else "outlet"
    return Attribution(source=domain, source_id=slug(domain), source_type=kind, mention=candidate.mention,
                       speaker=speaker, cue=candidate.cue, stance=candidate.stance, via=(), carried=False,
                       rule=candidate.rule + ("+site-officer" if speaker else "+site"))


# an outlet's one-word name that is also an adjective, before people in lower case ("Independent experts")
_ALIAS_AS_ADJECTIVE = lazy_compile(r"(?:Independent)\s+(?P<people>[a-z]+)")


def resolve(candidate: Candidate, *, rules: RuleSet, context: _Context, publisher: Source | None) -> Attribution | None:
    """Turn a candidate into an Attribution. Three subjects are read first: a kind of body opening the
    sentence before its name ("Human rights group Caminando Fronteras said", read as the same words in
    lower case), and, as the body they name, members of a named body ("Members of the Kani Township
    People's Defence Force (PDF) said") and a subject whose name a relative clause gives ("a spokesperson for the group, who gave his name
    only as Ko Thura,": `_name_given`), who speaks for the body the subject names, else for
    himself. Every other mention goes through `_resolve_mention`."""
    opening = _NAMING_KIND_OPENING.match(candidate.mention or "")
    if opening is not None and is_common_word(opening.group("first")) and \
            (at := context.sentence.rfind(candidate.mention, 0, candidate.position + 1)) >= 0 and \
            not context.sentence[:at].strip(" \"“‘'(-–—"):
        # "Human rights group Caminando Fronteras said", "Refugee charity Care4Calais said" opening the sentence: read
        # as the same words inside one are ("…, human rights group Caminando Fronteras said"), the kind before
        # the name and not part of it
        lowered = candidate.mention[:1].lower() + candidate.mention[1:]
        found = resolve(replace(candidate, mention=lowered), rules=rules, context=replace(
            context, sentence=context.sentence[:at] + lowered + context.sentence[at + len(lowered):]), publisher=publisher)
        return replace(found, mention=candidate.mention) if found is not None else None
    pronouns = [r.strip().lower() in {"it", "they"} for r in candidate.relay]
    if any(pronouns):
        # "It quoted an unnamed police source as saying" after the Guardian reported: the medium named in the
        # sentence before relays (none named there: no relay; "it" is whatever that sentence spoke of)
        medium = context.recent(tuple(MEDIA_TYPES))
        if medium is not None and not (context.before and any(
                name and name.lower() not in PRONOUNS and _search(rf"\b{re.escape(name)}\b", context.before[-1])
                for name in (medium.mention, medium.source))):
            medium = None
        candidate = replace(candidate, relay=tuple(medium.source if pronoun else r
                                                   for r, pronoun in zip(candidate.relay, pronouns)
                                                   if medium is not None or not pronoun))
    at = context.sentence.rfind(candidate.mention, 0, candidate.position + 1) \
        if candidate.mention and candidate.relay else -1
    if candidate.relay and candidate.relay[-1] and (
            _search(r"^its\s", candidate.mention or "") or
            at > 0 and _search(r"(?:^|\s)its\s+$", context.sentence[:at])):
        # "GMet said its station at the airport recorded 112 mm", "NEMA, citing its Minna Operations
        # Office, said": a body's own unit or officer reports for it; the body is the source (not
        # "their": "AFP, citing their lawyer, said the two journalists …" is the journalists' lawyer)
        return resolve(replace(candidate, mention=candidate.relay[-1], relay=candidate.relay[:-1], anonymous=False),
                       rules=rules, context=context, publisher=publisher)
    adjective = _ALIAS_AS_ADJECTIVE.fullmatch(candidate.mention or "") if not candidate.relay else None
    if adjective is not None and adjective.group("people").lower() in context.lex.unnamed and \
            context.sentence.lstrip().startswith(candidate.mention):
        # "Independent experts cautioned …" opening a sentence: experts who are independent, no outlet
        # called the Independent (its name is written "the Independent" in running text)
        return Attribution(source=f"unnamed ({candidate.mention.lower()})", source_id="anonymous",
                           source_type="anonymous", mention=candidate.mention, cue=candidate.cue,
                           stance=candidate.stance, rule=candidate.rule + "+adjective")
    guard = _coast_guard(candidate, context) if candidate.mention and candidate.mention.lower().endswith("guard") else None
    if guard is not None:
        return guard
    domain = _WEB_DOMAIN.search(candidate.mention) if candidate.mention and "." in candidate.mention else None
    if domain is not None and not candidate.relay:
        before = candidate.mention[:domain.start()]
        person = _search(r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),?\s+(?:of|at|from)\s+$", before)
        if person is not None:
            # "John Smith of PowerOutage.us said": the site, through the person who speaks for it
            return _site(candidate, domain.group(), person.group("name"))
        if all(w.islower() for w in before.split()):
            # "according to the tracking website PowerOutage.us": a site by its address alone or after
            # its kind, no country's government for its ".us"
            return _site(candidate, domain.group(), None)
    if (candidate.mention or "").lower() in {"the armed forces", "armed forces"}:
        # "The armed forces said": the military the story named, as "the military" reads
        found = resolve(replace(candidate, mention="the military"), rules=rules, context=context, publisher=publisher)
        if found is not None and found.source_type == "anonymous":
            found = replace(found, source=f"unnamed ({candidate.mention.lower()})")
        return replace(found, mention=candidate.mention) if found is not None else None
    members = _MEMBERS_OF_NAMED.fullmatch(candidate.mention or "")
    if members is not None:
        body = _body_named(candidate, members.group("body"), rules=rules, context=context, publisher=publisher)
        if body is not None:
            return replace(body, mention=candidate.mention, speaker=None, rule=body.rule + "+members")
    placed = _named_after_place(candidate, context)
    if placed is not None:
        # "A resident of Kibera, Mary Atieno, told": the person the commas name after the place
        return _resolve_mention(replace(candidate, mention=placed, anonymous=False), rules=rules, context=context,
                                publisher=publisher)
    unit = _UNIT_OF_BODY.fullmatch((candidate.mention or "").strip(" ,"))
    owner_name = re.sub(r"^[Tt]he\s+", "", unit.group("owner")).lower() if unit is not None else ""
    if unit is not None and owner_name not in context.lex.places and owner_name not in context.lex.nation_names and \
            owner_name not in context.lex.nations and owner_name.split()[-1] not in context.lex.title_words and \
            owner_name.split()[-1] not in context.lex.referring_heads | {"prosecutor", "ombudsman", "attorney"}:
        # (a country's office is its own, "China's Taiwan Affairs Office"; an office named after its holder's
        # title is a body's name, "The Prosecutor General's Office", "the Governor's Office")
        # "the KFF's Public Relations and Media Department said", "The ministry's Emergency Operations
        # Center said": the body whose unit it is
        owner = _resolve_mention(replace(candidate, mention=unit.group("owner")), rules=rules, context=context,
                                 publisher=publisher)
        if owner is not None and owner.source_type not in {"person", "anonymous"}:
            return replace(owner, mention=candidate.mention, rule=owner.rule + "+unit-of")
        if owner_name in context.lex.descriptions:
            # ("The company's press office" after Toyota spoke: the body of that kind that spoke last)
            kind = _owner_of_kind(context.lex, context, owner_name, max(0, context.sentence.find(candidate.mention)))
            if isinstance(kind, str):
                # ("The NGO's press office" after "The Spanish NGO Caminando Fronteras counted …": the body
                # the text introduced by that word, named from the text)
                kind = Source(id=slug(kind), name=kind, type="NGO")  # (only "ngo" and "charity" give a bare name)
            if isinstance(kind, Source):
                kind = Attribution(source=kind.name, source_id=kind.id, source_type=kind.type, mention=None,
                                   speaker=None, cue=candidate.cue, stance=candidate.stance, via=(),
                                   rule=candidate.rule)
            if kind is not None:
                return replace(kind, mention=candidate.mention, speaker=None, cue=candidate.cue,
                               stance=candidate.stance, carried=False, rule=candidate.rule + "+unit-of")
            return None  # (no body of that kind: the unit of an unknown body names no source)
    unit = _UNIT_OF_NAMED.fullmatch((candidate.mention or "").strip(" ,"))
    if unit is not None:
        # "the press service of the Ministry of Emergency Situations reported": the body whose unit it is
        owner = _resolve_mention(replace(candidate, mention=unit.group("owner")), rules=rules, context=context,
                                 publisher=publisher)
        if owner is not None and owner.source_type not in {"person", "anonymous"}:
            return replace(owner, mention=candidate.mention, rule=owner.rule + "+unit-of")
    holder = _named_after_portfolio(candidate, context)
    if holder is not None:
        # "Wales's Cabinet Secretary for Climate Change, Huw Rowlands, … said": the holder of the office
        return _resolve_mention(replace(candidate, mention=holder, anonymous=False), rules=rules, context=context,
                                publisher=publisher)
    named_as = _name_given(candidate, context)
    if named_as is not None:
        np, name = named_as
        body = _body_named(candidate, np, rules=rules, context=context, publisher=publisher)
        if body is not None and not set(body.source.lower().split()) & (context.lex.officer_roles | _MEMBER_HEADS):
            return replace(body, speaker=name, rule=body.rule + "+name-given")  # (a body, not the words of the role)
        return _resolve_mention(replace(candidate, mention=name, anonymous=False), rules=rules, context=context,
                                publisher=publisher)
    found = _resolve_mention(candidate, rules=rules, context=context, publisher=publisher)
    statement = _NAMED_STATEMENT.fullmatch(candidate.mention or "") if found is not None and \
        _ENDS_IN_STATEMENT.search(found.source) else None
    if statement is not None and _guess_type(statement.group("name")) != "person":
        # "the INCHR statement said", "according to an RCIPS statement" read as a body's name: the body
        # whose statement it is
        named = _resolve_mention(replace(candidate, mention=statement.group("name")), rules=rules, context=context,
                                 publisher=publisher)
        if named is not None and named.source_type not in {"person", "anonymous"}:
            return replace(named, mention=candidate.mention, rule=named.rule + "+statement")
    if found is not None and found.speaker is None and found.source_type not in {"person", "anonymous"} and \
            candidate.mention and not _search(r"['’]s?$", found.source):  # (no body: "Army's" of "the Army's 6th …")
        # "Superintendent Ryan Thelwell, commander of the St Catherine North Police Division, told": the
        # body the role names speaks through the person named before it (whom "Thelwell said" is later)
        name = _named_before_role(candidate.mention, context)
        if name is not None and _speaks_for_himself(candidate.mention, found.source):
            # ("Tom Reid, chairman of the Kilnsey Parish Council,": the head of a local government himself)
            found = replace(found, source=name, source_id=slug(name), source_type="person", speaker=name,
                            rule=found.rule + "+for-himself")
        elif name is not None:
            found = replace(found, speaker=name, rule=found.rule + "+named-before")
    found = _read_again(found, candidate, rules=rules, context=context, publisher=publisher) if found is not None \
        else None
    if found is not None and found.source_type == "person" and found.speaker == found.source and \
            rules.registry.get(found.source_id) is None and _no_person(found.source, context.text):
        # "a poll by Ipsos", "S&P Global Ratings, which rates Boeing …, said": a body, named like a person
        found = replace(found, source_type="organisation", speaker=None)
    return found


# a coast guard however written ("the Greek coastguard", "Coast Guard vessels")
_ANY_COAST_GUARD = lazy_compile(r"(?i)\bcoast\s*guard")
# a coast guard the story named by its capitals: "the Philippine Coast Guard", "the Libyan Coastguard"
_NAMED_COAST_GUARD = lazy_compile(r"\b(?!(?:A|An|The)\s)(?:[A-Z][\w'’.-]*\s+){1,3}Coast\s*[Gg]uard(?:\s+(?:Service|Command|Agency|Authority))?\b")


def _coast_guard(candidate: Candidate, context: _Context) -> Attribution | None:
    """A coast guard written in lower case ("Seven fishermen were rescued, the coast guard said"):
    whichever the story spoke of last: one named by its capitals ("Beijing said its China Coast
    Guard …") or the one that spoke ("The Italian coast guard said"); else the coast guard as written
    (a state's force, like "police"); None for any other mention, or one told through a relay."""
    lowered = " ".join(candidate.mention.lower().split())
    at = context.sentence.rfind(candidate.mention, 0, candidate.position + 1)
    before = context.sentence[:max(0, at)].split()
    cut = lowered == "guard" and bool(before) and before[-1].lower() == "coast"  # (the span cut before "guard")
    if cut:
        before = before[:-1]
    if before and before[-1][:1].isupper() and before[-1] != "The":
        return None  # ("The Italian coast guard said": that state's body as written, read elsewhere)
    if candidate.relay or not (cut or lowered in {"coastguard", "the coastguard", "coast guard", "the coast guard"}) or \
            not candidate.mention.split()[-1].islower():
        return None  # ("the guard" alone: a prison guard, a bodyguard; "the Coast Guard": a name, read as one)
    spoke = next((a for a in reversed(context.history) if "coastguard" in a.source.lower().replace(" ", "")), None)
    named = None
    for text in (context.sentence[:max(0, at)], *reversed(context.before)):
        found = list(_NAMED_COAST_GUARD.finditer(text))
        if found:
            named = _clean_institution(found[-1].group())
            break
        if spoke is not None and _ANY_COAST_GUARD.search(text):
            break  # (the one that spoke was spoken of last: "The Greek coastguard said …")
    if named is None and spoke is not None:
        # "The Italian coast guard said …" then "The coast guard said": the one that spoke
        return Attribution(source=spoke.source, source_id=spoke.source_id, source_type=spoke.source_type,
                           mention=candidate.mention, cue=candidate.cue, stance=candidate.stance,
                           rule=candidate.rule + "+coast-guard")
    name = named or "coast guard"
    return Attribution(source=name, source_id=slug(name), source_type="military", mention=candidate.mention,
                       cue=candidate.cue, stance=candidate.stance, rule=candidate.rule + "+coast-guard")


def _read_again(found: Attribution, candidate: Candidate, *, rules: RuleSet, context: _Context,
                publisher: Source | None) -> Attribution:
    """Second readings of a resolved attribution, in order: an officer's mention left whole taken
    apart (`_officer_left_whole`); an unnamed spokesperson given his body (`_spokesperson_body`);
    "the force" as the force that spoke last; a bare kind of body that no body answers made unnamed;
    an officer's role by its acronym as the officer the story gave that role (`_role_acronym_holder`);
    a former officer as himself."""
    titled = _named_after_title(context.lex, context.written, candidate) \
        if found.speaker is None and found.source_type not in {"person", "anonymous"} else None
    if titled is not None and titled[1]:
        # '"…," said France's President, Emmanuel Macron.': a head of state or a minister speaks for himself
        return replace(found, source=titled[0], source_id=slug(titled[0]), source_type="person", speaker=titled[0],
                       rule=found.rule + "+named-after")
    if titled is not None:
        # '"…," said Amnesty's Regional Director, Montse Ferrer.': the body, through the officer named after
        found = replace(found, speaker=titled[0], rule=found.rule + "+officer-after")
    role = _ROLE_ACRONYM_MENTION.fullmatch(candidate.mention.strip()) if candidate.mention and \
        found.source_type != "person" else None
    if role is not None and found.source != role.group(1) and _initials(found.source).upper() != role.group(1):
        role = None  # (only the acronym read as a body's name: "the SHO said" is already the police)
    holder = _role_acronym_holder(role.group(1), context) if role is not None else None
    if holder is not None:
        # "The OC added that …" after "Dighinala police station officer-in-charge (OC) Md Rafiqul Islam
        # Chowdhury told …": whom the officer speaks for, as that sentence read him
        return replace(holder, mention=candidate.mention, cue=found.cue, stance=found.stance, via=found.via,
                       carried=False, rule=found.rule + "+role-acronym")
    if found.source_type not in {"anonymous"} and found.source_id == slug(found.source) \
            and (whole := _officer_left_whole(found, rules=rules, context=context)) is not None:
        found = whole
    elif found.source_type not in {"anonymous", "person"} and found.speaker is None and \
            (glued := _NAME_THEN_ROLE.fullmatch(found.source)) is not None and \
            any(w.lower().rstrip(".,") in context.lex.title_stems or w.lower() in context.lex.officer_roles
                for w in glued.group("role").split()) and \
            _guess_type(person := _person_name(context.lex, glued.group("name")) or glued.group("name")) == "person" \
            and len(person.split()) >= 2:
        # "Samuel Adekanmbi, the FRSC Sector Commander in Ondo State, told" (read without its commas),
        # whose role names no body: the person before his role, as "John Smith, the police chief,
        # said" is, not a name glued to his role
        found = replace(found, source=person, source_id=slug(person), source_type="person", speaker=person)
    elif found.source_type not in {"anonymous", "person"} and \
            (role_of := _ROLE_FOR_BODY.fullmatch(found.source)) is not None and role_of.group("body")[:1].isupper() \
            and role_of.group("body").lower() not in rules.places and \
            not any(w.endswith(("'s", "’s")) and w[:-2].lower() in rules.places for w in role_of.group("body").split()):
        # "A spokesman for the Internal Security Operations Command (ISOC) Region 4 Forward Command
        # said" named as a whole: the body, not its spokesman's role (not a place, nor a place's body
        # with a person after it: "The head of Moscow's Sklifosovsky Institute …")
        body = role_of.group("body")
        known = rules.registry.lookup(body)  # (the whole body only: "of Beirut's Civil Defence Unit" is no White Helmets)
        found = replace(found, source=known.name, source_id=known.id, source_type=known.type) if known is not None \
            else replace(found, source=body, source_id=slug(body), source_type=_guess_type(body)
                         if _guess_type(body) != "person" else "organisation")
    if found.source_type == "anonymous" and candidate.mention and \
            (spokes := _BARE_SPOKESPERSON.fullmatch(candidate.mention.strip())) is not None:
        body = _spokesperson_body(spokes.group("kind") or spokes.group("kind2"), candidate, rules=rules, context=context,
                                  publisher=publisher)
        if body is not None:
            found = replace(found, source=body.source, source_id=body.source_id, source_type=body.source_type,
                            rule=found.rule + "+spokesperson-body")
    if (found.source.lower() == "force" or found.source_type == "anonymous") and \
            (candidate.mention or "").lower() == "the force":
        # "…, the force said" after South Yorkshire Police spoke: the police or armed force that spoke last
        force = next((a for a in reversed(context.history) if a.source_type not in {"person", "anonymous"} and
                      set(normalise_name(a.source).split()) & _FORCE_NAME_WORDS), None)
        if force is not None:
            found = replace(force, mention=candidate.mention, speaker=None, cue=found.cue, stance=found.stance,
                            via=found.via, carried=False, rule=found.rule + "+force")
    if found.source_type != "anonymous" and (found.source.lower() in _BARE_KINDS or
                                             found.source.lower() in context.lex.referring_heads) \
            and candidate.mention and candidate.mention.lower() in {f"{article}{found.source.lower()}"
                                                                 for article in ("the ", "a ", "an ", "")} \
            and context.matcher(found.source) is None:
        # "…, the authority said" with no authority named, "…, the chairman said" with no chairman: unnamed,
        # as "the agency said" is (and "A director said": one unnamed person)
        found = replace(found, source=f"unnamed ({candidate.mention.lower()})", source_id="anonymous",
                        source_type="anonymous", speaker=None)
    if found.speaker and found.source_type not in {"anonymous", "person"} and \
            _no_longer_serving(found.speaker, found.source, context):
        # "Former RSF adviser Omar Tijani Abakar", "John Doe, a retired commander of the army,": a former
        # officer speaks for himself (GUIDELINES, "Officers and members of an organisation")
        found = replace(found, source=found.speaker, source_id=slug(found.speaker), source_type="person",
                        rule=found.rule + "+former")
    return found


# an officer's role called by its acronym alone ("the OC said", "The PPRO added")
_ROLE_ACRONYM_MENTION = re.compile(r"(?:[Tt]he)\s+([A-Z]{2,5})")


def _role_acronym_holder(acronym: str, context: _Context) -> Attribution | None:
    """The attribution of the last sentence that named an officer by the role `acronym` stands for
    (the acronym itself in brackets or between commas, or the role's words), when the acronym is a
    role's: one news writes so (rules/role-acronyms.jsonl), or one the story defines as a role
    ("Senior Divisional Officer (SDO)"); None when no sentence before named such an officer."""
    roles = context.lex.role_acronyms.get(acronym.lower(), ())
    if not roles:
        defined = _search(rf"((?:[A-Z][\w-]*\s+){{1,5}})(?:\({acronym}\)|,\s+{acronym},)", " ".join(context.before))
        last = defined.group(1).split()[-1].lower() if defined is not None else ""
        if last not in context.lex.officer_roles and last not in context.lex.title_stems or \
                _guess_type(defined.group(1).strip()) != "person":
            return None  # (a body's acronym: "The Office of the Attorney General (OAG)")
        roles = (defined.group(1).strip().lower(),)
    marks = (f"({acronym.lower()})", f", {acronym.lower()},", f" {acronym.lower()} ", *roles)
    for text, said in zip(reversed(context.before), reversed(context.said)):
        if said is None or said.source_type == "anonymous" or said.carried or not said.speaker:
            continue
        lowered, name = text.lower(), said.speaker.lower()
        at = lowered.find(name)
        if at >= 0 and any(_role_of_name(lowered, at, len(name), mark) for mark in marks):
            return said
    return None


def _role_of_name(text: str, at: int, length: int, mark: str) -> bool:
    """Whether `mark` (an officer's role or its acronym, lower case) is the role of the name at `at`
    in `text`: right before it, only ranks and titles between ("officer-in-charge (oc) md rafiqul
    islam"), or set off by a comma right after it ("md rafiqul islam, officer-in-charge of …")."""
    before = text.rfind(mark, max(0, at - 80), at)
    if before >= 0 and _BETWEEN_ROLE_AND_NAME.fullmatch(text, before + len(mark), at) and \
            not _CLAUSE_WORDS.search(text, before + len(mark), at):
        return True
    return text.startswith(",", at + length) and mark in text[at + length:at + length + 40]


# what may stand between an officer's role and his name: his force or place, ranks and titles, no clause
_BETWEEN_ROLE_AND_NAME = re.compile(r"[\s,()\w.&'’-]{0,60}")
_CLAUSE_WORDS = re.compile(r"\b(?:said|says|told|had|has|have|was|were|is|are|who|which|that|and)\b")


def _no_longer_serving(name: str, source: str, context: _Context) -> bool:
    """Whether the sentence gives the person `name` the officer's role that made him speak for
    `source` as one he no longer holds: "former", "retired", "ex-" or "onetime" in the words of his
    role right before his name ("Former Army spokesman Brigadier General Osman Abdel Rahim", "The
    retired KMD director Caroline Ochieng": no comma, no possessive between), or opening the role
    "of"/"for"/"at"/"with" the body right after it (", a former senior commander with the SAF,"; not
    ", a former lawyer from Aleppo," beside a role he holds). "Ex-" before a capital is a name's:
    "Ex-Im Bank", "Ex-Seleka"."""
    sentence = context.text  # (as written: the commas around his role)
    at = sentence.find(name)
    if at < 0 or not _FORMER_NEEDLE.search(sentence):
        return False
    after = _FORMER_AFTER_NAME.match(sentence, at + len(name))
    if after is not None:
        return after.group("role").lower() in context.lex.officer_roles and \
            source.lower() in after.group("body").lower()
    before = _FORMER_BEFORE_NAME.search(sentence, max(0, at - 120), at)
    return before is not None and bool(set(before.group("role").lower().replace(",", " ").split()) &
                                       context.lex.officer_roles)


_FORMER_NEEDLE = re.compile(r"(?i)\b(?:former|retired|ex-|onetime|one-time)")
_FORMER_MARK = r"(?i:former|retired|onetime|one-time)\b|(?i:ex)-(?=[a-z]|[A-Z]{2,}\b)"  # ("Ex-UN envoy"; not "Ex-Im Bank")
# ", a former senior commander with the SAF", ", former head of the …": the role "of" the body he spoke for
_FORMER_AFTER_NAME = re.compile(rf",\s+(?:(?:a|an|the)\s+)?(?:{_FORMER_MARK})\s*(?:(?!and\b|or\b)[a-z][\w-]*\s+){{0,2}}?"
                                rf"(?P<role>[a-z][\w-]*)\s+(?:of|for|at|with)\s+(?P<body>[^,;:]+)")
# an insertion after a name that gives a role he no longer holds (", former spokesman for the National Police
# Service,"): no body speaks through him
_FORMER_INSERTION = re.compile(rf"^\W*(?:(?:a|an|the)\s+)?(?:{_FORMER_MARK})")
# "Former Army spokesman Brigadier General …", "The retired KMD director …": the mark, then his role, ranks
# and titles up to the name, with no comma, possessive or clause between
_FORMER_BEFORE_NAME = re.compile(rf"(?:^|(?<=[\s\"“(]))(?:{_FORMER_MARK})\s*(?P<role>(?:(?!and\b|or\b)[\w.&-]+\s+){{0,8}}"
                                 rf"(?:(?!and\b|or\b)[\w.&-]+,?\s+))$")  # ("A former spokesman for the ministry, Penda …")


# a country's political opposition as one body ("the opposition", "the Syrian opposition")
_THE_OPPOSITION = re.compile(r"(?:[Tt]he\s+)?(?:(?P<people>[A-Z][a-z]+(?:['’]s)?)\s+)?[Oo]pposition")


# the words of a force's name that "the force" refers back to
_FORCE_NAME_WORDS = {"police", "force", "forces", "constabulary", "army", "gendarmerie", "rcmp", "garda", "gardaí",
                     "gardai", "navy", "guard"}
# a spokesperson whose body the words around him do not name ("A spokeswoman said", "a hospital
# spokeswoman said", "a garda spokesperson said")
_BARE_SPOKESPERSON = re.compile(r"(?i)(?:(?:an?|the)\s+)?(?:(?:top|senior|chief)\s+)?(?:(?P<kind>[a-z]+)\s+)?spokes(?:man|woman|person)"
                                r"(?:\s+for\s+the\s+(?P<kind2>[a-z]+))?")  # ("A spokesperson for the agency")


def _spokesperson_body(kind: str | None, candidate: Candidate, *, rules: RuleSet, context: _Context,
                       publisher: Source | None) -> Attribution | None:
    """The body a spokesperson speaks for (GUIDELINES, "Officers and members of an organisation": a
    spokesperson always speaks for one; the checked dev golds never write one unnamed): what "the
    <kind> said" would be for "a police/garda/hospital spokesperson" (the force, the hospital the
    story named), the police force that spoke last for "a force spokesperson", the country's
    government for "a government spokesman" in a story of one country, and for a bare "a spokesman"
    the body that spoke last, else the body the sentence before named ("Crikey put those claims to
    the Department of Home Affairs. A spokesperson said"). None when the story gives none."""
    kind = (kind or "").lower()
    if kind and kind not in _SPOKESPERSON_KINDS:
        return None  # (a spokesman for a family, for the rebels: no body of a kind the rules know)
    if kind == "government":
        # "A government spokesman said": the government of the story's country (a state's, a province's or a
        # city's spokesman is named so)
        if not context.nation_name or len(context.nations) != 1:
            return None  # (a story of two countries: which one's spokesman the words do not tell)
        body = _state_body(rules.registry, context.nation_name, "government")
        name, source_id, kind = (body.name, body.id, body.type) if isinstance(body, Source) else \
            (body, slug(body), "government")
        return Attribution(source=name, source_id=source_id, source_type=kind, mention=candidate.mention,
                           speaker=None, cue=candidate.cue, stance=candidate.stance, via=(), carried=False,
                           rule=candidate.rule)
    if kind == "force":
        # "A force spokesperson said" after North Yorkshire Police spoke: the police force that spoke last
        # (not "Independent Office for Police Conduct", "British Army"; also "Gardaí", "RCMP")
        return next((a for a in reversed(context.history) if _spoke_as_police(context.lex, a) or
                     a.source_type not in {"person", "anonymous"} and
                     set(normalise_name(a.source).split()) & _OTHER_FORCE_WORDS), None)
    if kind:
        mention = "police" if kind in {"police", "garda"} else f"the {kind}"
        body = _resolve_mention(replace(candidate, mention=mention, anonymous=False), rules=rules, context=context,
                                publisher=publisher)
        if body is None or body.source_type in {"anonymous", "person"} or body.source.lower() == kind != "police":
            return None
        known = context.matcher(body.source) if context.matcher and body.source_id == slug(body.source) else None
        return replace(body, source=known.name, source_id=known.id, source_type=known.type) if known else body
    owned = _OWNED_MEDIUM.fullmatch(candidate.relay[0].strip()) if candidate.relay and candidate.relay[0] else None
    owner = (context.matcher or _registry_matcher(rules.registry))(owned.group("owner")) if owned is not None else None
    if owner is not None and owner.type in {"armed group", "organisation"}:
        # "The Houthis' Saba news agency quoted a spokesman as saying": the owner's spokesman, through
        # its medium (not the body that spoke last; a country's medium, "Russia's RT", is no government's
        # spokesman's)
        return Attribution(source=owner.name, source_id=owner.id, source_type=owner.type, mention=candidate.mention,
                           speaker=None, cue=candidate.cue, stance=candidate.stance, via=(), carried=False,
                           rule=candidate.rule)
    previous = context.recent(tuple(t for t in _ALL_TYPES if t != "person"))
    if previous is not None and previous.source_type != "anonymous":
        return previous
    at = max(0, context.sentence.find(candidate.mention or ""))
    for text in (context.sentence[:at], *reversed(context.before[-1:])):
        names = [m.group() for m in _CAPITALISED_RUN.finditer(text) if _is_body_name(m.group().split())]
        if names:
            name = _clean_institution(names[-1].rstrip(".,")) or names[-1].rstrip(".,")
            known = context.matcher(name) if context.matcher else None
            return Attribution(source=known.name if known else name, source_id=known.id if known else slug(name),
                               source_type=known.type if known else "organisation", mention=candidate.mention,
                               speaker=None, cue=candidate.cue, stance=candidate.stance, via=(), carried=False,
                               rule=candidate.rule)
    return None


# the kinds of body "a <kind> spokesperson" is read for ("government": the one "the government" names)
_SPOKESPERSON_KINDS = {"police", "garda", "hospital", "army", "military", "ministry", "company", "airline", "council",
                       "government", "junta",
                       "authority", "department", "agency", "service", "commission", "utility", "mission", "militia",
                       "group", "party", "force", "navy", "firm", "office", "university", "school", "prison"}
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|the|on)\s+)?[A-Z][\w'’&.-]*)+")


# an officer's mention left whole as a source's name, his body at its end: "Cpl. Daniel Ferreira of the
# Clearwater RCMP", "DSP Ram Khadka, spokesperson for the District Police Office", "Anis Kharrat member of
# the FTDES", "a member of the Local Force"
# a unit's own name in brackets before its kind ("6th Infantry (Kampilan) Division"; not an acronym
# inside a longer name: "Internal Security Operations Command (Isoc) Region 4 Forward Command")
_UNIT_NAME = r"\([A-Z][\w'’-]*\)(?=\s+(?i:division|brigade|regiment|battalion|squadron|corps)\b)"
_WHOLE_OFFICER = re.compile(r"(?P<head>.+?)\s*,?\s+(?:of|for|at)\s+(?:the\s+)?"
                            r"(?P<body>(?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w'’&.-]*|"
                            + _UNIT_NAME + r"))*)")
# the roles of a member of a body who is not named ("a member of the Local Force", "a faction of the MFDC")
# (also one who works there: "a regional mineral inspector of the Ministry of Mines and Energy", "a nurse
# at the Schuckmannsburg clinic", as the gold writes them)
_UNNAMED_MEMBER = re.compile(r"(?i)^(?:an?\s+|the\s+|one\s+)?(?:[a-z-]+\s+){0,3}(?:member|representative|official|"
                             r"spokes(?:man|woman|person)|faction|wing|branch|officer|source|inspector|employee|"
                             r"staffer|worker|nurse|doctor|physician|paramedic|investigator|agent|guard|ranger|"
                             r"firefighter|technician)$")


def _officer_left_whole(found: Attribution, *, rules: RuleSet, context: _Context) -> Attribution | None:
    """The body at the end of a mention no other reading took apart (`_WHOLE_OFFICER`), speaking
    through the person named before it (GUIDELINES, "Officers and members of an organisation"), or
    the person himself when his role leaves him speaking for himself (a lawmaker, the head of a local
    government: `_speaks_for_himself`); an unnamed member of it is the body. None when the mention is
    not of that shape (a body's own long name: "Strategic Framework for the Defence of the People of
    Azawad", "Civil Aviation Authority of the Philippines")."""
    match = _WHOLE_OFFICER.fullmatch(found.source)
    if match is None:
        return None
    head, body = match.group("head").strip(" ,"), match.group("body")
    lex = context.lex
    if head.isupper() or _is_body_name(head.split()) or body.lower() in lex.places or \
            body.split()[-1].lower() in {"of", "for", "and", "the", "on"}:
        return None  # ("COED of the Santa Cruz Departmental Government": a body of a body)
    words = head.replace(",", " , ").split()
    roles = [k for k, w in enumerate(words) if w.lower().rstrip(".") in lex.title_words]
    if not roles and not _UNNAMED_MEMBER.match(head):
        return None  # no officer, a body's own name: "Joint Chiefs of Staff", "Government of National Unity"
    person = None
    # the person: the capitalised words before the first role after them ("DSP Ram Khadka, spokesperson",
    # "Dr Aimable Habiyaremye the Division Manager"), else after the titles ("Cpl. Daniel Ferreira")
    named = next((k for k, w in enumerate(words) if w[:1].isupper() and w.lower().rstrip(".") not in lex.title_words), None)
    after = named
    while after is not None and after < len(words) and (words[after][:1].isupper() or words[after].lower() in _ANY_PARTICLES) \
            and words[after].lower().rstrip(".") not in lex.title_words:
        after += 1  # (the run of the name's own words: not "the Division Manager" after it)
    name = _person_name(lex, " ".join(words[:after]).strip(" ,")) if named is not None else None
    if name and _guess_type(name) == "person" and not set(name.lower().split()) & _BODY_HEAD_WORDS:
        person = name
    if person is None and not _UNNAMED_MEMBER.match(head) and not (found.speaker and roles and head.islower()):
        return None  # (but "Nigatu Mamo, public relations head at the Commission,": the role of the man named before)
    if person is None and found.speaker and " " not in body and head.islower():
        # "… head at the Commission": the body the text named earlier by that word ("the Addis Abeba Fire &
        # Disaster Risk Management Commission"), else none the text names
        earlier = _named_earlier(context, body, len(context.sentence))
        if earlier is None:
            return None
        known = context.matcher(earlier) if context.matcher else None
        return replace(found, source=known.name if known else earlier, source_id=known.id if known else slug(earlier),
                       source_type=known.type if known else _guess_type(earlier) if _guess_type(earlier) != "person"
                       else "organisation", rule=found.rule + "+officer-whole")
    if person is not None and (_speaks_for_himself(head, body) or
                               any(w.lower().rstrip(".") in _SELF_SPEAKING_TITLES for w in head.split())):
        # ("Anna Whitlock, the Labour MP for Rotherham": a legislator, for a place or a body)
        return replace(found, source=person, source_id=slug(person), source_type="person", speaker=person,
                       rule=found.rule + "+officer-whole")
    known = context.matcher(body) if context.matcher else None
    if known is None and not any(w.isupper() and len(w) >= 2 or w.lower() in _OFFICER_BODY_WORDS for w in body.split()):
        return None  # a place, not a body: "Headman Tichaona Sithole of Ngaone", "Officer for Bui"
    if known is not None and known.type == "person":
        return None
    return replace(found, source=known.name if known else body, source_id=known.id if known else slug(body),
                   source_type=known.type if known else _guess_type(body) if _guess_type(body) != "person"
                   else "organisation", speaker=person or found.speaker, rule=found.rule + "+officer-whole")


# titles whose bearer speaks for himself whatever body follows (GUIDELINES: heads of state, ministers,
# legislators, governors, mayors)
_SELF_SPEAKING_TITLES = _LEGISLATOR_TITLES | {"legislator", "minister", "governor", "mayor", "ambassador", "councillor",
                                              "councilor"}


def _named_before_role(mention: str, context: _Context) -> str | None:
    """The person named just before `mention` when it is an officer's role and body set off by a
    comma ("Ryan Thelwell, commander of the … Division"), else None."""
    role = _search(rf"^(?P<pre>(?:[A-Z][\w'’.-]*\s+(?:(?:al-[\w'’-]+|bin|de|van|von)\s+)?){{0,5}}?)(?:(?:a|an|the)\s+)?"
                   rf"(?:[a-z][\w-]*\s+){{0,2}}?(?i:{_OFFICER_ROLES})\s+(?:of|for|at)\s", mention)
    if role is None:
        return None
    if role.group("pre"):
        words = role.group("pre").split()  # (the mention read without its commas holds the name)
    else:
        at = context.text.find(_as_written(mention, context.text))
        before = _search(r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|de|van|von)){1,3}),\s*"
                         r"(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,2}$", context.text[:at]) if at > 0 else None
        if before is None:
            return None
        words = before.group("name").split()
    while words and words[0].lower().rstrip(".") in context.lex.title_stems:
        words.pop(0)  # ("Superintendent Ryan Thelwell": the name, not the rank)
    name = " ".join(words)
    return name if len(words) >= 2 and _guess_type(name) == "person" else None


def _body_named(candidate: Candidate, mention: str, *, rules: RuleSet, context: _Context,
                publisher: Source | None) -> Attribution | None:
    """The attribution `mention` resolves to when it names a body (None for a person or nobody),
    for a subject that is a member or officer of it."""
    found = _resolve_mention(replace(candidate, mention=mention, anonymous=False), rules=rules, context=context,
                             publisher=publisher)
    return found if found is not None and found.source_type not in {"person", "anonymous"} else None


# a medium's unnamed sources: "Al-Masdar News sources", "Zaman al-Wasls sources in Damascus" (FA-KES, no apostrophe)
_MEDIUM_SOURCES = re.compile(r"(?P<medium>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|[ae]l-[A-Z][\w'’-]*)){0,3}?)(?:['’]s|s['’]|(?<=[a-z]{3})s)?\s+"
                             r"(?P<who>(?:(?:local|military|security|medical|informed|own)\s+)?sources)"
                             r"(?:\s+(?:in|inside|on|at|near|close\s+to)\s+.+)?")
# a role, the officer's name and the body he serves: "Rebel commander Abu Hamza of Ahrar al-Sham"
_ROLE_NAME_OF = re.compile(r"(?:[A-Za-z-]+\s+){0,2}?(?P<role>[A-Za-z-]+)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|"
                           r"al-[\w'’-]+|bin|abu|ibn)){1,3})\s+(?:of|from)\s+(?:the\s+)?[A-Z].*")
_BODY_STATEMENT = re.compile(r"(?:[Aa]n?\s+|[Tt]he\s+)?(?P<body>(?:[a-z]+\s+){0,2}(?:ministry|army|military|government|"
                             r"police|presidency|junta))\s+statement")
_RULING_JUNTA = re.compile(r"(?:\b(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s)|\b[Tt]he)\s+ruling\s+junta\b")


def _resolve_mention(candidate: Candidate, *, rules: RuleSet, context: _Context,
                     publisher: Source | None) -> Attribution | None:
    """`resolve` for a mention that is not a name given in a relative clause: an unnamed member of a
    described body is that body ("a spokesperson for the group", "an official at the ministry");
    else the candidate becomes an Attribution (`_resolve`), gets the outlet that carried its
    statement as relay (`_carried_by`), then let whoever the sentence gives as an officer or member
    of a body speak for it (fixtures/gold/GUIDELINES.md, "Officers and members of an
    organisation"), in this order:
    - a role and body, then the name between commas ("The spokesman of the Ambulance and Emergency
      Service, Anwar Shneiba,": `_officer_named_after`);
    - an unnamed member of a body the mention names ("A Syrian army officer": `_member_of_body`);
    - a body, a role and a name read together as one name ("GYLA lawyer Nino Gelashvili":
      `_officer_in_name`), or a body with the words describing it ("The El-Obeid Emergency Response
      Room, a network of local volunteers": the body alone);
    - a named person with his role and body anywhere in the sentence (`_speaks_for`)."""
    if (candidate.cue or "").lower() in {"recorded", "registered"} and candidate.mention and \
            (normalise_name(candidate.mention) in context.lex.places or
             candidate.mention.split()[-1].lower() in _TERRITORIES and len(candidate.mention.split()) <= 4 or
             (len(candidate.mention.split()) == 1 and (context.matcher or _registry_matcher(rules.registry))(
                 candidate.mention) is None)):
        # "Guanajuato has recorded more homicides", "Syria registered 3 deaths", "Nampula province has
        # recorded cholera outbreaks": the place where it happened, no source (one word the registry
        # does not know is read as a place)
        return None
    sourced = _MEDIUM_SOURCES.fullmatch(candidate.mention or "") if not candidate.relay else None
    if sourced is not None and _is_media(sourced.group("medium"), rules.registry,
                                         context.matcher or _registry_matcher(rules.registry)) and \
            any(w.lower() not in _MEDIA_KINDS | {"local", "state", "national", "foreign", "the"}
                for w in sourced.group("medium").split()):  # (a name: not "News sources", "Local News sources")
        # "Al-Masdar News sources said", "Zaman al-Wasls sources in Damascus said": the medium's unnamed
        # sources, through it (as "sources told Zaman al-Wasl"), not the medium's own word
        matcher = context.matcher or _registry_matcher(rules.registry)
        relay = _relay_name(sourced.group("medium"), matcher, publisher, context.lex)
        own = relay is None or publisher is not None and _names_publisher(relay, publisher, matcher)
        return Attribution(source=f"unnamed ({sourced.group('who').lower()})", source_id="anonymous",
                           source_type="anonymous", mention=candidate.mention, speaker=None, cue=candidate.cue,
                           stance=candidate.stance, via=() if own else (relay,), carried=False,
                           rule=candidate.rule + "+medium-sources")
    issued = _BODY_STATEMENT.fullmatch(candidate.mention or "")
    if issued is not None:
        # "A defence ministry statement said", "citing a defence ministry statement": the ministry, as "the
        # defence ministry said" reads
        candidate = replace(candidate, mention=f"the {issued.group('body')}", anonymous=False)
    ruling = next((m for m in _RULING_JUNTA.finditer(context.sentence) if m.end() <= candidate.position and
                   not _search(r"(?i)\b(?:unlike|like|than|with|after|before|against|of|to|by)\s+$",
                               context.sentence[:m.start()])), None) if (candidate.mention or "").lower() == "junta" else None
    # (the first before the cue that is no aside's or object's: "Unlike the ruling junta in Mali, Niger's
    # ruling junta said", "Guinea's ruling junta and Mali's ruling junta said")
    if ruling is not None:
        # "Mali's ruling junta said", "the ruling junta said" (the span stops at "ruling", no name's word):
        # Mali's junta, the story's country's
        candidate = replace(candidate, mention=f"{ruling.group('owner')} junta" if ruling.group("owner") else "the junta")
    if candidate.rule == "attr.described-body" and not (candidate.mention or "").isupper():
        # "The forestry department said": the body as the text describes it, unless the registry
        # knows those words ("the interior ministry")
        words = [w for w in candidate.mention.split() if w.lower() not in DETERMINERS]
        name = " ".join(words)
        owner = _search(r"^([a-z]+?)(?:'s|’s|s)\s+", name)
        if owner is not None and owner.group(1) in _PLACE_OWNERS:
            name = name[owner.end():]  # "the state's fire brigade command", FA-KES's "the citys … office"
            if owner.group(1) == "country" and name.islower():
                # "the country's health ministry": the story's country's, as "the health ministry" is (no
                # registry alias of one country's ministry)
                plain = _resolve(replace(candidate, mention=f"the {name}", rule="attr.subject-cue"), rules=rules,
                                 context=context, publisher=publisher)
                if plain is not None:
                    return replace(plain, mention=candidate.mention)
        matcher = context.matcher or _registry_matcher(rules.registry)
        via = tuple(v for v in (_relay_name(r, matcher, publisher, lexicon(rules)) for r in candidate.relay) if v)
        base = dict(mention=candidate.mention, cue=candidate.cue, stance=candidate.stance, via=via, rule=candidate.rule)
        known = rules.registry.find(name)
        capitals = _search(r"^(?:[A-Z][\w'’.-]*\s+)+", name + " ")
        owner = rules.registry.find(capitals.group().strip()) if known is None and capitals is not None and \
            capitals.end() < len(name) and len(capitals.group().split()) >= 2 else None
        # (not a country's word alone: "The Israel prison service", "The US space agency" are agencies of their own)
        if owner is not None and owner.type not in MEDIA_TYPES | {"person"}:
            known = owner  # ("The Russian Defence Ministry press service said": the ministry)
        if known is not None:
            return Attribution(source=known.name, source_id=known.id, source_type=known.type, **base)
        kind = _guess_type(name)
        return Attribution(source=name, source_id=slug(name), source_type=kind if kind != "person" else "organisation",
                           **base)
    owned = _search(r"^(?:(?:one|some|two|three|several|many|most)\s+of\s+)?(?:its|their)\s+(?:representatives?|"
                    r"officials?|spokes(?:man|men|woman|women|person|people)|officers?|members?|leaders?|staff)$",
                    (candidate.mention or "").lower()) if candidate.rule in {"attr.common-subject",
                                                                             "attr.according-to.common"} else None
    if owned is not None:
        # '"…," one of its representatives said': the body that spoke last, through him (its officers only:
        # not "one of its inhabitants", "their attorneys")
        body = context.recent(tuple(t for t in _ALL_TYPES if t not in {"person", "anonymous"}))
        if body is not None:
            return replace(body, mention=candidate.mention, cue=candidate.cue, stance=candidate.stance, via=(),
                           speaker=None, carried=False, rule=candidate.rule + "+its")
    if candidate.rule in {"attr.common-subject", "attr.according-to.common"} and candidate.mention and \
            candidate.mention.lower().startswith("the "):
        # "The regional district said", "the task force said": the body that spoke, or that the text
        # named, with that word; else no source (a record nobody is named for: an unnamed one)
        head = candidate.mention.split()[-1].lower()
        if head in context.lex.unnamed or head in _THINGS_THAT_SAY:
            return None  # ("The children said" is no body with "Children" in its name; "the act says")
        called = _body_called(context, rules.registry, head)
        if called is not None and (called.source_type in MEDIA_TYPES and head not in MEDIA_WORDS or not any(
                _search(rf"\b{re.escape(head)}s?$", re.split(r"\s+(?:of|for|in|on)\s+", name.lower())[0])
                for name in (called.source, called.mention or ""))):
            called = None  # ("The junta has said" is not the "junta-controlled media" that spoke before; the
            # head must end the body's name: "The school feeding programme" is not the World Food Programme)
        named = _named_earlier(context, head, candidate.position, whole=True) if called is None else None
        modifiers = [w for w in candidate.mention.lower().split()[1:-1] if w not in DETERMINERS]
        if modifiers and not all(_search(rf"(?i)\b{re.escape(w)}", called.source if called else named or "")
                                 for w in modifiers):
            called = named = None  # (its words must be the name's: "the regional district", "the task force")
        if called is not None or named is not None:
            kind = called.source_type if called else _guess_type(named)
            return Attribution(source=called.source if called else named,
                               source_id=called.source_id if called else slug(named),
                               source_type=kind if kind != "person" or called else "organisation",
                               mention=candidate.mention, cue=candidate.cue, stance=candidate.stance,
                               rule=candidate.rule + "+named-earlier")
        company = _company_named_earlier(context, head, candidate.position) if not modifiers else None
        if company is not None:
            # "A Yeti Airlines plane crashed …" then "The airline said": the company the text named so
            body = _body_source(company, rules.registry)
            return Attribution(source=body.name, source_id=body.id, source_type=body.type, mention=candidate.mention,
                               cue=candidate.cue, stance=candidate.stance, rule=candidate.rule + "+named-earlier")
        if head in _UNNAMED_BODY_KINDS and not modifiers:
            # "The team said", "the airline said" with no team or airline named: a body the text does not
            # name, unnamed (GUIDELINES: "only sources the article never names are (unnamed)")
            return Attribution(source=f"unnamed ({candidate.mention.lower()})", source_id="anonymous",
                               source_type="anonymous", mention=candidate.mention, cue=candidate.cue,
                               stance=candidate.stance, rule=candidate.rule + "+unnamed-body")
        if head not in _RECORD_NOUNS | _FILED_RECORDS | {"toll"} and \
                not candidate.mention.lower().endswith("charge sheet"):
            return None  # (a description the text does not name: no source, as the walks find none; but a
            # record nobody is named for is unnamed: "according to the latest death toll", "according
            # to the indictment", "the lawsuit says")
    described = _MEMBER_OF_DESCRIBED.fullmatch(candidate.mention or "")
    word = described.group("word").lower() if described is not None else ""
    if described is not None and described.group("head").lower() in _MEMBER_HEADS and \
            (word in _CALLED_BY_KIND or word in context.lex.descriptions and word not in _DOCUMENT_WORDS and
             "person" not in (context.lex.descriptions[word] or ())):
        # "a spokesperson for the group", "an official at the ministry": the body "the group" or "the
        # ministry" refers to, through him (unnamed when the text named none)
        body = _body_named(candidate, f"the {word}", rules=rules, context=context, publisher=publisher)
        if body is not None and body.source.lower() != word:  # (no body of that kind named: unnamed, below)
            return replace(body, mention=candidate.mention, speaker=None, rule=body.rule + "+officer")
    if described is not None and described.group("head").lower() in _SPOKES and word in context.lex.title_words and \
            word not in context.lex.descriptions and candidate.mention.lower().endswith(f"the {word}"):
        # "a spokeswoman for the premier", "a spokesman for the governor": the office holder named before
        # (or the office, as the text calls it), through his spokesman
        holder = _resolve(replace(candidate, mention=f"the {word}", anonymous=False), rules=rules, context=context,
                          publisher=publisher)
        if holder is not None and holder.source_type != "anonymous":
            return replace(holder, mention=candidate.mention, speaker=None, rule=holder.rule + "+spokesman-for")
        return Attribution(source=word, source_id=slug(word), source_type="government", mention=candidate.mention,
                           cue=candidate.cue, stance=candidate.stance, rule=candidate.rule + "+spokesman-for")
    found = _resolve(candidate, rules=rules, context=context, publisher=publisher)
    if found is None:
        return found
    kind = _search(r"^[Tt]he\s+([a-z]+)$", candidate.mention or "") if found.source_type == "anonymous" else None
    named = _kind_then_name(context, kind.group(1), candidate.position) if kind is not None else None
    if named is not None:
        # "The watchdog BaFin fined the bank …" then "The watchdog said": the body the text introduced
        # with its kind, though it had not spoken
        body = _body_source(named, rules.registry)
        return replace(found, source=body.name, source_id=body.id, source_type=body.type, rule=found.rule + "+kind-named")
    national = _demonym_body(candidate, context)
    if national is not None and rules.registry.get(found.source_id) is not None and \
            national[0].split()[0].lower() in found.source.lower():
        national = None  # (the registry's "Russian Defence Ministry" for "the Russian defence ministry" stays)
    if national is not None:
        # "The Italian coast guard said": that state's body as written, not unnamed guards
        name, kind = national
        return replace(found, source=name, source_id=slug(name), source_type=kind, speaker=None,
                       rule=found.rule + "+national-body")
    if not found.via:
        found = _carried_by(found, rules=rules, context=context, publisher=publisher)
    apposed = _apposed_body_role(found, rules=rules, context=context)
    if apposed is not None:
        return apposed
    officer = _ROLE_NAME_OF.fullmatch(found.mention or "") if found.speaker is None and \
        found.source_type not in {"person", "anonymous"} | MEDIA_TYPES else None
    if officer is not None and officer.group("role").lower().rstrip("s") in context.lex.officer_roles and \
            _guess_type(officer.group("name")) == "person" and \
            (context.matcher or _registry_matcher(rules.registry))(officer.group("name")) is None:
        # "Rebel commander Abu Hamza of Ahrar al-Sham told Reuters": the registry's body, through its
        # officer named between his role and the body (the body alone lost him)
        return replace(found, speaker=officer.group("name"), rule=found.rule + "+officer-of")
    at = context.sentence.find(found.mention) if found.mention else -1
    governor = _BANK_GOVERNOR.fullmatch((found.mention or "").strip()) if found.source_type == "person" and \
        not _search(r"(?i)\b(?:former|ex|then)\b", found.mention or "") and \
        not (at > 0 and _search(r"(?i)\b(?:former|ex|then)-?\s*(?:\w+\s+)?$", context.sentence[:at])) else None
    bank = re.sub(r"^(?:Acting|Deputy)\s+", "", governor.group("body")) if governor is not None else None
    if bank is not None and bank.endswith("West Bank"):
        bank = None  # (a Palestinian governorate's governor)
    if bank is not None and not _BANK_WORDS.search(bank):
        spelled = _defined_acronyms(" ".join(context.before)).get(bank) if bank.isupper() and context.before else None
        bank = bank if spelled is not None and _BANK_WORDS.search(spelled) else None
    if bank is not None:
        # "Bank of England Governor Andrew Bailey", "CBN Governor Yemi Adeleke" (the Central Bank of Nigeria
        # spelled out before): a central bank's governor is its officer, not a governor of a state who
        # speaks for himself
        return _as_officer(found, rules.registry.find(bank) or bank, governor.group("name"))
    owned = _OWNER_THEN_NAME.fullmatch(found.source) if found.source_type == "person" and \
        rules.registry.get(found.source_id) is None else None
    if owned is not None and is_common_word(owned.group("name").split()[0]):
        owned = None  # (no person's given name: "Tajikistan's Border Troops", "IOM's Displacement Tracking Matrix")
    if owned is not None:
        # "said UNICEF's James Elder", "the Kenya Red Cross's Asha Mohammed": the person, speaking for a
        # body the registry knows or the owner's name calls one; any other owner ("Kenya's William Ruto",
        # "Harvard's Steven Pinker", "Netanyahu's Ron Dermer", "Kharkiv's Ihor Terekhov") is only where
        # or whom he comes from, and he speaks for himself (an unknown "Eskom's Daphne Mokwena" too: the
        # words do not say that Eskom is a body, not a place)
        owner, name = owned.group("owner"), owned.group("name")
        known = rules.registry.find(owner)
        if known is not None and known.type not in {"person", "anonymous", "government"} or \
                known is None and owner.split()[-1].lower() in _BODY_WORDS:
            return _as_officer(found, known or owner, name)
        return replace(found, source=name, source_id=slug(name), speaker=name)
    named = _officer_named_after(found, rules=rules, context=context)
    if named is not None:
        return named
    titled = _TITLE_THEN_NAME.match(_titled_as_written(found.mention, context)) if found.mention and \
        "," in context.text and rules.registry.get(found.source_id) is None and \
        any(w.strip(".,").lower() in context.lex.title_stems for w in found.mention.split()) else None
    name = _person_name(context.lex, titled.group("name")) if titled is not None else None
    if name and (name in found.source or name not in (found.mention or "")) and name != found.source and \
            any(w.lower().strip(".,") in context.lex.title_stems for w in titled.group("title").split()) and \
            _guess_type(name) == "person":
        # "the vice governor of Santiago de Cuba, Yanelis Fonseca Castillo, told", read as one long
        # name: the person named after his title (who may still speak for a body, below)
        found = replace(found, source=name, source_id=slug(name), source_type="person", speaker=name)
    if found.source_type == "anonymous":
        return _including_named(found, rules=rules, context=context) or \
            _member_of_body(found, rules=rules, context=context) or \
            _member_of_named(found, rules=rules, context=context) or \
            _member_of_kind(found, rules=rules, context=context) or \
            _member_at_described(found, rules=rules, context=context) or found
    if found.source_type != "person":
        member = _member_of_body(found, rules=rules, context=context) if rules.registry.get(found.source_id) is None \
            and set(re.findall(r"[a-z]+", found.source.lower())) & _MEMBER_HEADS and \
            (found.mention or "x").split()[0].lower() in DETERMINERS | _QUANTIFIERS else None
        # (an unnamed member read as one name: "A senior Kurdistan Democratic Party (KDP) official";
        # not a named person with his role: "Ali Hassan, an RSF commander")
        if member is not None:
            return member  # ("A senior Kurdistan Democratic Party (KDP) official in Duhok", read as one name)
        officer = _officer_in_name(found, rules=rules, context=context)
        if officer is not None:
            return officer
        kind_first = _KIND_THEN_NAME.match(found.source) if rules.registry.get(found.source_id) is None else None
        if kind_first is not None:
            # "Maritime security firm Ambrey said", its kind read into its name at a sentence's start
            name = kind_first.group("name")
            known = rules.registry.find(name) or _acronym_entry(rules.registry, name)
            if known is not None and known.type != "person":
                # the registry's ("State broadcaster CCTV"; "The UN peacekeeping mission Monusco": MONUSCO)
                return replace(found, source=known.name, source_id=known.id, source_type=known.type)
            kind = _guess_type(name)
            return replace(found, source=name, source_id=slug(name), source_type=kind if kind != "person" else "organisation")
        described = _described_person(context.lex, found.source) if rules.registry.get(found.source_id) is None \
            else None
        kin = _KIN_NAMED.match(found.source) if described is None and rules.registry.get(found.source_id) is None \
            and found.source_type != "person" and \
            not _search(rf"(?i)\bits\s+{re.escape(found.source)}", context.sentence) else None  # (not "its sister Al-Hadath")
        if kin is not None and kin.group("name").lower() not in context.lex.nations and \
                not _is_people_word(context.lex, kin.group("name")):
            described = kin  # ("his daughter Volha": one name is enough after a relative's word)
        if described is not None and described.group("noun").lower() in context.lex.unnamed_persons and \
                (described is kin or _guess_type(described.group("name")) == "person"):
            # "Restaurant owner Ahmed Ali said", "The farmer, Ahmed Ali, said": a person described by
            # what he does, not a body
            # (who may still speak for a body: "WFP Communications Officer Reem Abu Zaid")
            name = described.group("name")
            found = replace(found, source=name, source_id=slug(name), source_type="person", speaker=name,
                            rule=found.rule + "+described-person")
            apposed = None
        else:
            apposed = _APPOSITION_AFTER_BODY.match(found.source)
        if found.source_type != "person":
            if apposed is None or rules.registry.get(found.source_id) is not None:
                return found
            # "The El-Obeid Emergency Response Room, a network of local volunteers, said": the body,
            # without the words that describe it
            name = apposed.group("name")
            if _guess_type(name) != "person" or len(name.split()) < 2:
                return replace(found, source=name, source_id=slug(name))
            # "Khalil Naso, a field coordinator for Yazda, told": a person, who may be an officer
            found = replace(found, source=name, source_id=slug(name), source_type="person", speaker=name)
    same_id = rules.registry.get(found.source_id) if found.source_type == "person" else None
    acronym = _acronym_entry(rules.registry, found.source) if same_id is not None else None
    if acronym is not None and acronym.type == "international body":
        # (only an international body's acronym: "Sana, a 34-year-old mother" is no news agency)
        # "Monusco said": the registry's MONUSCO, its acronym written as a word (which the registry's
        # names, matched with their case, miss)
        return replace(found, source=acronym.name, source_id=acronym.id, source_type=acronym.type, speaker=None)
    opening = _KIND_OPENING.match(found.source) if found.source_type == "person" and same_id is None else None
    if opening is not None:
        name = opening.group("name")
        known = rules.registry.find(name)
        if known is not None and known.type != "person":
            return replace(found, source=known.name, source_id=known.id, source_type=known.type, speaker=None,
                           rule=found.rule + "+kind-apposed")
        return replace(found, source=name, source_id=slug(name), source_type="organisation", speaker=None,
                       rule=found.rule + "+kind-apposed")
    if found.source_type == "person" and len(found.source.split()) <= 3 and same_id is None and \
            _kind_named(found.source, context):
        # "maritime security firm Ambrey" before "Ambrey said": a body, though its name alone reads as
        # a person's
        return replace(found, source_type="organisation", speaker=None, rule=found.rule + "+kind-apposed")
    if not found.speaker:
        return found
    return _speaks_for(found, rules=rules, context=context)


def _titled_as_written(mention: str, context: _Context) -> str:
    """A title's mention as the text writes it, with the name set off by commas after it when the
    mention stopped short of it ("The governor of the Centre-Nord" in "The governor of the
    Centre-Nord region, Issouf Ouédraogo, visited … and called on …")."""
    written = _as_written(mention, context.text)
    at = context.text.find(written)
    tail = _search(r"^(?:\s+(?:region|province|district|state|county|governorate|department|municipality))?"
                   r",\s+[A-Z][^,;:\"“”()]{2,60}?,", context.text[at + len(written):]) if at >= 0 else None
    return written + tail.group()[:-1] if tail is not None and not written.endswith(",") else written


# the words for a relative, who never speak for a body ("Francis's mother")
_KIN = KIN_WORDS | {"widow", "widower", "mum", "dad", "parents", "relatives"}
_INCLUDING_NAMED = lazy_compile(r"^\s*,?\s*including\s+(?:the\s+)?(?P<name>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|for|the|"
                                r"and|without|to))*)")


def _including_named(found: Attribution, *, rules: RuleSet, context: _Context) -> Attribution | None:
    """Unnamed speakers "including" a body the registry knows: that body ("Activists and rights groups
    including Doctors Without Borders [MSF] have reported", FA-KES without its commas)."""
    if not found.mention:
        return None
    at = context.sentence.find(found.mention)
    match = _INCLUDING_NAMED.match(context.sentence[at + len(found.mention):]) if at >= 0 else None
    if match is None:
        return None
    words = match.group("name").split()
    for size in range(len(words), 0, -1):  # (the longest run of its words the registry knows)
        known = rules.registry.find(" ".join(words[:size]))
        if known is not None and known.type not in {"person", "anonymous"}:
            return Attribution(source=known.name, source_id=known.id, source_type=known.type, mention=found.mention,
                               cue=found.cue, stance=found.stance, via=found.via, rule=found.rule + "+including")
    return None


# a person's name, then a body's name or acronym and a spokesman's role set off by commas, without an
# article: "Daphne Mokwena, Eskom spokesperson, said", "Mukhtar Ahmed, NDMA spokesman, said"
_APPOSED_BODY_ROLE = lazy_compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|de)){1,3}),\s+"
    r"(?P<body>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:(?:chief|senior|deputy|national|official)\s+)?"
    r"(?P<role>spokes(?:man|woman|person)|press\s+officer|press\s+secretary|public\s+relations\s+officer)\s*,")


# a bank's governor named with his bank ("Reserve Bank of India Governor Sanjay Malhotra", "CBN Governor …")
_BANK_GOVERNOR = lazy_compile(r"(?:[Tt]he\s+)?(?P<body>[A-Z][\w.&'’-]*(?:\s+(?:of|[A-Z][\w.&'’-]*)){0,5}?)\s+"
                              r"(?:Deputy\s+)?[Gg]overnor\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})")
_BANK_WORDS = lazy_compile(r"\b(?:Bank|Reserve|Monetary)\b")


def _apposed_body_role(found: Attribution, *, rules: RuleSet, context: _Context) -> Attribution | None:
    """The body a spokesman set off after his name names without an article ("Daphne Mokwena, Eskom
    spokesperson, said": Eskom, through her), which the reading without commas glues to his name; None
    when the sentence has no such apposition, or its body is a place or a people."""
    written = context.written or context.sentence  # (the reading drops the apposition's commas)
    if "," not in written or not (found.mention or "").lower().endswith(
            ("spokesman", "spokeswoman", "spokesperson", "officer", "secretary")):
        return None
    match = _APPOSED_BODY_ROLE.search(written)
    if match is None or not found.mention.startswith(match.group("name")):
        return None
    body, name = match.group("body"), match.group("name")
    lex = context.lex
    if body.lower() in lex.places or body.lower() in lex.nations or body.lower() in NATIONALITIES or \
            _country_of_demonym(lex, body.lower()) is not None or \
            any(w.lower() in _NO_BODY_BEFORE_ROLE or w.lower() in lex.title_stems or w.lower().endswith("-language")
                for w in body.split()):
        return None  # ("Ahmed Ali, Syrian spokesman,": a people's, no body; "Daniel Hagari, Chief spokesman,")
    if found.source_type not in {"person", "anonymous"} and rules.registry.get(found.source_id) is not None:
        # (the body found already, the registry's: "Igor Konashenkov, Defence Ministry spokesman," after
        # the Russian Defence Ministry spoke is that ministry's, through him)
        return replace(found, speaker=name, rule=found.rule + "+officer")
    known = rules.registry.find(body) or _acronym_entry(rules.registry, body)
    if known is not None and known.type in {"person", "anonymous"}:
        return None
    if known is not None and _foreign_alias(body, known, rules.registry, context.nations, lex.nations):
        known = None  # (a country-less "Health Ministry" in a Brazilian story is no Syrian one)
    return _as_officer(found, known or body, name)


# a body or a place owning a named person, read as one name: "Eskom's Daphne Mokwena", "Kenya's William Ruto"
_OWNER_THEN_NAME = lazy_compile(r"(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:'s|’s)\s+"
                                r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|de)){1,3})")


# a person described by one to three words, then named: "Restaurant owner Ahmed Ali", "farmer Ahmed Ali"
_DESCRIBED_PERSON = lazy_compile(r"^(?:[A-Za-z][\w-]*\s+){0,2}(?P<noun>[A-Za-z]+)\s+"
                               r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|de)){1,3})$")
# the same with its noun after exactly two, one or no words, for a name of three or four words, which
# the pattern above would cut after the name's first word ("passenger Mohamed Abdel Aziz")
_DESCRIBED_PERSON_AT = tuple(lazy_compile(r"^(?:[A-Za-z][\w-]*\s+){%d}(?P<noun>[A-Za-z]+)\s+"
                                          r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|de)){1,3})$" % k)
                             for k in (1, 0))  # (two words before it: `_DESCRIBED_PERSON`'s own reading)


def _described_person(lex: Lexicon, source: str):
    """The match of `_DESCRIBED_PERSON` in `source`, its noun a word for a person when another way of
    reading the words gives one in lower case ("passenger Mohamed Abdel Aziz": the passenger, not
    "Mohamed"; but "Coast Guard District Central Visayas" is no guard)."""
    described = _DESCRIBED_PERSON.match(source)
    if described is None or described.group("noun").lower() in lex.unnamed_persons:
        return described
    return next((found for pattern in _DESCRIBED_PERSON_AT if (found := pattern.match(source)) is not None
                 and found.group("noun").islower() and found.group("noun") in lex.unnamed_persons
                 and found.group("noun") not in _ADJECTIVE_PERSONS), described)


# words for a person that are also adjectives before a body's name ("The official Al Ahram Weekly")
_ADJECTIVE_PERSONS = {"official", "local", "syrian", "executive", "professional"}
# a relative named by one name: "his daughter Volha", "her son Mohammed"
_KIN_NAMED = lazy_compile(r"^(?:[A-Za-z][\w-]*\s+)?(?P<noun>daughter|son|wife|husband|brother|sister|mother|father|uncle|"
                          r"aunt|cousin|nephew|niece|grandmother|grandfather|widow)\s+(?P<name>[A-Z][\w'’-]+)$")
# a state's body in lower case after its people's adjective: "The Italian coast guard said", "the
# Italian interior ministry said", "The Libyan coastguard said" (army, police and government have
# readings of their own)
# an army as a text names it: "Uganda People's Defence Forces", "Nigerian Army", "Armed Forces of the Philippines"
# a people's troops ("Israeli troops", "Russian special forces"), whose army "the army" may be
_NATIONAL_TROOPS = lazy_compile(r"\b([A-Z][a-z]+)\s+(?:special\s+)?(?:troops|forces|soldiers|tanks|jets|warplanes|drones)\b")
_ARMY_NAMED = lazy_compile(r"\b((?:[A-Z][\w'’-]*\s+){1,4}(?:Defen[cs]e\s+Forces?|Armed\s+Forces|Army)(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+)?)")
# a state's force named by its country alone and its kind ("Botswana Defence Force", "Nigerian Army"; not a
# rebel army with more words, "Sudan Liberation Army", "Syrian National Army", nor "… Army of Khalifa Haftar")
_STATE_FORCE_NAMED = lazy_compile(r"(?<![\w'’-])(?<![A-Z][\w'’-]\s)([A-Z][a-z]+\s+(?:Defen[cs]e\s+Forces?|Armed\s+Forces|Army))"
                                  r"(?![\w'’-]|\s+(?:of|Brigade|Division|Corps)\b)")
_DEMONYM_BODY = re.compile(r"(?:^|(?<=\s))(?:[Tt]he\s+)?(?P<demonym>[A-Z][a-z]+)\s+(?P<body>(?:(?:coast|border)\s+guards?|coastguard|navy|"
                           r"air\s+force|(?:foreign|interior|home|defen[cs]e|health|justice|information)\s+ministry|"
                           r"ministry\s+of\s+(?:foreign\s+affairs|the\s+interior|interior|defen[cs]e|health|justice)|"
                           r"foreign\s+office))$")


def _demonym_body(candidate: Candidate, context: _Context) -> tuple[str, str] | None:
    """(name, type) of the state body a mention names after a people's adjective, as the text writes
    it ("Italian coast guard", "Italian interior ministry"), or None: not the story's own country's
    body, not the registry's Syrian one, and not unnamed guards."""
    if not candidate.mention or candidate.mention[:1].isupper() and not candidate.mention.startswith(("The ", "the ")):
        return None
    end = context.sentence.find(candidate.mention, max(candidate.position - len(candidate.mention) - 40, 0))
    if end < 0:
        return None
    found = _DEMONYM_BODY.search(context.sentence[:end + len(candidate.mention)])
    if found is None or _country_of_demonym(context.lex, found.group("demonym").lower()) is None:
        return None
    return f"{found.group('demonym')} {found.group('body')}", \
        "military" if re.search(r"guard|navy|force", found.group("body")) else "government"


_NP_DETERMINER = r"(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne)"  # what opens the noun phrase a relative clause follows
_NAME_GIVEN = lazy_compile(
    rf"(?P<np>\b{_NP_DETERMINER}\s+[^,;:\"“”]{{1,80}}?),?\s+(?:who\s+(?:(?:simply|only|just)\s+)?"
    r"(?:gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|full\s+)?name(?:\s+(?:only\s+)?as|,)"
    r"|(?:identified|introduced)\s+(?:himself|herself)\s+(?:only\s+)?as"
    r"|would\s+(?:only\s+)?give\s+(?:his|her)\s+(?:first\s+)?name\s+as"
    r"|asked\s+to\s+be\s+(?:identified|named|called)\s+(?:only\s+)?(?:as|by\s+(?:the|a|his|her)\s+"
    r"(?:pseudonym|nom\s+de\s+guerre|nickname|first\s+name|name),?))"
    r"|identified\s+only\s+as)\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\.(?=\s+[A-Z]))?(?:\s+[A-Z][\w'’-]*(?:\.(?=\s+[A-Z]))?){0,5})")
# (the words that give the name are fixed: "gave his name only as", "identified himself as", "asked to
# be identified by the pseudonym"; never any "as" or "by" further on: "who gave first aid by Gaza
# City beach". The name keeps no full stop of its own at the sentence's end.)
_NP_PREPOSITIONS = {"after", "before", "during", "in", "at", "on", "of", "for", "with", "from", "by", "to", "near",
                    "against", "over", "under", "about", "among", "since", "amid"}


# an unnamed person, the place he is of, then his name between commas: "A resident of Kibera, Mary
# Atieno,", "A farmer in Nyeri, Mr Peter Kariuki," (the reading drops the commas: `_reading`)
_PLACED_PERSON = lazy_compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z]+)\s+(?:of|in|from|at)\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}),?")


def _named_after_place(candidate: Candidate, context: _Context) -> str | None:
    """The name of a person the mention introduces as an unnamed one of a place, set off by
    commas after the place, as the text writes it; None otherwise (a place after the place: "A
    resident of Aleppo, Syria,")."""
    if not candidate.mention or candidate.mention.count(" ") < 4:
        return None
    if "," not in context.text:
        return _named_after_known_place(candidate.mention, context)
    found = _PLACED_PERSON.fullmatch(_as_written(candidate.mention, context.text).strip(" ,"))
    if found is None or found.group("head") not in context.lex.unnamed:
        return None
    words = found.group("name").split()
    matcher = context.matcher or (lambda name: None)
    return " ".join(words) if _names_a_person(context.lex, words, matcher) else None


_PLACED_WITHOUT_COMMAS = lazy_compile(
    r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z]+)\s+(?:of|in|from)\s+(?P<rest>[A-Z].*)")


def _named_after_known_place(mention: str, context: _Context) -> str | None:
    """FA-KES, its commas lost: "Another resident of Deir al-Zor Abdullah al-Noami": the name after a
    place the rules know, when the words after it name a person."""
    found = _PLACED_WITHOUT_COMMAS.fullmatch(mention)
    if found is None or found.group("head") not in context.lex.unnamed:
        return None
    words = found.group("rest").split()
    matcher = context.matcher or (lambda name: None)
    for cut in range(len(words) - 2, 0, -1):
        if " ".join(words[:cut]).lower() in context.lex.places and 2 <= len(words) - cut <= 4 and \
                _names_a_person(context.lex, words[cut:], matcher):
            return " ".join(words[cut:])
    return None


# the units of a body its possessive names ("the ministry's press office", "the KFF's Public Relations and
# Media Department")
_UNIT_WORDS = {"department", "office", "centre", "center", "unit", "directorate", "bureau", "section", "desk", "project"}
# a unit of a body, named by its owner's possessive ("the KFF's Public Relations and Media Department")
_UNIT_OF_BODY = lazy_compile(r"(?P<owner>(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,5}|[a-z]+))(?:'s|’s)\s+"
                             r"(?:(?:[A-Z][\w-]*\s+(?:and\s+|&\s+)?){1,5}|(?:[a-z][\w-]*\s+){0,2})"
                             r"(?i:department|office|cent(?:er|re)|unit|directorate|bureau|section|desk|project)")
# a body's press unit, named before the body: "the press service of the Ministry of Emergency Situations"
_UNIT_OF_NAMED = lazy_compile(r"(?:[Tt]he\s+)?(?i:press|media|information|public\s+relations)\s+"
                              r"(?i:service|office|department|centre|center|unit|section)\s+of\s+"
                              r"(?P<owner>(?:the\s+)?[A-Z].*)")
# an office "for" a portfolio or a place, capitalised ("Cabinet Secretary for Climate Change", "The Minister
# of State for Relief", "The Senior Divisional Officer for Bui"); a spokesman "for" a body is no such office
_PORTFOLIO_OFFICE = lazy_compile(
    r"^(?:(?:[Tt]he|[Aa]n?)\s+|[A-Z][\w'’-]*(?:'s|’s)\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
    r"(?:Minister|Secretary|Officer|Commissioner|Administrator|Adviser|Advisor)(?:\s+of\s+State)?"
    r"\s+for\s+[A-Z][\w'’-]*(?:\s+(?:and|of|[A-Z][\w'’-]*))*$")
# or a title whose bearer speaks for himself, with the place he holds it for ("The Greater Accra Regional Minister")
_SELF_SPEAKING_OFFICE = lazy_compile(r"^(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?(?:Deputy\s+)?(?:Minister|Governor|Mayor)$")
# the portfolio's further words and the holder's name, set off by commas after the office
_PORTFOLIO_HOLDER = re.compile(r"^((?:,\s+[A-Z][\w'’-]*(?:\s+(?:and|of|[A-Z][\w'’-]*))*?)*?),\s+"
                               r"(?:(?:Mr|Mrs|Ms|Dr|Hon|Prof|Alhaji|Chief)\.?\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}),")


def _named_after_portfolio(candidate: Candidate, context: _Context) -> str | None:
    """The person who holds an office "for" a portfolio or a place, named after it between commas
    ("The Senior Divisional Officer for Bui, Emmanuel Ngwa Tanjong, gave a lower figure"); such a
    holder speaks for himself, as a minister does. None otherwise."""
    mention = (candidate.mention or "").strip(" ,")
    if not mention or _PORTFOLIO_OFFICE.match(mention) is None and _SELF_SPEAKING_OFFICE.match(mention) is None:
        return None
    office = mention[:mention.find(" for ")] if " for " in mention else mention
    owner = _search(r"^([A-Z][\w'’-]*)(?:'s|’s)\s", office)
    matcher = context.matcher or (lambda name: None)
    known = matcher(owner.group(1)) if owner is not None else None
    if _search(r"\b[A-Z]{2,}\b|\bHigh\b", office) or _NOT_A_CABINET.search(office) or \
            known is not None and known.type != "government":
        return None  # (a body's officer: "the UN High Commissioner for Refugees", "Amnesty's Secretary for …")
    at = context.text.find(mention)
    found = _PORTFOLIO_HOLDER.match(context.text[at + len(mention):]) if at >= 0 else None
    if found is None:
        return None
    words = found.group("name").split()
    return found.group("name") if _names_a_person(context.lex, words, matcher) else None


def _name_given(candidate: Candidate, context: _Context) -> tuple[str, str] | None:
    """(the noun phrase, the name) when the candidate's mention is the subject of a relative clause
    that gives its name, or that name ("a spokesperson for the group, who gave his name only as Ko
    Thura,")."""
    if not candidate.mention or " who " not in context.text:
        return None  # (the pattern below need not be tried on the many sentences without a relative "who")
    mention = candidate.mention.strip(" ,")
    bare = rf"^{_NP_DETERMINER}\s+"
    for match in _NAME_GIVEN.finditer(context.text):
        np = _last_noun_phrase(match.group("np"))
        if "name," in match.group() and not _search(r"^\s*(?:[,.;\"”]|$)", context.text[match.end():]):
            continue  # ("who gave his name, Reuters was told, said …": no name after the comma)
        if mention == match.group("name") or re.sub(bare, "", mention) == re.sub(bare, "", np) or \
                np.startswith(mention + " ") and context.text.find(np) == context.text.find(mention):
            # ("a youth leader" in the town, who gave his name only as Abba: the same words, not "The army
            # said an army officer, who gave his name as …")
            words = match.group("name").split()
            while len(words) > 1 and words[0].lower().rstrip(".") in context.lex.title_stems:
                words.pop(0)  # ("… identified himself as Major General Hamid Issa Tirab")
            return np, " ".join(words)
    return None


def _last_noun_phrase(phrase: str) -> str:
    """The noun phrase a relative clause follows, from its last determiner that no preposition
    precedes: "a spokesperson for the group" in "After the attack a spokesperson for the group"."""
    words = phrase.split()
    starts = [k for k, w in enumerate(words) if re.fullmatch(_NP_DETERMINER, w)
              and (k == 0 or words[k - 1].lower() not in _NP_PREPOSITIONS)]
    return " ".join(words[starts[-1]:]) if starts else phrase


def _carried_by(found: Attribution, *, rules: RuleSet, context: _Context, publisher: Source | None) -> Attribution:
    """`found` relayed by the outlet that carried its statement ("said in a statement carried by the
    state news agency SANA"); unchanged when none did, when the outlet is the publisher, or when it
    is the body's own ("carried by its Andalus radio station")."""
    carried_by = _CARRIED_BY.search(context.written or context.sentence) or \
        _INTERVIEWED_BY.search(context.written or context.sentence)
    matcher = context.matcher or _registry_matcher(rules.registry)
    if carried_by is None and not found.via:
        # "said in comments to state broadcaster MRTV", "…, quoted by the ANI news agency": a medium
        # its kind or the registry names, after the speaker's own cue and no other's
        sentence = context.written or context.sentence
        cue_at = sentence.find(found.cue) if found.cue else -1
        spoke = any(w in sentence for w in ("interview", "comments", "remarks", "quoted by"))  # (else none can match)
        carried_by = next((m for m in (p.search(sentence) for p in _SPOKE_THROUGH if spoke)
                           if m is not None and (m.group("kind") or m.groupdict().get("after") or
                                                 (known := matcher(m.group("outlet"))) is not None
                                                 and known.type in MEDIA_TYPES)
                           and cue_at >= 0 and not _not_speakers_interview(
                               sentence[:m.start()] if m.start() < cue_at else sentence[cue_at + len(found.cue):m.start()])),
                          None)
    if carried_by is None or _search(r"\bby\s+(?:its|their|his|her)\b", carried_by.group()):
        return found
    written = carried_by.group("outlet")
    if written.rstrip(".").lower() in DAYS | MONTHS | {"tv", "radio", "television"}:
        return found  # ("a statement, broadcast on Monday, …", "broadcast by state TV": no medium by name)
    if written.endswith(".") and "." not in written.split()[-1][:-1]:
        written = written[:-1]  # the sentence's full stop ("… carried by the Saudi Press Agency."), not "U.N."
    owner = re.match(r"([A-Z][\w-]*?)(?:'s|’s|s)(?:\s+|$)", written)
    if owner is not None and owner.group(1).lower() in context.lex.nations:
        # "carried by Turkey's NTV television": NTV, not Turkey (FA-KES: "Turkeys"); "by Syria's state news
        # agency SANA": the name after the kind
        after = _MEDIUM_AFTER_KIND.match((context.written or context.sentence)[carried_by.end():]) \
            if written == owner.group() else None
        written = after.group("name") if after is not None else written[owner.end():]
        if not written:
            return found
    outlet = matcher(written)
    name = outlet.name if outlet is not None else written
    if (outlet is not None and outlet.type not in MEDIA_TYPES) or name == found.source or \
            (publisher and _names_publisher(name, publisher, matcher)) or name.lower() in _PLATFORMS:
        return found  # (nor a platform: "a speech broadcast on Telegram" went through no outlet)
    return replace(found, via=(name,))


# a medium's name after its kind in lower case ("[Syria's] state news agency SANA")
_MEDIUM_AFTER_KIND = lazy_compile(r"\s+(?:(?:state|state-run|state-owned|official|public|national|news|press|"
                                  r"agency|television|tv|broadcaster|radio|channel|media|outlet|daily|newspaper)\s+){1,3}"
                                  r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})")
_CARRIED_BY = re.compile(r"\b(?:statement|remarks|comments|interview|message|post|address|speech|communiqu[eé])s?,?\s+"
                         r"(?:(?:carried|published|broadcast|aired|run|relayed)\s+by|(?:read(?:\s+out)?|broadcast|aired)\s+on)"
                         r"\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?P<outlet>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})")
# ("a statement carried by the state news agency SANA", "a statement read on state television RTB")
_INTERVIEWED_BY = re.compile(r"\binterviewed\s+by\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}?(?i:"
                             + "|".join(sorted(_MEDIA_KINDS)) + rf")\s+(?P<outlet>{_MEDIUM_NAME})")
# ("Three residents interviewed by the Ukrainian outlet Hromadske described …": the outlet relays them)

# the kind of medium written before its name, in lower case ("state broadcaster MRTV", "the daily Haaretz"; a
# broadcaster alone may be a person: "veteran broadcaster David Frost")
_MEDIA_KIND_WORDS = ("|".join(sorted((_MEDIA_KINDS | {"network", "outlet", "daily", "weekly", "website"}) - {"broadcaster"}))
                     + r"|(?:state|public|national|private|local)\s+broadcaster")
_SPOKE_THROUGH = (
    # "said in comments to state broadcaster MRTV", "in an interview with the BBC" (a kind, or a medium
    # the registry knows), ending the clause or opening what was said
    re.compile(rf"\bin\s+(?:an?\s+)?(?:interview|comments|remarks)\s+(?:with|to)\s+(?:the\s+)?"
               rf"(?P<kind>(?:[a-z-]+\s+){{0,2}}?(?:{_MEDIA_KIND_WORDS})\s+)?(?P<outlet>{_MEDIUM_NAME})"
               rf"(?=\s*(?:[,.;:!?]|$|that\b|on\s+\w+day\b|(?:broadcast|aired|published|released)\b))"),
    # "…, quoted by the ANI news agency", "…, quoted by state broadcaster NRK"
    re.compile(rf",\s+(?:as\s+)?quoted\s+by\s+(?:the\s+)?(?P<kind>(?:[a-z-]+\s+){{0,2}}?(?:{_MEDIA_KIND_WORDS})\s+)?"
               rf"(?P<outlet>{_MEDIUM_NAME})(?P<after>\s+(?:news\s+agency|agency|newspaper|daily|television|radio|channel))?"
               rf"(?=\s*[.!?]?[\"”’']?\s*$)"),  # (ending the sentence: not "Biden's remarks, as quoted by CNN, were")
)
# what makes an interview after the speaker's cue no relay of his: a medium's own piece or another's words
# right before it ("claims Putin made in an interview with the BBC", "the report, which first appeared in an
# interview with Reuters", "…, while a rebel commander said in an interview with …"; not "said earlier in an
# interview", "said Russia had made gains in an interview")
_ANOTHERS_INTERVIEW = lazy_compile(r"\b(?:appeared|aired|published|broadcast)\b[^,;]{0,25}$|\b(?:made|gave|given)\s+"
                                   r"(?:(?:on\s+)?\w+day\s+|last\s+\w+\s+|earlier\s+)?$|\bboasted\s+of\s+\S+(?:\s+\S+)?\s*$")
_OTHER_SPEAKER = lazy_compile(r"(?:[,;]|\bwhile\b|\bwhereas\b|\bbut\b|\band\b)[^,;]*\b(?:said|says|told|tells|claimed|added)\s*$"
                              r"|\b(?:had|has|have)\s+(?:said|told)\s*$")


def _not_speakers_interview(between: str) -> bool:
    """Whether the words between a speaker's cue and "in an interview with …" give the interview to
    another or to a medium's own piece (`_ANOTHERS_INTERVIEW`, `_OTHER_SPEAKER`)."""
    return _ANOTHERS_INTERVIEW.search(between) is not None or _OTHER_SPEAKER.search(between) is not None


_APPOSITION_AFTER_BODY = re.compile(r"^(?:[Tt]he\s+)?(?P<name>[A-Z][^,]*?[\w)])(?:,?\s+(?:a|an|the)\s+[a-z][\w-]*\s+[a-z]"
                                    r"|,?\s+(?:a|an)\s+(?:[A-Z][\w.&/-]*\s+){1,2}[a-z])")
# (also a body before the role: "Ali Hassan, an RSF commander")


# a body's kind written next to a short name that alone reads as a person's ("maritime security firm
# Ambrey", "Ukraine's state grid operator, Ukrenergo,", "the UN peacekeeping mission, known as
# MINUSCA,", "Alarm Phone, a hotline run by volunteers"): `_kind_named`
# (not a person's trade: "a motorcycle taxi operator", "a film producer"; an operator of a network is a body)
_BODY_KIND_WORDS = ("company", "firm", "hotline", "charity", "ngo", "mission", "utility", "airline", "manufacturer",
                    "insurer", "lender", "broadcaster", "startup", "watchdog", "consortium", "conglomerate", "carmaker",
                    "automaker", "regulator", "giant", "retailer", "exporter", "club", "drugmaker", "chipmaker",
                    "planemaker", "steelmaker")  # (no "producer", "miner": persons)
_BODY_KINDS = "|".join(_BODY_KIND_WORDS) + \
    r"|(?:grid|network|pipeline|port|transmission|railway|rail|ferry|satellite|power|telecoms?)\s+operator" + \
    r"|(?:drug|chip|car|plane|steel)\s+maker"
# (the same without "broadcaster": a broadcaster may be a person, "Kirsty Wark, a broadcaster")
_BODY_KINDS_NOT_PERSONS = _BODY_KINDS.replace("broadcaster|", "")
# a body's kind, capitalised, opening the sentence before its name ("Carmaker Toyota said", "Retailer
# Walmart"), read whole as a person's name (not "Club Brugge", "Mission Director …", "Giant Eagle", "Charity
# Mwangi")
_KIND_OPENING = lazy_compile(rf"^(?!(?i:club|mission|giant|{'|'.join(_GIVEN_NAME_NOUNS)})\s)(?i:{_BODY_KINDS_NOT_PERSONS})\s+"
                             r"(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2})$")
_AFTER_BODY_KIND = r"(?:for|that|which|based|run|operating|owned|in|of|with|founded|set|\.|,|;)"


# the same kind before a name at a sentence's start, where its words are read into the name
_KIND_THEN_NAME = lazy_compile(rf"^(?:[A-Z][a-z-]+\s+)?(?:[a-z][a-z-]+\s+){{0,2}}(?:{_BODY_KINDS}|NGO)\s+"
                               r"(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2})$")


# (the words `_kind_named` looks for, a broadcaster aside, as plain text: no pattern runs without one)
def _acronym_entry(registry: Registry, name: str) -> Source | None:
    """The registry body a name is in another case, by its id ("Monusco": MONUSCO), which the
    registry's names, matched with their case, miss."""
    known = registry.get(slug(name))
    return known if known is not None and known.name.lower() == name.lower() else None


_KIND_NEEDLES = tuple(w for w in _BODY_KIND_WORDS if w != "broadcaster") + ("operator", "maker")


def _kind_named(name: str, context: _Context) -> bool:
    """Whether the text before this mention (or this sentence) writes a body's kind next to `name`,
    one to three capitalised words that `_guess_type` reads as a person's: right before it, the name
    then a cue, a verb of its own or a pause ("firm Ambrey said", not "the company Adam Neumann
    founded"), or after it as its apposition's head ("Alarm Phone, a hotline run by volunteers", not
    "John Smith, a spokesman for the company", "Kirsty Wark, a broadcaster")."""
    texts = [t for t in (context.text, *context.before) if name in t]
    if not any(kind in t.lower() for t in texts for kind in _KIND_NEEDLES):
        return False  # (no kind's word where the name is written: no pattern to compile or run)
    escaped = re.escape(name)
    kinds = _BODY_KINDS_NOT_PERSONS
    # (capitalised only opening a sentence: "Drugmaker Pfizer said"; not a first name, "nurse Charity Mwangi")
    before = _compiled(rf"(?:\b(?:{kinds})|(?:^|(?<=[.!?]\s))(?!(?:{'|'.join(_GIVEN_NAME_NOUNS)})\s)(?i:{kinds}))"
                       rf"(?:\s+(?:known\s+as|called|named))?\s+{escaped}"
                       rf"(?!\s+(?:founded|bought|acquired|led|leads|built|owned|owns|created|started|runs|ran|run|sold|"
                       rf"launched|set|took|heads|headed|chairs|chaired|joined|left|manages|managed)\b|\s+[A-Z])"
                       rf"|\b(?:{kinds}),\s+(?:known\s+as\s+)?{escaped},")
    after = _compiled(rf"(?<![\w'’-]){escaped},\s+(?:a|an|the)\s+"
                      rf"(?:(?!(?:for|of|at|with|in|on|from|to|by|the|a|an)\s)[a-z][\w-]*\s+){{0,3}}(?:{kinds})\s*"
                      rf"{_AFTER_BODY_KIND}")
    for text in texts:
        if before.search(text):
            return True
        for match in after.finditer(text):
            # (the whole name, not its last word: "Charity Refugee Action, a refugee charity")
            if not _search(r"(?<![\w'’-])(?!(?:The|A|An)\s)[A-Z][\w'’.-]*\s+$", text[:match.start()]):
                return True
    return False


def _person_named_so(word: str, context: _Context) -> bool:
    """Whether the text before names a person whose last name is `word` ("Uhuru Kenyatta" before
    "Kenyatta said"), or goes on with a personal pronoun ("Gates said he …"): a person, not the
    body named after him."""
    if _search(rf"^[\s\"“]*{re.escape(word)}\s+\w+\s+(?:that\s+)?(?:he|she|his|her)\b", context.sentence):
        return True
    name = _compiled(rf"(?<![\w'’.-])([A-Z][a-z][\w'’-]*)\s+{re.escape(word)}\b(?!\s+[A-Z])")
    lex = context.lex
    kinds = _BODY_KINDS_NOT_PERSONS
    return any(_guess_type(m.group()) == "person" and not _body_word_in(m.group()) and
               m.group(1).lower() not in lex.places and m.group(1).lower() not in lex.nations and
               m.group(1).lower() not in NATIONALITIES and _country_of_demonym(lex, m.group(1).lower()) is None and
               not _search(rf"\b(?:{kinds})\s+$", text[:m.start()])  # ("oil giant Saudi Aramco": a body)
               for text in (context.sentence, *context.before) for m in name.finditer(text))


# the last words of bodies named after a person ("Gates Foundation", "Walton Family Foundation"), whose
# namesake a one-word mention is as often as the body (a university, an airport or a hospital named
# after one is left to `_person_named_so`: "Harvard said" after "Harvard University" is the university)
_EPONYMOUS_ENDS = {"foundation", "fund", "trust", "family", "prize", "award"}


def _longer_body_name(word: str, context: _Context) -> str | None:
    """The longer name of a body the text gave before a one-word mention of it: two to four
    capitalised words that open with `word` and name a body ("Mazda Motor Corp", "Daehan
    Shipbuilding Co"), or that follow a body's kind ("state oil giant Saudi Aramco", "carmaker Mazda
    Motor"); None when the text gave none (a person's name is none: "Mazda Smith")."""
    texts = [t for t in (context.sentence[:context.sentence.find(word)] if word in context.sentence else "",
                         *reversed(context.before)) if word in t]
    if not texts:
        return None
    escaped = re.escape(word)
    named = _compiled(rf"(?<![\w'’.-])((?:[A-Z][\w'’.&-]*\s+){{0,2}}{escaped}(?:\s+[A-Z][\w'’.&-]*){{0,3}})")
    kinds = _BODY_KINDS_NOT_PERSONS
    lex = context.lex
    for text in texts:
        for match in reversed(list(named.finditer(text))):
            name = re.sub(r"^(?:The|A|An)\s+", "", match.group(1)).strip(" .")
            words = name.split()
            if name == word or len(words) > 4 or "'" in name or "’" in name or \
                    any(w.lower().rstrip(".") in lex.title_stems or w.isupper() for w in words):
                continue  # (no person with his title, "MEC Zolile Mkhabela", nor a body's acronym, "NEMA Director")
            if words[-1].lower() in _TERRITORIES | {"prefecture", "governorate", "oblast"} or name.lower() in lex.places:
                continue  # (a place: "Tochigi Prefecture")
            if words[-1].lower() in _EPONYMOUS_ENDS:
                continue  # (a body named after a person: "Gates said" after "the Gates Foundation")
            kind_before = _search(rf"\b(?:{kinds})\s+$", text[:match.start(1)])
            if words[0] == word and (_guess_type(name) != "person" or kind_before is not None) or \
                    words[-1] == word and kind_before is not None:
                return name
    return None


_FACILITIES = {"hospital", "clinic", "infirmary"}
_FACILITY_HEADS = {"hospital", "medical", "center", "centre", "complex", "clinic", "infirmary", "health"}
_FACILITY_NAME = lazy_compile(r"\b((?:(?:[A-Z][\w'’.-]*|al-[\w'’-]+|of|de)\s+){0,5}"
                            r"(?:Hospital|Medical\s+Cent(?:er|re)|Medical\s+Complex|Clinic|Infirmary|Health\s+Cent(?:er|re)))\b")


def _facility_named(found: re.Match) -> str | None:
    """The hospital's name in a `_FACILITY_NAME` match, without the words before it ("On Tuesday
    Al-Shifa Hospital", "Gaza's Al-Shifa Hospital"); None when only the kind is named ("a Medical
    Center")."""
    words = found.group(1).split()
    while words and (words[0].lower() in DAYS | MONTHS or words[0].endswith(("'s", "’s")) or
                     (is_common_word(words[0]) and words[0].lower() not in _FACILITY_HEADS)):
        words.pop(0)
    if all(w.lower() in _FACILITY_HEADS | {"of", "de"} for w in words):
        return None
    return _clean_name(" ".join(words))


# the words that make the name before a role a place's ("Mandera county commissioner")
_TERRITORIES = {"county", "district", "state", "province", "provincial", "region", "regional", "city", "municipal"}
# a body's document speaking for it: "The State Border Committee's statement", "the ministry's report",
# "The Rapid Support Forces' statement"
_DOCUMENT_OF = re.compile(r"(?P<owner>.+?)(?:['’]s|(?<=s)['’])\s+(?:statement|report|communiqu[eé]|letter|"
                          r"announcement|press\s+release)")

# a police force's name: "Kosovo Police", "Katsina State Police Command", "District Police Office"
_POLICE_NAME = lazy_compile(r"\b((?:(?:[A-Z][\w'’.-]*|of|and)\s+){0,5}Police"
                          r"(?:\s+(?:Command|Office|Service|Force|Department|Headquarters|Directorate|Station))?)\b"
                          r"(?!\s+(?:Training|Academy|College|School|Commission|Ombudsman|Complaints|Authority|Union|"
                          r"Association|Hospital|Museum|Officers?)\b)")
# a police force named otherwise than "… Police": "Clearwater RCMP", "Gardaí", "the PSNI"
_OTHER_FORCE_NAME = r"\b((?:[A-Z][\w'’-]*\s+){0,2}?(?:RCMP|SAPS|PSNI|Garda[ií]|Garda\s+Síochána|Carabinieri))(?!\s+[A-Z])"
_OTHER_FORCE_WORDS = {"gardaí", "gardai", "rcmp", "psni", "carabinieri", "gendarmerie"}
# capitalised words that belong to a force's name though they are common words ("District Police Office")
_FORCE_WORDS = {"state", "national", "district", "regional", "provincial", "federal", "county", "armed", "central",
                "reserve", "border", "metropolitan", "city", "military", "traffic", "judicial", "royal", "civil",
                "local", "municipal", "general", "special", "criminal", "investigation", "security", "and", "of",
                "region", "zone", "territory", "capital", "valley", "new", "west", "east", "north", "south", "upper",
                "lower", "greater"}
# bodies named with "police" that are no police force
_NOT_A_FORCE = {"ombudsman", "commission", "ministry", "watchdog", "union", "authority", "association", "academy"}


def _force_name(lex: Lexicon, words: list[str]) -> str | None:
    """A force's name from the capitalised words before and at "police" ("Kosovo Police", "Jammu and
    Kashmir Police", "Mandera county police"), without what opens the sentence before it ("On Tuesday",
    "Local", "A"); None when no word names the force ("Police" alone, a rank such as "Deputy
    Superintendent of Police", a headline such as "Tinubu Orders Police")."""
    if "and" in words[1:]:
        joined = words.index("and", 1)
        if joined > 1:
            words = words[joined + 1:]  # ("Uba Sani and Kaduna police"; but "Jammu and Kashmir Police")
    while words and (words[0].lower() in DAYS | MONTHS | DETERMINERS | {"on", "in", "at", "of", "and", "after"} or
                     words[0].endswith(("'s", "’s")) or
                     (is_common_word(words[0]) and words[0].lower() not in _FORCE_WORDS - {"local", "and", "of"}
                      and " ".join(words[:2]).lower() not in lex.places)):
        words = words[1:]
    head = next((k for k, w in enumerate(words) if w.lower() == "police"), None)
    if head is None or head == 0 or not any(w[:1].isupper() for w in words[:head]) or any(
            w.lower().rstrip(".") in lex.title_stems or any(p in lex.title_stems for p in w.lower().split("-"))
            or (k > 0 and is_common_word(w) and w.lower() not in _FORCE_WORDS) for k, w in enumerate(words[:head])) or \
            any(w.lower() in _NOT_A_FORCE for w in words):
        return None
    return _clean_name(" ".join(words))


def _spoke_as_police(lex: Lexicon, attribution: Attribution) -> bool:
    """Whether an attribution names a police force ("police", "Kosovo Police"; not "the Independent
    Office for Police Conduct")."""
    return attribution.source_type not in ("person", "anonymous") and (
        attribution.source == "police" or _force_name(lex, attribution.source.split()) == attribution.source)


def _police_force(context: _Context, at: int, named: str | None = None) -> Attribution | str:
    """The police force a sentence's "police" (or a police officer, `_speaks_for`) speaks for: the
    force its own words name (`named`: "Gauteng police" of "Gauteng police spokesperson"), the force
    that spoke before ("Kosovo Police said …" then "Police said …"), the one the text names before
    offset `at` ("the Katsina State Police Command"), else the police of the place: "police"."""
    if named:
        return named
    for previous in reversed(context.history):
        if _spoke_as_police(context.lex, previous):
            return previous
    for text in (context.sentence[:at], *reversed(context.before)):
        name = next(filter(None, (_force_name(context.lex, m.group(1).split())
                                  for m in reversed(list(_POLICE_NAME.finditer(text))))), None)
        if name is None and (other := _search(_OTHER_FORCE_NAME, text)):
            name = _clean_name(other.group(1))  # ("Clearwater RCMP", "Gardaí")
        if name is not None:
            return name
    return "police"


# a police officer's role right before his name: "Gauteng police spokesperson Colonel", "local police
# commander", "Mandera county police commander", "Deputy Superintendent of Police", "Inspector General
# of Police (IGP)"; then at most a bracketed acronym, a comma and his ranks (checked in `_police_officer`)
_POLICE_ROLE = lazy_compile(
    r"(?:(?P<force>(?:(?:(?!(?:Divisional|Deputy|Senior|Assistant|Additional|Acting|Chief)\b)[A-Z][\w'’-]*|county|state|"
    r"regional|provincial|district|city|and)\s+){0,4}[Pp]olice)"  # (a rank's words are no force's: "The Divisional Police Officer")
    r"(?:\s+\([A-Z]{2,6}\))?\s+"  # ("The Liberia National Police (LNP) spokesperson, Deputy Inspector General …")
    r"(?:(?:station|district|county|state|traffic|regional|provincial|divisional|area|zonal|deputy|senior|assistant|"
    r"acting|press|media|public|relations|Deputy|Assistant|Acting|Senior|Public|Relations|Press|Media)\s+){0,3}"
    r"(?i:spokes(?:man|woman|person)|chief|commander|commissioner|superintendent|inspector|officer|official|head|"
    r"director|boss|(?:lt|lieutenant|sgt|sergeant|capt|captain|cpl|corporal|det|detective)\b\.?)(?i:-in-charge)?"  # ("Kodiak police Lt. Dana Kvasnikoff")
    r"(?:\s+(?:for|in)\s+(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){0,2}(?:zone|region|district|division|area|province|"
    r"state|county|city|sector))?"  # ("The police spokesman for the northern zone, Sub-Inspector Kevin Orellana,")
    r"|\b(?:(?:Deputy|Senior|Assistant|Additional)\s+)*(?:Superintendent|Inspector[- ]General|Commissioner|Inspector|"
    r"Director[- ]General)\s+of\s+Police)"
    r"(?P<between>(?:\s*\([A-Z]{2,6}\))?,?(?:\s+(?:[A-Z][\w'’-]*\.?|\([A-Z]{2,6}\)|commissioner|superintendent|"
    r"inspector|sergeant|constable|colonel|captain),?){0,4}\s+)$")
_FORMER_WORD = lazy_compile(r"(?:former|retired|ex-|then-)", re.IGNORECASE)
_FORMER = lazy_compile(rf"\b{_FORMER_WORD.pattern}\s*(?:[\w'’-]+\s+){{0,2}}$", re.IGNORECASE)


def _police_officer(lex: Lexicon, before: str) -> tuple[bool | None, str | None]:
    """Whether `before`, the text before a named person, ends with a serving police officer's role
    (None: no police role at all; False: a former officer's), and the force its words name
    (`_force_name`, or None). Not another official's title after the role ("After meeting the police
    commander, Kaduna State Governor Uba Sani")."""
    match = _POLICE_ROLE.search(before) if "olice" in before else None  # (most names have no police role)
    if match is None:
        return None, None
    if _FORMER.search(before[:match.start()]) or _FORMER_WORD.match(match.group()):
        return False, None  # ("Former Lagos police spokesman Dolapo Badmos": himself, no body)
    between = [w.strip(",.()") for w in match.group("between").split()]
    if any(w.lower() in lex.title_stems and not (w.lower() in _POLICE_RANKS or w.lower() in lex.honorifics or
                                                   w.lower() in _HONORIFIC_TITLES)
           for w in between):
        return None, None  # (but "The Lagos police spokesman, Mr Benjamin Hundeyin,")
    force = match.group("force")
    return True, _force_name(lex, force.split()) if force else None


def _police_country(lex: Lexicon, words: list[str], lower_words: list[str]) -> str | None:
    """The country (lower case) of a mention that is its police by its people's adjective or its name
    ("Haitian police", "Kenya police"), else None."""
    if len(words) != 2 or lower_words[1] != "police" or not words[0][:1].isupper():
        return None
    return _country_of_demonym(lex, lower_words[0]) or (lower_words[0] if lower_words[0] in lex.nations else None)


def _speaks_as_police(words: list[str], lower_words: list[str], context: _Context) -> bool:
    """Whether a mention speaks for a police force as "police said" does: "police", "local police", a
    force not called "… Police" ("Gardaí", "the RCMP"), a rank only the police hold as a description
    ("the SSP", in a story about the police and not a body's acronym the story defines), and what the
    police issue ("According to police reports", "Police figures put the toll at 381")."""
    if lower_words in (["police"], ["the", "police"], ["local", "police"]):
        return True
    if _police_country(context.lex, words, lower_words) is not None:
        return True  # "Haitian police said", "Kenya police said": that country's force
    if lower_words[-1] in _OTHER_FORCE_WORDS and len(lower_words) <= 2 and lower_words[0] in {"the", lower_words[-1]}:
        return True
    if len(lower_words) == 2 and lower_words[0] == "the" and lower_words[1] in _POLICE_RANK_WORDS:
        texts = (context.sentence, *context.before)
        return any("police" in text.lower() for text in texts) and not any(f"({words[1]})" in text for text in texts)
    return len(lower_words) <= 3 and lower_words[-2:-1] == ["police"] and lower_words[-1] in _POLICE_DOCUMENTS \
        and lower_words[0] in {"police", "the"}


# what the police issue or keep, speaking for the force as "police" does
_POLICE_DOCUMENTS = {"reports", "report", "records", "figures", "data", "statement", "statistics"}  # (not "sources": unnamed people)
# ranks only the police hold, right before an officer's name ("SSP Abhimanyu Rana", "DGP Rajinder Pal Khosla")
# a rank only the police hold, as a description of the officer named before ("the SSP told Geo News")
_POLICE_RANK_WORDS = {"ssp", "dsp", "igp", "dgp", "adgp", "sho"}
# (then the wing or district he commands: "SSP West Tariq Mehmood Dhareja", "SSP Operations Quetta …";
# "SP" only right before the name: "Keonjhar SP Arvind Kumar Sahu", not "SP leader")
_POLICE_RANK_ONLY = lazy_compile(r"(?:^|[\s(\"“])(?:(?:SSP|DSP|ASP|ACP|DCP|IGP|AIG|DGP|ADGP|SHO|CP)\.?(?:\s+(?:West|East|North|"
                                 r"South|Central|City|Rural|Sadar|Traffic|Operations|Investigations?|Security)){0,2}|SP)\s+$")
# what before a police-only rank makes its bearer no serving police officer ("former DGP", "Union Minister SP
# Singh Baghel") or another agency's ("CBI SP", "Samajwadi" SP)
_NO_SERVING_RANK = lazy_compile(r"(?:(?i:\b(?:former|retired|retd|ex|minister|ministers|MP|MLA|leader|chief|president)\b"
                                r"[\s.-]*(?:[A-Z][\w-]*\s+){0,2})|\b(?:CBI|NIA|FIA|ED|ACB|CID|NAB|Vigilance|Samajwadi)\s*)$")
# titles of courtesy that may stand between a police role and the officer's name
_HONORIFIC_TITLES = {"alhaji", "hajia", "mallam", "malam", "comrade", "hon", "chief", "engr"}
# ranks that may stand between a police role and the officer's name
_POLICE_RANKS = {"colonel", "col", "lt", "lieutenant", "major", "maj", "captain", "capt", "superintendent", "supt",
                 "inspector", "insp", "sergeant", "sgt", "constable", "const", "corporal", "cpl", "commissioner",
                 "brig", "brigadier", "general", "gen", "adj", "comr", "deputy",
                 "chief", "dsp", "asp", "ssp", "acp", "dcp", "igp", "dig", "aig", "sp", "csp"}


def _resolve(candidate: Candidate, *, rules: RuleSet, context: _Context, publisher: Source | None) -> Attribution | None:
    """Turn a candidate into an Attribution: registry naming, pronouns, descriptions, relays.

    Order: pronouns ("it") and descriptions ("the monitor", "the source") take the latest
    fitting source named before (or, failing that, the first one the document names: leads
    often say "a monitor said" and name it later); the publisher's own reporter is the
    publisher; "a source at X" is X; known names go through the registry (a spokesperson
    stands for his organisation); anything else is named from the text.
    """
    lex = lexicon(rules)
    registry = rules.registry
    matcher = _registry_matcher(registry)
    via = tuple(_described_relay(lex, v, context, publisher) or v if v else v
                for v in (_story_relay(r, _relay_name(r, matcher, publisher, lex), context, rules, matcher)
                          for r in candidate.relay if r and not (publisher and _names_publisher(r, publisher, matcher))))
    # (the publisher as the text calls it: "told the Post" in a Jakarta Post story, though the
    # registry knows "the Post" as the Washington Post)
    via = tuple(v for v in via if v and not (publisher and _names_publisher(v, publisher, matcher)))
    base = dict(mention=candidate.mention, cue=candidate.cue, stance=candidate.stance, via=via,
                rule=candidate.rule)

    def anonymous(label):
        return Attribution(source=f"unnamed ({label.lower()})" if label else "unnamed",
                           source_id="anonymous", source_type="anonymous", **base)

    def inherit(previous, how):
        # a new statement by the same source: its own cue; its own relay, or, naming none, the one
        # it spoke through before ("… told SANA …" then "the source added …")
        # (but a statement that names a channel of its own went through no relay: "He later told reporters
        # …", "He said in a statement on Monday …")
        via = base["via"] or (() if _own_channel(context.sentence, candidate.cue) else previous.via)
        return replace(previous, **{**base, "via": via, "rule": candidate.rule + how})

    if candidate.mention is None:
        return anonymous(None)
    mention = candidate.mention
    words = mention.split()
    lower_words = [w.lower().strip(".,") for w in words]
    head = _head(words)
    officer = _OFFICER_OF_DESCRIBED.fullmatch(mention)
    if officer is not None and officer.group("role").lower() in lex.officer_roles | {"president"}:
        # "The chairwoman of the rights group said" after Amnesty spoke: the body the description names,
        # through its unnamed officer (else the officer as described: "chairman of the committee"): a body
        # the registry knows, or one whose name holds the description's head word, that the description
        # resolves to
        described = officer.group("described").split()[-1].lower()
        body = resolve(replace(candidate, mention=officer.group("described")), rules=rules, context=context,
                       publisher=publisher)
        if body is not None and body.source_type not in {"anonymous", "person"} and "+description" in body.rule and \
                (rules.registry.get(body.source_id) is not None or described in body.source.lower().split()):
            return replace(body, speaker=None, mention=mention, rule=body.rule + "+officer-of-described")
    country = _capitals(rules).get(mention.strip()) if rules.capitals else None
    if country is not None and _capital_in_a_name(mention.strip(), context):
        country = None  # ("Sofia Rossi … Sofia said", "Lucas Lima … Lima said": a person)
    if country is not None:
        # "Kigali has denied backing the M23", "Islamabad accused …": the capital speaks for its country's
        # government, as the country's name does, named as written (as the gold names it); one origin
        # with the country's name to the claims (`national_government`)
        found = _resolve(replace(candidate, mention=country), rules=rules, context=context, publisher=publisher)
        if found is not None and found.source_type == "government":
            return replace(found, source=mention.strip(), mention=mention, rule=found.rule + "+capital")
    owned = _DOCUMENT_OF.fullmatch(mention)
    if owned is not None and re.fullmatch(r"(?:[Tt]he\s+)?[A-Z].*|[Tt]he\s+[a-z]+", owned.group("owner")):
        # "The State Border Committee's statement claimed": the committee, in its statement
        found = _resolve(replace(candidate, mention=owned.group("owner")), rules=rules, context=context,
                         publisher=publisher)
        if found is not None:
            return replace(found, mention=mention)
    if (len(words) == 2 or len(words) == 3 and lower_words[0] in {"a", "an", "the"}) and \
            lower_words[-2] in _NATIONAL_BODIES and lower_words[-1] in {"statement", "communique", "communiqué", "bulletin"}:
        # "A government communiqué read out on state television said", "an army statement said": the
        # government or the army as "the government" would name it, in its statement (not "The
        # Hezbollah military statement", whose owner the mention left out)
        at = context.sentence.rfind(mention, 0, candidate.position + 1)
        before = context.sentence[:at].split()[-1:] if at > 0 else []
        if not (len(words) == 2 and before and before[0][:1].isupper() and before[0].lower() not in DETERMINERS and
                not before[0].endswith(",")):
            # (an owner stands right before a mention without its article; after an article, or a
            # word the comma closes, none does: "Later, an army statement said", "On Monday an army …")
            found = _resolve(replace(candidate, mention=f"the {words[-2]}"), rules=rules, context=context,
                             publisher=publisher)
            if found is not None and found.source_type != "anonymous":
                return replace(found, mention=mention)
    acronym_owned = re.fullmatch(r"(?P<owner>[A-Z][A-Z&-]{1,7})['’]s\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})",
                                 mention)
    if acronym_owned is not None and not matcher(acronym_owned.group("owner")) and \
            acronym_owned.group("owner").lower() not in rules.places | lex.nation_names.keys() and \
            _guess_type(acronym_owned.group("name")) == "person" and \
            not any(is_common_word(w) for w in acronym_owned.group("name").split()) and \
            any(f"({acronym_owned.group('owner')})" in text for text in (*context.before, context.sentence)):
        # "FSCD's Ashraful said" (an acronym the registry does not know, then a person): the body speaks
        # through him, as "Hamas's Ismail Haniyeh" does (spelled out with the rest of its acronyms);
        # (not "the CM's House"; only a body's acronym the story defined in brackets: "NSW's Chris Minns"
        # and "NYC's Eric Adams" name places)
        owner = acronym_owned.group("owner")
        return Attribution(source=owner, source_id=slug(owner), source_type="organisation",
                           speaker=acronym_owned.group("name"), **base)
    office = [w for w in lower_words if w not in DETERMINERS]
    if 2 <= len(office) <= 4 and office[-2:] == ["prime", "minister"]:
        # "The Turkish prime minister said", "Syria's prime minister said": his country's government, as
        # "Turkey's foreign minister" is; "The former Iraqi prime minister", "The deputy prime minister": a
        # person the text does not name
        qualifiers = [w for w in office[:-2] if w in _PRIME_QUALIFIERS]
        owner = " ".join(w for w in words[:-2] if w.lower() not in DETERMINERS and w.lower().strip(".,") not in
                         _PRIME_QUALIFIERS)
        at = context.sentence.find(mention)
        if set(qualifiers) & {"former", "ex", "then"} or qualifiers and not owner or \
                _search(r"\b(?:former|ex-?|then)\s*$", context.sentence[:max(0, at)].lower()):
            return anonymous(mention)  # (also "The former Israeli prime minister", "former" left out of the mention)
        if not owner and at > 0 and \
                (possessor := _search(r"(?<!\boffice of )([A-Z][\w-]*)['’]s\s+$", context.sentence[:at])) is not None:
            # ("Syria's prime minister said": the walk stopped at the possessive; not "The office of Haiti's
            # prime minister said", the office the gold names)
            owner = possessor.group(0).strip()
        government = national_government(f"{owner} government" if owner.endswith(("'s", "’s")) else
                                         f"the {owner} government", rules) if owner else None
        if government is not None:
            return Attribution(source=government[1], source_id=government[0], source_type="government",
                               **{**base, "rule": candidate.rule + "+national"})
    if len(words) == 1 and lower_words[0] in _SPELLED_COUNTS:
        # "Two said 14 men were detained" (two of the people the story spoke of): unnamed
        return anonymous(mention)
    if 2 <= len(words) <= 4 and lower_words[-1] in _KIN and words[-2].endswith(("'s", "’s")) and \
            all(w[:1].isupper() for w in words[:-1]) and not matcher(" ".join(words[:-1])[:-2]):
        # "Francis's mother said", "Ahmed's brother told AFP": a relative of someone named, unnamed
        return anonymous(mention)
    if len(words) == 2 and lower_words[0].rstrip(".") in lex.honorifics and words[1][:1].isupper():
        # "Ms. Marchetti said" after "OHCHR spokesperson Elena Marchetti said": the surname alone
        # (the person named before, and the body she spoke for), mentioned as written
        found = _resolve(replace(candidate, mention=words[1]), rules=rules, context=context, publisher=publisher)
        return replace(found, mention=mention) if found is not None else None
    if len(words) == 2 and lower_words[0].rstrip(".") in lex.title_stems and words[1][:1].isupper() and \
            "-" not in words[1]:
        # "Lt-Col Mbusa said" after "Lt-Col Fiston Mbusa, the army's sector spokesman, said": a title
        # and the surname of a person who spoke before (else the mention is read as it stands)
        found = _resolve(replace(candidate, mention=words[1]), rules=rules, context=context, publisher=publisher)
        if found is not None and found.rule.endswith(("+surname", "+introduced")):
            return replace(found, mention=mention)
    if len(words) == 2 and lower_words[0] == "the" and _AGED.fullmatch(lower_words[1]):
        # "the 34-year-old said": the person the story spoke of last, named or not
        named = _last_person_named(context, matcher)
        if named is not None:
            return Attribution(source=named, source_id=slug(named), source_type="person", speaker=named,
                               **{**base, "rule": candidate.rule + "+aged"})
        previous = context.recent(("person",), unnamed=True)
        return inherit(previous, "+aged") if previous is not None else anonymous(mention)
    if candidate.rule == "attr.subject-cue.apposed":
        # "Lama Fakih the New York-based watchdogs deputy …", "Ahmed Dbais the groups hospitals and
        # trauma director": the body the apposition describes, named before, through him
        k = 0
        while k < len(words) and (words[k][:1].isupper() or _NAME_PREFIX.match(words[k])):
            k += 1
        at = context.sentence.rfind(mention, 0, candidate.position)
        apposition = context.sentence[at + len(mention):candidate.position].strip() if at >= 0 else ""
        officer = _OFFICER_OF.match(f"{mention} {apposition}") if k >= 2 and apposition else None
        if officer is not None and officer.group("body").split()[-1][:1].isupper() and \
                officer.group("body").lower() not in lex.places and \
                not _speaks_for_himself(apposition, officer.group("body")):  # (a local council's head: himself)
            # "Amadou Diallo an official with the Sahel Relief Network said" (the apposition's commas
            # lost): the body the role names speaks through him, as with its commas
            named = _clean_name(officer.group("body"))
            known = matcher(named)
            body = known if known is not None and known.type != "person" else \
                Source(id=slug(named), name=named, type=_guess_type(named) if _guess_type(named) != "person"
                       else "organisation")
            return _through_spokesman(body, _person_name(lex, " ".join(words[:k])) or " ".join(words[:k]), base,
                                      candidate.rule)
        described = next((w for w in lower_words[k:] if w in lex.descriptions or w[:-1] in lex.descriptions), None)
        if described is not None and not matcher.all(" ".join(words[k:])):
            word = described if described in lex.descriptions else described[:-1]
            body = resolve(replace(candidate, mention=f"the {word}", rule="attr.subject-cue"),
                           rules=rules, context=context, publisher=publisher)
            if body is not None and body.source_type not in {"anonymous", "person"}:
                return replace(body, speaker=" ".join(words[:k]), **{**base, "rule": candidate.rule + "+description"})
            return Attribution(source=" ".join(words[:k]), source_id=slug(" ".join(words[:k])), source_type="person",
                               speaker=" ".join(words[:k]), **base)
    apposed = _APPOSED_BODY.match(context.written)
    person = apposed.group("name").strip() if apposed is not None else ""
    apposition = apposed.group("apposition").split() if apposed is not None else []
    if apposed is not None and candidate.mention and candidate.mention.strip() == person and " " not in person and \
            apposition[0].lower() in {"a", "an"} and any(w.lower() in lex.unnamed_persons for w in apposition[1:3]) and \
            getattr(registry.find(candidate.mention), "type", None) in MEDIA_TYPES:
        # "Wafa, a teacher in Khan Younis, said": a woman whose name a medium also bears
        return Attribution(source=person, source_id=slug(person), source_type="person", speaker=person,
                           **{**base, "rule": candidate.rule + "+apposed-person"})
    joined = apposed is not None and candidate.mention is not None and \
        candidate.mention.startswith(person + " ") and candidate.mention[len(person):].strip() in apposed.group("apposition")
    if apposed and candidate.mention and (candidate.mention in apposed.group("apposition") or joined):
        # "Jaish al-Islam, the main rebel group in Douma, said": a known body, then the words that
        # describe it between commas (read apart, or joined to it: "KCNA, the North's state media, said")
        named = registry.find(apposed.group("name"))
        if named is not None and named.type != "person":
            return Attribution(source=named.name, source_id=named.id, source_type=named.type,
                               **{**base, "mention": apposed.group("name").strip(), "rule": candidate.rule + "+apposed-body"})
        kind_word = apposition[-1].lower()
        # (the apposition's head is a body's kind: "the Wall Street bank", not "the mother of a soldier in the army")
        body_kind = apposition[0].lower() in {"the", "a", "an"} and kind_word in lex.descriptions and \
            apposition[-1].islower() and "person" not in (lex.descriptions[kind_word] or ("person",)) and \
            not any(w.lower() in _APPOSITION_PREPOSITIONS for w in apposition)
        titled = any(w.lower() in lex.title_stems or w.lower() in lex.officer_roles for w in apposition)
        if named is None and joined and 2 <= len(person.split()) <= 4 and _guess_type(person) == "person" and \
                _person_name(lex, person) == person and not body_kind and not titled:
            # "John Smith, the mayor's aide, said": the person, not his name joined to his description (an
            # officer's role there is read elsewhere: "X, a spokesman for the ministry, said"; a body's kind
            # makes no person: "Morgan Stanley, the Wall Street bank, said")
            return Attribution(source=person, source_id=slug(person), source_type="person", speaker=person,
                               **{**base, "mention": person, "rule": candidate.rule + "+apposed-person"})
        if named is None and joined and body_kind and all(w[:1].isupper() for w in person.split()) and \
                1 <= len(person.split()) <= 5 and not titled:
            # "Morgan Stanley, the Wall Street bank, said": the body its apposition says it is
            kind = _guess_type(person)
            return Attribution(source=person, source_id=slug(person),
                               source_type=kind if kind != "person" else "organisation",
                               **{**base, "mention": person, "rule": candidate.rule + "+apposed-body"})
    bare = _APPOSED_BODY_BARE.match(context.written) if apposed is None else None
    if bare and candidate.mention and candidate.mention in bare.group("apposition") and _search(
            r"^(?:a|an)\s+[a-z][\w-]*\s+(?:[\w-]+\s+){0,7}(?:by|of|with|from|including)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?$",
            bare.group("apposition")[:bare.group("apposition").find(candidate.mention)]):
        # "The SDF an alliance dominated by the Kurdish YPG militia said" (FA-KES, its commas lost): the
        # known body the sentence opens with, not a body named inside the words that describe it (after
        # one of the description's prepositions only: not "… captured the town the Observatory said")
        named = registry.find(bare.group("name"))
        if named is not None and named.type != "person":
            return Attribution(source=named.name, source_id=named.id, source_type=named.type,
                               **{**base, "mention": bare.group("name").strip(), "rule": candidate.rule + "+apposed-body"})
    accredited = _accredited_person(lex, context.sentence, candidate, matcher)
    if accredited is not None:
        # "Bashar al-Jaafari, Syria's ambassador to the UN, said", "Russian ambassador to the UN
        # Vitaly Churkin said": an envoy to a body is not its member; he speaks for himself ("The
        # British ambassador to the United Nations said": the ambassador, as any description)
        envoy, title = accredited
        if envoy is None:
            return resolve(replace(candidate, mention=title), rules=rules, context=context, publisher=publisher)
        return Attribution(source=envoy, source_id=slug(envoy), source_type="person",
                           speaker=envoy, **{**base, "rule": candidate.rule + "+envoy"})
    body_before = rules.registry.find(" ".join(w for w in words[:-1] if w.lower() not in DETERMINERS)) \
        if len(words) >= 2 else None
    if body_before is not None and body_before.type != "person" and words[-1][:1].isupper() and \
            not any(w.rstrip(".") in lex.title_stems for w in lower_words):
        # "… on the pretext of fighting the PKK Khalil said": the object of the content, then the
        # surname of a person who spoke before
        for previous in reversed(context.history):
            names = (previous.speaker, previous.source if previous.source_type == "person" else None)
            if any(name and len(name.split()) >= 2 and _bare_surname(name.split()[-1]) == _bare_surname(words[-1])
                   for name in names):
                return replace(inherit(previous, "+surname"), mention=words[-1])
    mention_at = context.sentence.rfind(mention, 0, candidate.position + 1)
    if mention_at > 0 and len(lower_words) == 1 and lower_words[0] in {"source", "sources"} and \
            context.sentence[:mention_at].lower().endswith("the same "):
        # "… the same source said": the last one called a source ("A military source told SANA …"),
        # else whoever spoke last ("Rami Abdel Rahman told AFP …")
        previous = next((a for a in reversed(context.history) if a.mention and
                         _head(a.mention.split()) in {"source", "sources"}), None) or \
            next(reversed(context.history), None)
        if previous is not None:
            return inherit(previous, "+same")
    if len(lower_words) == 2 and lower_words[1] in _SPOKES and re.sub(r"(?:'s|’s|s)$", "", lower_words[0]) in \
            lex.descriptions:
        owner = _OWNER_BEFORE.search(context.sentence[:mention_at]) if mention_at > 0 else None
        known = next((k for k in (matcher(owner.group(1)), matcher(owner.group(1) + "s")) if k is not None), None) \
            if owner is not None and owner.group(1).split()[-1][:1].isupper() and \
            not _search(r",\s*(?:the\s+)?$", context.sentence[:owner.start(1)]) else None
        # (not "Yahya Saree, the Houthis' military spokesman, said": he is named, read below)
        if owner is None and mention_at > 0 and (plain := _search(r"(?:^|\s)([A-Z][\w'’-]+)\s+$",
                                                                   context.sentence[:mention_at])) is not None:
            # "A Houthi military spokesman said": the armed group its name, written as a word before him,
            # names (not a country's, "a US military spokesman", nor another word the registry knows: "A
            # Coalition government spokesman" in London)
            known = matcher(plain.group(1))
            known = known if known is not None and known.type == "armed group" else None
        if known is not None and known.type not in MEDIA_TYPES | {"person"}:
            # "The Houthis' military spokesman said": the body named before him, not the military
            # the text spoke of last
            return Attribution(source=known.name, source_id=known.id, source_type=known.type,
                               **{**base, "rule": candidate.rule + "+spokesman-of"})
        # "The organisations spokesman said" (FA-KES for "organisation's"): the body of that kind
        # the text spoke of last
        word = re.sub(r"(?:'s|’s|s)$", "", lower_words[0])
        body = _described_owner(lex, context, word, mention_at)
        if body is None and word in {"group", "organisation", "organization"}:
            # (a body named from the text, which the registry does not know: "The Levant Front said …"
            # then "The groups spokesman said", as "The group's spokesman" reads)
            # (`_owner_of_kind`'s last reading: the registry's, above, found none)
            kinds = lex.descriptions.get(word) or tuple(t for t in _ALL_TYPES if t not in {"person", "anonymous"})
            spoke = context.recent(tuple(k for k in kinds if k != "person"), called=word)
            body = Source(id=spoke.source_id, name=spoke.source, type=spoke.source_type) \
                if spoke is not None and spoke.source_type not in {"government", "military"} | MEDIA_TYPES else None
            # (a state is no group: "Turkey condemned …")
        if body is not None:
            return Attribution(source=body.name, source_id=body.id, source_type=body.type,
                               **{**base, "rule": candidate.rule + "+spokesman-of"})
    if len(lower_words) == 1 and lower_words[0] in _OBJECT_PRONOUNS:
        lower_words = [_OBJECT_PRONOUNS[lower_words[0]]]  # "according to him" reads as "he said"
    if len(lower_words) == 1 and lower_words[0] in PRONOUNS:
        kind = PRONOUNS[lower_words[0]]
        types = {"person": ("person",), "org": tuple(t for t in _ALL_TYPES if t != "person"), "any": None}[kind]
        if kind == "person":
            # (a titled person introduced after the last person spoke: in FA-KES "UN chief Ban Ki-moon
            # meanwhile condemned …" then "he said" is Ban, not the minister quoted before him)
            introduced = _introduced_speaker(rules=rules, context=context, publisher=publisher, candidate=candidate)
            if introduced is not None:
                return replace(introduced, **{**base, "rule": candidate.rule + "+pronoun-introduced"})
        previous = context.recent(types, unnamed=kind == "person", plural=lower_words[0] == "they")
        if previous is None and lower_words[0] == "it":
            # "The central bank said …" then "It added …": the body last described, though the text
            # never named it, not a person who spoke before or after it
            previous = next((a for a in reversed(context.history) if a.source_type == "anonymous" and a.mention and
                             _head(a.mention.lower().split()) in lex.descriptions and
                             _head(a.mention.lower().split()) not in lex.unnamed_persons), None)
        previous = previous or (context.recent(None) if kind != "person" else None)
        if previous is None and lower_words[0] == "it":
            # "Petrobras will cut diesel prices …, it said" with nobody speaking before: the body the
            # sentence opens with (or, for "It added …", the one the sentence before opened with, when
            # nobody spoke there)
            at = context.sentence.rfind(candidate.mention, 0, candidate.position + 1)
            opening = context.sentence[:at] if at > 0 else \
                context.before[-1] if context.before and context.said[-1:] == [None] else ""
            body = _opening_body(opening, matcher) if opening else None
            if body is not None:
                body = _body_source(body, registry)
                return Attribution(source=body.name, source_id=body.id, source_type=body.type,
                                   **{**base, "rule": candidate.rule + "+pronoun-subject"})
        # a pronoun nobody named before still says someone asserts this: an unnamed source
        return inherit(previous, "+pronoun") if previous else anonymous(None)
    if publisher is not None and len(lower_words) == 2 and lower_words[0] == "the" and \
            lower_words[1] in normalise_name(publisher.name).split() and lower_words[1] in _BODY_WORDS:
        # "The Coalition said" in the Syrian Coalition's own article: the publisher itself
        return Attribution(source=publisher.name, source_id=publisher.id, source_type=publisher.type,
                           **{**base, "rule": candidate.rule + "+publisher"})
    if len(lower_words) == 2 and lower_words[0] in _POSSESSIVES and lower_words[1] in _HIS_OWN:
        # "his office said": the person named last speaks through it; "its website says": the
        # organisation named last
        types = ("person",) if lower_words[0] in {"his", "her"} else tuple(t for t in _ALL_TYPES if t != "person")
        previous = context.recent(types) or (context.recent(None) if lower_words[0] == "their" else None)
        if previous is not None:
            return inherit(previous, "+possessive")
        named = _registry_person_named_last(context, registry) if lower_words[0] in {"his", "her"} else None
        if named is not None:
            # "UN envoy Staffan de Mistura met …" then "According to his office": the person the text
            # named last, who spoke nowhere before (the body he speaks for, when the registry knows it)
            body = registry.get(named.affiliation) if named.spokesperson and named.affiliation else None
            if body is not None:
                return Attribution(source=body.name, source_id=body.id, source_type=body.type, speaker=named.name,
                                   **{**base, "rule": candidate.rule + "+possessive-named"})
            return Attribution(source=named.name, source_id=named.id, source_type=named.type, speaker=named.name,
                               **{**base, "rule": candidate.rule + "+possessive-named"})
    if len(lower_words) == 3 and lower_words[0] == "the" and lower_words[2] == "office" and \
            lower_words[1].endswith(("'s", "’s")):
        # "the governor-general's office announced" after "Governor-General Hamidreza Nikbakht said":
        # the one who spoke with that title speaks through his office
        title = re.escape(lower_words[1][:-2])
        previous = next((a for a in reversed(context.history) if a.mention and a.speaker
                         and _search(rf"(?:^|\s){title}(?:\s|$)", a.mention.lower())), None)
        if previous is not None:
            return inherit(previous, "+office")
    if len(lower_words) == 2 and lower_words[0] == "the" and lower_words[1] in _FACILITIES and not matcher(mention):
        # "The hospital said" after "… taken to Rambam Medical Center": the one the text named last
        for text in (context.sentence[:candidate.position], *reversed(context.before)):
            name = next(filter(None, map(_facility_named, reversed(list(_FACILITY_NAME.finditer(text))))), None)
            if name is not None:
                return Attribution(source=name, source_id=slug(name), source_type="NGO",
                                   **{**base, "rule": candidate.rule + "+description"})
        return anonymous(mention)
    police_in = lower_words[:2] == ["police", "in"] and (
        len(lower_words) <= 5 and (words[2][:1].isupper() or lower_words[2] == "the") or
        len(lower_words) <= 10 and lower_words[2] == "the" and "of" in lower_words[3:-1] and words[-1][:1].isupper())
    # ("Police in the Bavarian district of Günzburg said")
    if (police_in or _speaks_as_police(words, lower_words, context)) and not matcher(mention):
        # "police said" speaks for a body (GUIDELINES), not for unnamed people; so does the police of a
        # named place ("Police in Uruma said": that force when no force spoke or was named before)
        force = _police_force(context, candidate.position)
        place = " ".join(lower_words[2:])
        if police_in and lower_words[2] != "the" and (force == "police" or (
                place in context.lex.nations and place not in (
                    force.source if isinstance(force, Attribution) else force).lower())):
            force = _clean_name(mention)  # (and "Police in Uganda said" after the Kenya Police Service spoke)
        country = _police_country(context.lex, words, lower_words)
        if country is not None and (force == "police" or not any(
                w in (force.source if isinstance(force, Attribution) else force).lower() for w in (country, lower_words[0]))):
            force = _clean_name(mention)  # "Haitian police said", no Haitian force named before (not Kenya's)
        if force == "police" and lower_words[-1] == "gendarmerie":
            force = "gendarmerie"  # ("according to the gendarmerie", no force named before)
        if isinstance(force, Attribution):
            # the force, not its spokesman, and through no relay but its own ("Lina Hedqvist told TT …"
            # then "Police said …")
            return replace(inherit(force, "+description"), speaker=None, via=base["via"])
        if force not in {"police", "gendarmerie"} and (known := registry.lookup(force)) is not None and \
                known.type not in MEDIA_TYPES | {"person"}:
            # a force named before that the registry knows ("Kurdish Police" in a headline: the Asayish)
            return Attribution(source=known.name, source_id=known.id, source_type=known.type,
                               **{**base, "rule": candidate.rule + "+description"})
        return Attribution(source=force, source_id=slug(force), source_type="government",
                           **{**base, "rule": candidate.rule + ("+police" if force == "police" else "+description")})
    if (named := _NAMED_OUTLET_REPORTER.fullmatch(mention)) is not None:
        # "a North Press reporter in the area said", "BIRN's reporter at the scene": the medium he reports
        # for, known or named from the text (GUIDELINES: a medium's reporter speaks for the medium); a
        # reporter named by a people, a place or a kind ("a Syrian reporter", "A Damascus reporter", "A
        # White House correspondent", "An Aleppo-based reporter") is unnamed
        # (an armed group's reporter speaks for the group; a medium named after him too: "A Turkish reporter
        # from Anadolu"; but "A Pentagon correspondent" covers the Pentagon)
        outlet_name = named.group("outlet") or named.group("owner")
        known = matcher(outlet_name) or (matcher(f"The {outlet_name}") if lower_words[0] == "the" else None)
        if known is None or known.type not in MEDIA_TYPES | {"armed group"}:
            whole = matcher(mention)
            known = whole if whole is not None and whole.type in MEDIA_TYPES else known
        if known is not None and known.type in MEDIA_TYPES | {"armed group"}:
            return Attribution(source=known.name, source_id=known.id, source_type=known.type,
                               **{**base, "rule": candidate.rule + "+reporter"})
        if known is None and _names_a_medium(lex, outlet_name):
            if named.group("owner") and words[0] == "The":
                outlet_name = f"The {outlet_name}"  # ("The Guardian's correspondent": the name with its article)
            return Attribution(source=outlet_name, source_id=slug(outlet_name), source_type="outlet",
                               **{**base, "rule": candidate.rule + "+reporter"})
        return anonymous(mention)
    if head in _MEDIA_WORKERS and not matcher(mention) \
            and lower_words[0] in {"the", "a", "an"}:
        # "A photographer contributing to AFP saw …", "A contributor to The New Arab based in Aleppo
        # reported": the outlet he works for
        at = context.sentence.find(candidate.mention)
        works = _WORKS_FOR.match(context.sentence, at + len(candidate.mention)) if at >= 0 else None
        outlet = matcher(works.group(1)) if works else None
        if outlet is not None and outlet.type in MEDIA_TYPES:
            return Attribution(source=outlet.name, source_id=outlet.id, source_type=outlet.type,
                               **{**base, "rule": candidate.rule + "+works-for"})
    if head in {"reporter", "correspondent", "journalist", "photographer"} and not matcher(mention) \
            and lower_words[0] in {"the", "our", "a"}:
        # "the reporter said": the outlet whose reporter spoke last, else the publisher's own reporter
        for previous in reversed(context.history):
            if previous.mention and _search(r"\b(reporter|correspondent)\b", previous.mention, re.IGNORECASE):
                return inherit(previous, "+description")
        for text in reversed(context.before[-3:]):
            # "SANAs correspondent quoted a source …" a sentence or two before: that outlet's reporter
            for match in _OUTLET_REPORTER.finditer(text):
                outlet = matcher(match.group(1)) or matcher(match.group(1)[:-1])
                if outlet is not None and outlet.type in MEDIA_TYPES and outlet is not publisher:
                    return Attribution(source=outlet.name, source_id=outlet.id, source_type=outlet.type,
                                       **{**base, "rule": candidate.rule + "+description"})
        if publisher is not None:
            return Attribution(source=publisher.name, source_id=publisher.id, source_type=publisher.type, **base)
    if len(lower_words) == 3 and lower_words[0] == "the" and _UNIT_OF_NAMED.fullmatch(f"{mention} of X"):
        # "the press service said" after "the press service of the Ministry of Emergency Situations
        # reported": the body whose unit spoke so before
        unit = " ".join(lower_words[1:])
        for previous in reversed(context.history):
            if previous.mention and unit in previous.mention.lower():
                return replace(inherit(previous, "+description"), speaker=None)
    if (head in {"source", "sources"} or head in lex.unnamed_persons) and len(lower_words) <= 3 \
            and lower_words[0] in {"the", "source", "sources"} and not any(w[:1].isupper() for w in words[1:]):
        # "the source added", "the military spokesperson added": the unnamed speaker named so before
        stem = head[:-1] if head.endswith("s") else head
        for previous in reversed(context.history):
            if previous.mention and _search(rf"\b{re.escape(stem)}s?\b", previous.mention, re.IGNORECASE):
                return inherit(previous, "+description")
    # "state media", "official news agency": a state medium described, not named
    bare_state_medium = set(lower_words) <= _STATE_MEDIA_WORDS and set(lower_words) & {"state", "state-run", "official"} \
        and set(lower_words) & (MEDIA_WORDS | {"media"})
    if _search(rf"\b{_STATE_OWNED}\b", mention, re.IGNORECASE):
        recent_medium = context.recent(("state media",))
        national = _national_medium(rules, context.sentence, mention, candidate.position, matcher, recent_medium)
        if isinstance(national, Source):
            return Attribution(source=national.name, source_id=national.id, source_type=national.type,
                               **{**base, "rule": candidate.rule + "+national-medium"})
        if national is not None:
            # "Iranian state TV said", "according to Chinese state media", "Belarusian state news agency
            # Belta said": another country's state medium the registry does not know, named as written
            # (not the Syrian state television its country-less alias "state TV" names)
            return Attribution(source=national, source_id=slug(national), source_type="state media", **base)
        own = matcher(mention) if bare_state_medium and recent_medium is not None else None
        if bare_state_medium and recent_medium is not None and registry.get(recent_medium.source_id) is None and \
                state_medium_government((recent_medium.source, recent_medium.mention), rules) is not None and \
                (own is None or not context.nation or _foreign_alias(mention, own, registry, context.nations, lex.nations)):
            # "Iranian state TV said …" then "State TV said …": that medium, not the Syrian state
            # television the registry knows by "state TV" (but in a story from Syria, Syria's)
            return inherit(recent_medium, "+description")
    if bare_state_medium and not matcher(mention):
        # (a medium must be named: "official" alone is an official, not official media)
        # "state media said": the state medium the document names, else nobody named
        previous = context.recent(("state media",))
        if previous is not None:
            narrower = _narrower(previous, lower_words, registry)
            if narrower is not None and narrower.type == "state media":
                # "SANA reported …" then "state television said": the same government's television
                return Attribution(source=narrower.name, source_id=narrower.id, source_type=narrower.type,
                                   **{**base, "rule": candidate.rule + "+description"})
            if not _another_body(previous, lower_words, registry):
                return inherit(previous, "+description")
        ahead = context.first_named(("state media",))
        if ahead is not None:
            return Attribution(source=ahead.name, source_id=ahead.id, source_type=ahead.type,
                               **{**base, "rule": candidate.rule + "+description-ahead"})
        return anonymous(mention)
    if "media" in lower_words and set(lower_words) <= _LOCAL_MEDIA_WORDS and \
            set(lower_words) & {"local", "syrian", "arabic-language"} and not matcher(mention):
        # "according to local media" in a story that names the medium ("… SANA news agency
        # reported"): a description the article names is that source (GUIDELINES); international
        # wires (type news agency) are not local media
        previous = context.recent(_LOCAL_MEDIA_TYPES)
        if previous is not None:
            return inherit(previous, "+description")
        ahead = context.first_named(_LOCAL_MEDIA_TYPES)
        if ahead is not None:
            return Attribution(source=ahead.name, source_id=ahead.id, source_type=ahead.type,
                               **{**base, "rule": candidate.rule + "+description-ahead"})
        return anonymous(mention)
    definite = lower_words[0] == "the" or (len(lower_words) == 1 and candidate.rule == "attr.according-to" and _search(
        rf"\b[Aa]ccording\s+to\s+the\s+(?i:{re.escape(lower_words[0])})\b", context.sentence) is not None)
    # (also "according to the Office", capitalised)
    if definite and head in lex.referring_heads and len(lower_words) <= 4 and not matcher(mention) and \
            not any(w[:1].isupper() and w.endswith(("'s", "’s", "s'", "s’")) for w in words[1:]):
        # "the Kurdish official said" after "Mustafa Sino said": the person who spoke just before
        # (not "The Islamic Emirate's spokesman": the body's, named with him)
        # (first one of them the text gave that head: '"…," the inspector said' after "A regional mineral
        # inspector of the Ministry of Mines and Energy said", not the police spokesman before him)
        for previous in list(reversed(context.history))[:3]:
            if previous.mention and _search(rf"\b{re.escape(head)}\b", previous.mention.lower()) and \
                    not _another_body(previous, lower_words, registry):
                return inherit(previous, "+description")
        generic = head in {"official", "officer"}  # (any official: no title of one office to look for)
        for previous in list(reversed(context.history))[:3]:
            people = [name for name in (previous.source if previous.source_type == "person" else None, previous.speaker)
                      if name]
            if people and not generic and not _another_body(previous, lower_words, registry) \
                    and _titled(people, {head}, (*context.before, context.written)):
                # "Governor of the state, Rev. Fr. Joseph Ahule, who condemned the attack in a statement
                # by his Chief Press Secretary" then "The Governor … urged": the one the text gave
                # that title, though his secretary was the mention
                return inherit(previous, "+description")
        named = None if generic else \
            _named_with_title(lex, head, (*context.before[-4:], context.written[:context.written.find(mention)]))
        if named is not None:
            # "Sindh Home Minister Ali Hassan Jatoi took notice of the incident" then "the minister said":
            # the person the text gave that title, though he had not spoken
            return Attribution(source=named, source_id=slug(named), source_type="person", speaker=named,
                               **{**base, "rule": candidate.rule + "+description"})
        for back, previous in enumerate(reversed(context.history)):
            if back > 2:
                break
            if (previous.speaker or previous.source_type == "person") and \
                    not _another_body(previous, lower_words, registry) and \
                    not (head in _ONE_HOLDER_TITLES and not _search(
                        _ONE_HOLDER_TITLES[head], f"{previous.mention or ''} {previous.source} {previous.speaker or ''}")) and \
                    not (head in _OFFICES and previous.rule.endswith("+pronoun-introduced")) and \
                    not (head in _OFFICES and
                         _titled([n for n in (previous.source, previous.speaker) if n], lex.referring_heads - {head},
                                 (*context.before, context.written))):
                # (not a person the text gave another office: "The governor said" after "The police
                # spokesman, SP Kabiru Adamu-Lapai, said")
                return inherit(previous, "+description")
        for previous in reversed(context.history):
            # "According to the governor" many sentences after "regional governor Dmytro Holovko said":
            # the one the text gave that title
            if previous.mention and _search(rf"\b{re.escape(head)}\b", previous.mention.lower()) and \
                    not _another_body(previous, lower_words, registry):
                return inherit(previous, "+description")
    if re.match(r"(?:(?:a|an)\s+(?:[\w-]+\s+)?)?(?:coalition|alliance|group|network) of\b", mention.lower()) \
            and not any(w[:1].isupper() and w.lower() not in NATIONALITIES for w in words[1:]):
        return anonymous(mention)  # "a broad coalition of Syrian rebels denounced": not the US-led coalition
    lead = [w for w in lower_words if w not in DETERMINERS]
    if len(lead) >= 3 and lead[0] in _AGAINST_OR_FOR and lead[1] == "of":
        # "Opponents of Bashar al-Assad said": people defined by someone they oppose (or support,
        # or mourn) are unnamed; that someone does not speak
        return anonymous(mention)
    at = _institution(words, matcher, rules.places)
    staff = _STAFF_AT.fullmatch(mention.strip()) if at is None and head in _STAFF_WORDS else None
    if staff is not None and staff.group("body").lower() not in rules.places and \
            not _NO_FIRM_AT.search(staff.group("body")):
        # (a scholar's university is no firm: GUIDELINES, "A scholar speaks for himself")
        # "Analysts at Goldman Sachs said", "Economists at Capital Economics": the firm (GUIDELINES, "An
        # unnamed member of a named body")
        body = _body_source(_clean_name(staff.group("body")), registry)
        return Attribution(source=body.name, source_id=body.id, source_type=body.type,
                           **{**base, "rule": candidate.rule + "+staff-at"})
    # a role no unnamed head is, owned by a description ("The agency's director said"; `_owned_title`)
    owned_role = len(lower_words) == 1 and lower_words[0] in _BODY_ROLES and _owned_role(context, candidate)
    if at is not None and head in lex.unnamed and not (words[0][:1].isupper() and lower_words[0] not in DETERMINERS
                                                       and _person_name(lex, " ".join(words[:2])) == " ".join(words[:2])):
        # (but "Riad Hijab coordinator of the opposition HNC": a named person speaks for it)
        # "a source at Aleppo Police Command": the institution speaks
        mention, words = at, at.split()
        lower_words = [w.lower().strip(".,") for w in words]
    elif (opposition := _THE_OPPOSITION.fullmatch(mention.strip())) is not None and \
            ((owner := opposition.group("people")) is None or _opposition_country(lex, owner) is not None):
        # "The opposition says …", "The Syrian opposition has accused …", "Syrias opposition said": a
        # country's opposition as one body (the checked FA-KES gold names it so), one source however
        # the story writes it (a bare "the opposition" is the opposition of the story's country)
        country = _opposition_country(lex, owner) if owner else context.nation
        name = f"{owner} opposition" if owner else "opposition"
        return Attribution(source=name, source_id=slug(f"{country} opposition" if country else name),
                           source_type="organisation", **base)
    elif (candidate.anonymous or _is_unnamed(lex, mention, registry, matcher) and
          not _spelled_by_its_acronym(mention, context.written) or owned_role) and \
            not _surname_of_one_who_spoke(mention, context):
        owner = _spokesman_of(lex, context, candidate, matcher) if len(lower_words) == 1 and (
            lower_words[0] in _SPOKES or owned_role) else None
        if owner is None:
            known_as = _known_only_as(context.written, candidate.mention)
            if known_as is not None and not candidate.anonymous:
                # '"…," said a 52-year-old mother of four who asked to be identified only as Umm Khaled'
                return Attribution(source=known_as, source_id=slug(known_as), source_type="person",
                                   speaker=known_as, **{**base, "rule": candidate.rule + "+known-as"})
            apposed = _name_apposed_after(lex, context.written, candidate) if not candidate.anonymous else None
            if apposed is not None and rules.registry.find(apposed) is None:
                # "… said a resident, Ahmed Musa.", "… said one mother, Hauwa Ali": the person the
                # description names
                return Attribution(source=apposed, source_id=slug(apposed), source_type="person",
                                   speaker=apposed, **{**base, "rule": candidate.rule + "+apposed-name"})
            return anonymous(mention)
        # "The group's spokesman said" after "The Observatory said": the possessive, split from
        # its spokesman by the apostrophe, names whose spokesman he is (and "Igor Konashenkov the
        # ministry's spokesman said", its commas lost as FA-KES loses them, names him)
        at = context.sentence.rfind(candidate.mention, 0, candidate.position + 1)
        return _through_spokesman(owner, _named_before_owner(lex, context.sentence[:at], matcher) if at > 0 else None,
                                  base, candidate.rule)
    if candidate.rule.startswith("attr.inverted-cue") and 2 <= len(words) <= 5:
        role = _trailing_role(lex, context, candidate, matcher, registry)
        if role is not None:
            # '"…" said Lena Marchetti, an access coordinator with OCHA.', '… said Ingrid Solheim,
            # NRC's country director', '… said Mireille Kossi, the group's area manager': the body
            # speaks through its officer (the rules read the apposition after an inverted cue)
            body, person = role
            if isinstance(body, str):  # (a spokesman's body is none: "said Daphne Mokwena, Eskom spokesperson";
                #                             but a person's spokesman speaks for him: "Steven Cheung, Trump spokesman")
                person_named = rules.registry.find(body)
                body = person_named if person_named is not None and person_named.type == "person" else \
                    Source(id=slug(body), name=body, type=_guess_type(body) if _guess_type(body) != "person" or
                           _person_named_so(body, context) else "organisation")
            return replace(_through_spokesman(body, person, base, candidate.rule), rule=candidate.rule + "+role-after")
    if lower_words[0] in _SPOKES and 2 <= len(words) - 1 <= 5 and context.sentence.rfind(mention) > 0:
        person = _clean_name(" ".join(words[1:]).strip(", "))
        person = _person_name(lex, person) or person  # ("spokesman Colonel Ryan Dillon")
        owner = _spokesman_of(lex, context, candidate, matcher) if _guess_type(person) == "person" else None
        if owner is not None:
            return _through_spokesman(owner, person, base, candidate.rule)  # "The ministry's spokesman, Ahmed al-Saadi, told"
    if len(words) == 1 and not matcher(mention) and (
            lower_words[0] in _REPORT_ADJECTIVES or
            _PLURAL_OF_TRADE.fullmatch(words[0]) and candidate.position < len(words[0]) + 12 and
            not _search(rf"[^.!?\"”\s]\s+{re.escape(words[0])}\b", " ".join([*context.before, context.written]))):
        # "Insurers said", "Brokers say", "Engineers said it years ago" (a trade in the plural at the
        # start of a sentence, never written inside one: "John Peters … Peters said" is a name),
        # "Unconfirmed reports said"
        return anonymous(mention)
    if definite and len(lower_words) == 1 and lower_words[0] in _NAMED_KINDS:
        words, lower_words = ["the", *words], ["the", *lower_words]  # "according to the authority" reads as "the authority"
    if len(lower_words) == 2 and lower_words[0] == "the" and lower_words[1] in _BODY_WORDS \
            and lower_words[1] not in lex.descriptions and not matcher(mention):
        called = _body_called(context, registry, lower_words[1])
        if called is not None:
            # "The mission said" after "the U.N. mission, known as MINUSCA, said": the body itself, not the
            # officer it spoke through before
            return replace(inherit(called, "+called"), speaker=None)
        at = max(0, context.sentence.find(mention))
        named = (_institution_named_last(context, (lower_words[1],), at) or _kind_named_first(context, lower_words[1], at)) \
            if lower_words[1] in _NAMED_KINDS | _KINDS_NAMED_FIRST else None
        if named is not None:
            # "The authority said" after "The Kenya Civil Aviation Authority grounded the fleet": the body
            # the text named so, though it had not spoken
            known = _known_as_whole(named, registry, matcher)
            return Attribution(source=known.name if known else named, source_id=known.id if known else slug(named),
                               source_type=known.type if known else _guess_type(named),
                               **{**base, "rule": candidate.rule + "+named-kind"})
    at_spokes = next((k for k in (1, 2, 3) if k < len(words) - 1 and lower_words[k] in _SPOKES), None)
    if at_spokes is not None and lower_words[0] not in DETERMINERS and \
            (lower_words[0] not in NATIONALITIES or lower_words[0] in _STATE_BODY_WORDS or at_spokes > 1):
        person = _person_name(lex, " ".join(words[at_spokes + 1:]))
        named_person = bool(person) and _guess_type(person) == "person" and matcher(person) is None
        at = context.sentence.rfind(candidate.mention, 0, candidate.position + 1)
        owner = _DESCRIBED_OWNER.search(context.sentence[:at]) if named_person and at > 0 and \
            all(w in _STATE_BODY_WORDS | _PRESS_OFFICE_WORDS for w in lower_words[:at_spokes]) else None
        if owner is not None and owner.group(1).lower() in lex.descriptions and \
                not {"government", "military"} & set(lex.descriptions[owner.group(1).lower()] or ()) and \
                (spoke_for := _spokesman_of(lex, context, candidate, matcher)) is not None:
            # "Houthi rebels said … The group's military spokesman, Yahya Saree, said": the group's,
            # not the military of the country named last (a state's own description reads below:
            # "The regime's military spokesman")
            return _through_spokesman(spoke_for, person, base, candidate.rule)
        body = _spokes_body(lex, context, registry, matcher, words[:at_spokes], candidate.position) \
            if named_person else None
        if body is not None:
            # '"…," mission spokesman Florent Mbaye said' after MINUSCA spoke, "Centcom spokesman Capt
            # Daniel Whitcomb", "AFC/M23 spokesperson Dieudonné Habimana", "Government spokesperson
            # Blaise Mukendi" in a story from Congo: the body the words before "spokesman" name
            if isinstance(body, str):
                body = Source(id=slug(body), name=body, type=_guess_type(body))
            return _through_spokesman(body, person, base, candidate.rule)
    if len(words) >= 3 and lower_words[0] in _SPOKES and words[0][:1].isupper() and \
            (person := _person_name(lex, " ".join(words[1:]))) == " ".join(words[1:]) and \
            _guess_type(person) == "person" and matcher(person) is None:
        # "UNICEF said …" then "Spokesman James Elder said": the body that spoke just before speaks
        # through its spokesman named with his bare title (else he speaks for himself, below)
        spoke = next((a for a in list(reversed(context.history))[:2] if a.source_type not in {"person", "anonymous"}
                      | MEDIA_TYPES), None)  # (not a medium that reported: "Al Jazeera reported … Spokesman X said")
        if spoke is not None:
            return _through_spokesman(spoke, person, base, candidate.rule)
    named = _country_named_officer(lex, mention, matcher)
    if named is not None:
        # "Israeli Defence Minister Israel Katz said": a head of state or a minister whose given name is a
        # country's, for himself (not the Israeli military, nor a person "Defence Minister Israel Katz")
        return Attribution(source=named, source_id=slug(named), source_type="person", speaker=named, **base)
    owned = _OWNED_MEDIUM.fullmatch(mention.strip()) if "'" in mention or "’" in mention else None
    medium = matcher(owned.group("medium")) if owned is not None else None
    if owned is not None and (medium is None or medium.type in MEDIA_TYPES):
        # "The Houthis' Al Masirah television said": the owner's medium, named, speaks (as "the Houthi-run
        # al-Masirah TV" does)
        name = medium.name if medium is not None else owned.group("medium")
        return Attribution(source=name, source_id=medium.id if medium is not None else slug(name),
                           source_type=medium.type if medium is not None else "outlet",
                           **{**base, "rule": candidate.rule + "+owned-medium"})
    owner = _possessive_nation(lex, context.sentence, mention, candidate.position)
    ruled = _ruled_body(lex, mention) if owner is None else None
    if ruled is not None:
        # "the Hamas-run health ministry said" with no place named: Gaza's (not the Syrian ministry the
        # registry knows by the bare alias, nor Israel's for "Israeli strikes" before it)
        name, speaker = ruled
        return Attribution(source=name, source_id=slug(name), source_type="government",
                           **{**base, "speaker": speaker, "rule": candidate.rule + "+abroad"})
    placed = re.match(r"(.+?)\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)$", mention) if owner is None else None
    body = placed.group(1) if placed is not None else ""
    role = re.fullmatch(r"(.+?)['’]s\s+(?:[a-z][\w-]*\s+){0,2}([a-z]+)", body)
    if role is not None and (role.group(2) in lex.titles or role.group(2) in _SPOKES):
        body = role.group(1)  # "The Health Ministry's spokesman in Gaza said": the ministry's, as below
    if placed is not None and body.split()[-1].lower() in lex.descriptions \
            and placed.group(2).lower() in lex.nation_names and matcher(body) is not None \
            and not any(w.lower() in NATIONALITIES or _country_of_demonym(lex, w.lower()) for w in body.split()):
        # (not a body of another country's there: "The Turkish army in Syria")
        # "The Hamas-run health ministry in Gaza said": Gaza's health ministry, as "Gaza's health ministry"
        owner = lex.nation_names[placed.group(2).lower()]
        words = body.split()
        lower_words = [w.lower().strip(".,") for w in words]
    if owner is not None:
        words = [owner, *words]  # "Yemen's health ministry said"
        mention, lower_words = " ".join(words), [w.lower().strip(".,") for w in words]
    scope = re.split(r"\s(?:in|near|outside|inside)\s+(?=[A-Z])", mention)[0]
    # ("A UN official in Damascus": the UN; but not a name that holds its place, "the Coalition to Restore
    # Legitimacy in Yemen")
    scope = scope if scope != mention and matcher.all(scope) and registry.find(_clean_name(mention)) is None \
        else mention
    hits = tuple(h for h in matcher.all(scope) if not _another_country(lex, mention, h, registry)
                 and not (h.type == "person" and _inside_another_name(lex, mention, h))
                 and not (h.type == "NGO" and owner is None and context.nation
                          and _foreign_alias(mention, h, registry, context.nations, lex.nations)))
    # ("Yemen's Interior Ministry said": not the Syrian Interior Ministry the registry knows as
    # "Interior Ministry"; named from the text below)
    if hits and hits[0].id == "un" and lower_words[0] == "the" and len(lower_words) == 3 and lower_words[-1] == "agency":
        # "OCHA said …" then "The UN agency said …": the UN's own agency that spoke last (of the last three
        # speakers, and not after the UN itself), not the UN at large
        agency = None
        for a in list(reversed(context.history))[:3]:
            if a.source_id == "un":
                break
            if (known := registry.get(a.source_id)) is not None and registry.origin(known).id == "un":
                agency = a
                break
        if agency is not None:
            return replace(agency, **{**base, "rule": candidate.rule + "+description"})
    if lower_words[-1] in lex.descriptions and (
            owner is not None and not any(h.type in _STATE_TYPES for h in hits) or
            owner is None and context.nation and any(_foreign_alias(mention, h, registry, context.nations, lex.nations) for h in hits)):
        # "Yemen's health ministry said", or "the health ministry said" in a story from Yemen: that
        # country's ministry, not the Syrian one the registry knows by the bare alias
        country = rules.places.get(owner or context.nation, owner or context.nation)
        name = " ".join([f"{country}'s", *(w for w in words[bool(owner):] if w.lower() not in DETERMINERS
                                          and not w.lower().endswith(("-run", "-based", "-controlled") + _LED_BY))])
        kind = _guess_type(name)
        kinds = lex.descriptions.get(lower_words[-1]) or ("government",)
        return Attribution(source=name, source_id=slug(name), source_type=kind if kind in kinds else kinds[0],
                           **{**base, "rule": candidate.rule + "+abroad"})
    if owner is None and context.nation:
        # "The Houthi-run Health Ministry in Sanaa" in a story from Yemen: not the Syrian ministry
        # the registry knows by the bare alias (named from the text below)
        hits = tuple(h for h in hits if not _foreign_alias(mention, h, registry, context.nations, lex.nations))
    if " and " in mention and len(set(hits)) > 1 and not any(
            " and " in a.lower() and a.lower() in mention.lower() for a in (hits[0].name, *hits[0].aliases)):
        # "The US and France termed the assaults war crimes and said …": the first of two governs (not
        # "The UN Relief and Works Agency …": one name)
        lowered = mention.lower()
        hits = tuple(sorted(hits, key=lambda h: min((lowered.find(a.lower()) for a in (h.name, *h.aliases)
                                                      if lowered.find(a.lower()) >= 0), default=10**6)))
    of_body = _search(r"\b(?:head|chief|director|president|leader|founder|spokes(?:man|woman|person)|member)\s+"
                        r"(?:of|at)\s+((?:the\s+)?.+)", mention, re.IGNORECASE)
    if of_body and len(hits) > 1:
        # "The head of UOSSM France Dr Ziad Alissa": UOSSM, not France
        rest = of_body.group(1).lower()
        hits = tuple(sorted(hits, key=lambda h: min((rest.find(a.lower()) for a in (h.name, *h.aliases)
                                                     if rest.find(a.lower()) >= 0), default=10**6)))
    body = of_body.group(1).split() if of_body and not hits else []
    if body and mention[:of_body.start()].lower() in {"", "the "} and body[0].lower() == "the" and \
            len(body) <= (4 if body[-2].lower().endswith("-based") else 3) and body[-1].lower() in lex.descriptions:
        # "said the head of the Britain-based group": the group named before speaks through its head
        words, lower_words = body, [w.lower().strip(".,") for w in body]
    spokes_for = re.match(r"(?:(?:a|an|the)\s+)?(?:spokes(?:man|woman|person)|official|member|head|director|"
                          r"chief|director[- ]general|chairman|chairperson|commander|coordinator|secretary[- ]general)"
                          r"\s+(?:of|for|at)\s+(?:the\s+)?(.+)", mention, re.IGNORECASE) if not hits else None
    named_body = spokes_for.group(1).split() if spokes_for else []
    officer = written_body = None
    if named_body and "," in context.text:
        split = _officer_after_comma(_as_written(spokes_for.group(1), context.text))
        if split is not None:  # ("… of the Department of Emergency Management, Ravi Balkaran")
            written_body, officer = split
            named_body = written_body.replace(",", " ").split()
    if named_body and 2 <= len(named_body) <= 7 \
            and all(w[:1].isupper() or w.lower() in {"of", "for", "and"} for w in named_body) \
            and (named_body[-1].lower() == "committees" or _is_body_name(named_body)):
        # "A spokesperson for the Zabadani Revolution Coordination Committee told …": the body,
        # named from the text, speaks through its unnamed spokesperson (or the one named after it)
        name = written_body or " ".join(named_body)  # (the commas inside its name, as the text writes them)
        if officer is not None and _speaks_for_himself(spokes_for.group(0), name):
            return Attribution(source=officer, source_id=slug(officer), source_type="person", speaker=officer,
                               **{**base, "rule": candidate.rule + "+for-himself"})
        return Attribution(source=name, source_id=slug(name), source_type=_guess_type(name), speaker=officer,
                           **{**base, "rule": candidate.rule + "+officer-of" if officer else candidate.rule})
    inner = words[1:-1] if lower_words[0] in {"the", "this", "that", "a", "an"} else words[:-1]
    if lower_words[-1] in lex.descriptions and len(lower_words) <= 4 \
            and not any(w[:1].isupper() and not w.lower().endswith("-based") and
                        not (w == "TV" and lower_words[-1] == "channel") and
                        not (k + 1 < len(inner) and inner[k + 1].lower().endswith("-based"))
                        for k, w in enumerate(inner)):  # ("the New York-based group"; "the TV channel")
        types = lex.descriptions[lower_words[-1]]
        if types is None and lower_words[-1] in _GROUP_WORDS:
            types = tuple(t for t in _ALL_TYPES if t != "person" and t not in MEDIA_TYPES)  # "the group": no person, no medium
        if len(words) == 2 and lower_words[-1].endswith("s") and not words[0][:1].isupper() and \
                lower_words[0] not in DETERMINERS | _POSSESSIVES and not hits:
            return anonymous(mention)  # "according to independent monitors": no one named before
        here = [h for h in matcher.all(context.sentence[:candidate.position])
                if h.type in _GROUP_TYPES and h is not publisher] if lower_words[-1] in _GROUP_WORDS else []
        if here and lower_words[0] == "the":
            # "The four staff of the UOSSM were in two ambulances … the group said": the body this
            # very sentence named before its cue
            source = max(here, key=lambda h: _last_position(context.sentence[:candidate.position], h))
            return Attribution(source=source.name, source_id=source.id, source_type=source.type,
                               **{**base, "rule": candidate.rule + "+description-here"})
        # "the energy ministry": only a ministry of that portfolio, not the defence ministry that spoke last
        portfolio = lower_words[-2] if len(lower_words) >= 2 and lower_words[-1] == "ministry" and \
            lower_words[-2] in _PORTFOLIOS else None
        aid = lower_words[-1] == "agency" and bool(set(lower_words) & _AID_WORDS)
        if aid:
            types = ("NGO", "international body")  # "the aid agency": no news agency, no state medium
        previous = context.recent(types, called=lower_words[-1]) if lower_words[0] not in {"a", "an"} else None
        if previous is not None and lower_words[-1] == "claim" and previous.stance == "denying":
            # "… Russia's defence ministry denied the report. The claim said 40 …": not the one who denied it
            previous = next((a for a in reversed(context.history) if a.source_type != "anonymous" and
                             a.stance != "denying"), None)
            if previous is None:
                return anonymous(mention)  # (nobody else spoke: whose claim it is the story does not say)
        at = context.sentence.rfind(mention, 0, candidate.position + 1)  # (where the mention stands)
        if not hits and (lower_words[0] in {"a", "an"} or at > 0 and _search(r"(?:^|\s)[Aa]n?\s+(?:[a-z-]+\s+){0,2}$",
                                                                            context.sentence[:at])):
            # "A leading opposition group condemned the raids." then "The Istanbul-based National
            # Coalition said …": a body introduced here is the one the next sentence names, if any
            # (a statement of a kind of body is that kind's: "A ministry statement said …" is no armed group's)
            owner = lex.descriptions.get(lower_words[-2]) \
                if len(lower_words) >= 2 and lower_words[-1] in _STATEMENT_NOUNS | {"report", "claim"} else None
            following = [s for s in context.speaking_in.get(len(context.before) + 1, ())
                         if (types is None or s.type in types) and s.type != "person" and
                         (owner is None or s.type in owner)]
            if following:
                return Attribution(source=following[0].name, source_id=following[0].id, source_type=following[0].type,
                                   **{**base, "rule": candidate.rule + "+description-next"})
            named_next = [s for s in context.bodies_in.get(len(context.before) + 1, ()) if types is None or s.type in types]
            if named_next and lower_words[-1] in _GROUP_WORDS | {"organisation", "organization", "charity", "network"}:
                # "…, a medical group said" then "The Sudan Doctors Network said …": the body the next
                # sentence names as its speaker, from the text alone
                return Attribution(source=named_next[0].name, source_id=named_next[0].id, source_type=named_next[0].type,
                                   **{**base, "rule": candidate.rule + "+description-next"})
            if lower_words[0] in {"a", "an"} and lower_words[-1] not in {"ngo", "monitor", "monitors", "watchdog", "observatory"} \
                    and "rights" not in lower_words:
                # a body introduced here ("a local volunteer group", "a statement"), named nowhere: not the
                # first one the story names (but "an NGO", "a monitor" and "a human rights group" are how
                # the wires first call the Observatory they name later)
                return anonymous(mention)
        # (the article may stand before a word the mention left out: "the armed forces general staff")
        article = _search(r"\b[Tt]he\s+(?:(?P<left>[a-z]+)\s+)?$", context.sentence[:at]) if at > 0 else None
        # (with the word the mention left out: "the meteorological service"; a ministry's portfolio left
        # out is read below as before: "the home ministry" in a story from Bangladesh is that country's)
        left = article.group("left") if article is not None and article.group("left") and not (
            lower_words[-1] == "ministry" and article.group("left") in _PORTFOLIOS) else None
        modified = not portfolio and not hits and (lower_words[0] == "the" or article is not None) and \
            [w for w in _own_modifiers(([left] if left else []) + lower_words, lex) if not (aid and w in _AID_WORDS)]
        if previous is not None and modified and _modified_otherwise(modified, previous.source, previous.mention,
                                                                     registry.get(previous.source_id)):
            previous = None  # "the provincial education directorate" after the Interior Ministry spoke: another body
        if portfolio and previous is not None and not _of_portfolio(previous.source, portfolio, registry) and \
                not ((narrow := _narrower(previous, lower_words, registry)) is not None and
                     _of_portfolio(narrow.name, portfolio, registry)):  # ("Russia said …" then "the defence ministry said")
            previous = next((a for a in reversed(context.history) if a.source_type != "anonymous" and
                             (types is None or a.source_type in types) and _of_portfolio(a.source, portfolio, registry)),
                            None)
        if previous is None and via and types and lower_words[0] not in {"a", "an"} and "person" not in types:
            # "RT quoted the military": the military of the government the relay speaks for
            relay = matcher(via[0])
            if relay is not None and _foreign_medium(lex, via[0], relay, registry):
                relay = None  # ("Iraqi state TV": not the Syrian state television "state TV" names)
            medium = _NATIONAL_MEDIUM.fullmatch(via[0]) if relay is None else None
            country = _owner_country(rules, medium.group("owner"), bool(medium.group("possessive")))[0] \
                if medium is not None else None
            if country and lower_words[-1] in _NATIONAL_BODIES:
                # "Iraqi state TV quoted the military": that country's military
                word = lower_words[-1]
                kind = "government" if word == "government" else "military"
                written = re.sub(r"['’]s$", "", medium.group("owner").split()[-1])
                name = f"{written} {word}" if _country_of_demonym(lex, written.lower()) == country else \
                    f"{_possessive(lex.nation_names.get(country, country.title()))} {word}"  # ("Iraqi military")
                known = _national_source(registry, country, word) or registry.lookup(name)  # (whole: not "Sudan's
                # army" inside "South Sudan's army")
                known = known if known is not None and known.type == kind else None  # (not "Iran" for "Iran's army")
                return Attribution(source=known.name if known else name, source_id=known.id if known else slug(name),
                                   source_type=kind, **{**base, "rule": candidate.rule + "+relay-affiliation"})
            if relay is not None and relay.affiliation:
                government = registry.origin(relay)
                for source in registry.sources.values():
                    if source.type in types and source is not relay and registry.origin(source) is government:
                        return Attribution(source=source.name, source_id=source.id, source_type=source.type,
                                           **{**base, "rule": candidate.rule + "+relay-affiliation"})
        if previous is None and not hits and lower_words[0] == "the" and len(lower_words) == 2 and \
                lower_words[-1] not in _NATIONAL_BODIES | {"regime", "militia", "group"}:
            # (not "the army" for Jaish al-Islam, the "Army of Islam")
            called = _body_called(context, registry, lower_words[-1])
            if called is not None:
                # "The agency said" after the Mine Action Agency spoke, a body of no type the word
                # names as a rule: the one that spoke whose name holds the word
                return replace(inherit(called, "+called"), speaker=None)
        relayed = context.history[-1].via[0] if previous is None and lower_words == ["the", "agency"] and \
            context.history and context.history[-1].via else None
        if relayed is not None and matcher(relayed) is None and not _paper_name(relayed) and \
                not (context.before and _search(r"\bagency\b", context.before[-1].lower())):
            # (not a paper, "the Daily Monitor"; nor after a sentence that speaks of an agency: "The UN
            # refugee agency has opened a transit centre. The agency said …")
            # "…, the Press Trust of India reported, citing state officials. …, the agency said": the
            # medium that relayed the sentence before, not a body of that kind the story names later
            return Attribution(source=relayed, source_id=slug(relayed), source_type="news agency",
                               **{**base, "rule": candidate.rule + "+relay-before"})
        if previous is None:
            ahead = context.first_named(types)
            if hits and (types is None or hits[0].type in types):
                ahead = hits[0]  # a registered description names its own source ("the Britain-based monitoring group")
            if portfolio and ahead is not None and not _of_portfolio(ahead.name, portfolio, registry):
                ahead = None
            if ahead is not None and modified and _modified_otherwise(modified, ahead.name, None, ahead):
                ahead = None
            national = _national_source(registry, context.nation, lower_words[-1]) \
                if ahead is not None and not hits and lower_words[-1] in _NATIONAL_BODIES and len(lower_words) <= 2 else None
            if national is not None and registry.origin(ahead) is not registry.origin(national):
                # "The government blamed 'terrorists'" in a story from Syria that names Iran later: the
                # government of the story's country, not the first one named anywhere in it
                ahead = None
            if ahead is None and modified and types is not None and \
                    (lower_words[-1] in _DESCRIBED_INSTITUTIONS or tuple(lower_words[-2:]) in _NAMING_ADJECTIVES):
                # "the provincial education directorate", "the armed forces ministry", "the presidential
                # press service", no body of that kind named before: the body as the text describes it
                name = _as_written(" ".join(w for w in words if w.lower() not in DETERMINERS), context.sentence)
                if article is not None and article.group("left") and lower_words[0] != "the":
                    name = f"{article.group('left')} {name}"
                return Attribution(source=name, source_id=slug(name),
                                   source_type="government" if "government" in types else types[0],
                                   **{**base, "rule": candidate.rule + "+described"})
            if ahead is not None and any(matcher(relay) is ahead for relay in candidate.relay if relay):
                ahead = None  # (not the medium that relays it: "The committee's statement, carried by Belta,")
            if ahead is not None:
                return Attribution(source=ahead.name, source_id=ahead.id, source_type=ahead.type,
                                   **{**base, "rule": candidate.rule + "+description-ahead"})
            if not hits and types is not None and lower_words[0] == "the" and "person" not in types:
                # '"The offensive was repelled" the army said' after "… the Syrian Army repelled an
                # attack": the body the text called so last, a speaker before or not
                mentioned = context.mentioned_last(types, lower_words[-1], at if at >= 0 else candidate.position)
                if mentioned is not None and mentioned is not publisher:
                    return Attribution(source=mentioned.name, source_id=mentioned.id, source_type=mentioned.type,
                                       **{**base, "rule": candidate.rule + "+description-mentioned"})
            if not hits and lower_words[0] == "the" and lower_words[-1] == "group" and len(lower_words) <= 3:
                # "M23 fighters seized the town." then "The group said": the registry's group the text named
                # last, in this sentence or the two before (`_described_owner`), a speaker before or not
                owner = _described_owner(lex, context, "group", at if at >= 0 else candidate.position)
                window = [context.sentence[:at if at >= 0 else candidate.position], *context.before[-2:]]
                groups = {s for text in window for s in matcher.all(text) if s.type in _GROUP_TYPES}
                if any(_OTHER_GROUP.search(text) for text in window):
                    groups = set()  # (another group in sight: "A group of doctors …", "the Glencore Group")
                # (one group only: of "The ADF, which pledged allegiance to Islamic State" the group is not clear)
                if owner is not None and owner is not publisher and groups == {owner}:
                    return Attribution(source=owner.name, source_id=owner.id, source_type=owner.type,
                                       **{**base, "rule": candidate.rule + "+description-mentioned"})
            if not hits and types is not None and definite and "person" not in types and \
                    lower_words[-1] in _NAMED_KINDS | {"navy"}:
                where = at if at >= 0 else candidate.position
                named = _institution_named_last(context, (lower_words[-1],), where) or \
                    _kind_named_first(context, lower_words[-1], where)
                if named is not None:
                    # "the service said" after "the State Emergency Service …": the body the text named so,
                    # no registry body
                    guessed = _guess_type(named)  # (as the body is typed when it speaks: "the Ministry of Mines")
                    return Attribution(source=named, source_id=slug(named),
                                       source_type=guessed if guessed in types else types[0],
                                       **{**base, "rule": candidate.rule + "+description-named"})
            if portfolio and not hits:
                # no ministry of that portfolio named before: this one, the story's country's
                name = f"{_possessive(context.nation_name)} {portfolio} ministry" if context.nation_name \
                    else f"{portfolio} ministry"
                return Attribution(source=name, source_id=slug(name), source_type="government",
                                   **{**base, "rule": candidate.rule + "+national"})
            ministry = _search(r"\b[Tt]he\s+(home|interior|health|foreign|defen[cs]e|finance|information|justice)\s+"
                                 r"ministry\b", context.written) if lower_words == ["ministry"] else None
            if not hits and ministry is not None and context.nation_name:
                # "the home ministry said" in a story from Bangladesh, no ministry named before
                name = f"{_possessive(context.nation_name)} {ministry.group(1)} ministry"
                return Attribution(source=name, source_id=slug(name), source_type="government",
                                   **{**base, "rule": candidate.rule + "+national"})
            # "the army", or "according to the army" (read without its article)
            bare = lower_words[0] == "the" and len(lower_words) == 2 or definite and len(lower_words) == 1
            army = [m.group(1) for text in (context.sentence, *context.before[-1:])
                    for m in [_ARMY_NAMED.match(re.sub(r"^[\"“]?(?:The|the)\s+", "", text.lstrip()))] if m] \
                if not hits and bare and lower_words[-1] in {"army", "military"} else []
            # (only an army its sentence, or the one before, opens with: not the rebels a sentence names
            # as killed, "two members of the West Papua National Liberation Army (TPNPB) …")
            if not army and not hits and bare and lower_words[-1] in {"army", "military"} and context.nation_name:
                # "The army said" in a story from Botswana that named the "Botswana Defence Force" earlier:
                # the country's force as the story names it (one name only)
                forces = {m.group(1) for text in (context.sentence[:max(at, 0)], *context.before)
                          for m in _STATE_FORCE_NAMED.finditer(text) if _of_nation(lex, m.group(1), context.nation)}
                army = list(forces) if len(forces) == 1 else []
            if not army and not hits and bare and lower_words[-1] in {"army", "military"}:
                # "GAZA (Reuters) - Israeli troops raided a hospital in Gaza City, the military said": the
                # army of the one people whose troops the sentence names, not the dateline's place's
                # (only when the story's country has no army of its own in the registry)
                countries = {_country_of_demonym(lex, m.group(1).lower()) for m in
                             _NATIONAL_TROOPS.finditer(context.sentence[:max(at, 0)])} - {None}
                own = _national_source(registry, context.nation, lower_words[-1])
                force = _national_source(registry, next(iter(countries)), lower_words[-1]) \
                    if len(countries) == 1 and own is None else None
                if force is not None:
                    return Attribution(source=force.name, source_id=force.id, source_type=force.type,
                                       **{**base, "rule": candidate.rule + "+army-named"})
            if army:
                # "The Uganda People's Defence Forces (UPDF) have killed five …, the army has said":
                # the army the text just named, not one of the story's country found elsewhere
                name = army[0]
                known = matcher(name)
                return Attribution(source=known.name if known else name, source_id=known.id if known else slug(name),
                                   source_type=known.type if known else "military",
                                   **{**base, "rule": candidate.rule + "+army-named"})
            if not hits and bare and lower_words[-1] in _NATIONAL_BODIES and context.nation_name:
                # "The government blamed the 3R rebel group" in a story from the Central African
                # Republic, no government named before: that country's
                name = f"{_possessive(context.nation_name)} {lower_words[-1]}"
                known = matcher(name) or _national_source(registry, context.nation, lower_words[-1])
                if known is not None:
                    return Attribution(source=known.name, source_id=known.id, source_type=known.type,
                                       **{**base, "rule": candidate.rule + "+national"})
                return Attribution(source=name, source_id=slug(name), source_type=types[0] if types else "government",
                                   **{**base, "rule": candidate.rule + "+national"})
            relayed = next((a.via[0] for a in list(reversed(context.history))[:6] if a.via), None) \
                if not hits and lower_words[0] == "the" and types and set(types) & MEDIA_TYPES else None
            known = matcher(relayed) if relayed is not None else None
            name = _clean_name(relayed) if relayed is not None and known is None else None
            kind = known.type if known is not None else _guess_type(name) if name is not None else None
            if kind == "person" and "outlet" in types:
                kind = "outlet"  # (a relay's one unknown name is a medium's: "told regional daily Délmagyarország")
            if kind is not None and kind in types and lower_words[-1] == "agency" and _paper_name(relayed):
                kind = None  # ("…, the Dhaka Tribune reported, citing the Department …. The agency said": no paper)
            if kind is not None and kind in types:
                # "Al Masirah TV, citing a health official, reported …" then "the channel said": the
                # outlet of that kind that relayed one of the sentences before, when no outlet spoke
                # itself (not a wire agency for "the channel", nor a ministry that cited someone)
                return Attribution(source=known.name if known else name, source_id=known.id if known else slug(name),
                                   source_type=kind,
                                   **{**base, "rule": candidate.rule + "+description-relay"})
            if not hits and bare and lower_words[-1] in {"ngo", "charity"}:
                # "The Catholic charity Aid to the Church in Need (ACN) quoted villagers …" then "… the
                # charity said": the body the text introduced by that word, though it has not spoken (not a
                # registry NGO merely named since: "… where UNICEF and Oxfam also work")
                named = _introduced_by_kind(context, lower_words[-1], at if at >= 0 else candidate.position)
                if named is not None:
                    known = matcher(named)
                    return Attribution(source=known.name if known else named, source_id=known.id if known else slug(named),
                                       source_type=known.type if known else "NGO",
                                       **{**base, "rule": candidate.rule + "+kind-named"})
            level = lower_words[-2] if len(lower_words) >= 2 else None
            if not hits and lower_words[-1] == "government" and level in _GOVERNMENT_LEVELS and \
                    (lower_words[:-2] == ["the"] or not lower_words[:-2] and
                     _search(rf"(?i)\bthe\s+{level}\s+government\b", context.sentence)):
                # "The state government … described the attack as barbaric" after "in Plateau State", "The
                # provincial government blamed gangs" after "Santa Fe province": the government of the
                # place the story named last at that level, else that level's government as the text
                # calls it (a body, not an unnamed source)
                name = _local_government(context, level, at if at >= 0 else None) or \
                    (f"{_possessive(context.nation_name)} {level} government"
                     if level in {"federal", "central", "national"} and context.nation_name else None) or \
                    f"{level} government"
                return Attribution(source=name, source_id=slug(name), source_type="government",
                                   **{**base, "rule": candidate.rule + "+level"})
            named = _agency_named_last(context, matcher, at if at >= 0 else candidate.position) \
                if not hits and bare and lower_words[-1] == "agency" else None
            if named is not None:
                # "Teams from the National Disaster Management Agency reached …" then "the agency said": the
                # agency the text named last, though it had not spoken, when the text named no registry medium
                # before and that agency is none (`_agency_named_last`)
                known = matcher(named)
                return Attribution(source=known.name if known else named, source_id=known.id if known else slug(named),
                                   source_type=known.type if known else _guess_type(named),
                                   **{**base, "rule": candidate.rule + "+kind-named"})
            if not hits and all(w in DETERMINERS or w in lex.descriptors for w in lower_words):
                return anonymous(mention)  # "the official said" with nobody named before: unnamed
        elif not hits or hits[0].id == previous.source_id or registry.origin(hits[0]).id == previous.source_id or \
                len(lower_words) == 2 and lower_words[0] == "the" and words[1].islower() and \
                previous.source_type == hits[0].type == "monitor":
            # (a bare description the registry gives a default for, "the monitor" (not "the Observatory"): the
            # body of that kind that spoke last in the story, "Conflict monitor Airwars said …", not the default)
            narrower = _narrower(previous, lower_words, registry)
            if narrower is not None:
                # "Russia said …" then "the defence ministry said": the ministry of that government
                return Attribution(source=narrower.name, source_id=narrower.id, source_type=narrower.type,
                                   **{**base, "rule": candidate.rule + "+description"})
            if previous.speaker and head in lex.descriptions and "person" not in (lex.descriptions[head] or ("person",)) \
                    or previous.speaker and head in _GROUP_WORDS and previous.source_type != "person":
                # (a word for a body of any kind is the body too: "The organisation added" after WHO chief Tedros)
                # "The agency said" after its head "Muhamad Arafah" spoke: the body itself now, through nobody named
                return replace(inherit(previous, "+description"), speaker=None)
            return inherit(previous, "+description")
    if hits and len(words) == 1 and hits[0].type == "government" and hits[0].affiliation is None:
        # "Moscow reported" a sentence or two after "the defence ministry said": the capital or
        # country stands for the body of its government that has just been speaking
        for back, previous in enumerate(reversed(context.history)):
            if back > 2:
                break
            body = registry.get(previous.source_id)
            if body is not None and body is not hits[0] and body.type in {"government", "military"} \
                    and registry.origin(body) is hits[0]:
                return inherit(previous, "+metonym")
    if hits:
        persons = [h for h in hits if h.type == "person"]
        if persons and len(words) == 1 and persons[0].name != words[0] and _introduced_anew(words[0], context):
            # '"…," said Abdulrahman, a shop owner': a new person introduced by his apposition, not
            # the registry's speaker who has that surname (Rami Abdel Rahman)
            return Attribution(source=words[0], source_id=slug(words[0]), source_type="person", speaker=words[0],
                               **{**base, "rule": candidate.rule + "+new-person"})
        if persons:
            person = persons[0]
            source = registry.get(person.affiliation) if person.spokesperson and person.affiliation else person
            named_body = next((h for h in hits if h.type != "person"), None)
            if person.spokesperson and named_body is not None:
                source = named_body  # "Pentagon spokesman John Kirby": the body the text names for him
            return Attribution(source=source.name, source_id=source.id, source_type=source.type,
                               speaker=person.name, **base)
        source = hits[0]
        written_at = context.sentence.find(mention)
        if source.type in MEDIA_TYPES and (words[-1].lower() in {"footage", "camera", "cameras"} or written_at >= 0 and
                                           _search(r"^\s+(?:footage|cameras?|images)\b",
                                                   context.sentence[written_at + len(mention):])):
            return None  # "according to CCTV footage": what a camera recorded, no medium
        person = _medium_surname(lex, words, source, matcher) if source.type in MEDIA_TYPES else None
        if person is not None:
            # "Michael Bloomberg said", "Former New York mayor Michael Bloomberg said": a person whose
            # surname is a medium's one-word name, not the medium
            return Attribution(source=person, source_id=slug(person), source_type="person", speaker=person, **base)
        if source.type in MEDIA_TYPES and len(words) <= 2 and words[-1] in (source.name, *source.aliases) and \
                " " not in words[-1] and (len(words) == 1 or words[0].rstrip(".") in {"Mr", "Mrs", "Ms", "Dr", "Mayor"}):
            # "Bloomberg added", "Mr Bloomberg said" after Michael Bloomberg spoke: that person again
            earlier = None
            for a in reversed(context.history):
                if a.source_id == source.id or source.name in a.via:
                    break  # (the medium itself spoke or relayed since: "Bloomberg News reported …")
                if a.source_type == "person" and a.source.split()[-1] == words[-1] and len(a.source.split()) >= 2:
                    earlier = a
                    break
            if earlier is not None and candidate.rule != "attr.according-to" and \
                    (candidate.cue or "").lower() not in {"reported", "reports", "reporting"}:
                return replace(inherit(earlier, "+surname"), mention=mention)
        generic = _generic_alias(mention, source)
        if generic and any(w[:1].isupper() for w in words[1 if lower_words[0] in DETERMINERS else 0:
                                                          len(words) - len(generic.split())]):
            # "The DeirEzzor 24 monitoring group": a description the registry keeps for one source
            # ("monitoring group"), here after another body's own name
            name = _clean_name(mention)
            return Attribution(source=name, source_id=slug(name), source_type=_guess_type(name), **base)
        own = {w.lower() for w in re.findall(r"[\w-]+", " ".join((source.name, *source.aliases)))}
        tail = _words_after(mention, source)
        if all(w.lower().strip(",.") in own | LEADING_DROP for w in tail):
            tail = []
        if tail and tail[0].lower() in {"and", "or"}:
            tail = []  # "The US and France said": the first of two governs
        at_place = next((k for k, w in enumerate(tail) if w.lower() in PLACE_PREPOSITIONS), None)
        if at_place is not None:
            # "The local White Helmets in the central Hama province", "SANA reporter in Aleppo": where
            # it is, not another body nor a person; but "official in Idlib Leys el-Faris", "Resident
            # Representative in Syria Ali al-Zaatari": a person's name after the known place
            after = [w for w in tail[at_place + 1:] if w.lower() != "the"]
            size = next((size for size in (3, 2, 1) if " ".join(after[:size]).lower() in rules.places), 0)
            person = after[size:] if size else []
            tail = tail[:at_place] + (person if 2 <= len(person) <= 4 and
                                      all(w[:1].isupper() or _NAME_PREFIX.match(w) for w in person) else [])
        body = _country_owned_body(lex, mention, source, tail, registry)
        if body is not None:
            return Attribution(source=body.name, source_id=body.id, source_type=body.type,
                               **{**base, "rule": candidate.rule + "+country-owned"}) if isinstance(body, Source) \
                else Attribution(source=body, source_id=slug(body), source_type="government",
                                 **{**base, "rule": candidate.rule + "+country-owned"})  # (a state's body)
        title_at = next((k for k, w in enumerate(tail[:4]) if w.lower().rstrip(".") in lex.title_stems), None)
        if title_at is not None and all(not w[:1].isupper() or _is_country(w, matcher) or
                                        w.lower() in lex.descriptors | {"supreme", "country"} for w in tail[:title_at]):
            # (a title's capitalised words before it: "Iran's Supreme Leader Ali Khamenei", "Israel's
            # Defence Minister Yoav Gallant", "WFP Country Director Kenn Crossley")
            # ("UOSSM France Dr Ziad Alissa": a national branch is still the organisation)
            # "US-led coalition commander Lt. Gen. Stephen Townsend", "SDF military commander Nasser
            # Haj Mansour": the organisation, and its speaker
            speaker = _leading_person(lex, mention, source, matcher) or _person_name(lex, " ".join(tail[title_at:]))
            named = matcher(speaker) if speaker else None
            if named is not None and named.type != "person":
                # "Iran's official IRNA news agency": a body named after the title word, not a person
                return Attribution(source=named.name, source_id=named.id, source_type=named.type, **base)
            if speaker and any(w.lower().rstrip(".") in _LEGISLATOR_TITLES | {"legislator"}
                               for w in tail[title_at:title_at + 2]):
                # "Hezbollah MP Kamel Jaafar", "Georgian Dream lawmaker …": a legislator speaks for himself,
                # whatever party he sits for (the gold writes him so in every checked story)
                return Attribution(source=speaker, source_id=slug(speaker), source_type="person", speaker=speaker,
                                   **base)
            if speaker and (source.type in {"government", "military"} and  # ("foreign minister", "prime minister")
                            (any(w.lower().rstrip(".") in _STATE_OFFICES for w in tail[title_at:title_at + 2]) or
                             # ("U.S. Representative Ilhan Omar"; not "British government representative Jane Hill")
                             tail[title_at].lower() == "representative" and not _STATE_BODY_WORDS &
                             set(mention.lower().split("representative")[0].split())) or
                            {"ambassador", "amb"} & {w.lower().rstrip(".") for w in tail[title_at:title_at + 3]}):
                # ("U.S. Sen. John Tate", "U.S. Rep. Elena Villarreal": abbreviated as written)
                # (an ambassador, even to the UN, speaks for himself as the gold writes it: "Russias UN
                # ambassador Vitaly Churkin")
                # "United States President Barack Obama": heads of state and ministers speak for
                # themselves (fixtures/gold/GUIDELINES.md)
                return Attribution(source=speaker, source_id=slug(speaker), source_type="person", speaker=speaker,
                                   **base)
            return Attribution(source=source.name, source_id=source.id, source_type=source.type,
                               speaker=speaker, **base)
        said = candidate.mention.split()  # with its title, even when "a spokesman at …" was trimmed
        before = [w.lower().strip(".,") for w in said[:len(said) - len(tail)]]
        unit = 0  # "Member of the Syrian Coalitions political committee Adnan Rahmoun": a unit of the body
        while unit < len(tail) - 2 and tail[unit].islower() and tail[unit] in lex.descriptors:
            unit += 1
        if unit and not tail[unit][:1].isupper():
            unit = 0
        person = " ".join(tail[unit:])
        named = _person_name(lex, " ".join(tail)) if len(tail) - unit > 4 else None
        if named and " ".join(tail).endswith(" " + named) and 2 <= len(named.split()) <= 4 and \
                not {w.lower() for w in tail[:len(tail) - len(named.split())]} & (
                    _BODY_WORDS | {"guard", "guards", "police", "force", "service", "division"}):
            # (not "Iran's Border Guard Brigadier General Hossein Rahmani": a body of its own first)
            # "UN Under Secretary General for Humanitarian Affairs Stephen OBrien": his title's words first
            unit = len(tail) - len(named.split())
            person = named
        before = before + [w.lower() for w in tail[:unit]]  # ("Turkeys foreign minister Mevlut Cavusoglu")
        if 2 <= len(tail) - unit <= 4 and _person_name(lex, person) == person and _guess_type(person) == "person" and \
                matcher(person) is None and any(part in lex.title_stems for w in before for part in w.split("-")):
            # "Vice-president of the Syrian Coalition Muwaffaq Nyrabiya": an officer speaks for the
            # body his title names; "Foreign Minister of Turkey Mevlut Cavusoglu": a head of state or
            # a minister, for himself (fixtures/gold/GUIDELINES.md)
            if source.type == "government" and any(w.split("-")[0] in _STATE_OFFICES for w in before):
                return Attribution(source=person, source_id=slug(person), source_type="person", speaker=person,
                                   **base)
            return Attribution(source=source.name, source_id=source.id, source_type=source.type,
                               speaker=person, **base)
        if 2 <= len(tail) <= 4 and all(w[:1].isupper() or _NAME_PREFIX.match(w) for w in tail) and \
                _guess_type(" ".join(tail)) == "person" and matcher(" ".join(tail)) is None and \
                not any(w.lower() in _BODY_WORDS or (is_common_word(w) and w.lower() not in {"al", "el", "abu", "bin", "ibn"})
                        or w.lower() in _TERRITORIES for w in tail):  # (not "…, Niger State branch,": a place)
            # "… the Syrian fighting group Nour El Din El Zinki Yasser Al Youssef said": the body,
            # through the person named after it
            return Attribution(source=source.name, source_id=source.id, source_type=source.type,
                               speaker=" ".join(tail), **base)
        body_words = tail[:-1] if tail and tail[-1].lower() in lex.unnamed_persons and \
            (tail[-1][:1].islower() or tail[-1].lower() in _MEMBER_HEADS) else tail  # "… official" (not "Coast Guard")
        place_body = bool(body_words) and body_words[-1].lower() in _LOCAL_BODIES and source.type == "government" \
            and normalise_name(" ".join(words[:len(words) - len(tail)])) in rules.places
        lead = _leading_person(lex, mention, source, matcher)
        between = mention[len(lead):].split() if lead and mention.startswith(lead) else []
        if lead is not None and tail and not place_body and (between[:1] in (["the"], ["The"]) or
                                                             any(w.lower().rstrip(".") in lex.title_stems for w in tail)):
            # "Zeid Ra'ad al-Hussein the U.N. High Commissioner for Human Rights": an officer of the
            # body, whatever its office is called
            return Attribution(source=source.name, source_id=source.id, source_type=source.type, speaker=lead, **base)
        press_office = bool(tail) and all(w.lower().strip(".,") in _PRESS_OFFICE_WORDS for w in tail) and \
            normalise_name(" ".join(w for w in words[:len(words) - len(tail)] if w.lower() not in DETERMINERS)) \
            not in rules.places
        # ("SDF Media Center": the body speaks through its press office; but "Damascus Media Office"
        # is a city's activists, not the government its name stands for)
        member = _member_of(lex, mention, matcher) if not place_body and mention.split()[0][:1].isupper() else None
        known_body = matcher(member[0]) if member is not None else None
        if member is not None and (known_body is None or known_body.type == "government" and
                                   registry.lookup(member[0]) is None) and \
                all(w[:1].isupper() or w.lower() in {"of", "for", "and", "the"} for w in member[0].split()):
            # "Maya Haddad of The Lebanon Campaign": a person of a body named after a country the registry
            # knows; the body speaks through her
            return Attribution(source=member[0], source_id=slug(member[0]), source_type=_guess_type(member[0])
                               if _guess_type(member[0]) != "person" else "organisation", speaker=member[1], **base)
        if len(tail) >= 2 and tail[-1].lower() in lex.officer_roles and tail[-1][:1].islower() and \
                _search(r"['’]s$", " ".join(words[:len(words) - len(tail)])) and \
                " ".join(tail[:-1]).lower() in lex.places and source.type != "person":
            # "Diana Semaan, Amnesty's Syria researcher, said": the body's officer for a place speaks for it
            return Attribution(source=source.name, source_id=source.id, source_type=source.type, speaker=lead, **base)
        office = bool(tail) and _search(r"['’]s$", " ".join(words[:len(words) - len(tail)])) and \
            all(_office_word(lex, w) for w in tail)
        if place_body or (not press_office and not office and tail and any(w[:1].isupper() for w in tail)
                          and (lower_words[-1] not in lex.descriptions or
                               lower_words[-1] in _NAME_ENDING_DESCRIPTIONS and words[-1][:1].isupper() and
                               (lower_words[-1] != "service" or
                                _search(r"['’]s$", " ".join(words[:len(words) - len(tail)]))))):
            # (a service only after its owner's possessive: "The EU's Copernicus Climate Change Service";
            # "The Syrian Civil Defence Service" is the body the registry knows)
            # "Russian General Staff", "Russian Federation Council's Defence and Security Committee":
            # a body the registry does not know, named after one it does; "Damascus police",
            # "Damascus Countryside Police Command": a city's body, not the government its name
            # stands for ("… Police Command official": the body speaks through its unnamed member)
            name = _clean_name(" ".join(words[:len(words) - (len(tail) - len(body_words))]))
            kind = _guess_type(name)
            judge = _person_name(lex, mention) if kind != "person" and \
                any(w.lower() in _JUDGES for w in tail[:-1]) else None
            if judge and len(judge.split()) >= 2:
                # "U.S. District Judge Sarah Huang wrote": a judge named after his court's country, himself, as
                # "Judge Sarah Huang" is (no body called "U.S. District Judge Sarah Huang")
                return Attribution(source=judge, source_id=slug(judge), source_type="person", speaker=judge, **base)
            if kind == "person" and any(w.lower() in _NAMING_HEADS for w in words[:-1]):
                # "the internet monitoring group NetBlocks": the kind the text gives it, no person
                kind = _guess_type(mention) if _guess_type(mention) != "person" else "organisation"
            if kind == "person" and source.type in MEDIA_TYPES and len(tail) == 1 and tail[0].isalpha() and \
                    tail[0][:1].isupper() and tail[0].lower() not in lex.places and not is_common_word(tail[0]):
                # "Fars Ahmed said", "Tasnim Akter said": a person whose given name is a medium's, who
                # speaks for herself
                return Attribution(source=name, source_id=slug(name), source_type=kind, speaker=name, **base)
            return Attribution(source=name, source_id=slug(name), source_type=kind, **base)
        speaker = lead
        if speaker is None and any(w.rstrip(".") in lex.title_words for w in lower_words) and \
                registry.lookup(mention) is not source:  # (not a title inside the name: "the General Staff of …")
            # "Coalition spokesman Lt. Col. Thomas Gilleran" (the registry knows "the coalition",
            # not "Coalition"): the name after the title
            person = _person_name(lex, mention)
            if person and 2 <= len(person.split()) <= 4 and matcher(person) is None and _guess_type(person) == "person" \
                    and registry.lookup(person) is not source and \
                    not any(person.lower() in n.lower() for n in (source.name, *source.aliases)):
                speaker = person  # (not words of the body's own name: "for the Rapid Support Forces")
        return Attribution(source=source.name, source_id=source.id, source_type=source.type,
                           speaker=speaker, **base)
    if len(words) == 1 and (words[0][:1].isupper() or _NAME_PREFIX.match(words[0])) and _introduced_anew(words[0], context):
        # "Hassan, a baker in the town, said" after "General Suheil al-Hassan said": a new person,
        # introduced by his apposition, not the earlier speaker of that surname
        return Attribution(source=words[0], source_id=slug(words[0]), source_type="person", speaker=words[0], **base)
    if len(words) == 1 and (words[0][:1].isupper() or _NAME_PREFIX.match(words[0])):
        # "Khatib said" after "Hamza Khatib the manager of Al-Quds hospital told …": the same speaker
        for previous in reversed(context.history):
            names = (previous.speaker, previous.source if previous.source_type == "person" else None)
            if any(name and _bare_surname(name.split()[-1]) == _bare_surname(words[0]) for name in names):
                return inherit(previous, "+surname")
        for previous in reversed(context.history):
            # "Bae said" after "Col. Bae Jun-ho, a JCS spokesperson, told …": a name written family
            # name first (no speaker before has it as his last word)
            names = (previous.speaker, previous.source if previous.source_type == "person" else None)
            if any(name and _first_of_name(lex, name) == words[0] for name in names):
                return inherit(previous, "+surname")
        for previous in reversed(context.history):
            # "Nanang said" after "The head of the Surabaya SAR Office, Nanang Sigit Prasetyo, said",
            # "Tadesse told Fortune" after "Tadesse Haile, communications director at EPSE, denied":
            # a person called by his given name, as Indonesian, Ethiopian and Malay names are
            # (not "Fatima, 12, said", "Mohamed, whose shop was destroyed, said": someone new; nor
            # "Andrew said" after "The suspect, Hassan Andrew": another's name has the word since)
            if previous.speaker and _given_name_of(lex, previous.speaker, words[0]) and \
                    not _search(rf"\b{re.escape(words[0])},\s+(?:whose|who)\b", context.written) and \
                    not _named_since(words[0], previous.speaker, context.before):
                return inherit(previous, "+given-name")
        for previous in reversed(context.history):
            # "Albarracin said" after "…, said Maj. Cenon Albarracin Jr., spokesperson of the Army's 3rd
            # Infantry Division": the body that spoke through the person its mention named first
            if previous.source_type in {"person", "anonymous"} or previous.speaker or not previous.mention:
                continue
            person = previous.mention.split(",")[0].split()
            person = [w for w in person if w.rstrip(".") not in _GENERATIONS]
            if len(person) >= 2 and _bare_surname(person[-1].strip(".")) == _bare_surname(words[0]) and \
                    previous.mention.count(",") >= 1 and words[0].lower() not in previous.source.lower():
                return replace(inherit(previous, "+surname"), speaker=" ".join(person[-2:]))
        introduced = _introduced(words, rules=rules, context=context, publisher=publisher, candidate=candidate)
        if introduced is not None:
            return replace(introduced, **{**base, "rule": candidate.rule + "+introduced"})
        longer = _longer_body_name(words[0], context) if not words[0].isupper() and \
            words[0].lower() not in lex.places and words[0].lower() not in lex.nations and \
            words[0] not in _capitals(rules) and words[0].lower() not in _cities(rules) and \
            registry.find(words[0]) is None and not _person_named_so(words[0], context) else None
        if longer is not None:
            # "carmaker Mazda Motor Corp …" then "Mazda said": the body by the fullest name the text gave
            body = _body_source(longer, registry)
            return Attribution(source=body.name, source_id=body.id, source_type=body.type,
                               **{**base, "rule": candidate.rule + "+fuller-name"})
    owner = _spokesman_of(lex, context, candidate, matcher) if lower_words[0] in _SPOKES else None
    if owner is None and lower_words[0] in _SPOKES and len(words) >= 3 and not matcher(mention):
        # "… the coalition determined … said spokesman Colonel Chris Garver": a spokesman of no
        # named body speaks for the body this sentence named before him
        at = context.sentence.rfind(candidate.mention, 0, candidate.position + 1)
        before = context.sentence[:at] if at >= 0 else context.sentence[:candidate.position]  # (inverted)
        bodies = [h for h in matcher.all(before) if h.type in _SPEAKING_BODIES and h is not publisher]
        if bodies:
            owner = max(bodies, key=lambda h: _last_position(before, h))
        else:
            # '"China Coast Guard took … measures," spokesperson Wu Kaiming said' after the China Coast
            # Guard spoke: a body that spoke before, named in this sentence before him
            owner = next((a for a in reversed(context.history) if a.source_type not in {"person", "anonymous"}
                          and a.mention and _search(rf"\b{re.escape(a.source)}\b", before)), None)
    if owner is not None:
        # "The coalition's spokesman Colonel Ryan Dillon said" (FA-KES often drops the apostrophe:
        # "The coalitions spokesman"): the body speaks through its spokesman
        return _through_spokesman(owner, _person_name(lex, mention), base, candidate.rule)
    role = _role_after_description(lex, words)
    if role is not None:
        # "militia spokesman Redur Xelil told Reuters", "Army spokesman Ali Mayhoub said": the body
        # of that kind the text mentioned last speaks through him (an officer speaks for his body)
        word, types, speaker = role
        at = context.sentence.rfind(candidate.mention, 0, candidate.position + 1)
        body = context.mentioned_last(types, word, at if at >= 0 else candidate.position)
        if body is not None and body is not publisher:
            return Attribution(source=body.name, source_id=body.id, source_type=body.type, speaker=speaker,
                               **{**base, "rule": candidate.rule + "+role-of-body"})
        spoke = context.said[-1] if body is None and types and context.said else None
        if spoke is not None and spoke.source_type in types and \
                _search(rf"\b{re.escape(word)}\b", spoke.source, re.IGNORECASE):
            # "The Khyber Pakhtunkhwa government condemned the attack." then "Provincial government
            # spokesperson Faraz Ahmed Durrani said": the body of that kind that spoke just before,
            # named from the text alone
            return replace(spoke, speaker=speaker, carried=False, **{**base, "rule": candidate.rule + "+role-of-body"})
    member = _member_of(lex, mention, matcher) or \
        _title_of_body(lex, mention, _as_written(mention, context.text) if "," in context.text else "") or \
        (_body_then_person(lex, _clean_name(mention).split()) if words[0][:1].isupper() else None) or \
        (_ranked_of_body(rules, words) if words[0][:1].isupper() and "of" in lower_words else None)
    if member is not None and member[1] and _speaks_for_himself(mention, member[0]):
        # "Yurii Dovhal, head of the Sumy Regional Military Administration": himself, as a mayor
        return Attribution(source=member[1], source_id=slug(member[1]), source_type="person", speaker=member[1],
                           **{**base, "rule": candidate.rule + "+for-himself"})
    if member is not None:
        # "Obeida al-Hamawi of the activist-run Hama Media Center": the body speaks through him
        body, speaker = member
        source = matcher(body)
        if source is not None and source.type == "NGO" and context.nation and \
                _foreign_alias(body, source, registry, context.nations, lex.nations):
            source = None  # "a spokesman for the Civil Defence" in Gaza: not Syria's White Helmets
        if source is not None:
            return Attribution(source=source.name, source_id=source.id, source_type=source.type,
                               speaker=speaker, **base)
        return Attribution(source=body, source_id=slug(body), source_type=_guess_type(body), speaker=speaker,
                           **base)
    name = _clean_name(mention)
    staff = _OUTLET_STAFF.match(name)
    outlet = staff.group("outlet") if staff is not None else ""
    first = outlet.split()[0].lower() if outlet else ""
    if outlet and matcher(outlet) is None and first not in NUMBER_WORDS | NATIONALITIES and \
            _country_of_demonym(context.lex, first) is None and (" " not in outlet or _guess_type(outlet) != "person"):
        # "Shabelle reporters at the scene saw": the outlet its reporters work for (not "Two Burkinabè
        # journalists", nor a person's name)
        return Attribution(source=outlet, source_id=slug(outlet), source_type="outlet",
                           **{**base, "rule": candidate.rule + "+works-for"})
    described = _DESCRIBED_THEN_NAMED.match(_as_written(mention, context.text)) \
        if "," in context.text and _DESCRIBED_THEN_NAMED_START.match(mention) else None
    if described is not None:
        name = described.group("name")  # "the ship's Athens-based manager, Kyklades Maritime": the name
    body_words = [w for w in name.split() if w.lower() not in DETERMINERS]
    at_place = next((k for k, w in enumerate(body_words) if k >= 2 and w.lower() in PLACE_PREPOSITIONS), None)
    if at_place is not None and _members_after_body(body_words[:at_place], rules.places, matcher):
        body_words = body_words[:at_place]  # "An SNA officer at the scene", "A CORPOELEC worker in the area"
    if _members_after_body(body_words, rules.places, matcher):
        # "Police Command source said", "KWS officials said", "INGV scientists said": the body speaks
        # through its unnamed members
        name = " ".join(body_words[:-1])
    kind = _guess_type(name)
    head = mention[:-len(name)].split()[-1:] if name != mention and mention.endswith(name) else []
    if head and head[0].lower() in _NAME_KINDS and \
            (kind == "person" or _guess_type(head[0]) in {"monitor", "outlet"}):
        # "the local newspaper El Heraldo": a newspaper, though named like a person; "the local
        # network Horan Free Gathering": a monitor, as "the network" later refers to it
        kind = _guess_type(mention) if kind == "person" else _guess_type(head[0])
    if kind == "person" and name.lower() in rules.places:
        kind = "government"  # "Syria and its ally Russia deny": a country speaks through its government
    speaker = None
    person = _person_name(lex, mention)
    if person and len(words) >= 3 and words[-1][:1].isupper() and lower_words[-1] in lex.unnamed and \
            lower_words[-1] not in lex.unnamed_persons and lower_words[-1].endswith("s") and \
            all(w[:1].isupper() for w in words[-3:]):
        # "Texas Prisons Community Advocates said": a body whose name ends in a plural, no person
        person, kind = None, "organisation" if kind == "person" else kind
    if person and re.search(r"[A-Za-z](?:'s|’s)$", person) and lower_words[-1] in _SPOKES \
            and all(w.lower() in DETERMINERS for w in mention[:max(0, mention.find(person))].split()) \
            and person[:-2].lower() not in lex.places and person[:-2].lower() not in lex.nations:
        # "The Islamic Emirate's spokesman said", "Netanyahu's spokesman said": the owner speaks
        # through an unnamed spokesman (not "Zabihullah Mujahid, the Taliban's spokesman": named)
        name = person[:-2]
        known = matcher(name)
        if known is not None:
            return Attribution(source=known.name, source_id=known.id, source_type=known.type,
                               **{**base, "rule": candidate.rule + "+owner"})
        return Attribution(source=name, source_id=slug(name), source_type=_guess_type(name),
                           **{**base, "rule": candidate.rule + "+owner"})
    owned = _BODY_OWNER.fullmatch(mention)
    if owned is not None and all(_office_word(lex, w) for w in owned.group("titles").split()) and \
            not set(owned.group("titles").lower().split()) & {"minister", "secretary"} and \
            _guess_type(owned.group("owner")) not in {"person", "outlet"} and \
            owned.group("owner").lower() not in lex.places and owned.group("owner").lower() not in lex.nations:
        # "The Suez Canal Authority's chairman said": a body its name shows speaks through an
        # unnamed officer (not "Syria's prime minister", nor "the Guardian's editor")
        owner = owned.group("owner")  # (looked up whole: not the Syrian ministry inside "Gaza Health Ministry")
        body = registry.find(owner) or Source(id=slug(owner), name=owner, type=_guess_type(owner))
        return Attribution(source=body.name, source_id=body.id, source_type=body.type,
                           **{**base, "rule": candidate.rule + "+owner"})
    acronym = _ACRONYM_OWNER.fullmatch(mention)
    owner = acronym.group("owner") if acronym is not None else None
    holder = _named_after_title(lex, context.written, candidate) if owner in _STATE_ACRONYMS else None
    if holder is not None and holder[1]:
        # '"…," said the PRC's President, Xi Jinping.': a state's head or minister speaks for himself
        return Attribution(source=holder[0], source_id=slug(holder[0]), source_type="person", speaker=holder[0],
                           **{**base, "rule": candidate.rule + "+named-after"})
    if owner and all(_office_word(lex, w) or w.lower() in _CABINET_WORDS for w in acronym.group("titles").split()) and \
            (acronym.group("country") is None or _country_owner(lex, acronym.group("country"))) and \
            owner not in _NO_BODY_ACRONYMS and not set(acronym.group("titles").lower().split()) & {"minister"} and \
            owner.lower() not in lex.places and owner.lower() not in lex.nations:
        # "said FIFA's President, Gianni Infantino.", "The NRA's chief executive said": a body's
        # acronym owns the office, and the body speaks through its holder (named after, if at all)
        known = matcher(owner)
        if known is not None:
            return Attribution(source=known.name, source_id=known.id, source_type=known.type,
                               **{**base, "rule": candidate.rule + "+owner"})
        return Attribution(source=owner, source_id=slug(owner), source_type=_guess_type(owner),
                           **{**base, "rule": candidate.rule + "+owner"})
    if len(words) >= 3 and lower_words[-2] in _SPOKES and words[-1][:1].isupper() and words[-1].isalpha() and \
            lower_words[-1] not in lex.title_stems and \
            all(w[:1].isupper() or w.lower() in DETERMINERS for w in words[:-2]):
        # "Police spokesperson Simelane", "Army spokesman Khan": the body speaks through the
        # spokesman its text names by his surname alone
        body = resolve(replace(candidate, mention=" ".join(words[:-1])), rules=rules, context=context,
                       publisher=publisher)
        if body is not None and body.source_type not in {"person", "anonymous"}:
            return replace(body, speaker=words[-1], mention=candidate.mention,
                           rule=candidate.rule + "+spokesman-named")
    officer = officer_name = None
    if kind != "person":
        if person and len(person.split()) >= 2 and _guess_type(person) == "person" and \
                any(w.lower().rstrip(".") in lex.title_stems for w in words):
            name, kind, speaker = person, "person", person
            officer = _OFFICER_OF.match(mention)
            if officer is not None and person in officer.group("body"):
                # "Army Col. Dwayne Hollister, a spokesman for Combined Joint Task Force-Operation
                # Inherent Resolve", "Park Jeong-hoon, chief of the Cheongju Seobu Fire Station": the
                # capitalised words last in the mention are the body's, the name is before the role
                before_role = _person_name(lex, mention[:officer.start("body")])
                name = speaker = before_role or person
                # (no officer named: "A spokesperson for the Occupational Safety and Health Administration";
                # but a name after a place: "Health director for Aleppo Mohammad Hazouri")
                officer_name = before_role or (person if officer.group("body").endswith(person) else None)
            else:
                officer = None
        elif (officer := _OFFICER_OF.match(mention)) is not None and \
                (named := _person_name(lex, mention[:officer.start("body")])) and 2 <= len(named.split()) <= 5 and \
                _guess_type(named) == "person" and any(w.lower().rstrip(".") in lex.title_stems for w in words):
            # "Dr. Hamdan Saeed Al Marri, Director of the Forecasting Department at the NCM": a body
            # named in full after the role, the person before it
            name = speaker = officer_name = named
        else:
            officer = None
    else:
        name = speaker = officer_name = person or name
        spokesman = _named_spokesman(lex, words, context) if name != mention else None
        if spokesman is not None:
            return replace(spokesman, speaker=name, **{**base, "via": base["via"] or spokesman.via,
                                                      "rule": candidate.rule + "+named-spokesman"})
        if name == mention and 2 <= len(words) <= 4:
            # "Hamza Khatib said" after "Hamza Khatib the manager of Al-Quds hospital …": the body
            # the text introduced him with
            introduced = _introduced(words, rules=rules, context=context, publisher=publisher, candidate=candidate)
            if introduced is not None:
                return replace(introduced, **{**base, "rule": candidate.rule + "+introduced"})
        officer = _OFFICER_OF.match(mention)
    if officer is not None and officer.group("body").split()[-1][:1].isupper() and \
            officer.group("body").lower() not in lex.places and not _speaks_for_himself(mention, officer.group("body")):
        # "Mahmoud Abu Hamda, a spokesman for the Civil Defence", "Rojhat Kalo, co-chair of the
        # Health Authority in the Euphrates Region": a body the registry does not know speaks
        # through its officer, both named from the text
        body = officer.group("body")
        within = re.split(r"\s+at\s+(?:the\s+)?", body)
        if len(within) > 1 and within[-1][:1].isupper():
            # "Director of the Forecasting Department at the NCM": the body the department belongs to
            known = matcher(within[-1])
            if known is not None:
                return Attribution(source=known.name, source_id=known.id, source_type=known.type, speaker=officer_name,
                                   **{**base, "rule": candidate.rule + "+officer-of"})
            body = within[-1]
        kind = _guess_type(body) if _guess_type(body) != "person" else "organisation"  # (a spokesman's body)
        return Attribution(source=body, source_id=slug(body), source_type=kind, speaker=officer_name,
                           **{**base, "rule": candidate.rule + "+officer-of"})
    judge = _COURT_JUSTICE.fullmatch(mention) if kind != "person" else None
    if judge is not None and _guess_type(judge.group("name")) == "person":
        # "Supreme Court Justice Sonia Sotomayor said": a judge named after his court speaks for himself, as
        # "Judge Sarah Huang" does (no body of that whole name; "the European Court of Justice" is one)
        return Attribution(source=judge.group("name"), source_id=slug(judge.group("name")), source_type="person",
                           speaker=judge.group("name"), **base)
    longer = _spoke_by_longer_name(context, registry, mention) if matcher(name) is None else None
    if longer is not None:
        # "RIA Novosti quoted the Russian military …" then "The Defence Ministry said", "Ukraine's General
        # Staff said …" then "The General Staff said": the body that spoke, by the end of its name
        return Attribution(source=longer.name, source_id=longer.id, source_type=longer.type,
                           **{**base, "rule": candidate.rule + "+shorter-name"})
    return Attribution(source=name, source_id=slug(name), source_type=kind, speaker=speaker, **base)


# what says a name the rules would take for a person's is a body's: the record it made ("a poll by Ipsos",
# "data from Kpler"; a study is often a scholar's), or "which" after it ("S&P Global Ratings, which rates
# Boeing …, said"; not "which" of the clause before it: "…, said Ahmed Ali, which would cost 500 jobs")
_RECORD_BY = lazy_compile(r"\b(?:poll|polls|survey|surveys|report|reports|analysis|index|ranking|data|figures|"
                          r"estimates?|forecasts?)\s+(?:by|from)\s+$")


def _no_person(name: str, sentence: str) -> bool:
    """Whether the sentence says that a name read as a person's is a body's: "which" and a verb of its
    own after the name, or a record the name made (`_RECORD_BY`)."""
    at = sentence.find(name)
    if at < 0:
        return False
    if _search(r"^,\s+which\s+(?!(?:would|could|will|may|might|should|means?|meant|surprised|shocked|"
               r"prompted|led|came|comes)\b)", sentence[at + len(name):]):
        return True
    return " " not in name and _RECORD_BY.search(sentence[:at]) is not None


def _spoke_by_longer_name(context: _Context, registry: Registry, mention: str) -> Source | None:
    """The registry body that spoke earlier in the story and whose name or an alias ends with `mention`
    ("The Defence Ministry" of "Russian Defence Ministry"): a body's name in capitals of two words or
    more, after "the"."""
    words = mention.split()
    if len(words) < 3 or words[0] not in {"The", "the"} or not all(w[:1].isupper() for w in words[1:]):
        return None
    tail = " ".join(words[1:]).lower()
    for previous in reversed(context.history):
        known = registry.get(previous.source_id)
        if known is not None and known.type not in {"person", "anonymous"} and any(
                name.lower().endswith(" " + tail) for name in (known.name, *known.aliases)):
            return known
    return None


# --- officers: a named person who speaks for the body the sentence names with him ------------------

def _officer_patterns(rules: RuleSet):
    """The three ways news names an officer with his body (rules/speakers.jsonl "officer-roles"):
    the body and role before the name ("Pentagon deputy press secretary Dana Whitacre", "RSF
    adviser Omar Tijani Abakar", "Army spokesman Brigadier General Osman Abdel Rahim"), the role and
    body before it between commas ("A spokesperson for the Upper Nile state government, Peter Nyang
    Chol,"), or after it ("Hashim Karrar, a spokesman for the Sudanese Armed Forces,", "Kamaran
    Sheikhani, CPT's coordinator")."""
    def build(rules):
        lex = lexicon(rules)
        roles = "|".join(sorted((re.escape(r).replace(r"\ ", r"\s+") for r in lex.officer_roles), key=len, reverse=True))
        nationalities = "|".join(sorted((re.escape(w) for w in NATIONALITIES), key=len, reverse=True))
        role = rf"(?:(?:[a-z][\w-]*|[A-Z][a-z]+-(?!based\b)[a-z]+)\s+){{0,3}}?(?i:{roles})(?:\s*\([a-z]+\))?"  # (any case; "deputy commissioner (media) of")
        # (and "the Taliban-appointed spokesman for the Kunduz police")
        # (each word capitalised: "Deputy Director", "Secretary-General")
        upper_roles = "|".join(sorted((re.escape(re.sub(r"(?:^|(?<=[\s-]))[a-z]", lambda m: m.group().upper(), r))
                                       .replace(r"\ ", r"\s+") for r in lex.officer_roles | _BODY_PRESIDENTS),
                                      key=len, reverse=True))
        # ("National Security Adviser" is a title; "The agency's Cairo-based spokesman": where he works)
        # (a relay's verb is no modifier: "State broadcaster MRTV quoted junta spokesman Zaw Min Tun")
        low_role = rf"(?P<mods>(?:(?!(?:quoted|quoting|cited|citing|told|said|says)\s)(?:[a-z][\w-]*|[A-Z][\w]*-based)\s+){{0,3}}?)(?:{roles})"
        # (each without its full stop, which the pattern makes optional: "Lt Col" as "Lt. Col.")
        titles = "|".join(sorted({re.escape(t.rstrip(".")) for t in lex.titles if t not in lex.officer_roles},
                                 key=lambda t: (-len(t), t)))
        titles += "|" + "|".join(sorted(re.escape(h) for h in lex.honorifics)) + r"|sr\.|snr\.|justice"  # (a judge: "MEC chairperson Justice Annabel Mtalimanja")  # ("Secretary, Dr Rumbidzai Makoni")  # (a rank's "senior": "police chief Adj. Sr. Comr. Bayu Suseno"; no title elsewhere: "John Smith Sr.")
        # the ranks and titles between an officer's role and his name ("ZRP national spokesperson Assistant
        # Commissioner Farai Mhlanga", "… (GNFS), Assistant Divisional Officer Grade I (ADO I) Mawuli Kpodo")
        ranks = rf"(?:(?:(?i:{titles}|{roles})\.?|{_RANK_WORDS})\s+){{0,6}}$"
        name_word = r"(?:[A-Z][\w.'’&/-]*|\([A-Z][\w./-]*(?:\s+[A-Z0-9][\w./-]*){0,3}\))"  # ("(Kodam XVII/Cenderawasih)")
        descriptions = "|".join(sorted(re.escape(w) for w in lex.descriptions))
        before = lazy_compile(
            rf"(?:^|(?<=[\s\"“(]))(?P<body>(?!{_OPENERS}\s)(?!(?:A|An)\s)(?![A-Z][\w]*-based\s)(?:\d+(?:st|nd|rd|th)\s+)?{name_word}(?:\s+(?:{name_word}|of|and|for|the))*?(?:\s+\d+)?|(?:local|state|provincial|regional)\s+"
            rf"(?:police|army|military|government)|(?:[Tt]he|[Ii]ts)\s+(?:{descriptions})(?:'s|’s|s)?"
            rf"|(?<![\w,]\s)[Ii]ts|[Tt]he\s+(?:[a-z]+|NGO)(?:'s|’s)"  # ("Its director,", "The union's representative,", "The NGO's …")
            # ('a foreign ministry spokesperson, Do Minh Chau,', '," company spokesperson Yelena Markova told',
            # '," union representative Caner Aslan said')
            rf"|(?:(?<=[,.”\"]\s)|^)(?:{descriptions}|union)|(?:(?<=\s)|^)[Aa]\s+(?:[a-z]+\s+)?(?:{descriptions}))\s+{low_role}"
            rf"(?:\s+(?:for|in)\s+the\s+(?:[A-Z][\w-]*\s+|[a-z]+\s+)?[a-z]+|\s+for\s+[a-z]+(?:\s+[a-z]+)?|\s+of\s+(?!police\b)[a-z]+(?:\s+[a-z]+){{0,2}}?(?:\s+(?:for|in)\s+the\s+[a-z]+|\s+in\s+[A-Z][\w-]*)?"
            rf"|\s+in\s+[A-Z][\w-]*(?:\s+(?:province|state|region|county|district))?)?"  # ("Its secretary-general in Maputo province,")
            rf",?\s+{ranks}")
        # (or a body the registry knows by a capitalised name, right before the role: "Pentagon Press
        # Secretary Peter Cook"; no country's government, "Britain Foreign Secretary …", nor "At the U.N.
        # British Foreign Secretary …")
        names = sorted({alias for source in rules.registry.sources.values() if source.type not in {"person", "anonymous"}
                        for alias in (source.name, *source.aliases)
                        if len(alias) >= 4 and all(w[:1].isupper() for w in alias.split())
                        and alias.lower() not in lex.countries and alias.lower() not in lex.places})
        known = literal_alternation(names) if names else "(?!)"  # (no name: a pattern that matches nothing)
        # a capitalised role after a body's acronym or a name ending in a body's word ("KMD Deputy
        # Director Caroline Ochieng", "Zaporizhzhia City Council Secretary Roman Dovzhenko"; not
        # "British Foreign Secretary Boris Johnson", "National Security Adviser …")
        upper = lazy_compile(
            rf"(?:^|(?<=[\s\"“(]))(?!{_OPENERS}\s)(?P<body>(?P<acronym>[A-Z](?:[A-Z&]|[a-z](?=[A-Z]))+(?:-[A-Z]+)?)|(?:{known})(?=\s+(?:{upper_roles})\b)|(?!(?:The|A|An)\s){name_word}"
            rf"(?:\s+(?:{name_word}|of|and|for|the))*?\s+(?:{_BODY_HEADS})(?:\s+{_BRACKETED_ACRONYM})?|[Tt]he\s+(?:{_BODY_HEADS})(?:'s|’s))\s+(?P<mods>(?:[A-Z][a-z]+\s+){{0,3}}?)(?:{upper_roles})"
            rf",?\s+{ranks}")
        # (also "Mali's government spokesman, Colonel Abdoulaye Traoré,")
        # (also "the group's hospitals and trauma director for the area Ahmed Dbais", FA-KES: "groups")
        acronym = rf"(?:\s*{_BRACKETED_ACRONYM})?"  # ("a spokesperson for the UN Children's Fund (UNICEF), Tomás Ferreira,")
        # (after an article, a role's words may be capitalised: "The Public Relations Officer of the Ghana
        # National Fire Service (GNFS), Mrs Abena Owusu-Sekyere,")
        # (any capitalised words before a role "of the" body: "The Greater Accra Regional Director of the
        # National Disaster Management Organisation (NADMO), Mr …", or before "of" and an acronym: "The Area
        # Manager of NIWA in Yauri, Engr. …"; not "The WHO Regional Director for Africa")
        article_role = (rf"(?:(?:(?:[a-z][\w-]*|{_ROLE_MODIFIERS})\s+){{0,3}}?(?i:{roles})"
                        rf"|(?:[A-Z][\w-]*\s+){{1,4}}?(?i:{roles})(?=\s+(?:of|for|at|with)\s+the\s|\s+of\s+[A-Z]{{2,}}\b))(?:\s*\([a-z]+\))?")
        # (or the role opens the sentence: "Director of the Department of Emergency Management (DEM), Karen …")
        # (its name ends at a comma, or at its acronym in brackets: "… (DEM) Karen Alleyne-Best")
        role_and_body = (rf"(?:(?:^|(?<=\s))(?i:a|an|the)\s+|^[\"“]?){article_role}\s+(?:for|of|at|with)\s+"
                         rf"(?P<body>(?:[^,;:\"“”()]|{_UNIT_NAME})+?(?:{acronym}(?=,)|\s*{_BRACKETED_ACRONYM}(?=\s))),?\s*")
        # (titles too: ", Lt. Col. Haruna Dikko"; and the body's acronym set off: ", MACBAN, Alhaji Bello Danladi")
        # (after the role and body set off by a comma, any capitalised words before his name are his
        # rank: ", Deputy Controller of Corrections Ibrahim Yakubu-Danladi", ", Adjunct Senior Commissioner …")
        set_off_ranks = rf"(?:(?:(?i:{titles}|{roles})\.?|{_RANK_WORDS}|[A-Z][\w-]*)\s+(?:of\s+)?){{0,6}}$"
        ahead = lazy_compile(role_and_body + rf"(?:[A-Z][A-Za-z&]{{1,9}},\s+)?{set_off_ranks}")
        unit = rf"(?:[^,;:\"“”()]|{_UNIT_NAME})"  # ("the 6th Infantry (Kampilan) Division")
        after = lazy_compile(rf"^(?:\s+(?:the\s+(?P<owner3>[a-z]+)(?:'s|’s|(?<=[^s]s)(?=\s))\s+{role}"
                           rf"|(?:a|an|the)\s+{role}\s+(?:for|of)\s+the\s+(?P<described2>{descriptions}))"
                           # (no comma, as FA-KES writes it: "Hamza Bayraqdar the groups spokesman said", "…
                           # Sharfan Darwish a spokesman for the council said"; a short body only)
                           rf"|,\s+(?:(?:a|an|the)\s+{role}\s+(?:for|of|at|with)\s+(?P<body>{unit}+?{acronym})"
                           rf"|{role}\s+(?:for|of|at|with)\s+(?P<body2>(?:the\s+)?[A-Z]{unit}*?{acronym})"  # (", head of the Observatory")
                           # (", head of the operations sector at the NCEM", ", head of operations at the BNGRC")
                           rf"|{role}\s+of\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{1,3}}?at\s+(?P<body5>(?:the\s+)?[A-Z][^,;:\"“”()]*?{acronym})"
                           rf"|{role}\s+(?:for|of|at|with)\s+the\s+(?P<described>{descriptions}|(?:[a-z]+\s+){{1,2}}?department)"
                           # (", spokesman for the organization", ", director of the meteorological department")
                           rf"|(?:(?:a|an)\s+|(?!(?i:{titles}|{roles}|{nationalities})\b)(?=[A-Z]{{2,}}[\w&/]*\s|[A-Z][\w.&/]*"
                           rf"(?:\s+[A-Z][\w.&/]*){{0,2}}\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{roles})\b))"  # (no article: an
                           # acronym, ", KMD Deputy Director.", or a role in lower case, ", Citigroup chief executive,"; not
                           # ", British Foreign Secretary,", ", Chief Medical Officer,", ", Information Officer,")
                           rf"(?P<body3>[A-Z][\w.&/]*(?:\s+[A-Z][\w.&/]*){{0,2}})\s+{role}"  # (", a JCS spokesperson";
                           # not ", a Daraa-based lawyer", ", the Mayo-Sava divisional officer")
                           rf"|(?P<owner>[A-Z][\w.'’/&-]*(?:\s+[A-Z][\w.'’/&-]*){{0,4}})(?:'s|’s)\s+{role}"
                           # (", of Police Scotland's Argyll and West Dunbartonshire division,": the force)
                           rf"|of\s+(?P<body4>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,4}}(?:'s|’s)\s+[^,;:\"“”()]+?)"
                           rf"|the\s+(?P<owner2>[a-z]+)(?:'s|’s|(?<=[^s]s)(?=\s))\s+{role}))"  # (", the society's spokesperson";
                           # ", the groups spokesman", its apostrophe lost)
                           rf"(?=\s*(?:[,;:.]|\s(?:who|said|says|told|tells|added|adds)\b|$))")
        named = lazy_compile(role_and_body + rf"(?:(?:(?i:{titles}|{roles})\.?|{_RANK_WORDS})\s+){{0,6}}"  # (", Dr Musa Bello,": no title in his name)
                           r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|"
                           r"al-[\w'’-]+|bin|de|van|von)){1,3}),")
        # the role and a body in lower case before the name, no comma between ("A spokesman for the air
        # force Yuriy Ihnat said", as comma-less copy writes it)
        ahead_lower = lazy_compile(rf"(?:^|(?<=\s))(?i:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?i:{roles})\s+(?:for|of)\s+"
                                   rf"(?P<body>the\s+(?:[a-z][\w-]*\s+)?(?!groups?\b)[a-z][\w-]*)\s+"
                                   rf"(?:(?:(?i:{titles}|{roles})\.?|{_RANK_WORDS})\s+){{0,6}}$")
        return before, ahead, after, named, upper, ahead_lower
    return derived(rules, "attribution.officers", build)


# the capitalised words that may open an officer's role after an article ("The Public Relations Officer of
# the Ghana National Fire Service"; not a body's own name: "The WHO Regional Director for Africa")
_ROLE_MODIFIERS = ("(?:Public|Relations|Deputy|Assistant|Chief|Senior|Executive|Principal|Press|Media|Information|"
                   "Communications?|Acting|General|Regional|Programme|Program|Operations|Technical)")
# a body's president, after its acronym or name ("LIMTU President Prince Dolo"); a state's president
# speaks for himself (`_speaks_for` keeps him so)
_BODY_PRESIDENTS = {"president", "vice president", "vice-president"}
# capitalised words that open a sentence, not a body's name ("But Kenya Red Cross Secretary General …")
_OPENERS = r"(?:According|But|And|Meanwhile|Earlier|Later|Speaking|In|On|At|However|Separately|Also|Then|When|While|After|Before|As|His|Her|Their|Our|My)"
# the last word of a body's name, for a capitalised officer's role after it (`_officer_patterns`)
_BODY_HEADS = ("Agency|Association|Authority|Board|Bureau|Center|Centre|Commission|Committee|Corporation|Council|"
               "Crescent|Cross|Department|Directorate|Federation|Foundation|Fund|Hospital|Institute|Ministry|Mission|"
               "Network|Observatory|Office|Organisation|Organization|Party|Program|Programme|Service|Services|Society|"
               "Union|University|Management|Railway|Railways|Branch|Command|Division|Brigade|Battalion|Corps|Company|"
               "(?<=Civil )Protection")
# (after at least one other word: not India's "Union Health Secretary")
# the words of a rank between an officer's role and his name, besides titles (`_officer_patterns`)
_RANK_WORDS = r"(?:Assistant|Divisional|Grade|Principal|Senior|Junior|Acting|Infantry|Cavalry|Artillery|Marine|Sub-[A-Z][a-z]+|[IVX]{1,3}|\([A-Z][A-Za-z ]{0,10}\))"


def _officer_named_after(found: Attribution, *, rules: RuleSet, context: _Context) -> Attribution | None:
    """ "The spokesman of the Ambulance and Emergency Service, Anwar Shneiba, told": the role and
    body first, his name after them between commas, read as one unnamed spokesman or as one long
    name; the body speaking through him (None when the mention is not so written)."""
    if not found.mention:
        return None
    text = context.text
    if text.count(",") < 2:
        return None  # (the pattern needs the comma after the body and the one after the name)
    mention = found.mention.replace(",", " ").split()
    # (or the mention is the name alone, when a body's bracketed acronym kept the commas: "The Public
    # Relations Officer of the Ghana National Fire Service (GNFS), Mawuli Kpodo, told")
    alone = found.source_type == "person"
    for match in _officer_patterns(rules)[3].finditer(text):
        name = match.group("name")
        if alone:
            if name.split() != mention or not match.group("body").rstrip().endswith(")"):
                continue
        elif mention[-len(name.split()):] != name.split() or match.group("body").split()[-1] not in mention:
            continue
        if _speaks_for_himself(match.group(), match.group("body")):
            return replace(found, source=name, source_id=slug(name), source_type="person", speaker=name)
        body = _officer_body(match.group("body").strip(), rules=rules, context=context, at=match.start(), owner=False)
        return _as_officer(found, body, name) if body is not None else None
    return None


_MEMBER_OF_DESCRIBED = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+)?(?:[A-Za-z][a-z-]*\s+){0,2}?(?P<head>[A-Za-z][a-z]*?)s?\s+"
                                  r"(?:at|of|for|with|from|in)\s+the\s+(?P<word>[a-z]+)")
_DOCUMENT_WORDS = {"statement", "report", "communique", "letter", "inquiry"}
_TITLE_THEN_NAME = lazy_compile(r"^(?P<title>(?:[Tt]he\s+|[Aa]n?\s+)?[^,]+?),\s+(?P<name>[A-Z][\w'’.-]*"
                              r"(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|de|bin|van|von)){1,4}),?$")
_MEMBERS_OF_NAMED = re.compile(r"(?:(?:[Ss]ome|[Ss]enior|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?[Mm]embers\s+of\s+(?:the\s+)?"
                               r"(?P<body>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|on))*)"
                               rf"(?:\s+{_BRACKETED_ACRONYM})?")
_MEMBER_HEADS = {"official", "officer", "commander", "spokesman", "spokesperson", "spokeswoman", "employee",
                 "staffer", "professional", "investigator", "inspector",
                 # "an EIPR researcher", "the CJTF member", "a UNHCR representative" (a scholar at a place of
                 # learning speaks for himself: `_member_of_body`)
                 "researcher", "member", "representative", "volunteer"}
# (heads that speak for a body only when it is one the registry or the story names, or an acronym)
_LOOSE_MEMBER_HEADS = {"researcher", "member", "representative", "volunteer"}


def _member_of_body(found: Attribution, *, rules: RuleSet, context: _Context) -> Attribution | None:
    """An unnamed member of a body the mention names is that body (fixtures/gold/GUIDELINES.md: "an
    official at the ministry"): "a Syrian army officer", "A senior Lebanese army official", "A General
    Security officer" (the body that spoke as "Lebanon's General Security agency" before). None when
    the mention names no body ("a senior official", "a military source")."""
    mention = re.sub(rf"\s+{_BRACKETED_ACRONYM}", "", found.mention or "")  # "A senior Kurdistan Democratic Party (KDP) official"
    mention = re.sub(r"\s+(?:in|from)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?$", "", mention)  # (… official in Duhok)
    words = mention.split()
    if len(words) < 2 or words[-1].lower() not in _MEMBER_HEADS:
        return None
    head = words[-1].lower()
    words = [w for w in words[:-1] if w.lower() not in DETERMINERS | _QUANTIFIERS and not w.lower().endswith("-ranking")]
    if not words or any(w.lower() in {"of", "at", "for", "with", "in"} | _POSSESSIVES for w in words):
        # (a possessive is no body: "Its spokesman" speaks for what "its" refers to, read elsewhere)
        return None  # (none, or the body after a preposition, read elsewhere: "an official at the ministry")
    lex, registry = context.lex, rules.registry
    phrase, lowered = " ".join(words), [w.lower() for w in words]
    known = registry.find(phrase) or (context.matcher or _registry_matcher(registry))(phrase)
    body = None
    if known is not None:
        # (a country's official is unnamed, as the gold writes "a U.S. official": no body is named)
        body = known if known.type not in MEDIA_TYPES | {"person"} and not (
            known.type == "government" and known.affiliation is None and len(words) == 1) else None
    elif lowered[-1] in _NATIONAL_BODIES - {"navy"} | {"police"} and len(words) <= 2:  # ("A Navy spokesman": the Navy)
        if len(words) == 1:  # the span may stop after the people's adjective: "A senior Lebanese army official"
            text = context.text
            adjective = _search(rf"\b([A-Z][a-z]+)\s+{re.escape(found.mention)}", text)
            if adjective is not None and _country_of_demonym(lex, adjective.group(1).lower()) is not None:
                words, lowered = [adjective.group(1), *words], [adjective.group(1).lower(), *lowered]
                phrase = " ".join(words)
        country = _country_of_demonym(lex, lowered[0]) if len(words) == 2 else context.nation
        if country is not None:
            body = _national_source(registry, country, lowered[-1]) if lowered[-1] != "police" else None
            if body is None and len(words) == 2:
                body = phrase  # "a senior Lebanese army official": the Lebanese army, as written
    elif all(w[:1].isupper() for w in words) and lowered[0] not in NATIONALITIES \
            and _country_of_demonym(lex, lowered[0]) is None and phrase.lower() not in lex.places:
        body = _body_called(context, registry, phrase.lower())  # "A General Security officer"
        if body is None and (head not in _LOOSE_MEMBER_HEADS or phrase.isupper()):
            # (only an official's or an officer's own words name a body no one else names: not "A
            # Harvard researcher", "A Muslim volunteer")
            body = phrase
    if body is None and head not in _LOOSE_MEMBER_HEADS:
        return None
    if body is None or _speaks_for_himself(head, str(getattr(body, "name", body))):
        # "A Harvard researcher", "A Muslim volunteer": an unnamed person of no body anyone names; "An
        # Oxford University researcher": a scholar at a place of learning speaks for himself
        return replace(found, source=f"unnamed ({found.mention.lower()})", source_id="anonymous",
                       source_type="anonymous", speaker=None)
    return _as_officer(found, body, None)


# an unnamed member, then the body he belongs to by its name: "an official at the Zabadani
# Coordination Committee", "a leader from the Federación Agrominera del Sur de Bolívar", "A source at
# the Office of the Governor of Dhofar"
_EXPERT_HEADS = (r"economists?|meteorologists?|forecasters?|scientists?|seismologists?|geologists?|hydrologists?|"
                 r"geophysicists?|oceanographers?|climatologists?")
_MEMBER_HEAD_WORDS = (r"officials?|officers?|spokes(?:man|woman|person)|employees?|staffers?|leaders?|sources?|"
                      r"representatives?|engineers?|workers?|diplomats?|doctors?|nurses?|(?:para)?medics?|volunteers?|"
                      r"rescuers?|prosecutors?|" + _EXPERT_HEADS)
_MEMBER_HEAD = lazy_compile(_MEMBER_HEAD_WORDS)
_UNNAMED_MEMBER_OF = lazy_compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+)?"
    rf"(?:(?:[a-z][\w-]*\s+){{0,2}}(?:{_MEMBER_HEAD_WORDS})|(?:[A-Z][\w-]*\s+){{0,2}}(?=[A-Z])(?i:{_MEMBER_HEAD_WORDS}))"
    r"\s+(?:of|at|from|for|with|in)\s+(?P<body>(?:the\s+)?[A-Z].*)")
# members who are of a body only of some kinds: a diplomat of a secretariat, a mission or an embassy, a
# doctor or a nurse of a hospital or a health body (not "a diplomat at Kabul International Airport")
_UNLIKE_MEMBER = re.compile(r"(?i)(?:\w+\s+){0,3}?(diplomats?|doctors?|nurses?|(?:para)?medics?)\s")
_HEALTH_BODY = r"(?i)\b(?:hospitals?|clinic|infirmary|medical|health|centre|center|MSF|Red\s+(?:Cross|Crescent))\b"
_UNLIKE_MEMBER_BODIES = {
    "diplomat": r"\b(?:[Ss]ecretariat|[Mm]ission|[Ee]mbassy|[Mm]inistry|[Cc]ommission|[Uu]nion|[Cc]ommunity|[Cc]ouncil|"
                r"[Oo]rgani[sz]ation|[A-Z]{2,})\b",
    "doctor": _HEALTH_BODY, "nurse": _HEALTH_BODY, "medic": _HEALTH_BODY, "paramedic": _HEALTH_BODY}
# the words of a local government's kind ("district administration", "county council")
_TERRITORIAL_WORDS = {"district", "county", "provincial", "regional", "city", "municipal", "state", "local", "town",
                      "village", "prefectural", "divisional", "tehsil", "zonal"}
# the kinds of body a name may be followed by in lower case ("the Kalat district administration")
_KINDS_AFTER_NAME = {"administration", "secretariat", "department", "office", "council", "directorate", "commission",
                     "authority", "hospital", "ministry", "command", "headquarters", "agency"}
# ("Student leaders at the University of Nairobi": no officers; "Principal Scientific Officer at …": a title)
_PLACES_OF_LEARNING = lazy_compile(r"\b(?:university|college|school|institute|academy)\b", re.IGNORECASE)


def _member_of_named(found: Attribution, *, rules: RuleSet, context: _Context) -> Attribution | None:
    """An unnamed member of a body named after him is that body (fixtures/gold/GUIDELINES.md, "An
    unnamed member of a named body"), when a word of the name says it is a body (a federation, a
    committee, an agency); not a place ("a youth leader from Luanyjang") or a people. A registry
    name is read whole first ("the UN Support Mission in Libya"), then without a place after it;
    a name may end in its kind in lower case: a registry body or a story's acronym before it ("the
    SADC secretariat"), or a local government ("the Kalat district administration"). A diplomat, a
    doctor or a nurse is of a body of his kind only (`_UNLIKE_MEMBER_BODIES`)."""
    if not found.mention or _UNNAMED_MEMBER_OF.fullmatch(found.mention) is None:
        return None  # (checked on the mention as read first: writing it with its commas compiles a pattern)
    found_in = _UNNAMED_MEMBER_OF.fullmatch(_as_written(found.mention, context.text))
    if found_in is None:
        return None
    expert = _search(rf"(?i:\b(?:{_EXPERT_HEADS})\s+(?:of|at|from|for|with|in)\s)", found_in.group())
    if expert is not None and _PLACES_OF_LEARNING.search(found_in.group("body")):
        return None  # scholars at a university speak for themselves (GUIDELINES, sixteenth session)
    body, _, after = found_in.group("body").partition(",")
    body = re.sub(rf"\s+{_BRACKETED_ACRONYM}$", "", body).strip()
    name = after.strip(" ,") or None  # "Principal Scientific Officer at the Meteorology Division, Sina Aumua-Levi"
    if name is not None and (_guess_type(name) != "person" or not 2 <= len(name.split()) <= 4):
        return None
    whole = rules.registry.find(body)  # (a name that holds its place: "the UN Support Mission in Libya")
    if whole is not None and whole.type != "person":
        return _as_officer(found, whole, name)
    body = re.sub(r"\s+in\s+[A-Z][\w'’-]*$", "", body)  # "A diplomat at the SADC secretariat in Gaborone"
    words = [w for w in body.split() if w.lower() not in DETERMINERS]
    tail = len(words)  # (a name, then its kind in lower case: "the Kalat district administration")
    while tail > 1 and words[tail - 1].islower() and len(words) - tail < 2:
        tail -= 1
    if tail < len(words) and (words[-1] not in _KINDS_AFTER_NAME or words[0].lower() in NATIONALITIES or
                              _country_of_demonym(context.lex, words[0].lower()) is not None):
        return None
    unlike = _UNLIKE_MEMBER.match(found_in.group())
    if unlike is not None and not _search(_UNLIKE_MEMBER_BODIES[unlike.group(1).lower().rstrip("s")], body):
        return None  # (a diplomat at an airport, a doctor at a company: no member of it)
    if not words or not all(w[:1].isupper() or w.lower() in {"of", "for", "and"} | _INNER_PARTICLES
                            for w in words[:tail]) or not words[tail - 1][:1].isupper() or \
            not _body_word_in(" ".join(words)):
        return None
    if tail < len(words):  # "the SADC secretariat": SADC (spelled out as the story defines it, `_spell_out_acronyms`)
        known = rules.registry.find(" ".join(words[:tail]))
        if known is not None and known.type != "person":
            return _as_officer(found, known, name)
        if tail == 1 and words[0].isalpha() and words[0].isupper():
            # (an acronym the story defines, or one of a body that spoke: not "the DC office", "the UK office")
            return _as_officer(found, words[0], name) if words[0].lower() not in context.lex.title_stems and \
                _known_acronym(words[0], rules, context) else None
        if not set(w.lower() for w in words[tail:]) & _TERRITORIAL_WORDS:
            return None  # (a name, then "administration" or "office": a leader's, "the Buhari administration")
        local = " ".join(words)  # "the Kalat district administration": a local government
        return _as_officer(found, Source(id=slug(local), name=local, type="government"), name)
    named = rules.registry.find(body) or _officer_body(body, rules=rules, context=context, at=0, owner=False)
    if isinstance(named, str):
        named = _clean_name(body)  # as written: "the Office of the Governor of Dhofar", titles and all
    return _as_officer(found, named, name) if named is not None else None


# an unnamed member of an institution the story names, called by its kind: "a hospital official",
# "A ministry official", "a port official" (not "a local official", "a security official": no body)
_MEMBER_OF_KIND = re.compile(r"(?:(?:an?|one|the)\s+)?(?:(?:senior|top|junior)\s+)?(?P<kind>[a-z]+)\s+"
                             r"(?:official|officer|spokes(?:man|woman|person)|employee|staffer)", re.IGNORECASE)
_INSTITUTIONS_BY_KIND = {"hospital", "ministry", "company", "port", "embassy", "court", "university", "airline",
                         "firm", "airport", "prison", "mine"}


def _member_of_kind(found: Attribution, *, rules: RuleSet, context: _Context) -> Attribution | None:
    """An unnamed member of an institution named by its kind is the institution of that kind the
    story named last (fixtures/gold/GUIDELINES.md, "An unnamed member of a named body"): "a hospital
    official" after "Kenyatta National Hospital", "a ministry official" after "the Ministry of
    Energy said"; unnamed when the story names none."""
    kind = _MEMBER_OF_KIND.fullmatch(found.mention or "")
    word = kind.group("kind").lower() if kind is not None else ""
    if kind is None and (found.mention or "").lower() in {"official", "officials", "officer", "spokesman",
                                                           "spokeswoman", "spokesperson"}:
        # "a port official": the span kept only the role; the word before it names the kind
        before = _search(rf"\b(?:an?|one|the)\s+([a-z]+)\s+{re.escape(found.mention)}\b", context.sentence)
        word = before.group(1) if before is not None else ""
    if word not in _INSTITUTIONS_BY_KIND:
        return None
    at = max(0, context.sentence.find(found.mention))
    named = _named_earlier(context, word, at) or _kind_named_first(context, word, at)
    body = (rules.registry.find(named) or named) if named else \
        next((a for a in reversed(context.history) if a.source_type not in {"person", "anonymous"}
              and word in a.source.lower().split()), None)  # ("Turkey's defense ministry" spoke before)
    return _as_officer(found, body, None) if body is not None else None


# an unnamed member at an institution the story named and now calls by its kind: "A doctor at the
# facility", "A senior medic at the hospital", "A source at the custodial centre" (not "a health
# worker at a hospital in western Kabul": no institution named)
_MEMBER_AT_DESCRIBED = lazy_compile(
    r"\s+(?:[a-z][\w-]*\s+){0,3}?(?:at|in|from|of)\s+the\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<kind>hospital|facility|clinic|centre|center|prison|mine|plant|factory|refinery)\b")
_MEMBERS_AT = {"doctor", "doctors", "medic", "medics", "nurse", "nurses", "physician", "physicians", "surgeon",
               "surgeons", "source", "sources", "official", "officials", "officer", "officers", "staffer", "staffers",
               "employee", "employees", "worker", "workers", "guard", "guards", "spokesman", "spokeswoman",
               "spokesperson", "administrator", "administrators", "director", "manager", "warden"}
# what "the facility" may stand for, most often first
_FACILITY_KINDS = ("hospital", "clinic", "centre", "center", "prison", "mine", "plant", "factory", "refinery")


def _member_at_described(found: Attribution, *, rules: RuleSet, context: _Context) -> Attribution | None:
    """An unnamed member at an institution the story named before and calls now by its kind ("the
    hospital", "the custodial centre", "the facility") is that institution (fixtures/gold/GUIDELINES.md,
    "An unnamed member of a named body"); None when the story named no such institution, when the
    words after the kind place it elsewhere ("the health centre in Raiwind"), or when the story spoke
    of another one of that kind since ("a small hospital in Kandahar")."""
    mention = found.mention or ""
    words = mention.replace(",", " ").split()
    members = [k for k, w in enumerate(words) if w.lower() in _MEMBERS_AT]
    if not members or members[-1] != len(words) - 1 and members[0] >= 4:
        return None
    at = context.sentence.find(mention)
    head = members[-1]
    if at < 0 or head < len(words) - 1 and words[head + 1].lower() not in {"at", "in", "from", "of"}:
        return None
    cue = context.sentence.find(found.cue, at + len(mention)) if found.cue else -1
    rest = context.sentence[at + len(mention):cue if cue >= 0 else None]  # (not the words after "said")
    after = " " + (" ".join(words[head + 1:]) + rest).lstrip(" ,")
    described = _MEMBER_AT_DESCRIBED.match(after)
    if described is None or _search(r"^\s+(?:in|of|at|near)\s+[A-Z]", after[described.end():]):
        return None
    kind = described.group("kind").lower()
    named = _institution_named_last(context, _FACILITY_KINDS if kind == "facility" else (kind,), at)
    return _as_officer(found, rules.registry.find(named) or named, None) if named is not None else None


def _known_as_whole(name: str, registry: Registry, matcher) -> Source | None:
    """The registry source `name` is, whole: found by its name or an alias, or a source the matcher
    finds in it whose names hold every word of it ("Russian Defence Ministry"); not one named by part
    of it ("Red Cross" in "Uganda Red Cross Society", a national society, not the ICRC)."""
    known = registry.find(name)
    if known is not None:
        return known
    known = matcher(name)
    if known is None:
        return None
    words = set(normalise_name(" ".join((known.name, *known.aliases))).split())
    return known if set(normalise_name(name).split()) - DETERMINERS <= words else None


def _institution_named_last(context: _Context, kinds, at: int) -> str | None:
    """The name of the institution of one of `kinds` the text named last before `at` ("Beledweyne
    General Hospital"), cleaned of the words that open its sentence; None when none was named, or when
    an institution of that kind was spoken of without a name after it ("a small hospital in Kandahar")."""
    heads = "|".join(k.capitalize() for k in kinds)
    lower = "|".join(kinds)
    word = r"(?:St\.|[A-Z][\w'’-]*|(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|abu|de)-[A-Z][\w'’-]*)"
    named = _compiled(rf"\b((?:{word}\s+(?:(?:and|of|for|al|el|de)\s+)?){{1,6}})((?:{heads})(?:-[A-Z][\w'’]*)?)\b"  # ("… Party-Mengal")
                      rf"((?:\s+(?:of|for)(?:\s+[A-Z][\w'’-]*)+)?)")
    unnamed = _compiled(rf"\b(?:an?|another)\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{lower})\b")
    found = None
    for text in (context.sentence[:at], *reversed(context.before)):
        names = [m for m in named.finditer(text) if m.group(1).strip() not in {"The", "the", "A", "An"}]
        others = list(unnamed.finditer(text))
        if found is None and others and (not names or others[-1].start() > names[-1].start()):
            return None
        if found is None and names:
            found = names[-1]
        if len(kinds) > 1 and found is not None and any(m.group(2) != found.group(2) for m in names):
            return None  # ("the facility" in a story that named a prison and a hospital: either)
    return _clean_institution(found.group(1) + found.group(2) + found.group(3)) if found is not None else None


_SENTENCE_OPENING_WORDS = {"The", "At", "In", "To", "From", "On", "For", "With", "Into", "Inside", "Outside", "Near", "By",
                           "And", "But", "After", "Before", "When", "While", "As", "Since", "If", "Yesterday", "Today",
                           "Earlier", "Later", "Meanwhile", "However", "Also", "Then", "Now", "Last", "This"}


def _clean_institution(name: str) -> str | None:
    """A name found by its capitals without the words that opened its sentence ("When State
    Emergency Service" → "State Emergency Service", "Kampala's Mulago Hospital" → "Mulago
    Hospital"); None when nothing but its kind is left."""
    words = name.split()
    while len(words) > 2 and (words[0] in _SENTENCE_OPENING_WORDS or words[0].endswith(("'s", "’s"))):
        words.pop(0)
    return " ".join(words) if len(words) >= 2 else None


def _kind_named_first(context: _Context, word: str, at: int) -> str | None:
    """A body named by its kind first ("the Ministry of Energy", "Port of Fujairah"), the last the
    text wrote before `at`."""
    pattern = _compiled(rf"\b{word.capitalize()}\s+(?:of|for|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*)*")
    for text in (context.sentence[:at], *reversed(context.before)):
        found = list(pattern.finditer(text))
        if found:
            return found[-1].group()
    return None


def _officer_in_name(found: Attribution, *, rules: RuleSet, context: _Context) -> Attribution | None:
    """ "GYLA lawyer Nino Gelashvili" taken whole for a body's name (its acronym reads as no
    person's): the body, its officer's role, then his name; the body speaking through him."""
    if rules.registry.get(found.source_id) is not None:
        return None
    acronymed = _officer_after_acronym(found, rules=rules, context=context)
    if acronymed is not None:
        return acronymed
    name = _person_name(context.lex, found.source)
    role_of = _ROLE_OF_BODY.match(found.source[:-len(name)].rstrip(", ")) \
        if name and found.source.endswith(name) and _guess_type(name) == "person" else None
    if role_of is not None and set(re.split(r"[\s-]+", role_of.group("role").lower())) & context.lex.officer_roles:
        # "Officer-in-Charge (OC) of Rupganj Police Station Mahbubur Rahman said": his role, the body
        # it is of, then his name (a local government's head still speaks for himself)
        if _speaks_for_himself(role_of.group("role"), role_of.group("body")):
            return replace(found, source=name, source_id=slug(name), source_type="person", speaker=name)
        body = _officer_body(role_of.group("body"), rules=rules, context=context, at=0, owner=False)
        return _as_officer(found, body, name) if body is not None else None
    match = re.match(r"^(?P<pre>.+?)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+)){1,3})$", found.source)
    if match is None or _guess_type(match.group("name")) != "person":
        return None
    if _ranks_of(tuple(w.lower().rstrip(".") for w in match.group("pre").split()), rules.ranks):
        return None  # "Station manager Gareth Pollard": a rank, no body's name (`_ranked_officers` reads it)
    role = _officer_patterns(rules)[0].search(match.group("pre") + " ")
    if role is None or _defence_lawyer(role.group("body"), role.group()):
        return None
    body = _officer_body(role.group("body"), rules=rules, context=context, at=0, owner=False)
    return _as_officer(found, _not_foreign(body, role.group("body"), rules=rules, context=context),
                       match.group("name")) if body is not None else None


def _defence_lawyer(body: str, role: str) -> bool:
    """ "Defence lawyer Paul Mbeki": a defendant's lawyer, no officer of a country's defence."""
    return body.strip().lower() in {"defence", "defense"} and _search(r"\b(?:lawyers?|attorneys?|counsel)\b", role) is not None


def _officer_after_acronym(found: Attribution, *, rules: RuleSet, context: _Context) -> Attribution | None:
    """A body's name and its acronym, then an officer's role and his name, read as one name
    ("National Disaster Response Force (NDRF) Assistant Commandant Vikas Chaudhary"): the body
    through him; a police officer's role and its acronym ("District Police Officer (DPO) Lakki
    Marwat Tariq Mehmood Khattak"): the police force."""
    match = _ACRONYM_THEN_ROLE.match(found.source)
    if match is None:
        return None
    lex = context.lex
    before, rest = match.group("before").split(), match.group("rest").split()

    def titled(word: str) -> bool:
        lower = word.lower().rstrip(".")
        return lower in lex.title_stems or lower in lex.officer_roles or _prefixed_title(lex, word) or \
            lower in _TITLE_PREFIXES or bool(_ranks_of((lower,), rules.ranks))

    k = 0
    while k < len(rest) - 2 and titled(rest[k]):
        k += 1
    elsewhere = " ".join([*context.before, context.sentence.replace(found.mention or found.source, " ")])
    place = next((size for size in (2, 1) if len(rest) - k - size >= 2 and (
        _search(rf"\b(?i:in|at|from|to|near|of)\s+(?i:{re.escape(' '.join(rest[k:k + size]))})\b(?!\s+[A-Z])", elsewhere) or
        _search(rf"\b{re.escape(' '.join(rest[k:k + size]).upper())}\b", elsewhere))), 0)
    # (a place the story names as one, "in Peshawar", or its dateline "PESHAWAR -"; not a first name
    # another person has: "The suspect, Muhammad Rizwan, …")
    k += place  # ("Capital City Police Officer (CCPO) Peshawar Qasim Ali Shah" after "PESHAWAR -": his post)
    name = " ".join(rest[k:] if len(rest) - k <= 4 else rest[-3:])
    if (before[-1].lower() in _BODY_END_WORDS or before[-1].lower() in {"force", "forces"}) and k > 0 and \
            _guess_type(name) == "person":
        body = " ".join(before)
        known = rules.registry.find(body) or rules.registry.find(match.group("acronym"))
        return _as_officer(found, known if known is not None and known.type != "person" else body, name)
    if titled(before[-1]) and any(w.lower() == "police" for w in before) and _guess_type(name) == "person":
        at = context.sentence.find(found.mention) if found.mention else -1
        return _as_officer(found, _police_force(context, max(at, 0), None), name)
    return None


# a body's name or a role with its acronym, then capitalised words: a role and a name (`_officer_after_acronym`)
_ACRONYM_THEN_ROLE = lazy_compile(r"^(?:[Tt]he\s+)?(?P<before>[A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|and|of|for|the)\s+){0,6})\((?P<acronym>[A-Z][A-Za-z]{1,7})\)\s+"
                                  r"(?P<rest>(?:[A-Z][\w'’.-]*\s+){1,6}[A-Z][\w'’.-]*)$")


# a capitalised role, the body it is of, read as one name with the officer's after it (`_officer_in_name`)
_ROLE_OF_BODY = lazy_compile(rf"^(?:[Tt]he\s+)?(?P<role>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})(?:\s+\([A-Z]{{2,6}}\))?\s+"
                             rf"(?:of|at)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’-]*\s+){{1,4}}(?:{_BODY_HEADS}|Station))$")


def _speaks_for(found: Attribution, *, rules: RuleSet, context: _Context) -> Attribution:
    """The body a named person speaks for when the sentence names him as its officer (spokesman,
    press secretary, adviser, official, commander, coordinator, director …: fixtures/gold/GUIDELINES.md,
    "Officers and members of an organisation"), read wherever his role and body stand; `found`
    unchanged when the sentence gives him no such role, or one that speaks for itself (minister,
    president, governor, ambassador: those roles are not officer roles)."""
    body = _officer_of_body(found, rules=rules, context=context)
    at = context.text.find(found.speaker)
    if body is found and at >= 0 and (rank := _POLICE_RANK_ONLY.search(context.text[:at])) is not None and \
            not _NO_SERVING_RANK.search(context.text[:rank.start() + 1]):
        # a rank only police hold and no other body for him ("Keonjhar SP Arvind Kumar Sahu said" in a
        # story naming no force): "police" (GUIDELINES, Police; the checked wire dev gold writes six
        # such officers so)
        return replace(_as_officer(found, "police", found.speaker), via=found.via)
    return body


def _officer_of_body(found: Attribution, *, rules: RuleSet, context: _Context) -> Attribution:
    """`_speaks_for` without its last reading: the body a role the sentence gives him names."""
    text = context.text
    name = found.speaker
    at = text.find(name)
    if at < 0:
        return found
    prefixed = _search(r"(\S+)\s+$", text[:at])
    if prefixed is not None and _prefixed_title(context.lex, prefixed.group(1)):
        # "…, Sub-commissioner Domingos Kalunga Muteka": the role and body before his title
        text, at = text[:prefixed.start()] + text[at:], prefixed.start()
    # ("DMC Deputy Director Major General (Retd.) Sunil Jayamanna": a retired officer's mark is read as space)
    text = _RETIRED.sub(lambda m: " " * len(m.group()), text[:at] + " ")[:at] + text[at:]
    before, ahead, after, _, upper, ahead_lower = _officer_patterns(rules)
    phrase, owner = None, False
    match = after.match(text[at + len(name):])
    police, named = _police_officer(context.lex, text[:at]) if match is None else (None, None)
    if police is False:
        return found  # a former police officer speaks for himself
    if match is None and police is None and _POLICE_RANK_ONLY.search(text[:at]):
        # "SSP Abhimanyu Rana said", "DGP Rajinder Pal Khosla": a rank only police hold, in a story
        # that names the force (the one that spoke, or one its text names); with none, see `_speaks_for`
        force = _police_force(context, at, None)
        if force != "police":
            return replace(_as_officer(found, force, name), via=found.via)
    through = _THROUGH_ITS.search(text[:at]) if match is None else None
    if through is not None:
        # "the Mushere Youth Development Association, MYDA, in a statement by its President, Comrade
        # Lazarus Gotom, claimed": the body (or person) the sentence opened with speaks through him
        owner = _sentence_subject(text[:through.start()], person=through.group("whose").lower() in {"his", "her"})
        if owner is not None:
            return _as_officer(found, rules.registry.find(owner) or owner, name) if through.group("whose").lower() \
                not in {"his", "her"} else replace(found, source=owner, source_id=slug(owner), source_type="person",
                                                    speaker=name, rule=found.rule + "+through")
    if match is not None:
        # (the body named after him wins: "Superintendent of Police Kamal Thapa, spokesman for the Nepal Police")
        body = match.group("body") or match.group("body2") or match.group("body3") or match.group("body4") or \
            match.group("body5") or \
            (f"the {match.group('owner2') or match.group('owner3')}" if match.group("owner2") or match.group("owner3")
             else None) or \
            (f"the {match.group('described') or match.group('described2')}"
             if match.group("described") or match.group("described2") else None)
        phrase, owner = (body, False) if body else (match.group("owner"), True)
    elif police:
        # a police officer speaks for his force (GUIDELINES), through his own relay only; his rank
        # is no body of its own
        return replace(_as_officer(found, _police_force(context, at, named), name), via=found.via)
    else:
        match = ahead.search(text[:at]) or ahead_lower.search(text[:at]) or before.search(text[:at])
        if match is None:
            match = upper.search(text[:at])
            unknown = match is not None and match.group("acronym") and \
                not _known_acronym(match.group("acronym"), rules, context)
            placed = _PLACE_BEFORE_ACRONYM.search(text[:match.start()]) if unknown else None
            if placed is not None and placed.group(1).lower() not in rules.places and \
                    placed.group(1).lower() not in _CONTINENTS:
                placed = None
            if placed is not None:
                # "Africa CDC Director General Jean Kaseya", "Nigeria CDC chief": a body named after its
                # place, before its acronym
                phrase = f"{placed.group(1)} {match.group('acronym')}"
            elif unknown and not _heads_a_body(match.group("acronym"),
                                               match.group()[match.end("acronym") - match.start():], rules):
                match = None  # ("UP Chief Secretary", "NYC Health Commissioner": no body the story names)
        if match is not None:
            phrase = phrase or match.group("body")
            mods = match.groupdict().get("mods") or ""
            lost = mods.split()[0].lower() if mods.split() else ""
            if phrase.strip() in {"The", "the"} and lost.endswith("s") and lost[:-1] in context.lex.descriptions:
                # "The groups spokesman Yahya Saree said" (FA-KES, its apostrophes lost): the group's
                phrase, mods = f"the {lost[:-1]}'s", " ".join(mods.split()[1:])
            branch = _search(r"\b[Tt]he\s+([a-z]+)(?:'s|’s)\s+$", text[:match.start("body")]) \
                if phrase.split() and phrase.split()[-1].lower() in _BRANCH_WORDS else None
            if branch is not None and branch.group(1) not in _TERRITORIES | {"country", "nation"} and \
                    _officer_body(f"the {branch.group(1)}'s", rules=rules, context=context, at=at,
                                  owner=False) is not None:
                # "the union's Zonguldak Branch Chair Nurettin Aydın": a branch of the body the story
                # named speaks as that body (GUIDELINES: officers), not as a body called "Zonguldak Branch"
                phrase, mods = f"the {branch.group(1)}'s", ""
            if _search(r"(?:'s|’s)$", phrase) and mods.split() and set(mods.lower().split()) <= _STATE_BODY_WORDS:
                phrase = f"{phrase} {mods.strip()}"  # "Mali's government spokesman": Mali's government
            elif mods.split() and set(mods.lower().split()) <= _TERRITORIES | {"assistant", "deputy"} and \
                    (" " not in phrase.strip() or _guess_type(phrase.strip()) == "person") and \
                    phrase.strip().lower() != "its" and \
                    not phrase.strip().isupper() and not _search(r"['’]s\b|\b[A-Z]{2,}", phrase) and \
                    not _search(rf"\b(?:{_BODY_HEADS})$", phrase.strip()) and \
                    (context.matcher or _registry_matcher(rules.registry))(phrase) is None:
                # (a body's name is no place: "Rural Fire Service Deputy Commissioner Gareth Lindqvist")
                # "Mandera county commissioner Gabriel Otieno", "Rift Valley regional commissioner
                # Charles Wambua", "Chemoe assistant chief Joseph Lokwang": a place's officer, who
                # speaks for himself as a governor does, not for a body called "Mandera" (but "its
                # state secretary" is the body's)
                return found
    if not phrase or match is not None and _defence_lawyer(phrase, match.group()):
        return found
    if match is not None and _ranks_of(tuple(w.lower().rstrip(".") for w in match.group().split()), rules.ranks):
        return found  # "Station manager Gareth Pollard": a rank, no body's name (`_ranked_officers` reads it)
    if match is not None and _speaks_for_himself(match.group(), f"{phrase} {match.groupdict().get('mods') or ''}"):
        # (the words between body and role count: "Sotk community head Garnik Aslanyan" heads a local government)
        return replace(found, source=name, source_id=slug(name), source_type="person")  # (not "council Kamal Saad")
    body = _officer_body(phrase.strip(), rules=rules, context=context, at=at, owner=owner)
    if body is None:
        return found
    if _search(r"\b(?:[Vv]ice[- ])?[Pp]resident\b,?\s+(?:[A-Z][\w.]*\s+){0,2}$", text[:at]) and \
            (getattr(body, "source_type", None) or getattr(body, "type", None) or _guess_type(str(body))) in {"government", "military", "person"}:
        return found  # ("US President Joe Biden", "PA President Mahmoud Abbas": himself)
    return _as_officer(found, _not_foreign(body, phrase, rules=rules, context=context), name)


def _not_foreign(body, phrase: str, *, rules: RuleSet, context: _Context):
    """The body an officer's role named, unless the registry matched a country-less alias of a foreign
    NGO or monitor by it ("Civil Defence controller Ben Tūhoe" in a story of no Syrian place is not
    Syria's White Helmets; "Kandilli Observatory seismologist" not the Syrian Observatory): then the
    name as the story writes it, or the longer name it gave the body ("NZ Defence Force" … "a Defence
    Force spokesperson")."""
    if not (isinstance(body, Source) and body.type in {"NGO", "monitor"} and
            _foreign_alias(phrase, replace(body, type="NGO"), rules.registry, context.nations, context.lex.nations)):
        return body  # (a monitor is checked as an NGO is)
    if _search(r"^(?:[Tt]he|[Ii]ts)\s+[a-z]+(?:'s|’s|s'|s’)?\s*$", phrase):
        return body  # (a description the story's own body was found by, no alias: "The group's director")
    plain = _clean_name(phrase.strip())
    longer = _search(rf"(?<![\w-])((?:[A-Z][\w'’-]*\s+){{1,3}}{re.escape(plain)})(?![\w-])",
                     " ".join([*context.before, context.sentence]))
    return longer.group(1) if longer is not None else plain


# "…, in a statement by its President, Comrade Lazarus Gotom,", "…, through its Secretary, Alhaji Garus
# Bello,", "…, in a statement by his Chief Press Secretary, Mr. Tersoo Kaave,": the sentence's subject
# speaks through the officer named last
_THROUGH_ITS = lazy_compile(r"\b(?:by|through)\s+(?P<whose>its|their|his|her)\s+(?:[A-Za-z-]+\s+){0,4}?[A-Za-z-]+,?\s+"
                          r"(?:[A-Z][a-z]{1,7}\.?\s+){0,2}$")


# a description's word (rules/descriptions.jsonl) → the kinds a text introduces such a body with ("the
# watchdog" was "the watchdog BaFin" or "market regulator Sebi"; "the company" was "oil company Petrobras")
_KINDS_OF_DESCRIPTION = {
    "watchdog": ("regulator", "watchdog"),
    "company": ("company", "firm", "carmaker", "automaker", "retailer", "exporter", "lender", "insurer",
                "manufacturer", "utility", "airline", "conglomerate", "startup"),
    "firm": ("company", "firm", "startup"),
}


def _kind_then_name(context: _Context, word: str, at: int) -> str | None:
    """The name a text introduced a body with after a kind the description `word` stands for ("the
    watchdog BaFin", "oil company Petrobras"), the last before `at`; None for another description,
    or when the text introduced none so."""
    kinds = _KINDS_OF_DESCRIPTION.get(word)
    if kinds is None:
        return None
    pattern = _compiled(r"\b(?:" + "|".join(kinds) + r")\s+(?:,\s+)?((?:[A-Z][\w&'’.-]*)(?:\s+[A-Z][\w&'’.-]*){0,3})")
    for text in (context.sentence[:max(0, at)], *reversed(context.before)):
        for match in reversed(list(pattern.finditer(text))):
            name = match.group(1).strip(" .")
            if _guess_type(name) == "person" and len(name.split()) > 1 and not _body_word_in(name):
                continue  # (a person after the kind: "the company founder John Smith" is read elsewhere)
            if name.lower() in context.lex.places or name.lower() in context.lex.nations:
                continue
            return name
    return None


def _body_source(name: str, registry: Registry) -> Source:
    """The registry's source a body's name from the text names, else a source of that name, of the
    kind its words read as (a body, never a person: the callers found it as a body)."""
    known = registry.find(name)
    if known is not None:
        return known
    kind = _guess_type(name)
    return Source(id=slug(name), name=name, type=kind if kind != "person" else "organisation")


def _opening_body(text: str, matcher) -> str | None:
    """The body a sentence opens with, as its subject: the first name in it (past an owner's
    possessive: "Brazil's state-run oil company Petrobras") when the registry knows it as no person
    or medium, it reads as a body's ("Acme Holdings"), or a body's kind stands right before it
    ("oil company Petrobras"); None when the sentence opens with a person, a medium or no name."""
    for match in re.finditer(r"(?<![\w'’.-])([A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w&'’.-]*){0,6})", text):
        name = re.sub(r"^(?:The|A|An|But|And|However|Meanwhile)\s+", "", match.group(1)).strip(" .")
        if not name or name in {"The", "A", "An", "But", "And", "However", "Meanwhile"}:
            continue
        if name.endswith(("'s", "’s")) and text[match.end(1):match.end(1) + 1] == " ":
            continue  # (the owner: "Brazil's")
        if (" and " in name or _search(r"^\s+(?:and|or|&)\s+[A-Z]", text[match.end(1):])) and \
                matcher.registry.lookup(name) is None:
            return None  # ("The United States and China will …, it said": two subjects, no one body)
        known = matcher(name)
        if known is not None:
            return known.name if known.type not in {"person", "anonymous"} | MEDIA_TYPES else None
        if " of " in name and not _body_word_in(name.split(" of ")[0]):
            return None  # ("Shares of Apple", "Secretary of State Marco Rubio": no body's name)
        kind_before = _search(rf"\b(?:{_BODY_KINDS})\s+$", text[:match.start(1)])
        return name if _guess_type(name) != "person" or kind_before is not None else None
    return None


def _sentence_subject(text: str, *, person: bool) -> str | None:
    """The name a sentence opens with (after "But", "Also reacting," and an article): a body's name
    of two words or more ("Miyetti Allah Cattle Breeders Association of Nigeria"), or, for `person`,
    a person's ("Governor Joseph Ahule" gives "Joseph Ahule"); None when it opens otherwise."""
    opened = _search(r"^(?:(?:But|And|Also\s+reacting|Meanwhile|However|Separately),?\s+)?(?:[Tt]he\s+)?"
                     r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of|for|and|the|[A-Z][\w'’-]*))+)", text)
    if opened is None:
        return None
    name = re.sub(r"\s+(?:of|for|and|the)$", "", opened.group("name"))
    if person:
        words = name.split()
        while words and words[0].lower().rstrip(".") in _SUBJECT_TITLES:
            words.pop(0)
        apposed = _APPOSED_NAME.match(text) if len(words) < 2 else None
        if apposed is not None:
            # "Governor of the state, Rev. Fr. Joseph Ahule, who …": the name set off after the title
            words = apposed.group("name").split()
            while words and (words[0].endswith(".") or words[0].lower() in _SUBJECT_TITLES):
                words.pop(0)
        name = " ".join(words)
        return name if len(words) >= 2 and _guess_type(name) == "person" else None
    return name if _guess_type(name) != "person" else None


_SUBJECT_TITLES = {"governor", "gov", "president", "senator", "sen", "minister", "chairman", "mayor", "alhaji", "chief"}
_APPOSED_NAME = lazy_compile(r"[^,]+,\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){1,6}?[A-Z][\w'’-]+),")


# a place's name right before an acronym ("Africa CDC"), and the continents no place list holds
# (opening the sentence or right after "said" or a comma: "In South Africa NICD …" is no "Africa NICD")
_PLACE_BEFORE_ACRONYM = lazy_compile(r"(?:^|[,;:(]\s*|\bsaid\s+)([A-Z][a-z]+)\s+$")
_CONTINENTS = {"africa", "europe", "asia", "america", "oceania"}


# the offices only a body's head holds, never a place's ("KNU Chairman", "WADA Director General"; not "UP
# Chief Secretary", "NYC Health Commissioner"), and the acronyms that name no such body: a state's, whose
# president is its head ("SA President Cyril Ramaphosa"), an office's, or a firm's department ("HR Director")
_BODY_HEAD_OFFICE = lazy_compile(r"\s*(?:(?:[Dd]eputy|[Vv]ice|[Ee]xecutive|[Mm]anaging)[\s-]+)?"
                                 r"(?:[Pp]resident|[Cc]hair(?:man|woman|person)?|[Dd]irector[\s-][Gg]eneral|"
                                 r"[Ss]ecretary[\s-][Gg]eneral|[Dd]irector|[Cc]hief\s+[Ee]xecutive|CEO)\s*")
_STATE_ACRONYMS = {"US", "USA", "UK", "UAE", "PRC", "DPRK", "ROK", "ROC", "KSA", "DRC", "CAR", "RSA", "SA", "PA", "KRG",
                   "TRNC", "SADR", "PH", "RS", "EU"}
_NO_BODY_ACRONYMS = _STATE_ACRONYMS | {"PM", "HR", "PR", "IT"}


def _heads_a_body(acronym: str, office: str, rules: RuleSet) -> bool:
    """Whether an unknown acronym before an office names a body: the office is one only a body's head
    holds, and the acronym is none of `_NO_BODY_ACRONYMS` nor a place's."""
    return bool(_BODY_HEAD_OFFICE.fullmatch(office)) and acronym not in _NO_BODY_ACRONYMS and \
        acronym.lower() not in rules.places


def _known_acronym(acronym: str, rules: RuleSet, context: _Context) -> bool:
    """Whether an acronym names a body: the registry knows it, a body that spoke has those initials, or
    the text spells it out ("KMD" after "the Kenya Meteorological Department")."""
    text = " ".join([*context.before, context.sentence])
    return rules.registry.find(acronym) is not None or _acronym_of(acronym, context) is not None or \
        f"({acronym})" in text or f", {acronym}," in text or _spelled_out(acronym, text) is not None


def _speaks_for_himself(role: str, body: str) -> bool:
    """Whether an officer's role at a body still leaves him speaking for himself
    (fixtures/gold/GUIDELINES.md, "Written down in the sixteenth session"): a scholar at a place of
    learning ("a researcher at the University of Reading"; but "a researcher at Human Rights Watch"
    speaks for it), and the head or a member of a local government ("the Chairman of Guma LGA",
    "head of the Sumy Regional Military Administration"), who speaks for himself as a mayor does."""
    return bool(_ACADEMIC_ROLE.search(role) and _ACADEMIC_BODY.search(body)
                or _HEAD_OF_DISCIPLINE.search(role) and (_ACADEMIC_BODY.search(body) or _SCHOLAR_TITLE.search(role))
                or _LOCAL_HEAD_ROLE.search(role) and _LOCAL_GOVERNMENT.search(body)
                or _PORTFOLIO_COMMISSIONER.search(role) and _PORTFOLIO.match(body.strip()) and not _body_word_in(body)
                and not _NOT_A_CABINET.search(role)
                or _MEMBER_ROLE.search(role) and _LEGISLATURE.search(body))


# an elected member of a legislature speaks for himself, as a lawmaker does ("A PUK member of the Iraqi
# parliament from Sulaimani, Rebwar Qadir,")
_MEMBER_ROLE = re.compile(r"(?i)(?<!staff )\bmember\b")
_LEGISLATURE = lazy_compile(r"(?i)\b(?:parliament|national\s+assembly|senate|legislature|knesset|duma|"
                          r"house\s+of\s+(?:representatives|commons|lords)|legislative\s+(?:assembly|council))\b"
                          r"|^\s*(?:the\s+)?(?:U\.?S\.?\s+|[A-Z][a-z]+(?:an|ian)\s+)?Congress\s*$")  # (not "All Progressives Congress")


# a state's commissioner for a portfolio is a member of its cabinet and speaks for himself, as a
# minister does ("the state Commissioner for Information and Communications, Mr Adeiza Momoh-Sule";
# not "the UN High Commissioner for Refugees")
# (a ministry's or an international body's commissioner speaks for it: "The Ministry of Health Commissioner
# for Health Services", "The EU Commissioner for Home Affairs")
_NOT_A_CABINET = lazy_compile(r"\b(?:Ministry|Department|EU|European|UN|United\s+Nations|African\s+Union|AU|ECOWAS)\b")
_PORTFOLIO_COMMISSIONER = re.compile(r"(?<!High )\b[Cc]ommissioner\s+for\b|^(?:[Tt]he\s+)?Secretary\s+of\b")
_PORTFOLIO = lazy_compile(
    r"(?:Information|Communications?|Health|Education|Agriculture|Finance|Works|Special\s+Duties|Local\s+Government|"
    r"Environment|Water\s+Resources|Justice|Women\s+Affairs|Youth|Sports|Budget|Economic\s+Planning|Lands|Housing|"
    r"Internal\s+Security|Public\s+Security|Home\s+Affairs|Homeland\s+Security|Commerce|Trade|Transport|Energy|Culture|"
    r"Tourism|State)\b")  # ("the Secretary of State in Nampula province, Jaime Ussene Momade": himself)


_ACADEMIC_ROLE = lazy_compile(r"(?i)\b(?:researcher|investigator|scientist|professor|prof|lecturer|fellow|analyst|scholar|economist|"
                            r"historian|expert|specialist|engineer|\w+ologist|geophysicist|oceanographer)s?\b")
# a department's head at a place of learning is a scholar ("Professor Sarah Gilbert, head of vaccinology at the
# University of Oxford"; "UoN head of political science Prof Maurice Amutabi"); not "head of operations at the BNGRC"
_HEAD_OF_DISCIPLINE = lazy_compile(r"(?i)\bhead\s+of\s+(?!the\b|its\b|operations\b|security\b|communications?\b|media\b|"
                                   r"public\b|press\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:at|of|in)\b"
                                   r"|\bhead\s+of\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:Prof|Professor|Dr)\b")
_SCHOLAR_TITLE = lazy_compile(r"\b(?:Prof|Professor)\b")
_ACADEMIC_BODY = lazy_compile(r"\b(?:University|College|School|Institute|Academy|Studies|Research|Lab|Laboratory)\b|\bthink[- ]tank\b")
_LOCAL_HEAD_ROLE = lazy_compile(r"(?i)\b(?:head|chief|chair|chairman|chairperson|chairwoman|mayor)\b|(?<!staff )\bmember\b")
# (a local body in lower case, as the text calls it: "the enlarged Sotk community", not the "Economic
# Community of West African States"; a municipality, not a "Municipal Workers Union")
_LOCAL_GOVERNMENT = lazy_compile(
    r"\b(?:LGA|[Ll]ocal\s+[Gg]overnment(?!\s+(?:[Oo]fficial|[Ss]ecretary|[Ww]orkers))|[Mm]unicipal\s+[Cc]ouncil|"
    r"[Mm]unicipality|(?:[Vv]illage|[Pp]arish|[Cc]ommunity)\s+[Cc]ouncil|[Cc]ommune|community|chiefdom|[Pp]eople['’]s\s+[Cc]ommittee|"
    r"[Mm]ilitary\s+[Aa]dministration|(?:[Cc]ity|[Tt]own|[Dd]istrict|[Cc]ounty|[Pp]rovincial|[Rr]egional|[Oo]blast)(?:['’]s)?"
    r"\s+(?:[Cc]ouncil|[Aa]dministration))\b(?!\s+(?:[Ww]orkers|[Uu]nion|[Oo]bserver|[Mm]ission))")


def _as_officer(found: Attribution, body, name: str) -> Attribution:
    """`found` as said by `body` (an Attribution, a registry Source or a name from the text) through
    its officer `name`."""
    rule = found.rule + "+officer"
    if isinstance(body, Attribution):
        return replace(body, mention=found.mention, cue=found.cue, stance=found.stance, via=found.via or body.via,
                       carried=found.carried, rule=rule, speaker=name)
    if isinstance(body, Source):
        return replace(found, source=body.name, source_id=body.id, source_type=body.type, speaker=name, rule=rule)
    kind = _guess_type(body)
    return replace(found, source=body, source_id=slug(body), source_type=kind if kind != "person" else "organisation",
                   speaker=name, rule=rule)


# words that open an officer's role, capitalised at a sentence's start, and name no body
_NO_BODY_BEFORE_ROLE = {"private", "independent", "freelance", "senior", "lead", "chief", "special", "former", "retired",
                        # (and the role's own first word: "Managing director Joseph Siror", "Executive director
                        # Grace Wanjiru", "Programme officer Ayuk Enow", "Public relations officer …")
                        "managing", "executive", "programme", "program", "press", "branch", "deputy", "assistant",
                        "board", "club",  # ("Board chair Mary Barra", "Club chair Daniel Levy")
                        "acting", "general", "regional", "technical", "operations", "communications", "medical",
                        "country", "finance", "associate", "principal", "public", "founding", "interim", "vice"}


def _officer_body(phrase: str, *, rules: RuleSet, context: _Context, at: int, owner: bool):
    """The body an officer's role names (`_speaks_for`): a registry source, a body that spoke before
    or that the text called so ("the hospital", "the group", "Army"), or the name as the text writes
    it ("Upper Nile state government"); None for a place, a people or a person."""
    lex, registry = context.lex, rules.registry
    its_place = re.fullmatch(r"([Ii]ts)\s+((?:[A-Z][\w'’-]*\s*){1,3})", phrase.strip())
    if its_place is not None and " ".join(its_place.group(2).split()).lower() in lex.places:
        phrase = its_place.group(1)  # "Its Syria response director Sonia Khush": its officer for a place
    if phrase.lower() in _TERRITORIES:
        return None  # a kind of place opening the sentence, no body: "District in-charge Minister H M Chandrappa"
    if phrase.lower() in _NO_BODY_BEFORE_ROLE:
        return None  # a word of the role, capitalised opening the sentence: "Private investigator James Otieno"
    owned = re.fullmatch(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+([a-z]+)(?:'s|’s|s'|s’)?", phrase.strip())
    if owned is not None and (owned.group(1) in _KIN or owned.group(1) in lex.unnamed_persons or
                              owned.group(1) in {"family", "families", "victim", "victims", "deceased", "suspect"}):
        return None  # a person's or a family's, no body: "The family's lawyer, Armen Ghukasyan, said"
    if all(w.lower() in DETERMINERS or w.lower().endswith(("-based", "-born")) for w in phrase.split()):
        return None  # where the officer works, no body: "the ship's Athens-based manager, Kyklades Maritime,"
    matcher = context.matcher or _registry_matcher(registry)
    acronym = _search(rf"{_BRACKETED_ACRONYM}$", phrase)
    known = registry.find(acronym.group()[1:-1]) if acronym is not None else None
    if known is not None and known.type not in MEDIA_TYPES | {"person"}:
        return known  # "the UN Children's Fund (UNICEF)": the body its acronym names
    phrase = re.sub(r"\s*\([^)]*\)", "", phrase).strip()
    phrase = re.sub(r"^[Aa]n?\s+(?=[a-z])", "", phrase)  # ("a foreign ministry spokesperson": a foreign ministry)
    bare_union = phrase == "union"
    if phrase.islower() and (phrase in lex.descriptions or phrase in _BODY_WORDS):
        phrase = f"the {phrase}"  # ('," company spokesperson Yelena Markova told': the company; "union representative")
    if phrase in {"Its", "its"}:
        # "Its director, Dr Zoran Stefanović,": the body the sentence before began with, when the
        # sentence opens with "Its" and the one before names no other body ("The WHO said the Al-Ahli
        # hospital had been hit. Its director …" may be the hospital's)
        # (or after a quotation that opens the sentence: '"It is wrong …," its state secretary, Usman
        # Abdullahi, said')
        if not _search(r"^[\"“]?Its\s|^[\"“][^\"“”]+[,.!?][\"”]\s+its\s", context.sentence.lstrip()) or not context.before:
            return None
        names = [m.group() for m in re.finditer(r"(?:[A-Z][\w'’-]*)(?:\s+(?:of|for|in|the)?\s*[A-Z][\w'’-]*)*"
                                                r"(?:\s+[a-z]+)?", context.before[-1])]
        subject = _search(r"^(?:The\s+(?:(?!said\b|says\b)[a-z][\w-]*\s+){0,2})?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                          r"(?:\s+(?:of|for|in)(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+)?)", context.before[-1])
        # (also after its description: "The ruling All Progressives Congress welcomed …")
        said = context.said[-1] if context.said else None
        if said is not None and said.source_type not in {"person", "anonymous"} | MEDIA_TYPES and not said.speaker and \
                (subject is None or registry.find(subject.group("name")) is None and
                 _guess_type(subject.group("name")) == "person"):
            # "At least 11,300 people were killed, according to the Libyan Red Crescent. Its secretary
            # general, …": the body that spoke in the sentence before, which it did not open
            return registry.get(said.source_id) or said.source
        if subject is None or _guess_type(subject.group("name")) == "person" and not (
                " " not in subject.group("name") and context.history and
                context.history[-1].source == subject.group("name") and
                getattr(rules.registry.get(context.history[-1].source_id), "type", None) != "person" and
                not _search(r"\bthe\s+(?:[a-z-]+\s+){0,2}(?:mission|panel|committee|commission|council|board|agency|"
                            r"hospital|company|union|court|tribunal|inquiry|team|party|group)\b", context.before[-1])):
            return None  # (but a one-word name that spoke last is the body "its" points to: "Podemos rejects …")
        others = [n for n in names[1:] if _guess_type(n) != "person" and subject.group("name") not in n
                  and re.search(r"\b(?:hospital|clinic|centre|center|office|agency|ministry|council|committee|group|"
                                r"organi[sz]ation|union|university|school|company)\b", n, re.IGNORECASE)]
        if others:
            return None  # (which body "its" means is not clear)
        return registry.find(subject.group("name")) or subject.group("name")
    described = re.fullmatch(r"(?:[Tt]he|[Ii]ts)\s+([a-z]+?|[A-Z]{2,5}(?=(?:'s|’s)?$))(?:'s|’s)?", phrase)
    if described is not None and described.group(1).isupper():
        # "The NGO's regional coordinator": the description written in capitals, no body called "NGO"
        described = described if described.group(1).lower() in lex.descriptions else None
    if described is None and _search(r"[A-Z]\S*(?:'s|’s)$", phrase):
        phrase = phrase[:-2]  # "the SPLA-IO’s deputy military spokesman": the SPLA-IO
    if described is not None:
        word = described.group(1).lower()
        if word not in context.lex.descriptions and word[:-1] not in context.lex.descriptions:
            # "the union's representative", "the office's director": the body the text named last by
            # that word ("the Petrol-İş union", "Office for Kosovo"), else the one that spoke so; not
            # a person's office ("the president's spokesman" is no body called "President")
            if word in lex.title_stems or word in lex.unnamed_persons or word in lex.referring_heads:
                return None
            found = _named_earlier(context, word, at, any_case=True) or \
                next((a for a in reversed(context.history) if a.source_type not in {"person", "anonymous"}
                      and word in a.source.lower().split()), None)
            name = found.source if isinstance(found, Attribution) else found or ""
            if bare_union and _guess_type(name) != "organisation":
                return None  # (a trade union only, as the type guess reads one: "union official John Mwangi"
                # is no officer of the African Union named before)
            return found
        word = word if word in context.lex.descriptions else word[:-1]
        if phrase.lower().startswith("its"):
            return next((a for a in reversed(context.history) if a.source_type not in {"person", "anonymous"}), None)
        # "the group's director": the body of that kind the text spoke of last
        owner = _owner_of_kind(context.lex, context, word, at)
        called = owner.source if isinstance(owner, Attribution) else owner.name if isinstance(owner, Source) else ""
        if word == "government" and context.nation_name and not _search(r"(?i)\bgovernment\b", called):
            # "the government spokesperson, Lalaina Ravelomanantsoa," in a story from Madagascar, where no
            # government spoke before: the country's (the registry's when it knows it)
            return _state_body(registry, context.nation_name, "government")
        if owner is None and word in _NATIONAL_BODIES and context.nation_name and len(context.nations) == 1 and (
                word == "junta" or not any(source.type == "armed group" for text in (*context.before, context.sentence)
                                           for source in (context.matcher or _registry_matcher(registry)).all(text))):
            # "A junta spokesman Zaw Min Tun said", "A military spokesman Zaw Min Tun said" in a story from
            # Myanmar, no such body named before: the country's (not a military spokesman's in a story that
            # names an armed group: "… the Arakan Army captured Paletwa. A military spokesman …")
            return _state_body(registry, context.nation_name, word)
        if owner is None and not phrase.lower().startswith("its"):
            # "The Acme Company runs the mine. The company's spokesman, Bob Jones, said": no body of that
            # kind spoke, but the text named one by that word, capitalised ("the department's" works so)
            named = _named_earlier(context, word, at, whole=True, lowered=True)
            if named is not None and _guess_type(named) != "person":
                return registry.find(named) or named
        return owner
    unit = _search(r"^(?:the\s+)?[a-z]+(?:'s|’s)\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z0-9][\w'’()-]*|of|for|and))*)$", phrase)
    if unit is not None and unit.group("name").split()[-1].lower() in _LONGER_NAME_ENDS:
        # "commander of the army's Second Division": the unit the text names, not an army
        return registry.find(unit.group("name")) or unit.group("name")
    # (a plural's apostrophe before a capital is inside a body's name: "Prison Officers' Association")
    phrase = re.sub(r"^(?:the\s+)?[A-Z][\w'’-]*-based\s+(?=[A-Z])", "", phrase)  # ("the Depayin-based People's …": where it is)
    # (not "People's" of a name: "People's Defence Force")
    possessive = _search(r"^(?:the\s+)?(.+?)(?<!\bPeople)(?:'s\s+|’s\s+|(?:s'|s’)\s+(?![A-Z]))\S", phrase)
    rest = phrase[possessive.end() - 1:].lower().split() if possessive is not None else []
    if possessive is not None and rest and all(w in _STATE_BODY_WORDS for w in rest) and \
            possessive.group(1).lower() in context.lex.nation_names:
        # "Mali's government spokesman": that country's body, the registry's if it knows it
        return _state_body(registry, context.lex.nation_names[possessive.group(1).lower()], " ".join(rest))
    if possessive is not None and not owner:
        phrase = possessive.group(1) + ("s" if _search(r"s['’]\s", phrase) else "")  # "the Houthis' political bureau"
    phrase = re.split(r"\s+(?:in|near|from|based in)\s+(?=[A-Z])", phrase)[0]  # (a place after it)
    words = [w for w in phrase.split() if w.lower() not in DETERMINERS]
    while len(words) > 1 and words[0][:1].islower() and any(w[:1].isupper() for w in words[1:]) and \
            not (len(words) > 2 and words[1] == "of" and words[2][:1].isupper()):
        words.pop(0)  # the words describing a named body: "the rebel Syrian National Army" (but "the courts of Sfax")
    if not words:
        return None
    lowered = " ".join(words).lower()
    if (lowered in NATIONALITIES and lowered not in _STATE_BODY_WORDS) or lowered in lex.places or \
            lowered in lex.nations or _country_of_demonym(lex, lowered) is not None:
        return None  # ("Russian spokesman", "Kharkiv adviser": no body; but "Government spokesperson")
    for k in range(len(words)):
        # the shortest body the registry knows by the words' end: "PYD" in "Speaking exclusively to
        # Asharq Al-Awsat PYD spokesman", "Syrian National Coalition" after "Al Arabiya"
        known = registry.find(" ".join(words[k:]))
        if known is not None and (_another_country(lex, " ".join(words), known, registry) or
                                  context.nation and _foreign_alias(" ".join(words), known, registry,
                                                                    context.nations, lex.nations)):
            break  # "the Sudanese Red Crescent Society" is not the Syrian one the registry knows as "Red Crescent";
            #        "the state Civil Defense" in a story from Brazil is not Syria's
        if known is not None and " ".join(words[k:]).lower() not in lex.places:
            return known if known.type not in MEDIA_TYPES | {"person"} else None  # ("Speaking to Al Jazeera …")
    # ("Deputy"; but a title's word inside a body's name stays: "National Civil Defense General Staff")
    inner = _is_body_name(words)
    words = [w for k, w in enumerate(words) if w.lower().rstrip(".") not in lex.title_stems or w[:1].islower()
             or (inner and 0 < k < len(words) - 1)]
    if not words:
        return None
    known = matcher(" ".join(words))
    if known is not None and (_another_country(lex, " ".join(words), known, registry) or
                              context.nation and _foreign_alias(" ".join(words), known, registry,
                                                                context.nations, lex.nations)):
        return " ".join(words)  # (named as written: "Sudanese Red Crescent Society", "state Civil Defense")
    if known is not None:
        return known if known.type not in MEDIA_TYPES | {"person"} else None
    body = _spokes_body(lex, context, registry, matcher, words, at)
    if body is not None:
        return body
    head = words[-1].lower()
    if len(words) == 1 and (head in lex.descriptions or head in _STATE_BODY_WORDS):
        # "Army spokesman …" with no army named before: the army of the country the story is from
        body = _owner_of_kind(lex, context, head, at) if head in lex.descriptions else None
        if body is None and context.nation_name and head in _STATE_BODY_WORDS:
            body = _state_body(registry, context.nation_name, head)
        return body
    if all(w.islower() for w in words) and head in lex.descriptions:
        return _owner_of_kind(lex, context, head, at)
    if all(w.islower() for w in words):
        named = _named_earlier(context, head, at)
        if named is not None and head not in lex.descriptions and \
                (modifiers := _own_modifiers([w.lower() for w in words], lex)) and \
                _modified_otherwise(modifiers, str(named), None, None):
            # "head of the provincial health department" after the Meteorological Department spoke: a
            # body of its own, as the text describes it
            return " ".join(words)
        return named
    return " ".join(words)  # (a name in a role's place is a body's, "Operation Fansan Yamma", however it reads)


# how the names of the companies a description calls so end: "the airline" is "Yeti Airlines", "the
# utility" "Okinawa Electric Power Co.", "the company" "Tokyo Electric Power Company Holdings"
_COMPANY_NAME_ENDS = ("Co", "Co.", "Company", "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Ltd", "Ltd.", "Limited",
                      "plc", "PLC", "LLC", "AG", "SA", "S.A.", "GmbH", "Holdings", "Group")
_AIRLINE_ENDS = ("Airlines", "Airline", "Airways")
_DESCRIBED_COMPANIES = {
    "company": _COMPANY_NAME_ENDS, "firm": _COMPANY_NAME_ENDS, "corporation": _COMPANY_NAME_ENDS,
    "operator": _COMPANY_NAME_ENDS,
    "airline": _AIRLINE_ENDS, "carrier": _AIRLINE_ENDS,
    "utility": ("Power", "Electric", "Electricity", "Energy", "Utilities", "Water", *_COMPANY_NAME_ENDS),
}


def _company_named_earlier(context: _Context, head: str, at: int) -> str | None:
    """The company a description ("the airline", "the utility", "the company") calls so: the last
    name before it, in this sentence or the ones before, that ends as such companies' names do
    (`_DESCRIBED_COMPANIES`); None for any other description or when no such name was given."""
    ends = _DESCRIBED_COMPANIES.get(head)
    if ends is None:
        return None
    pattern = _compiled(r"\b((?:[A-Z][\w&'’.-]*\s+){0,5}(?:" + "|".join(map(re.escape, ends)) + r"))(?![\w.]|\s+(?:[A-Z]|of\b|for\b))")
    for text in (context.sentence[:at], *reversed(context.before)):
        found = [m.group(1) for m in pattern.finditer(text)]
        found = [re.sub(r"^(?:The|A|An)\s+", "", name) for name in found]
        found = [name for name in found if " " in name]  # (a name, not the bare ending: "Group")
        if found:
            return found[-1]
    return None


def _named_earlier(context: _Context, head: str, at: int, any_case: bool = False, whole: bool = False,
                   lowered: bool = False) -> str | None:
    """The name the text gave earlier to a body it now calls by its head noun: "the emergency room"
    after "the El-Obeid Emergency Response Room", "the hospital" after "Beledweyne General Hospital";
    with `any_case`, also a name before the head in lower case ("the Petrol-İş union"); with `whole`,
    only a name the head ends (not "House Speaker" of "House Speaker Mike Johnson", "Kansas City" of
    the "Kansas City Chiefs")."""
    word = f"(?i:{re.escape(head)})" if any_case else re.escape(head.capitalize())
    end = r"(?![\w'’-]|\s+[A-Z0-9]|['’]s\s+[A-Z])" if whole else ""
    pattern = _compiled(rf"\b((?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+(?=[A-Z]))?){{1,7}})({word})\b"  # ("Fire & Disaster …")
                        rf"((?:\s+(?:of|for)(?:\s+[A-Z][\w'’-]*)+)?){end}")  # (also "Brno University of Technology")
    # (with `lowered`, also a capitalised word and lower-case ones after "the" or a place: "the Tyrol
    # avalanche warning service", the name as the story writes it)
    placed = _compiled(rf"(?<![\w'’-])([A-Z][\w'’-]*\s+(?:[a-z][\w-]*\s+){{1,3}})"
                       rf"({re.escape(head)})\b(?![\w'’-]|\s+[A-Z0-9])") if lowered else None
    for text in (context.sentence[:at], *reversed(context.before)):
        found = [m for m in pattern.finditer(text) if m.group(1).strip() not in {"The", "the", "A", "An"}]
        if found:
            name = (found[-1].group(1) + found[-1].group(2) + found[-1].group(3)).strip()
            return re.sub(r"^The\s+", "", name)  # (not "The Al-Shifa Hospital")
        found = [m for m in placed.finditer(text) if _modifiers_of_a_name(m.group(1).split()[1:]) and (
                     m.group(1).split()[0].lower() in context.lex.places or _search(r"\b[Tt]he\s$", text[:m.start()])
                     and m.group(1).split()[0].lower() not in DAYS)] if placed is not None else []
        if found:
            return (found[-1].group(1) + found[-1].group(2)).strip()
    return None


# lower-case words that end a clause or start another, no modifiers inside a name
_NOT_NAME_MODIFIERS = frozenset({"and", "or", "but", "after", "before", "when", "while", "as", "in", "at", "on", "of",
                                 "for", "with", "to", "from", "by", "into", "than", "that", "which", "who", "said", "says",
                                 "say", "is", "was", "were", "are", "has", "had", "have", "be", "been", "will", "would",
                                 "its", "their", "his", "her"})


def _modifiers_of_a_name(words: list[str]) -> bool:
    """Whether lower-case words between a place's or a name's first word and its kind can be part of its
    name ("avalanche warning" of "the Tyrol avalanche warning service"): no article, conjunction,
    preposition or verb ("Kenya overwhelmed the ambulance service", "Germany after the company"); a
    hyphened "-owned" or "armed" may be ("the Lagos state-owned power company")."""
    return all(w not in DETERMINERS and w not in _NOT_NAME_MODIFIERS and
               (not w.endswith("ed") or "-" in w or w == "armed") for w in words)  # ("state-owned", "armed forces")


# the roles of an officer who speaks for his body ("a spokesman for", "co-chair of")
_OFFICER_ROLES = (r"spokes(?:man|woman|person)|head|director|chief|commander|official|coordinator|co-chair|"
                  r"chair(?:man|woman|person)?|president|secretary-general")


def _role_body(first: str, joins: str = "") -> str:
    """The body after the role ("the Health Authority in the Euphrates Region"), its first letter
    matching the class `first`; `joins`: more lower-case words that may join its words."""
    # (a unit's number before it and its own name in brackets inside it: "the 6th Infantry (Kampilan) Division")
    return r"(?:the\s+)?(?P<body>(?:\d+(?:st|nd|rd|th)\s+)?" + first + \
        r"[\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|" + _UNIT_NAME + r"|of|for|and|in|the|on" + joins + r"))*)"


_OFFICER_OF = lazy_compile(r"[^,]+?,?\s+(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}(?i:" + _OFFICER_ROLES +
                         r")\s+(?:for|of|at|with)\s+" + _role_body("[A-Z]", "|at") + "$")


_SPOKESMAN_TITLES = {"spokesman", "spokeswoman", "spokesperson", "captain", "capt", "colonel", "col", "lieutenant",
                     "lt", "major", "maj", "brigadier", "brig", "sergeant", "sgt", "commander", "cmdr", "admiral", "adm"}


def _named_spokesman(lex: Lexicon, words: list[str], context: _Context) -> Attribution | None:
    """The body whose unnamed spokesman or official spoke in one of the two sentences before, when a
    titled person now speaks ("… a Pentagon spokesman said Friday." then '"…" Captain Jeff Davis
    said'): the text names him after quoting him."""
    if context.introducing or not any(w.lower().rstrip(".") in _SPOKESMAN_TITLES for w in words[:-1]):
        return None  # (a senator or a doctor speaking next is somebody else)
    for said in reversed(context.said[-2:]):
        if said is None or said.carried:
            continue
        mention = [w.lower() for w in (said.mention or "").split()]
        if said.source_type not in {"person", "anonymous"} and said.speaker is None and mention and \
                mention[-1] in _SPOKES | {"official", "officer"}:
            return said
        return None
    return None


def _introductions(index: int, *, rules: RuleSet, context: _Context, publisher: Source | None,
                   candidate: Candidate, surname: str | None = None):
    """The titled persons sentence `index` of `context.before` introduces, last first, each as the
    attribution his words there would have if a cue followed them ("The incident prompted outrage
    from UNICEF director Anthony Lake", "Jan Egeland the UN humanitarian adviser spoke …");
    only persons called `surname` when given. Heads of state and ministers read as themselves,
    officers as their body (fixtures/gold/GUIDELINES.md), as `resolve` reads any mention."""
    text = context.before[index]
    if surname is not None and surname not in text.lower():
        return
    tokens = tokenize(text, rules)
    # the sentence as written, its spaces as read ("Anthony\u00a0Lake"), to tell a speaker the dropped commas ran together
    written = " ".join((context.written_before[index] if index < len(context.written_before) else text).split())
    earlier = replace(context, sentence=text, before=context.before[:index], written_before=context.written_before[:index],
                      history=[], said=[], introducing=True)
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        family = surname is not None and i > 0 and token.capitalised and "-" in token.text and \
            _bare_surname(tokens[i - 1].text) == surname and (i + 1 == len(tokens) or not tokens[i + 1].capitalised) \
            and _first_of_name(context.lex, f"{tokens[i - 1].text} {token.text}") is not None
        # ("Lee said" after "Jinwoo Energy Materials CEO Lee Sang-cheol …": a family name written first)
        if not token.capitalised or i == 0 or (surname is not None and _bare_surname(token.text) != surname and
                                               not family) \
                or (i + 1 < len(tokens) and tokens[i + 1].capitalised):
            continue  # (a name ends at its last capitalised word: not "Russian Foreign" of "… Foreign Ministry")
        # the span ending at the name ("UNICEF director Anthony Lake"), and the span running on to
        # the end of its apposition ("Jan Egeland the UN humanitarian adviser")
        run = next((e for e in range(i + 1, min(len(tokens), i + 10)) if not _is_name_token(context.lex, tokens[e], False)),
                   None)
        spans = []
        for end in dict.fromkeys((i + 1, run)):
            span = _span_back(context.lex, tokens, end) if end is not None else None
            if span is None or not span[0] <= i < span[1] or span[1] - span[0] < 2:
                continue
            if span[0] == 0 and is_common_word(tokens[0].text) and tokens[0].lower not in context.lex.descriptors \
                    and tokens[0].lower.rstrip(".") not in context.lex.title_stems:
                span = (1, span[1])  # "Like Noha Samira was relieved …": the sentence's first word
            first = span[0]
            while first > 1 and tokens[first - 1].capitalised and span[0] - first < 4:
                first -= 1  # "outrage from UNICEF director Anthony Lake": the body before the title
            spans += [span] if first == span[0] else [(first, span[1]), span]
        read = []
        for span in dict.fromkeys(spans):
            mention = _text(text, tokens, span)
            found = resolve(replace(candidate, mention=mention, relay=(), position=tokens[span[1] - 1].end),
                            rules=rules, context=earlier, publisher=publisher)
            if found is not None and found.speaker and found.speaker not in written:
                found = _speaker_as_written(found, written)
            if found is not None and found.source_type != "anonymous" and found.speaker and \
                    len(found.speaker.split()) >= 2 and (_bare_surname(found.speaker.split()[-1]) == _bare_surname(token.text)
                                                         or family and found.speaker.split()[-1] == token.text) \
                    and (found.source_type != "person" or any(  # a person by his title, not any name
                        w.lower().rstrip(".") in context.lex.title_stems
                        for w in [*mention.split(), *(t.text for t in tokens[span[1]:span[1] + 3])])):
                read.append(found)
        if read:  # a body he speaks for, if any reading names one
            yield next((found for found in read if found.source_type != "person"), read[0])


def _speaker_as_written(found: Attribution, written: str) -> Attribution | None:
    """`found`, read from a sentence whose commas were dropped, with its speaker cut to the last words
    the text writes together ("the mayor of Dugi Rat, Tonći Barać, told" read "Dugi Rat Tonći Barać":
    "Tonći Barać"; "Jane Fraser, Citigroup chief executive," read "Jane Fraser Citigroup": no one)."""
    words = found.speaker.split()
    name = next((" ".join(words[k:]) for k in range(1, len(words) - 1) if " ".join(words[k:]) in written), None)
    if name is None:
        return None
    if found.source != found.speaker:
        return replace(found, speaker=name)
    return replace(found, source=name, source_id=slug(name), speaker=name)


def _introduced(words: list[str], *, rules: RuleSet, context: _Context, publisher: Source | None,
                candidate: Candidate) -> Attribution | None:
    """The body a person named only by name speaks for, read where an earlier sentence introduced
    him with it ("The head of UNICEF Anthony Lake visited …", then "Lake said"). None when no
    earlier sentence ties him to a body."""
    if context.introducing:
        return None  # (one level only: an introduction is read with the rules, not with introductions)
    surname = _bare_surname(words[-1])
    # the sentences before never change: read each once per surname, the nearest introduction kept
    read, body, person = context.introductions.get(surname, (0, None, None))
    for k in range(read, len(context.before)):
        found = list(_introductions(k, rules=rules, context=context, publisher=publisher, candidate=candidate,
                                    surname=surname))  # (the last mention in the sentence first)
        body = next((f for f in found if f.source_type != "person"), body)
        person = next((f for f in found if f.source_type == "person"), person)
    context.introductions[surname] = (len(context.before), body, person)
    if body is not None:
        return body
    # else the full name he was introduced with ("Qatari Foreign Minister Khaled al-Attiya" before
    # "Attiya said"), a minister or a head of state speaking for himself
    return person if person is not None and len(words) < len(person.source.split()) else None


_NAMED_PERSON = lazy_compile(
    r"\b(?:witness|resident|man|woman|boy|girl|father|mother|activist|survivor|doctor|nurse|farmer|teacher|"
    r"student|fighter|refugee|volunteer|rescuer|worker)\s+(?:named|called)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"|^([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),?\s+\d{1,2},?\s+(?:who\s+)?[a-z]+(?:ed|s)\b"
    # ("Ahmed Ali, a 35-year-old father of three, fled Aleppo": the name, then who he is between commas)
    r"|^([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+(?:an?|the)\s+[^,]{2,60},\s+(?:who\s+)?[a-z]+ed\b")


_FEMALE_WORDS = {"woman", "girl", "mother", "wife", "widow", "daughter", "sister", "grandmother", "aunt", "niece"}
_MALE_WORDS = {"man", "boy", "father", "husband", "son", "brother", "grandfather", "uncle", "nephew"}


def _pronoun_of_other_sex(pronoun: str | None, introduction: str) -> bool:
    """Whether "he" or "she" cannot be the person `introduction` describes ("a mother of five")."""
    words = set(re.findall(r"[a-z]+", introduction.lower()))
    pronoun = (pronoun or "").lower()
    return pronoun == "he" and bool(words & _FEMALE_WORDS) and not words & _MALE_WORDS or \
        pronoun == "she" and bool(words & _MALE_WORDS) and not words & _FEMALE_WORDS


def _named_person(rules: RuleSet, text: str, pronoun: str | None = None) -> str | None:
    """The person a sentence introduces by name alone, as a witness ("A witness named Ahmad who was
    wounded …"), with his age ("Ziad 13 suffered a head injury …") or with who he is ("Ahmed Ali, a
    father of three, fled Aleppo"); None otherwise, or when `pronoun` ("he") cannot be that person
    ("Fatima Ali, a mother of five, fled with her husband." "He said …": not hers)."""
    match = _NAMED_PERSON.search(text)
    if match is None or _pronoun_of_other_sex(pronoun, match.group()):
        return None
    name = match.group(1) or match.group(2) or match.group(3)
    words = name.split()
    if any(w.lower() in DAYS | MONTHS or is_common_word(w) for w in words) or name.lower() in rules.places or \
            rules.registry.find(name) is not None:
        return None  # "Monday 13 people died", "Aleppo 12 …": no person
    return name


# a sentence opening with a person's role or description and his name set off by commas: "Santa Fe's
# Security Minister, Esteban Larrañaga, spoke …", "A spare parts dealer, Chinedu Okafor, who said …"
_APPOSED_OPENER = lazy_compile(r"\s*(?P<role>(?:[Aa]n?|[Tt]he|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}),\s+"
                               r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?:,\s|\s+who\s)")
# (its commas dropped before a relative clause's reporting verb, as the rules read it: "A spare parts
# dealer Chinedu Okafor who said he narrowly escaped …")
_DESCRIBED_OPENER_WHO = lazy_compile(r"\s*(?P<role>(?:[Aa]n?|[Tt]he)(?:\s+[a-z][\w'’.-]*){1,5})\s+"
                                     r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+who\s")


def _introduced_speaker(*, rules: RuleSet, context: _Context, publisher: Source | None,
                        candidate: Candidate) -> Attribution | None:
    """Who "he said" refers to when the sentences since the last person spoke introduced a titled
    person ("… outrage from UNICEF director Anthony Lake." "'This is a tragedy' he said"): the last
    one introduced, at most three sentences back. A sentence in which a body spoke ("according to
    the Observatory … prompting outrage from UNICEF director Anthony Lake") may introduce him; one
    in which a person spoke ends the search (the pronoun is his, as `_Context.recent` reads it)."""
    if context.introducing:
        return None
    named = _named_person(rules, context.before[-1], candidate.mention) \
        if context.before and context.said[-1:] == [None] else None
    if named is not None:
        # "A witness named Ahmad … described the moment" or "Ziad 13 suffered a head injury", then
        # '"…" he said': the person the sentence before introduced
        return Attribution(source=named, source_id=slug(named), source_type="person", speaker=named,
                           mention=candidate.mention, cue=candidate.cue, stance=candidate.stance, rule=candidate.rule)
    for k in range(len(context.before) - 1, max(-1, len(context.before) - 4), -1):
        if (context.said[k] if k < len(context.said) else None) is not None:
            break
        opener = _APPOSED_OPENER.match(context.before[k]) or _DESCRIBED_OPENER_WHO.match(context.before[k])
        name = opener.group("name") if opener is not None else None
        while name is not None and len(name.split()) > 2 and name.split()[0].lower().rstrip(".") in context.lex.title_stems:
            name = name.split(maxsplit=1)[1]  # ("The Interior Minister, General Hamidou Saley Tahirou, …": his rank)
        if name is not None and _guess_type(name) == "person" and name.lower() not in rules.places and \
                rules.registry.find(name) is None and _role_may_speak(opener.group("role")) and \
                not set(re.split(r"[\s-]+", opener.group("role").lower())) & context.lex.officer_roles:
            # "Santa Fe's Security Minister, Esteban Larrañaga, spoke at a press conference", "A spare
            # parts dealer, Chinedu Okafor, … described the blast" (then a quotation), then "… he said":
            # the person the sentence opened with (an officer is his body's, read by `_introductions`)
            return Attribution(source=name, source_id=slug(name), source_type="person", speaker=name,
                               mention=candidate.mention, cue=candidate.cue, stance=candidate.stance,
                               rule=candidate.rule + "+pronoun-introduced")
    for k in range(len(context.before) - 1, max(-1, len(context.before) - 4), -1):
        said = context.said[k] if k < len(context.said) else None
        if said is not None and (said.source_type == "person" or said.speaker or said.source_type == "anonymous"):
            return None
        found = next(_introductions(k, rules=rules, context=context, publisher=publisher, candidate=candidate), None)
        if found is not None:
            return found
        if said is not None:
            return None
    return None


# a role that introduces no one who speaks after ("The victim, John Okafor, …", "The suspect, …", "The
# late …"), or a role that names someone else's kin ("The family of the victim, …", "The wife of …")
_DEAD_WORDS = {"dead", "deceased", "late", "slain", "murdered", "killed", "drowned"}
_SILENT_ROLES = {"victim", "victims", "suspect", "suspects", "accused", "deceased", "dead", "body", "remains", "gunman",
                 "attacker", "assailant", "shooter", "bomber", "perpetrator", "family"}


def _role_may_speak(role: str) -> bool:
    """Whether a sentence that opened with `role` and a name ("A spare parts dealer, Chinedu Okafor,")
    introduced a speaker a later "he said" may stand for: not when the role's head noun is a
    victim, a suspect, the dead or a family ("The victim, John Okafor,", "The family of the victim,
    …"); the words around the head do not matter ("The brother of the victim, Musa Bello,", "A
    late-night shopper", "The dead man's cousin" speak)."""
    words = role.split()
    head = _head(words)
    at = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower().strip(",.") == head), len(words))
    # (and a head the dead qualify: "The deceased man, John Okafor,", "The slain officer, …")
    return head not in _SILENT_ROLES and not (at > 0 and words[at - 1].lower() in _DEAD_WORDS)


def _narrower(previous: Attribution, lower_words: list[str], registry: Registry) -> Source | None:
    """A registry body of the same government that the description names more exactly."""
    known = registry.get(previous.source_id)
    wanted = {w for w in lower_words if w not in DETERMINERS}
    if known is None or not wanted or any(wanted <= set(normalise_name(name).split()) for name in
                                          (known.name, *(known.aliases if known.type != "government" else ()),
                                           *((previous.mention,) if previous.mention else ()))):
        return None  # (the body that spoke is called so: "UNHCR" is "the UN refugee agency", "the ministry"
        # after "the Syrian Foreign Ministry said"; but a government's aliases hold its ministries: "the
        # ministry" after Russia is narrower)
    if known.type == "international body" and wanted <= {"agency", "organisation", "organization", "body"}:
        return None  # (a UN body is "the agency" whatever its name: OCHA, then "The agency said", is no IAEA)
    government = registry.origin(known)
    bodies = [source for source in registry.sources.values()
              if source.type != "person" and registry.origin(source) is government and
              wanted <= set(normalise_name(source.name).replace("defense", "defence").split())]
    # (one body only: "the ministry" after Syria names none of its interior and health ministries)
    return bodies[0] if len(bodies) == 1 else None


_DEPARTMENTS = {"foreign", "defence", "defense", "interior", "health", "justice", "information", "finance",
                "economy", "education", "intelligence"}


def _another_body(previous: Attribution, lower_words: list[str], registry: Registry) -> bool:
    """True when the description names another department than the body that spoke before:
    "the Russian foreign minister" after the defence ministry (or its spokesman)."""
    known = registry.get(previous.source_id)
    if known is None:
        return False
    named = {w.replace("defense", "defence") for w in lower_words} & _DEPARTMENTS
    own = {w.replace("defense", "defence") for w in normalise_name(known.name).split()} & _DEPARTMENTS
    return bool(named and own and not named & own)


# words before a description's head that do not set one body apart from another ("the same group",
# "the Britain-based monitor", "the local government")
_PLAIN_MODIFIERS = {"same", "local", "official", "main", "new", "latest", "own", "said", "above", "former", "rights",
                    "human", "armed", "militant", "rebel", "opposition", "monitoring", "state", "state-run",
                    "national", "federal", "regional", "provincial", "country's", "world", "international",
                    # what a body is called by its foes or its role, no kind: "the terror group", "the prime minister"
                    "terror", "terrorist", "jihadist", "extremist", "insurgent", "islamist", "prime"}


def _own_modifiers(lower_words: list[str], lex: Lexicon) -> list[str]:
    """The description's own words before its head that set one kind of body apart from another
    ("weather" in "the weather service", "education" in "the provincial education directorate")."""
    last = max((k for k, w in enumerate(lower_words[:-1]) if w in DETERMINERS), default=-1)
    # (an adjective of a field of knowledge names the kind, as a noun does: "the meteorological service",
    # "the geological survey"; "the regional directorate" does not)
    return [w for w in lower_words[last + 1:-1] if w not in _PLAIN_MODIFIERS and
            (not w.endswith(_ADJECTIVE_ENDINGS) or w.endswith("ical") or (w, lower_words[-1]) in _NAMING_ADJECTIVES)
            and w.isalpha() and w not in lex.places and w not in NATIONALITIES]


# adjectives that with their head name one kind of body: "the central bank" is no statistics institute
_NAMING_ADJECTIVES = {("central", "bank"), ("ruling", "party")}


# the heads of a description that names a state institution by its kind (`_own_modifiers`)
_DESCRIBED_INSTITUTIONS = {"ministry", "directorate", "service", "command", "administration", "governorate",
                           "prefecture", "municipality"}
# endings of adjectives, which describe a body without naming its kind ("the humanitarian organisation")
_ADJECTIVE_ENDINGS = ("al", "ian", "ic", "ive", "ous", "ary", "ful", "less", "ed", "ing", "ese", "ish", "-based")


def _modified_otherwise(modifiers: list[str], name: str, mention: str | None, known: Source | None) -> bool:
    """True when none of a description's own words (`_own_modifiers`) is in the names of the body it
    might refer to (its name, mention, registry name and aliases): "the weather service" is not the
    Red Cross, "the provincial education directorate" not the Interior Ministry."""
    names = " ".join([name, mention or "", *(known.aliases if known else ()), known.name if known else ""]).lower()
    return not any(_search(rf"\b{re.escape(w[:5])}", names) for w in modifiers)


_GROUP_WORDS = {"group", "organisation", "organization", "charity", "network"}
_GROUP_TYPES = {"NGO", "monitor", "armed group", "organisation", "international body"}


_CALLED_ALIKE = {"army": r"army|military|armed\s+forces", "military": r"army|military|armed\s+forces"}


def _called(text: str, source: Source, word: str) -> bool:
    """True when the text calls `source` a `word`: an alias holding it ("Syrian army"; an army by
    any of its names: "the army" after "the Sudanese Armed Forces") or followed by it within two
    words ("the YPG militia", "Kurdish YPG fighters' militia")."""
    alike = _CALLED_ALIKE.get(word.lower(), re.escape(word))
    for alias in (source.name, *source.aliases):
        if _search(rf"\b(?:{alike})\b", alias, re.IGNORECASE) and \
                _search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text, re.IGNORECASE):
            return True
        if _search(rf"(?<![\w-]){re.escape(alias)}(?:\s+\S+)?\s+{re.escape(word)}\b", text,
                     0 if alias.isupper() else re.IGNORECASE):
            return True
    return False


def _last_position(text: str, source: Source) -> int:
    lowered = text.lower()
    return max(lowered.rfind(a.lower()) for a in (source.name, *source.aliases))


def _generic_alias(mention: str, source: Source) -> str | None:
    """The lower-case alias of `source` that ends `mention` ("monitoring group"), if that is how it matched."""
    lowered = mention.lower()
    for alias in source.aliases:
        if alias.islower() and lowered.endswith(alias) and not any(
                a.lower() in lowered for a in (source.name, *source.aliases) if not a.islower()):
            return alias
    return None


def _is_country(word: str, matcher) -> bool:
    source = matcher(word)
    return source is not None and source.type == "government" and source.affiliation is None


_ENVOY_TO = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?)\s+)?(?:\b[A-Z][\w'’-]*\s+)?(?:\b(?:[Dd]eputy|[Pp]ermanent)\s+)?"
                       r"\b(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Dd]elegate)s?\s+to\s+(?:the\s+)?$")
# its titles after their first letter, one of which a text must hold for it to match (looked for first:
# the pattern, anchored at the end, is tried at every character before it fails)
_ENVOY_TITLES = ("mbassador", "nvoy", "epresentative", "elegate")


# a name opening the sentence, its description between commas, then the verb
_APPOSED_BODY = re.compile(r"\s*(?P<name>[A-Z][^,]{1,60}?),\s+(?P<apposition>(?:the|a|an)\s+[^,]{2,100}),\s+\w+")
# the same without its commas, as FA-KES writes it: "The SDF an alliance dominated by the Kurdish YPG militia said"
_APPOSED_BODY_BARE = re.compile(r"\s*(?:The\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|al-[\w'’-]+|of|for)){0,5}?)"
                                r"\s+(?P<apposition>(?:a|an)\s+[a-z][^,.]{2,100}?)\s+(?:said|says|added|reported|announced|"
                                r"claimed|stated|told)\b")


def _accredited_person(lex: Lexicon, sentence: str, candidate: Candidate, matcher) -> tuple[str | None, str] | None:
    """The envoy in "Bashar al-Jaafari, Syria's ambassador to the UN, said" or "Russian ambassador to
    the UN Vitaly Churkin said": a person accredited to the body the mention names, and his title
    as written ("The British ambassador"); the name is None when none is given. None when the
    mention names no body an envoy is sent to."""
    if not candidate.mention:
        return None
    at = sentence.rfind(candidate.mention, 0, candidate.position + 1)
    envoy = _ENVOY_TO.search(sentence[:at]) if at > 0 and any(t in sentence[:at] for t in _ENVOY_TITLES) else None
    body = matcher(candidate.mention)
    if envoy is None or body is None or body.type == "person":
        return None
    title = re.sub(r"\s+to\s+(?:the\s+)?$", "", envoy.group(), flags=re.IGNORECASE)
    after = _words_after(candidate.mention, body)
    if after:
        name = " ".join(after)
    else:
        # the name before the title: "Bashar al-Jaafari, Syria's" / "Bashar al-Jaafari Syrias"
        words = sentence[:envoy.start()].replace(",", " ").split()
        if words and words[-1].islower() and words[-1] not in DETERMINERS:
            return None, title  # "After Nikki Haley spoke the Syrian ambassador …": a clause between
        while words and (words[-1].lower() in DETERMINERS or words[-1].islower() or
                         _is_country(re.sub(r"(?:'s|’s)$", "", words[-1]), matcher) or
                         _is_country(words[-1][:-1], matcher) or words[-1].lower().rstrip(".") in lex.title_stems):
            words.pop()
        name = _person_name(lex, " ".join(words[-4:])) or ""
        name = " ".join(name.split()[-4:])
        if name and (is_common_word(name.split()[0]) or
                     len(words) > len(name.split()) and words[-len(name.split()) - 1][-1:] not in {",", '"', "”"}):
            name = ""  # "In a letter to Ban Ki-moon the Syrian ambassador to the UN said": the name
            # belongs to the clause before, not to the title (only a name opening the sentence is his)
    if not (2 <= len(name.split()) <= 4 and _guess_type(name) == "person" and
            all(w[:1].isupper() or _NAME_PREFIX.match(w) for w in name.split())):
        return None, title
    known = matcher(name)
    if known is not None and known.type != "person":
        return None, title
    return (known.name if known is not None else name), title


def _inside_another_name(lex: Lexicon, mention: str, person: Source) -> bool:
    """True when the registry person's alias sits inside another person's full name in the mention:
    "Abdelrahman" in "Brig. Gen. Hashim Abdelrahman Karrar" is not Rami Abdel Rahman."""
    for alias in sorted((person.name, *person.aliases), key=len, reverse=True):
        found = _search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", mention)
        if found is None:
            continue
        after = mention[found.end():].split()[:1]
        named = lambda w: w[:1].isupper() and w.lower().rstrip(".,") not in lex.title_stems \
            and w.lower() not in DETERMINERS and w.lower().rstrip(",") not in NATIONALITIES
        # a name runs on after the alias ("Hashim Abdelrahman Karrar"); a first name before it is no
        # proof ("Sergey Rudskoy" is Sergei Rudskoi, "Rami Abdurrahman" the Observatory's head) unless
        # it is none of his names, nor spelt like one ("Gul Rahman, a tribal elder")
        before = mention[:found.start()].split()[-1:]
        own = {w.lower() for n in (person.name, *person.aliases) for w in n.split()}
        if len(alias.split()) == 1 and before and named(before[0]) and before[0][1:].islower() and \
                before[0].lower().rstrip(".") not in lex.honorifics and before[0].isalpha() and \
                not any(len(os.path.commonprefix([before[0].lower(), w])) >= 4 or before[0].lower() == w for w in own):
            return True
        return alias != person.name and any(named(w.rstrip(",")) for w in after)
    return False


_BASED_IN = re.compile(r"\b[a-z]+[- ](?:based|headquartered)\b")  # where a body sits, not whose it is
_OWNER_WORDS = re.compile(r"[a-z]+(?:'s)?")


def _another_country(lex: Lexicon, mention: str, source: Source, registry: Registry) -> bool:
    """True when a state body the registry knows by a country-less alias ("Interior Ministry", "the
    health ministry") is named in the mention after another country ("Yemen's Interior Ministry",
    "Lebanon's health ministry")."""
    if source.type not in _STATE_TYPES | {"NGO", "monitor"}:
        return False  # (an NGO or a monitor too: "the Libyan Red Crescent" is not the Syrian Arab Red Crescent)
    lowered = mention.lower().replace("’", "'")
    found = [at for at in (lowered.find(a.lower()) for a in (source.name, *source.aliases)) if at > 0]
    if not found:
        return False
    own = _own_words(source, registry)
    before = _OWNER_WORDS.findall(_BASED_IN.sub(" ", lowered[:min(found)]))  # ("the Turkey-based network", "Turkey based")
    pairs = [f"{a} {b}" for a, b in zip(before, before[1:])]  # "costa rican", "sri lankan"
    for word in [*before, *pairs]:
        word = re.sub(r"'s$", "", word)
        for country in {word, word[:-1] if word.endswith("s") else word}:  # (FA-KES: "Yemens")
            if country not in lex.nations:
                # a people's adjective: "Libyan Red Crescent", "Yemeni army"
                country = (word not in own and _country_of_demonym(lex, word)) or country
            if country in lex.nations and not any(len(os.path.commonprefix([country, w])) >= 4 for w in own):
                return True
    return False


_STATE_OWNED = r"(?:state|state-run|state-owned|state-controlled|government-run|government-owned|government-controlled|official)"
_MEDIUM_KIND = r"(?:media|television|tv|broadcaster|news\s+agency|agency|radio|channel|newspaper|daily)"
# "<people's adjective or country's> <state-owned> [<its own name>] <medium>[ <its own name>]" (any case:
# "Iranian State TV"): "Iranian state TV", "North Korea's state media", "Belarusian state news agency Belta",
# "North Korea's official KCNA news agency", "Vietnam's state-run Tuoi Tre newspaper"
_NATIONAL_MEDIUM = re.compile(
    r"(?:[Tt]he\s+)?(?P<owner>[A-Z][^\W\d_]*(?:\s+[A-Z][^\W\d_]*)?)(?P<possessive>['’]s)?\s+"
    rf"(?P<kind>(?i:{_STATE_OWNED})(?:\s+(?P<inner>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}?))??"
    rf"(?:\s+(?i:news|television|tv|radio))?\s+(?i:{_MEDIUM_KIND}))"
    r"(?:\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))?")
# words that make a people's adjective after them name a part of a country ("South Australian")
_SUBNATIONAL = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new",
                "upper", "lower", "greater", "northeast", "northwest", "southeast", "southwest"}
_MEDIUM_OWNER = re.compile(r"(?:^|(?<=\s))((?:[A-Z][^\W\d_]*\s+)?[A-Z][^\W\d_]*(?:['’]s)?)\s+$")


def _owner_country(rules: RuleSet, owner: str, possessive: bool, *, last_word: bool = True) -> tuple[str | None, str]:
    """(country in lower case, the words of `owner` that name it) for a state medium's owner: a
    people's adjective ("Iranian", "Burkinabè", "North Korean"), a country's possessive ("North
    Korea's", "the UAE's", FA-KES's "Irans"), or its government's seat ("Tehran's"); the last word
    alone when the whole does not ("near Baghdad Iraqi state media": a place before it). A country's
    name without a possessive is a place, not an owner ("in southern Syria state media said")."""
    lex = lexicon(rules)
    words = owner.split()
    for k in range(len(words)):
        if k and (not last_word or words[0].lower() in _SUBNATIONAL or _country_of_demonym(lex, words[0].lower())):
            break  # ("Western Australian", "Northern Irish", "Turkish Cypriot": a part of a country, or another)
        word = " ".join(words[k:])
        lower = word.lower()
        country = _country_of_demonym(lex, lower)
        if country is None and (possessive or lower.endswith("s") and lower[:-1] in lex.nations):
            lower = lower if possessive else lower[:-1]
            place = rules.places.get(lower, "").lower()  # ("UAE": the United Arab Emirates)
            country = lower if lower in lex.nations else place if place in lex.nations else None
            known = rules.registry.find(word) if country is None else None
            if known is not None and known.type == "government" and known.affiliation is None:
                # ("Tehran's state TV": the seat the registry knows its government by)
                country = next((c for c, g in derived(rules, "attribution.governments", _governments).items()
                                if g is known), None)
        if country is not None:
            return country, word
    return None, ""


def _national_medium(rules: RuleSet, sentence: str, mention: str, position: int, matcher,
                     previous: Attribution | None = None) -> Source | str | None:
    """Another country's state medium as the text names it ("Iranian state TV", "Chinese state
    media", "Belta" of "Belarusian state news agency Belta", "KCNA" of "North Korea's official KCNA
    news agency"), or the registry's medium when the text names it otherwise ("Syria's state media" is
    the registry's "Syrian state media", SANA), or None (not such a medium, or one whose registry
    alias the text writes: "Syrian state TV", "Lebanese state media")."""
    lex, registry = lexicon(rules), rules.registry
    text = mention.strip()
    if re.match(_STATE_OWNED + r"\s", text, re.IGNORECASE):
        # (the span may stop after the owner: "Burkinabè state media have rejected")
        at = sentence.rfind(mention, 0, position + 1)
        owner = _MEDIUM_OWNER.search(sentence[:at]) if at > 0 else None
        if owner is None:
            return None
        text = f"{owner.group(1)} {text}"
    found = _NATIONAL_MEDIUM.fullmatch(text)
    if found is None:
        return None
    country, owner = _owner_country(rules, found.group("owner"), bool(found.group("possessive")))
    if country is None:
        return None
    text = text[text.index(owner, found.start("owner")):]  # (without a place before the owner)
    government = _government_of(rules, country)
    if any(h.type in MEDIA_TYPES and government is not None and registry.origin(h) is government
           for h in matcher.all(text)):
        return None  # (the registry's own: "Syrian state TV" is Syrian state television, not "Tehran's state TV")
    adjective = government.name.split()[0] if government is not None else ""
    if _country_of_demonym(lex, adjective.lower()) == country and owner.lower() != adjective.lower():
        # "Syria's state media", "Syria's official news agency": the registry's "Syrian state media"
        known = matcher(f"{adjective} {found.group('kind')}")
        if known is not None and known.type in MEDIA_TYPES and registry.origin(known) is government:
            return known
    # the medium's own name, with its kind when that is capitalised too ("Channel One", "Nile TV",
    # "Korean Central Television"; "KCNA" of "official KCNA news agency")
    kind_word = found.group("kind").split()[-1]
    capital_kind = kind_word[:1].isupper()
    if found.group("inner"):
        own_name = f"{found.group('inner')} {kind_word}" if capital_kind else found.group("inner")
    elif found.group("name") and capital_kind and kind_word.lower() in {"channel", "radio", "television"}:
        own_name = f"{kind_word} {found.group('name')}"
    else:
        own_name = found.group("name")
    if own_name:
        known = matcher(own_name)
        return known if known is not None and known.type in MEDIA_TYPES else own_name
    if government is not None and previous is not None and previous.source_type == "state media" and \
            (known := registry.get(previous.source_id)) is not None and registry.origin(known) is government:
        return known  # "SANA reported …" then "Syria's state media said": the same government's medium
    return re.sub(r"^[Tt]he\s+", "", text)


def state_medium_government(names: tuple[str | None, ...], rules: RuleSet) -> tuple[str, str] | None:
    """(id, name) of the government a state medium the registry does not know speaks for, read from
    the first of `names` (its name, then its mention) that names a country: "Iranian state TV" → the
    registry's Iranian government; "Jordanian state TV" and "Jordan's state TV" → the government of
    Jordan as `national_government` names it; "Belta" of "Belarusian state news agency Belta" → the
    Belarusian government. None when no name says whose it is."""
    for name in names:
        found = _NATIONAL_MEDIUM.search(name or "")
        country = _owner_country(rules, found.group("owner"), bool(found.group("possessive")))[0] \
            if found is not None else None
        if country is not None:
            return _government_key(rules, country)
    return None


_GOVERNMENT_NAME = re.compile(r"(?:[Tt]he\s+)?(?:(?P<owner>[A-Z][^\W\d_]*(?:\s+[A-Z][^\W\d_]*)?)(?P<possessive>['’]s)?"
                              r"\s+(?:(?:[Rr]uling|[Mm]ilitary|[a-z]+-(?:led|backed|aligned|allied|run|controlled))\s+)?(?:[Gg]overnment|[Jj]unta)|[Gg]overnment\s+of\s+(?:the\s+)?(?P<country>[A-Z][^\W\d_]*(?:\s+[A-Z][^\W\d_]*)*))")


def national_government(name: str, rules: RuleSet) -> tuple[str, str] | None:
    """(id, name) of a country's government the registry does not know, one for all the ways news
    names it ("the Jordanian government", "Jordan's government", "the government of Jordan" →
    ("government-of-jordan", "Government of Jordan")), or the registry's (the Iranian government)."""
    # ("Somalia's Federal Government", "the Federal Government of Somalia", "the national government":
    # the country's, unlike a state's or a region's)
    found = _GOVERNMENT_NAME.fullmatch(re.sub(r"\b(?:[Ff]ederal|[Nn]ational|[Cc]entral)\s+(?=[Gg]overnment\b)", "",
                                              name.strip()))
    if found is None:
        # a country's bare name as a government speaks ("Syria says", "Senegal said"): its government
        bare = name.strip()  # (not "the Jordan", "the Niger": rivers)
        bare = _capitals(rules).get(bare, bare) if rules.capitals else bare  # ("Kigali says": Rwanda's)
        country = bare.lower() if bare.lower() in lexicon(rules).nations else None
        return _government_key(rules, country) if country is not None and bare[:1].isupper() else None
    # (a country's name before "government" is its own: "the Kenya government", as East African papers write it)
    country, _ = _owner_country(rules, found.group("country") or found.group("owner"), True, last_word=False)
    return _government_key(rules, country) if country is not None else None


# a country's military as the text names it ("Iran's armed forces", "the Iranian army")
_NATIONAL_MILITARY = re.compile(r"(?:[Tt]he\s+)?(?P<owner>[A-Z][^\W\d_]*(?:\s+[A-Z][^\W\d_]*)?)(?P<possessive>['’]s)?\s+"
                                r"(?:armed\s+forces|army|military|defen[cs]e\s+forces)")


def national_military_government(name: str, rules: RuleSet) -> tuple[str, str] | None:
    """(id, name) of the government a country's military the registry does not know rests on
    ("Iran's armed forces", "the Iranian army": the Iranian government), as the registry's Syrian
    army rests on the Syrian government; None for any other name."""
    found = _NATIONAL_MILITARY.fullmatch(name.strip())
    if found is None:
        return None
    country, _ = _owner_country(rules, found.group("owner"), bool(found.group("possessive")), last_word=False)
    return _government_key(rules, country) if country is not None else None


def _government_key(rules: RuleSet, country: str) -> tuple[str, str]:
    known = _government_of(rules, country)
    if known is not None:
        return known.id, known.name
    display = lexicon(rules).nation_names.get(country) or country.title()
    return slug(f"government of {display}"), f"Government of {display}"


def _government_of(rules: RuleSet, country: str | None) -> Source | None:
    """The registry's government of a country (lower case): one called by the country's name
    ("Iran") or by its people's adjective ("Syrian government")."""
    return derived(rules, "attribution.governments", _governments).get(country)


def _governments(rules: RuleSet) -> dict[str, Source]:
    lex = lexicon(rules)
    found: dict[str, Source] = {}
    for source in rules.registry.sources.values():
        if source.type != "government" or source.affiliation is not None:
            continue
        for name in (source.name, *source.aliases):
            lowered = name.lower()
            first = lowered.split()[0] if lowered.split() else ""
            for country in (lowered if lowered in lex.nations else None, _country_of_demonym(lex, first)
                            if lowered == f"{first} government" else None):
                if country:
                    found.setdefault(country, source)
    return found


_DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese", "lese", "ean", "ish")


def _opposition_country(lex: Lexicon, word: str) -> str | None:
    """The country (lower case) a word before "opposition" names: its people's adjective ("Syrian"),
    its name ("Syria"), its possessive with or without the apostrophe ("Syria's", "Syrias")."""
    lower = re.sub(r"['’]s$", "", word.lower())
    if (country := _country_of_demonym(lex, lower)) is not None:
        return country
    return next((c for c in (lower, lower[:-1] if lower.endswith("s") else None) if c and c in lex.nations), None)


def _country_of_demonym(lex: Lexicon, word: str) -> str | None:
    """The country (lower case) whose people's adjective `word` is: "yemeni" → "yemen"."""
    return _demonym_tables(lex.nations, lex.demonyms)[0].get(word)


def _countries_of_word(word: str, nations: frozenset) -> frozenset:
    """The countries (lower case) `word` names, as itself or as its people's adjective."""
    return _demonym_tables(nations)[1].get(word, frozenset())


@lru_cache(maxsize=8)
def _demonym_tables(nations: frozenset, demonyms: tuple = ()) -> tuple[dict[str, str], dict[str, frozenset]]:
    """Every people's adjective the endings can spell for `nations`: the one country each names
    (the longest name first: "nigerian" is Nigeria's, not Niger's; only names of four letters or
    more), and every country each word names as itself or as an adjective; first the adjectives no
    ending spells, which rules/places.jsonl lists ("malagasy": Madagascar)."""
    first: dict[str, str] = {}
    every: dict[str, set] = {}
    for word, country in demonyms:
        if country in nations:
            first[word] = country
            every.setdefault(word, set()).add(country)
    for nation in sorted(nations, key=lambda n: (-len(n), n)):
        every.setdefault(nation, set()).add(nation)
        for word in _demonyms(nation):
            if len(nation) >= 4 and word not in nations:  # (a country's own name is no other's adjective: "mali")
                first.setdefault(word, nation)
            every.setdefault(word, set()).add(nation)
    return first, {word: frozenset(found) for word, found in every.items()}


def _demonyms(country: str) -> set[str]:
    """The people's adjectives the endings spell for a country (lower case), from its whole name or
    with a vowel or "y" dropped ("syria" → "syrian", "somalia" → "somali", "turkey" → "turkish"),
    never a consonant alone, nor two letters of a short name ("chad" gives "chadian", not "chai" or "chan")."""
    stems = [country]
    if country[-1:] in _VOWELS_AND_Y:
        stems.append(country[:-1])
    if set(country[-2:]) & _VOWELS_AND_Y and len(country) >= 6:
        stems.append(country[:-2])
    return {stem + ending for stem in stems for ending in _DEMONYM_ENDINGS}


_VOWELS_AND_Y = set("aeiouy")


def _of_nation(lex: Lexicon, name: str, nation: str) -> bool:
    """Whether a force's name opens with the country's name or its people's adjective ("Botswana
    Defence Force", "the Nigerian Army" for Nigeria; "Nigerian" is not Niger's)."""
    first = name.split()[0].lower()
    return first == nation or _country_of_demonym(lex, first) == nation


def _demonym_of(word: str, country: str) -> bool:
    """Whether `word` is the people's adjective of `country`: "libyan", "yemeni", "sudanese",
    "lebanese", "ukrainian", "turkish" (but "charity" is not Chad's)."""
    return word in _demonyms(country)


_STATE_TYPES = {"government", "military", "state media"}
_POSSESSIVE_BEFORE = re.compile(r"\b([A-Z][a-z]+)(?:'s|’s|s)\s+$")


def _possessive_nation(lex: Lexicon, sentence: str, mention: str, position: int) -> str | None:
    """ "Yemen's" in "Yemen's health ministry said": the country owning a body the mention names
    only in lower-case words (the span stops at the possessive)."""
    words = mention.split()
    if not words or any(w[:1].isupper() for w in words if w.lower() not in DETERMINERS) or \
            words[-1].lower() not in lex.descriptions:
        return None
    at = sentence.rfind(mention, 0, position + 1)
    match = _POSSESSIVE_BEFORE.search(sentence[:at]) if at > 0 else None
    if match is None:
        return None
    country = match.group(1).lower()
    if country not in lex.nations:
        country = country[:-1]  # (FA-KES: "Yemens health ministry")
    return country if country in lex.nations else None


@lru_cache(maxsize=4096)  # (asked for each mention of a state body: ~2,000 times in the train split)
def _own_words(source: Source, registry: Registry) -> frozenset:
    """The words of a body's names and its government's that can name a country ("syrian",
    "damascus"), not the words every state body's name has ("ministry", "health")."""
    origin = registry.origin(source)
    return frozenset(w for s in {source, origin} for a in (s.name, *s.aliases) for w in re.findall(r"[a-z]+", a.lower())
                     if len(w) >= 4 and w not in _GENERIC_BODY_WORDS)


_GENERIC_BODY_WORDS = {"ministry", "government", "state", "army", "forces", "news", "agency", "regime", "authorities",
                       "foreign", "defence", "defense", "health", "interior", "military", "media", "television"}


def _foreign_alias(mention: str, source: Source, registry: Registry, nations, known) -> bool:
    """Whether a state body the registry matched by a country-less alias ("the health ministry")
    belongs to a country the document never mentions, while it mentions others (`nations`)."""
    if source.type not in _STATE_TYPES | {"NGO"}:
        return False  # (an NGO too: "the Civil Defence" in Gaza is not Syria's White Helmets)
    if any(alias.isupper() and _search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", mention)
           for alias in (source.name, *source.aliases)):
        return False  # an acronym is the body's own name, not a country-less description ("UOSSM France")
    own = _own_words(source, registry)
    countries = {w: _countries_of_word(w, known) for w in own}
    country_words = {w for w, found in countries.items() if found}
    home = {n for found in countries.values() for n in found}
    if not home or home & nations:
        return False  # (a country the places do not know, or one the document speaks of too)
    return not any(len(os.path.commonprefix([w, o])) >= 4 for w in re.findall(r"[a-z]+", mention.lower())
                   for o in country_words | (own if source.type in _STATE_TYPES else set()))


def _demonym_pattern(rules: RuleSet) -> re.Pattern | None:
    """The capitalised people's adjectives, or their plurals, of the countries the places know that
    the places' own endings in `_nations` do not spell ("Egyptian", "Mexicans", "Afghan"), not
    before a word for foreigners."""
    lex = lexicon(rules)
    spelled = re.compile(r"(?:" + literal_alternation(rules.places, ignore_case=True) + r")(?:n|ns|i|is|ese)?",
                         re.IGNORECASE) if rules.places else None
    listed = {word for word, _ in lex.demonyms}  # (the endings spell short words no people is called by: "Chi")
    words = sorted((w for w in _demonym_tables(lex.nations, lex.demonyms)[0]
                    if (w in listed or len(w) >= 5) and w not in rules.places and
                    (spelled is None or spelled.fullmatch(w) is None)),
                   key=lambda w: (-len(w), w))
    if not words:
        return None
    # (not before words for foreigners: "Two Egyptian nationals were arrested" names no story's country)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w[:1].upper() + w[1:]) for w in words) + r")s?\b"
                      r"(?!\s+(?:nationals?|citizens?|tourists?|expatriates?|migrants?|embassy|ambassador)\b)")


def _nations(text: str, rules: RuleSet, dateline: str | None = None) -> tuple[str | None, frozenset]:
    """The country a text mentions most and every country it mentions, by name, by its people
    ("Syrian", "Yemeni", "Sudanese") or through a place within it (rules/places.jsonl: "Aleppo" is
    Syria), lower case. ("Hamas" is no "Hama".) The country of a city's `dateline` counts below
    any mention in the text: a bureau's city ("DAKAR (Reuters) -" over a story from Burkina Faso) is
    the story's country only when the text names no other."""
    pattern = derived(rules, "attribution.places", lambda r: re.compile(
        r"\b(?-i:(?=[A-Z]))(" + literal_alternation(r.places, ignore_case=True) +
        r")('s|’s|n|ns|i|is|ese)?\b",  # (a place is capitalised: no lower-case word is tried)
        re.IGNORECASE) if r.places else None)
    counts: dict[str, float] = {}
    for match in pattern.finditer(text) if pattern else ():
        if not match.group(1)[:1].isupper() or (match.group(1).lower() in rules.place_acronyms
                                                 and not match.group(1).isupper()):
            continue  # ("Car bombs" name no Central African Republic)
        place, seen = rules.places[match.group(1).lower()], set()
        while place in rules.place_parents and place not in seen:
            seen.add(place)
            place = rules.place_parents[place]
        # a place names where the story is; a people's adjective often names a party to it ("Israeli
        # strikes" in a story from Gaza, "Russian jets" in one from Aleppo), so it counts for less
        weight = 0.5 if match.group(2) and match.group(2)[:1] not in "'’" else 1.0
        counts[place.lower()] = counts.get(place.lower(), 0) + weight
    cities = derived(rules, "attribution.cities", lambda r: re.compile(
        r"\b(?:in|from|near|outside|around)\s+(" + literal_alternation(dict(r.cities), ignore_case=True) + r")\b",
        re.IGNORECASE) if r.cities else None)
    for match in cities.finditer(text) if cities else ():
        # "in Lusaka", "from Dhaka": a country's city the places do not hold (rules/places.jsonl "cities"),
        # named where a place is (not as a name's first word: "Aden Isak Mo'alin")
        if match.group(1)[:1].isupper():
            country = _cities(rules)[match.group(1).lower()].lower()
            counts[country] = counts.get(country, 0) + 0.5  # (as a people's adjective: often where a body sits)
    adjectives = derived(rules, "attribution.demonyms", _demonym_pattern) if not counts else None
    lex = lexicon(rules) if adjectives else None
    for match in adjectives.finditer(text) if adjectives else ():
        # no place named: a people's adjective no ending above spells ("Egyptian police raided a flat",
        # "Mexicans", "Afghan") names the story's country
        country = _country_of_demonym(lex, match.group(1).lower())
        if country is not None:
            counts[country] = counts.get(country, 0) + 0.5
    if dateline is not None:
        counts[dateline.lower()] = counts.get(dateline.lower(), 0) + 0.25
    if not counts:
        return None, frozenset()
    return max(counts, key=counts.get), frozenset(counts)


def _first_of_name(lex: Lexicon, name: str) -> str | None:
    """The family name of a person's name written family name first, after his titles: "Bae" of
    "Col. Bae Jun-ho", "Hsu" of "Hsu Ya-ting" (a hyphenated given name after it, as Korean and
    Chinese names are romanised; not "Jordan" of "Jordan Bardella", nor a place's name)."""
    words = name.split()
    while words and (words[0].lower().rstrip(".") in lex.title_stems or words[0].lower().rstrip(".") in lex.honorifics):
        words = words[1:]
    if len(words) != 2 or not words[0][:1].isupper() or "-" in words[0] or "-" not in words[1] or \
            not words[1][:1].isupper() or words[0].lower() in lex.places or words[0].lower() in lex.nations:
        return None
    return words[0]


def _given_name_of(lex: Lexicon, name: str, word: str) -> bool:
    """Whether `word` is a given name of the person `name`: one of its words before the last, after
    his titles and honorifics ("Nanang" of "Nanang Sigit Prasetyo", "Azman" of "Datuk Azman Harun"),
    not a particle ("bin", "al-") nor a place's or a country's name."""
    words = name.split()
    if len(words) < 2 or len(word) < 3 or word.lower() in lex.places or word.lower() in lex.nations:
        return False
    return word in words[:-1] and word.lower() not in _GIVEN_NAME_PARTICLES


_GIVEN_NAME_PARTICLES = {"bin", "ibn", "abu", "abdel", "abdul", "abd", "van", "von", "der", "den", "del", "della", "des",
                         "da", "dos", "das", "umm", "bint", "mac", "mc", "st"}


# the generation after a name ("Cenon Albarracin Jr."), no part of the surname
_GENERATIONS = {"Jr", "Sr", "II", "III", "IV"}


# a unit "at" the body it belongs to: "Forecasting Department at the NCM"
_UNIT_AT_BODY = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}(?:Department|Unit|Division|Office|Section|Bureau|Directorate|Desk)"
                           r"\s+at\s+(?:the\s+)?(?P<body>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and))*)")


def _spelled_out_before(name: str, history) -> Attribution | None:
    """The body that spoke before under `name` with its acronym spelled out: "Surabaya SAR Office"
    after "Surabaya Search and Rescue Office" (the words either side the same, the acronym the
    initials of the words between, small words aside)."""
    words = name.split()
    at = next((k for k, w in enumerate(words) if len(w) >= 2 and w.isupper() and w.isalpha()), None)
    if at is None:
        return None
    head, acronym, tail = words[:at], words[at], words[at + 1:]
    if not head and not tail:
        return None  # (a bare acronym is read elsewhere, where two bodies could spell it)
    for previous in reversed(history):
        if previous.source_type in {"person", "anonymous"} or previous.source == name:
            continue
        other = previous.source.split()
        if len(other) <= len(words) or other[:len(head)] != head or (tail and other[-len(tail):] != tail):
            continue
        middle = other[len(head):len(other) - len(tail)]
        initials = {"".join(w[0] for w in middle if w.lower() not in {"and", "of", "for", "the", "&"}).upper(),
                    "".join(w[0] for w in middle).upper()}  # ("SAR": Search and Rescue)
        if acronym in initials:
            return previous
    return None


def _bare_surname(word: str) -> str:
    """ "al-Jundi" and "Jundi" are the same surname."""
    return re.sub(r"^(?:al|el|ad|an|ar|as|ash|at|az)-", "", word, flags=re.IGNORECASE).lower()


# bodies of learning and care a person is "of" ("Dr. Amina Bello of Ahmadu Bello University")
_INSTITUTIONS = {"university", "college", "institute", "school", "academy", "foundation", "clinic", "laboratory"}
_BODY_WORDS = {"directorate", "ministry", "council", "army", "group", "committee", "organisation", "organization",
               "front", "coalition", "centre", "center", "office", "agency", "hospital", "crescent", "society",
               "network", "observatory", "forces", "command", "authority", "department", "movement", "brigade",
               "brigades", "militia", "party", "borders", "union", "commission", "programme", "program", "mission"}
# the last words of a body's name before "to" and its aim, read forwards and backwards ("the Coalition to
# Restore Legitimacy in Yemen", "Committee to Protect Journalists")
_NAMED_TO = _BODY_WORDS | {"campaign", "initiative", "foundation", "fund", "project", "alliance", "association"}
# the words a body's name may end in, besides `_BODY_WORDS` ("Prison Officers' Association", "Barbados
# Fire Service", "National Union of Journalists' Syndicate")
_BODY_END_WORDS = _BODY_WORDS | {
    "association", "federation", "foundation", "institute", "service", "services", "board", "bureau", "fund",
    "corporation", "syndicate", "league", "alliance", "trust", "institution", "congress", "assembly", "staff",
    "headquarters", "secretariat", "campaign", "initiative", "coalition", "project", "watch"}


# the words a longer name around a registry alias may end in (`_inside_longer_name`)
_LONGER_NAME_ENDS = _BODY_END_WORDS | {"division", "corps", "unit"}


def _is_body_name(words: list[str]) -> bool:
    """Whether capitalised words name a body: they end in a body's word ("Prison Officers'
    Association"), or a body's word opens a field of capitalised words after "of" or "for"
    ("Department of Emergency Management", "Directorate of Epidemiology, Laboratory and Research",
    "Office for the Coordination of Humanitarian Affairs")."""
    if not words or not words[0][:1].isupper():
        return False
    if words[-1].lower().strip(",") in _BODY_END_WORDS:
        return True
    for k, word in enumerate(words[:-2]):
        if word.lower() in _BODY_END_WORDS and words[k + 1].lower() in {"of", "for"}:
            field = [w.strip(",") for w in words[k + 2:]]
            return all(w[:1].isupper() or w.lower() in {"of", "for", "and", "the", "on"} for w in field) and \
                field[-1][:1].isupper()
    return False


# the words a body's name is made of, before an "of" ("Directorate of …", "Mine Action Agency of …";
# a person's name is none of them: "Pablo Beltran of the National Liberation Army")
_BODY_HEAD_WORDS = _BODY_WORDS | {head.lower() for head in _BODY_HEADS.split("|")} | {
    "league", "alliance", "rally", "congress", "assembly", "court", "bank", "people's", "republic", "united",
    "national", "democratic", "islamic", "popular", "division", "corps", "unit", "units", "guard", "police",
    "school", "college", "academy", "project", "house", "chamber", "general", "federal", "state", "mechanism",
    "system", "centre's", "office's", "defence", "defense", "protection", "civil", "human", "rights", "relief", "red"}
# the words that make the end of an officer's mention a body ("… of the Clearwater RCMP" is, by its acronym)
_OFFICER_BODY_WORDS = _BODY_HEAD_WORDS | _BODY_END_WORDS | {"police", "force", "forces", "gendarmerie", "army",
                                                            "navy", "guard", "ministry", "hospital", "red"}


def _officer_after_comma(written: str) -> tuple[str, str] | None:
    """(what stands before, the person) when the text's last comma sets a name of two to four words
    apart: "Director of the Department of Emergency Management, Ravi Balkaran" (a body's name
    before it may hold commas of its own: "Directorate of Epidemiology, Laboratory and Research")."""
    before, _, person = written.rpartition(",")
    person = person.strip()
    if before.strip() and 2 <= len(person.split()) <= 4 and _guess_type(person) == "person":
        return before.strip(), person
    return None


def _title_of_body(lex: Lexicon, mention: str, written: str = "") -> tuple[str, str] | None:
    """(body, person) in "Director of Daraa Health Directorate Abdel Wadoud al-Homsi": a title, the
    body it belongs to (ending in a word like "directorate"), then the person's name; or, when the
    text sets the name apart with a comma (`written`), any body's name before it: "Director of the
    Department of Emergency Management (DEM), Karen Alleyne-Best"."""
    split = _officer_after_comma(written) if "," in written else None
    if split is not None:
        title, person = split
        title = re.sub(r"\s*\([^)]*\)\s*$", "", title.strip())
        words = title.split()
        at = next((k for k, w in enumerate(words[:4]) if w.lower().rstrip(".") in lex.title_words
                   and k + 1 < len(words) and words[k + 1].lower() in {"of", "for"}), None)
        body = words[at + 2:] if at is not None else []
        body = body[1:] if body and body[0].lower() == "the" else body
        if _is_body_name(body):
            return " ".join(body).strip(","), person
    words = mention.split()
    at = next((k for k, w in enumerate(words[:4]) if w.lower().rstrip(".") in lex.title_words
               and k + 1 < len(words) and words[k + 1].lower() in {"of", "for"}), None)
    if at is None:
        return None
    rest = words[at + 2:]
    if rest and rest[0].lower() == "the":
        rest = rest[1:]
    while len(rest) > 3 and rest[0].islower() and (rest[0] in lex.descriptors or "-" in rest[0]):
        rest = rest[1:]  # past the words describing it: "the rebel Syrian National Army"
    return _body_then_person(lex, rest)


def _ranked_of_body(rules: RuleSet, words: list[str]) -> tuple[str, str] | None:
    """(body, person) in "Chief Inspector Darrel Whittingham of the RCIPS Traffic and Roads Policing
    Unit": a rank of a service (rules/ranks.jsonl), the officer's name, then the body he serves,
    capitalised and ending in a word like "unit" or "command"."""
    at = next((k for k, w in enumerate(words) if w.lower() == "of"), None)
    if at is None or at < 3 or at + 2 > len(words):
        return None
    before = [w.lower().rstrip(".") for w in words[:at]]
    rank = next((k for k in range(len(before) - 2, 0, -1) if _ranks_of(tuple(before[:k]), rules.ranks)), None)
    body = words[at + 2:] if words[at + 1].lower() == "the" else words[at + 1:]
    if rank is None or not 2 <= at - rank <= 4 or not body or body[-1].lower() not in _RANKED_BODY_END or \
            not all(w[:1].isupper() or w.lower() in {"and", "of", "&"} for w in body) or \
            not all(w[:1].isupper() for w in words[rank:at]):
        return None
    return " ".join(body), " ".join(words[rank:at])


# the last word of the body a ranked officer serves ("… of the RCIPS Traffic and Roads Policing Unit")
_RANKED_BODY_END = frozenset({"unit", "command", "division", "brigade", "battalion", "regiment", "station",
                              "department", "service", "directorate", "bureau", "office", "force", "police",
                              "squad", "headquarters", "district", "region", "corps"})


def _body_then_person(lex: Lexicon, words: list[str]) -> tuple[str, str] | None:
    """(body, person) in "Kurdish National Council Mustafa Sino": a body's name ends in a word like
    "council", a person's name of two to four words follows."""
    for k in range(len(words) - 2, 0, -1):
        if words[k].lower() in _BODY_END_WORDS:
            body = " ".join(words[:k + 1])
            if words[k].islower() and (all(w.lower() in DETERMINERS or w.lower() in NATIONALITIES or
                                           _country_of_demonym(lex, w.lower()) is not None for w in words[:k]) or
                                       words[k + 1].lower().rstrip(".") not in lex.title_words):
                # a people's adjective and a kind, then the body's name: "the Israeli organization Yesh Din";
                # a kind in lower case, then a name with no title: "The main Kosovo Serb party, Srpska Lista,"
                return None
            name = [w for w in words[k + 1:] if w.lower().rstrip(".") not in lex.title_words]
            person = " ".join(name)
            if 2 <= len(name) <= 4 and body[:1].isupper() and name[-1].lower() in _TERRITORIES:
                return body, None  # "The Nigerian Red Cross Society, Niger State branch,": the body's branch, no person
            if 2 <= len(name) <= 4 and _guess_type(person) == "person" and body[:1].isupper():
                return body, person
            return None
    return None


def _member_of(lex: Lexicon, mention: str, matcher) -> tuple[str, str] | None:
    """(body, person) in "Obeida al-Hamawi of the activist-run Hama Media Center", "Hamza Khatib
    the manager of Al-Quds hospital in Aleppo" or "Mohammad Sibai a spokesman for the Homs Media
    Centre"; None unless a person's name stands before a body."""
    match = _search(r"\s(of|at|for)\s+(?:the\s+)?(?:[a-z]+-[a-z]+\s+)?(.+)$", mention)
    if match is None:
        return None
    if match.group(1) == "for" and mention[:match.start()].split()[-1].lower().rstrip(".") not in lex.title_stems:
        return None  # "a spokesman for the …", but not "Syrian Obervatorty for Human Rights"
    body = re.split(r"\s(?:in|near|from)\s", match.group(2))[0].strip(" ,")
    if not body[:1].isupper():
        # "head of the political office of the Aleppo-based opposition group Fastaqim": the body is
        # named after the last "of"
        last = list(re.finditer(r"\s(?:of|at|for)\s+(?:the\s+)?", mention))[-1]
        body = mention[last.end():]
    # past the words describing it ("the Aleppo-based opposition group Fastaqim")
    words, described = body.split(), False
    while len(words) > 1 and (words[0].lower().endswith("-based") or
                              (words[0].islower() and (words[0] in lex.descriptors or "-" in words[0]))):
        described = described or words[0] in lex.descriptions or words[0] in lex.descriptors or \
            words[0].lower().endswith("-based")
        words.pop(0)
    body = " ".join(words)
    left = mention[:match.start()].split()
    while left and (left[-1].lower().rstrip(".") in lex.title_stems or left[-1].lower() in DETERMINERS or
                    left[-1].lower() in lex.descriptors or len(left) > 2 and _search(r"^\w+-(?!based$)[a-z]+$", left[-1])
                    and left[-2].lower() in DETERMINERS):
        left.pop()  # (and "the Taliban-appointed spokesman for the Kunduz police")
    while len(left) > 2 and left[0].endswith(".") and left[0].lower().rstrip(".") in lex.title_stems and \
            left[1][:1].isupper():
        left.pop(0)  # (his rank, abbreviated, before his name: "Col. Tran Duc Khoa, deputy director of …"; a
        #             "lawmaker" or "MK" still speaks for himself, read elsewhere)
    while len(left) > 2 and left[0].lower() not in DETERMINERS and (left[0].islower() or left[1].islower()) and \
            (left[0].lower() in lex.descriptors or left[0].lower() in lex.title_stems) and left[-2][:1].isupper():
        if left[0].lower() in _SELF_SPEAKING_TITLES | {"president", "president-elect", "prime", "king"}:
            return None  # (a lawmaker or a minister "of" a body still speaks for himself, read elsewhere)
        left.pop(0)  # (his role before his name, in lower case: "Rebel commander Abu Hamza of Jaish al-Izza")
    bare = [w for w in left if w.lower() not in DETERMINERS and not w.lower().endswith("-based")]
    if left and left[0].lower() in DETERMINERS and len(bare) == 1 and \
            (bare[0].lower() in NATIONALITIES or _country_of_demonym(lex, bare[0].lower()) is not None):
        return None  # "The (Madrid-based) Cuban Commission of Human Rights": a people's adjective, no person
    person = " ".join(left)
    if not (2 <= len(left) <= 4) or _guess_type(person) != "person" or matcher(person) is not None or \
            left[0].lower() in DETERMINERS or _search(r"['’]s?$", left[-1]) or \
            left[-1].lower().endswith("s") and left[-1].lower()[:-1] in lex.title_stems:
        return None  # (no person: "The Border Service of …", "The California Governor's Office of …", "the
        # Joint Chiefs of Staff": a plural title is a body's name)
    if not body[:1].isupper() or (not described and _guess_type(body) in {"person", "organisation"}
                                  and not _is_body_name(body.split())):
        return None  # (a body named after its describing words "opposition group" is a body)
    return body, person


_OUTLET_STAFF = lazy_compile(r"(?P<outlet>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:reporters|correspondents|"
                           r"journalists|photographers|crews)\b")


def _names_a_medium(lex: Lexicon, name: str) -> bool:
    """Whether the capitalised words before "reporter" name a medium ("North Press", "BIRN", "Roya"), not a
    place, a people, a faith, a region or a kind of reporter ("Aleppo-based", "Middle East", "Sunni",
    "Veteran", "Defence"): no such word, and not only common words unless the last is a medium's word."""
    words = name.split()
    lowered = [w.lower() for w in words]
    if name.lower() in lex.places or any(
            w in lex.places or w in NATIONALITIES or w in DEMONYMS or w.rstrip(".") in lex.title_words or
            w.endswith("-based") or w.startswith(("pro-", "anti-")) for w in lowered):
        return False
    return not all(is_common_word(w) for w in words) or lowered[-1] in _MEDIUM_NAME_ENDS | {"press", "media"}

# the offices of a country's own ("the Mexican foreign minister": no place before a description)
_NATIONAL_OFFICES = {"minister", "president", "diplomat", "ambassador", "envoy"}
# words before "prime minister" that are no country's ("the deputy prime minister", "a former prime minister")
_PRIME_QUALIFIERS = {"former", "ex", "then", "deputy", "acting", "interim", "caretaker", "first", "new", "late"}
# people who report for a medium ("A contributor to The New Arab", "a correspondent for AFP")
_MEDIA_WORKERS = {"reporter", "correspondent", "journalist", "photographer", "contributor"}
_OUTLET_REPORTER = lazy_compile(r"\b([A-Z][\w-]*(?:'s|’s|s)?) (?:reporter|correspondent)\b")
# a medium's reporter, named by the medium and perhaps where he is ("a North Press reporter in the area")
# (or "BIRN's reporter at the scene")
_NAMED_OUTLET_REPORTER = lazy_compile(r"(?:(?:[Aa]n?\s+|[Tt]he\s+)(?P<outlet>[A-Z][\w.-]*(?:\s+(?:[A-Z][\w.-]*|\d{1,3}))"
                                      r"{0,3})"
                                      r"|(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s)\s+"
                                      r"(?:reporter|correspondent)(?:\s+(?:in|at|on|from)\s+.+)?")
_SPOKES = {"spokesman", "spokeswoman", "spokesperson"}
# a body's acronym owning an office ("FIFA's President", "the NRA's chief executive"), also after its
# country's name ("Germany's SPD Leader")
_ACRONYM_OWNER = lazy_compile(r"(?:[Tt]he\s+)?(?:(?P<country>[A-Z][a-z]+)(?:'s|’s)\s+)?(?P<owner>[A-Z]{2,})"
                              r"(?(country)(?:'s|’s)?|(?:'s|’s))\s+(?P<titles>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2})")
_APPOSITION_PREPOSITIONS = {"of", "by", "at", "in", "for", "with", "from", "to", "on"}
# an officer of a body described in lower case: "the chairwoman of the rights group"
_OFFICER_OF_DESCRIBED = lazy_compile(r"(?:[Tt]he\s+)?(?P<role>[a-z-]+)\s+of\s+(?P<described>the\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})")
# a body's name of two to six capitalised words owning an office ("the Suez Canal Authority's chairman")
_BODY_OWNER = lazy_compile(r"(?:[Tt]he\s+)?(?P<owner>(?!The\b)[A-Z][\w-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w-]*){1,5})"
                           r"(?:'s|’s)\s+(?P<titles>[a-z-]+(?:\s+[a-z-]+)?)")
_BODY_ROLES = _SPOKES | {"commander", "chief", "head", "official", "director", "leader"}
# the titles of judges, who speak for themselves as the text names them ("District Judge Sarah Huang")
_JUDGES = frozenset({"judge", "justice", "magistrate"})
# a justice named after his court ("Supreme Court Justice Sonia Sotomayor", "High Court Chief Justice …")
_COURT_JUSTICE = lazy_compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}Court\s+(?:Chief\s+|Associate\s+)?Justice\s+"
                              r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})")


def _role_after_description(lex: Lexicon, words: list[str]) -> tuple[str, tuple, str] | None:
    """(description, its types, person) for "militia spokesman Redur Xelil" or "the army commander
    Ali Hassan": a typed description, a role, then a name of one to four capitalised words."""
    lower = [w.lower().strip(",.") for w in words]
    k = 0
    while k < len(lower) and (lower[k] in DETERMINERS or lower[k] in NATIONALITIES or lower[k] in _LEVELS_OF_STATE):
        k += 1  # ("Provincial government spokesperson Faraz Ahmed Durrani")
    j = k + 1
    while j < len(lower) and lower[j] in _PRESS_OFFICE_WORDS:
        j += 1  # ("Navy Media Spokesman Commander Dilan Pathirana")
    if j + 2 > len(lower) or lower[j] not in _BODY_ROLES:
        return None
    types = lex.descriptions.get(lower[k])
    rest = words[j + 1:]
    while len(rest) > 2 and rest[0].lower().rstrip(".") in lex.title_stems:
        rest = rest[1:]  # his rank before his name
    if not types or "person" in types or len(rest) > 4 or not all(w[:1].isupper() for w in rest):
        return None
    return lower[k], types, _person_name(lex, " ".join(rest)) or " ".join(rest)


# the level of the state a body serves, before the word for its kind ("Provincial government spokesperson")
_LEVELS_OF_STATE = {"provincial", "state", "regional", "federal", "district", "county", "municipal"}
# a described owner written with its apostrophe right before a mention: "The group's military spokesman …"
_DESCRIBED_OWNER = lazy_compile(r"(?:^|\s)[Tt]he\s+([a-z]+)(?:'s|’s)\s+$")
_OWNER_BEFORE = lazy_compile(r"(?:^|\s)((?:[A-Z][\w.-]*\s+){0,3}[\w.-]+?)(?:'s|’s|s'|s’|s)\s+$")


def _described_owner(lex: Lexicon, context: _Context, word: str, at: int) -> Source | None:
    """The registry source a possessive description names ("the organisation's", "the groups"):
    the latest one of its kinds the text mentions before offset `at`, in this sentence or the two
    before it (a speaker or not: "The Syria Civil Defence posted a video. The organisations
    spokesman said …"). An organisation or a group of no named kind is not a state ("… Turkey
    condemned the attack. The groups spokesman said" is no Turkish spokesman), nor an outlet ("… told
    Al Jazeera. The group's spokesman said" is not Al Jazeera's)."""
    kinds = lex.descriptions.get(word)
    of_kind = (lambda kind: kind in kinds) if kinds is not None else \
        (lambda kind: kind not in {"person", "government", "military"} | MEDIA_TYPES)
    # (the description itself is no mention of the body: "Kopanang Africa Against Xenophobia, a
    # coalition of civil society groups, said …" then "the coalition’s coordinator" name no "US-led
    # coalition", whose alias "the coalition" is; a body that spoke so is found by `_owner_of_kind`)
    description = _compiled(rf"(?i)\b(?:the|an?|its)\s+{re.escape(word)}s?(?:['’]s?)?(?![\w-])")
    for text in (context.sentence[:max(at, 0)], *reversed(context.before[-2:])):
        text = description.sub(" ", text)
        found = [s for s in context.matcher.all(text) if s.type != "person" and of_kind(s.type)] \
            if context.matcher and text else []
        # a body of that kind named from the text that spoke here ("Nigeria's Interior Ministry said …"
        # then "A ministry spokesman said"), not the registry's country-less body inside its name
        spoke = [Source(id=a.source_id, name=a.source, type=a.source_type) for a in context.history
                 if a.mention and a.source_type not in {"person", "anonymous"} and of_kind(a.source_type) and
                 a.mention.lower() in text.lower() and context.matcher.registry.get(a.source_id) is None and
                 word in normalise_name(a.source).split()] if context.matcher and text else []
        inside = [s for s in found if any(alias.lower() in a.name.lower() for a in spoke
                                          for alias in (s.name, *s.aliases))]
        if inside and len(inside) == len(found):
            return spoke[-1]
        if found:
            return max(found, key=lambda s: _last_position(text, s))
    return None


# titles of one office holder: "the governor" is no person the text gave another office before
_OFFICES = _SPOKES | {"governor", "mayor", "minister", "president", "ambassador", "prosecutor", "commissioner",
                      "secretary", "envoy", "chairman", "archbishop", "lawmaker", "legislator"}


# a body's name read with the role of the one who spoke for it
_ROLE_FOR_BODY = re.compile(r"(?:spokes(?:man|woman|person)|officer|head|director|chief)\s+(?:for|of)\s+(?:the\s+)?"
                            r"(?P<body>.+)")
# a person's name, then "the" and his role, the commas between them dropped
_NAME_THEN_ROLE = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,5}?[A-Z][\w'’-]+),?\s+the\s+(?P<role>.+)")
# unnamed members through whom a body named before them speaks ("KWS officials", "INGV scientists")
_BODY_MEMBERS = _SPOKES | {"source", "sources", "official", "officials", "scientist", "scientists", "experts",
                           "researchers", "engineers", "officers", "officer", "worker", "workers", "analyst",
                           "analysts", "geologist", "geologists", "paramedics", "medics"}


def _members_after_body(words: list[str], places, matcher=None) -> bool:
    """Whether `words` are a body's capitalised name and then its unnamed members written in lower case
    ("Police Command source", "KWS officials", "Kenya Wildlife Service officials"): a body's word
    before the members, an acronym alone, a name not guessed a person's, or a body the registry knows
    ("Magen David Adom paramedics"); not a place's ("… officials" of a place the rules know) nor a
    nation's ("British scientists")."""
    if len(words) < 2 or words[-1] not in _BODY_MEMBERS or not all(w[:1].isupper() for w in words[:-1]):
        return False
    body, last = " ".join(words[:-1]), words[-2].lower()
    if body.lower() in places or (last in NATIONALITIES and last not in _NAMED_KINDS):
        return False
    if len(words) == 2:
        return words[0].isupper() and words[0].isalpha() and len(words[0]) >= 2
    if last in _BODY_WORDS or _guess_type(body) not in {"person", "anonymous"}:
        return True
    known = matcher(body) if matcher is not None else None
    return known is not None and known.type not in {"person", "anonymous"}


def _named_with_title(lex: Lexicon, title: str, texts) -> str | None:
    """The person the latest of `texts` names right after `title` ("Home Minister Ali Hassan Jatoi"),
    or None."""
    pattern = _compiled(rf"(?i:(?<!vice )(?<!vice-)(?<!deputy )(?<!prime )(?<!chief )(?<!former )(?<!ex-)"
                        rf"(?<!lieutenant )(?<!assistant )\b{re.escape(title)})\s+((?:[A-Z][\w'’.-]*\s+){{1,3}}[A-Z][\w'’-]+)")
    # (not another office ending in the same word: "Vice President Kamala Harris", "Prime Minister …")
    for text in reversed(texts):
        for match in reversed(list(pattern.finditer(text))):
            name = _person_name(lex, match.group(1))
            if name and len(name.split()) >= 2 and _guess_type(name) == "person":
                return name
    return None


def _titled(people: list[str], titles, texts) -> bool:
    """Whether the texts give one of `people` one of `titles` just before the name ("Governor of the
    state, Rev. Fr. Joseph Ahule", "Police Public Relations Officer (PPRO), SP Kabiru Adamu-Lapai")."""
    if not people or not titles:
        return False
    pattern = _compiled(rf"(?i:\b(?:{literal_alternation(sorted(titles))})\b)(?!['’]s)[^.;]{{0,60}}?"
                        rf"\b(?:{literal_alternation(sorted(people))})\b")
    return any(pattern.search(text) for text in texts)


def _medium_surname(lex: Lexicon, words: list[str], source: Source, matcher) -> str | None:
    """The person's name a mention ends with when its last word is a medium's one-word name and the
    word before it a given name ("Michael Bloomberg", "Former New York mayor Michael Bloomberg",
    "Ali Spiegel"); None for the medium itself ("Bloomberg", "Der Spiegel", "Russian Interfax",
    "Britain's Guardian")."""
    if len(words) < 2 or " " in words[-1] or words[-1] not in (source.name, *source.aliases):
        return None
    given = words[-2]
    if not (given.isalpha() and given[:1].isupper() and given[1:].islower()) or \
            given.lower() in DETERMINERS | NATIONALITIES | _ANY_PARTICLES | {"der", "die", "das", "le", "les"} or \
            given.lower() in lex.places or given.lower() in lex.nations or \
            given.lower().rstrip(".") in lex.title_stems or given.lower() in lex.descriptors or \
            is_common_word(given) or matcher(given) is not None:
        return None
    return f"{given} {words[-1]}"


def _through_spokesman(owner: Source | Attribution, speaker: str | None, base: dict, rule: str) -> Attribution:
    """The attribution of a body (a registry source, or the attribution it spoke with before) speaking
    through its spokesman."""
    if isinstance(owner, Attribution):
        return replace(owner, **{**base, "via": base["via"] or owner.via, "rule": rule + "+spokesman-of"},
                       speaker=speaker)
    return Attribution(source=owner.name, source_id=owner.id, source_type=owner.type,
                       speaker=speaker, **{**base, "rule": rule + "+spokesman-of"})


_NAME_BEFORE_OWNER = lazy_compile(r"(?:^|(?<=[\s\"“]))(?P<name>(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s+"
                                  r"[Tt]he\s+[a-z]+(?:'s|’s|s|s'|s’)\s+(?:[a-z]+\s+)?$")


def _named_before_owner(lex: Lexicon, before: str, matcher) -> str | None:
    """The person named right before a possessive and its spokesman with no comma between, as FA-KES
    writes them ("Igor Konashenkov the ministry's spokesman"): the registry's name for him, else the
    name as written when it reads as a person's; None otherwise ("In Damascus the ministry's spokesman")."""
    found = _NAME_BEFORE_OWNER.search(before)
    if found is None:
        return None
    name = found.group("name")
    known = matcher(name)
    if known is not None:
        return known.name if known.type == "person" else None
    if any(w.lower().rstrip(".") in lex.title_stems for w in name.split()):
        name = _person_name(lex, name) or ""  # "Brigadier General Ali Mayhoub the armys spokesman"
        if len(name.split()) < 2:
            return None
    words = name.split()
    if _guess_type(name) != "person" or any(w.lower().rstrip(".") in lex.title_stems or is_common_word(w) or
                                             w.lower() in lex.places for w in words):
        return None
    return name


# a lower-case description's possessive or "its" right before a role ("The agency's official", "the aid
# agency's director", "Its chief"; not "Reuters'" or "Smith's"), which names the body he holds it in
_OWNER_BEFORE_ROLE = lazy_compile(r"(?:^|\s)(?:[Tt]he|[Ii]ts)\s+(?:[a-z]+\s+)?[a-z]+(?:'s|’s)\s+$|(?:^|\s)[Ii]ts\s+$")


def _owned_role(context: _Context, candidate: Candidate) -> bool:
    """Whether a role alone ("official", "director") follows a description's possessive ("The
    agency's official said", `_OWNER_BEFORE_ROLE`), which names the body he holds it in, as for its
    spokesman."""
    at = context.sentence.rfind(candidate.mention, 0, candidate.position + 1)
    return at > 0 and _OWNER_BEFORE_ROLE.search(context.sentence[:at]) is not None


def _spokesman_of(lex: Lexicon, context: _Context, candidate: Candidate, matcher) -> Source | Attribution | None:
    """The body whose spokesman the mention names, written just before it as a possessive ("Its
    spokesman": the body that spoke last)."""
    at = context.sentence.rfind(candidate.mention, 0, candidate.position + 1)
    if at > 0 and _search(r"(?:^|\s)[Ii]ts\s+$", context.sentence[:at]):
        subject = _sentence_subject(context.before[-1], person=False) \
            if context.before and context.said[-1:] == [None] else None
        if subject is not None and _guess_type(subject) != "person":
            # "The Tunisian Forum for Economic and Social Rights (FTDES), an NGO that monitors migration,
            # gave a higher estimate. Its spokesman, Ramzi Haddad, told": the body the sentence before,
            # in which nobody spoke, opened with
            return matcher(subject) or Source(id=slug(subject), name=subject, type=_guess_type(subject))
        # "Ukraine's Air Force said … Its spokesman, Col Dmytro Horbatiuk, told": the body that spoke last
        return next((a for a in reversed(context.history) if a.source_type not in {"person", "anonymous"}), None)
    owner = _OWNER_BEFORE.search(context.sentence[:at]) if at > 0 else None
    if owner is None:
        return _bare_owner(context, context.sentence[:at], matcher) if at > 0 else None
    phrase = owner.group(1)
    for name in (phrase, phrase + "s"):
        known = matcher(name)
        if known is not None:
            return known
    words = [w for w in phrase.split() if w.lower() not in DETERMINERS]  # ("The group's spokesman")
    last = words[-1].lower() if words else ""
    if last in lex.descriptions and len(words) == 1:
        # "The group's spokesman said": the body of that kind the text spoke of last, read as for
        # "The organisations spokesman said" (FA-KES drops the apostrophe)
        body = _owner_of_kind(lex, context, last, at)
        modifiers = _search(r"\b(?:the|The)\s+((?:[a-z][\w-]*\s+){1,2})$", context.sentence[:owner.start(1)])
        if body is None and modifiers is not None and context.nation and last in _BODY_WORDS | {"government", "military"}:
            # "The military government's spokesman, Major General Zaw Lin Htet, denied" in a story
            # from Myanmar: that country's body, named from the text
            name = f"{_possessive(context.nation_name)} {modifiers.group(1)}{last}"
            return Source(id=slug(name), name=name, type=_guess_type(name))
        return body
    return None


_PLURAL_OF_TRADE = re.compile(r"[A-Z][a-z]{2,}(?:ers|ists|ians|ants|ents|ors|ees)")
_REPORT_ADJECTIVES = {"unconfirmed", "unverified", "initial", "preliminary", "conflicting", "separate", "earlier"}
_PRESS_OFFICE_WORDS = {"media", "center", "centre", "office", "press", "information", "public", "relations",
                       "communications", "communication", "wing", "department"}
# the levels of government "the … government" names, and the word that marks a place of that level
# ("Plateau State", "Santa Fe province", "Kumamoto Prefecture": `_local_government`)
_GOVERNMENT_LEVELS = {"state": "state", "provincial": "province", "prefectural": "prefecture", "regional": "region",
                      "county": "county", "federal": None, "central": None, "national": None}
_PLACE_OF_LEVEL = lazy_compile(r"(?<![\w'’-])([A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|de|do|da|del|di)\s+){0,3}?)"
                               r"([Ss]tate|[Pp]rovince|[Pp]refecture|[Rr]egion|County)\b")  # ("Rio de Janeiro state")


# a capitalised word after "X State" that makes it a building's or a team's name, no place ("the Empire
# State Building"; a state's university or hospital is in that state: "Yobe State University Teaching
# Hospital"); a medium after lower-case "state" that makes it an adjective ("state media", "Yunnan
# state television"; not "Kerala state officials"); regions no government holds ("the Sahel region");
# and "Ohio State" alone, a university, where the US state is "Ohio" ("the state of Ohio")
_INSTITUTION_AFTER_PLACE = lazy_compile(r"\s+(?:Building|Tower|Park|Stadium|Fair|Buckeyes|Spartans|Sun\s+Devils)\b")
_STATE_AS_ADJECTIVE = lazy_compile(r"\s+(?:broadcaster|broadcasting|media|television|tv|radio|news|newspaper|press|"
                                   r"agency|channel|outlets?|owned|run|sponsored|controlled|of\s+emergency|oil|"
                                   r"company|companies|firm|enterprises?|visit|funeral|dinner|secrets?)\b")
_REGIONS_WITHOUT_GOVERNMENT = {"sahel", "gulf", "balkan", "balkans", "caucasus", "arctic", "pacific", "asia-pacific",
                               "mediterranean", "middle", "horn", "great", "lake", "lakes", "border", "african"}
_US_STATES_OF_UNIVERSITIES = {"ohio", "michigan", "penn", "florida", "arizona", "oregon", "iowa", "kansas", "oklahoma",
                              "mississippi", "colorado", "utah", "montana", "georgia", "boise", "kent", "ball", "fresno",
                              "san", "north", "south"}


def _local_government(context: "_Context", level: str, at: int | None = None) -> str | None:
    """The government of the place of `level` ("state", "provincial" …) the story named last, before
    the sentence or in it before the mention (at `at`): "Plateau State Government" after "in Plateau
    State"; not a name that only holds the word ("Washington State University", "the Islamic State
    West Africa Province"), nor "state" as an adjective ("the Kenyan state broadcaster")."""
    marker = _GOVERNMENT_LEVELS.get(level)
    if marker is None:
        return None
    # (a place after the mention is the scene, "said bandits killed 12 villagers in Zamfara State"; not
    # another place, anywhere: "would ask neighbouring Bauchi State for help", "fled to other states")
    after = context.sentence[at:] if at is not None else ""
    texts = (context.sentence[:at] if at is not None else context.sentence, *reversed(context.before), after)
    # (a place urged or asked to act is another state, "Governor Alia urged Nasarawa State to arrest the
    # herders", unless the story names no other; its government urged is the story's own: "Amnesty urged
    # Borno State government to investigate")
    return _local_government_in(context, texts, level, marker, strict=True) or \
        _local_government_in(context, texts, level, marker, strict=False)


def _local_government_in(context: "_Context", texts, level: str, marker: str, *, strict: bool) -> str | None:
    """`_local_government` in `texts`, nearest first; `strict`: no place urged or asked to act."""
    for text in texts:
        names = [m for m in _PLACE_OF_LEVEL.finditer(text) if m.group(2).lower() == marker and
                 not _INSTITUTION_AFTER_PLACE.match(text, m.end()) and
                 not (m.group(2).islower() and _STATE_AS_ADJECTIVE.match(text, m.end())) and
                 # (a name that began before: "the Islamic State West Africa Province")
                 not _search(r"[A-Z][\w'’-]*\s+$", text[:m.start()]) and
                 not _search(r"(?i)\b(?:neighbou?ring|other|another|unlike)\s+$", text[:m.start()]) and
                 # ("would ask Bauchi State for help"; but "urged Borno State government to investigate",
                 # "urged Borno State residents to remain calm": the story's own state)
                 not (_search(r"(?i)\b(?:ask|asked|asking|urge|urged|urging)\s+(?:the\s+)?$", text[:m.start()]) and
                      (_ASKED_FOR_HELP.match(text, m.end()) or
                       strict and not _search(r"(?i)^\s+(?:residents|people|citizens|indigenes|communities|youths|"
                                              r"government|governor|authorities|house|assembly|police|command)\b",
                                              text[m.end():])))]
        for found in reversed(names):
            words = found.group(1).split()
            while words and (words[0].lower() in DETERMINERS or words[0].lower() in PLACE_PREPOSITIONS or
                             words[0].lower() in {"and", "but", "across", "throughout"} or
                             len(words) > 1 and words[0].endswith(("'s", "’s"))):  # ("Pakistan's Khyber Pakhtunkhwa province")
                words = words[1:]
            if words and words[-1].endswith(("'s", "’s")):
                owner = words[-1][:-2]
                if any(w.lower().rstrip(".") in context.lex.title_stems for w in words) or \
                        any(a.source_type == "person" and owner in a.source.split() for a in context.history) or \
                        owner.lower() in context.lex.nations or owner.lower() in context.lex.nation_names or \
                        _is_people_word(context.lex, owner) or not _search(r"^\s+capital\b", text[found.end():]):
                    continue  # ("Nigeria's state oil company", "Governor Dauda Lawal's state capital", a person's
                    # that spoke before, "Europe's state aid rules": the country's or someone's, no place of
                    # that level)
                words = [*words[:-1], owner]  # ("Gusau, Zamfara's state capital": Zamfara; "Akwa Ibom's")
            if words and not any(w.lower() in {"state", "province", "prefecture", "region", "county"} for w in words) and \
                    not (len(words) == 1 and (words[0].lower() in NATIONALITIES or words[0].lower() in context.lex.nations or
                                              _is_people_word(context.lex, words[0]) or
                                              words[0] in {"Islamic", "Member", "Gulf"})) and \
                    not (marker == "region" and words[0].lower() in _REGIONS_WITHOUT_GOVERNMENT) and \
                    not (found.group(2) == "State" and words[0].lower() in _US_STATES_OF_UNIVERSITIES and
                         (len(words) == 1 or words[-1].lower() in {"carolina", "dakota", "diego", "jose"})):
                # (not "the Islamic State", "the Kenyan state", "a Member State", "the Gulf region")
                kind = found.group(2) if marker in {"state", "county"} else level
                return f"{' '.join(words)} {kind} government"
    return None


# what another place is asked for ("would ask Bauchi State for help", "urged Kano State to send troops")
_ASKED_FOR_HELP = re.compile(r"(?i)(?:\s+(?:government|governor|authorities))?\s+(?:for\b|to\s+(?:help|assist|send|"
                             r"provide|lend|deploy|support|contribute)\b)")
def _ruled_body(lex: Lexicon, mention: str) -> tuple[str, str | None] | None:
    """(body, speaker) of "the Hamas-run health ministry (spokesman Ashraf al-Qidra)": the body of the
    place the movement runs ("Gaza's health ministry") and its officer named after it, when no place
    is named ("… in Gaza", read elsewhere); None for a medium or a named body ("the Houthi-run Saba
    news agency", "the Hamas-run Palestinian Red Crescent", "Al-Qassam Brigades"; not the White Helmets
    for "the Hamas-run civil defence", which is Gaza's)."""
    ruled = _search(r"(?i)\b(\w+)-(?:run|led|controlled|administered)\s", mention) or \
        _search(r"(?i)\b(houthi)\s", mention)  # ("the Houthi health ministry": Yemen's, without "-run")
    if ruled is None or ruled.group(1).lower() not in _RULED_PLACES or _search(r"\sin\s+[A-Z]", mention) or \
            _RULED_PLACES[ruled.group(1).lower()].lower() not in lex.nation_names:
        return None
    rest = mention[ruled.end():].split()
    role = next((k for k, w in enumerate(rest) if w.lower() in _SPOKES | {"director", "head", "chief", "official"}), None)
    body = rest[:role] if role is not None else rest
    if not body or not (body[-1].lower() in _RULED_BODY_HEADS or
                        body[-1].lower() == "agency" and len(body) > 1 and body[-2].islower()) or \
            any(w.endswith(("'s", "’s")) or w.lower() in _MEDIUM_NAME_ENDS - {"agency"} for w in body):
        return None
    if ruled.group().rstrip().lower() == "houthi" and not {w.lower() for w in body} & {"health", "interior"}:
        return None  # (bare "Houthi" only where the registry's Syrian ministry would answer: "the Houthi government"
        #             stays as written)
    place = lex.nation_names[_RULED_PLACES[ruled.group(1).lower()].lower()]
    person = " ".join(rest[role + 1:]) if role is not None else ""
    return f"{place}'s {' '.join(body)}", person if person and _guess_type(person) == "person" else None


# an owner's medium, named: "The Houthis' Al Masirah television", "Hezbollah's Al-Manar TV"
_OWNED_MEDIUM = lazy_compile(r"(?:[Tt]he\s+)?(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s|(?<=s)['’])\s+"
                             r"(?P<medium>(?:[A-Z][\w-]*\s+){1,3}(?:television|TV|radio|channel|newspaper|daily|"
                             r"news\s+agency))")

# the place a movement runs, for "the <movement>-run health ministry" (`_ruled_body`)
_RULED_PLACES = {"hamas": "Gaza", "houthi": "Yemen", "taliban": "Afghanistan"}
# the last words of a government body's name after "<movement>-run" (`_ruled_body`)
_RULED_BODY_HEADS = {"ministry", "ministries", "defence", "defense", "office", "authority", "authorities", "government",
                     "directorate", "department", "administration", "health", "interior", "information", "bank",
                     "council"}
_AID_WORDS = {"aid", "humanitarian", "relief", "charity"}  # an agency they describe gives aid ("the humanitarian agency")
_NATIONAL_BODIES = {"government", "army", "military", "navy", "junta"}  # "the government", "the junta": the story's country's
# the last word of a body's local unit: "the union's Zonguldak Branch Chair" (`_officer_of_body`)
_BRANCH_WORDS = {"branch", "chapter"}
_STATE_BODY_WORDS = {"government", "military", "army", "air", "force", "navy", "police", "ministry", "foreign",
                     "defence", "defense", "interior", "health"}


def _spokes_body(lex: Lexicon, context: _Context, registry: Registry, matcher, before: list[str], at: int):
    """The body whose spokesman the words before "spokesman" name: a registry source, the body that
    spoke last called so, the registry body the text called so ("The Syrian army captured the town.
    Army spokesman …"), an acronym ("AFC/M23"), a state's body with its people's adjective ("Chinese
    foreign ministry", as written or as the text also writes it: "Ukraine's Air Force"; the registry's
    army for an army), or, for a state's body alone ("Government", "Air Force"), that body of the
    country named just before ("Congo's government")."""
    phrase = " ".join(before)
    known = matcher(phrase)
    if known is not None and context.nation and _foreign_alias(phrase, known, registry, context.nations, lex.nations):
        # "Red Crescent spokesperson" in a story from Libya: the Libyan one, not the Syrian one the
        # registry knows by the bare alias; the body that spoke under a longer name holding it first
        # ("Civil Defence spokesman" after "the Palestinian Civil Defence in Gaza said")
        spoke = next((a for a in reversed(context.history) if a.source_type not in {"person", "anonymous"}
                      and registry.get(a.source_id) is None
                      and _search(rf"(?i)\b{re.escape(phrase)}\b", a.source)), None)
        return spoke if spoke is not None else f"{_possessive(context.nation_name)} {phrase}"
    if known is not None:
        return known if known.type != "person" else None
    lowered = [w.lower() for w in before]
    spoke = _body_called(context, registry, " ".join(lowered))
    if spoke is not None:
        return _state_body_of(spoke, lowered, registry, lex) or spoke
    if len(lowered) == 1 and lowered[0] in lex.descriptions:
        kinds = lex.descriptions[lowered[0]] or tuple(t for t in _ALL_TYPES if t not in {"person", "anonymous"})
        mentioned = context.mentioned_last(kinds, lowered[0], at)
        if mentioned is not None:
            return mentioned
    named = _named_body(phrase, context, matcher)
    if named is not None:
        return named
    if len(lowered) == 2 and lowered[1] == "government" and lowered[0] in _GOVERNMENT_LEVELS and \
            _GOVERNMENT_LEVELS[lowered[0]] is not None:
        # "Provincial government spokesperson Faraz Ahmed Durrani": the government of the place of that
        # level the story named before ("Khyber Pakhtunkhwa"), else that level's government
        name = _local_government(context, lowered[0], at) or f"{lowered[0]} government"
        return Source(id=slug(name), name=name, type="government")
    if len(lowered) >= 2 and all(w in _STATE_BODY_WORDS for w in lowered[1:]):
        # "Ukrainian Air Force spokesperson Yuriy Ihnat": the body of the country the adjective names
        country = _country_of_demonym(context.lex, lowered[0])
        if country is not None:
            name = f"{_possessive(context.lex.nation_names.get(country, country.title()))} {' '.join(lowered[1:])}"
            known = matcher(name)
            if known is not None and (known.type != "government" or lowered[-1] == "government"):
                return known
            if lowered[-1] in {"army", "military", "forces"}:
                return _national_source(registry, country, "army") or name
            if lowered[-1] == "government":
                return name  # ("Germany's government")
            # "Chinese foreign ministry": as written, not the country's government; the text's own
            # "Ukraine's Air Force" for "Ukrainian Air Force" when it writes that too
            written = _search(re.escape(name).replace(r"\ ", r"\s+").replace("'", "['’]"),
                                " ".join([*context.before, context.written]), re.IGNORECASE)
            return written.group() if written else phrase
    country = _nearest_nation(context) if all(w in _STATE_BODY_WORDS for w in lowered) else None
    if country is None and lowered == ["government"]:
        # ("But government spokesperson Chisomo Nyirenda dismissed the claims" far from any country's
        # name, in a story from Malawi: the story's country)
        country = context.nation_name
    if country is None:
        return None
    name = f"{_possessive(country)} {' '.join(lowered)}"
    known = matcher(name)
    if known is not None and (lowered[-1] in known.name.lower() or
                              (lowered[-1] in {"army", "military"} and known.type == "military")):
        return known  # ("Syria's army" is the registry's Syrian army)
    return name  # ("Iran's foreign ministry", not the Iranian government the country's name finds)


def _state_body_of(spoke: Attribution, lowered: list[str], registry: Registry, lex: Lexicon) -> str | None:
    """"Iran condemned …. Foreign Ministry spokesman Hamid Rezaeifar said": Iran's foreign ministry, when
    the country's government spoke under another name and only a registry alias of it ("Iranian Foreign
    Ministry") holds the words; None otherwise."""
    known = registry.get(spoke.source_id)
    phrase = " ".join(lowered)
    if known is None or known.type != "government" or not all(w in _STATE_BODY_WORDS for w in lowered) or \
            phrase in f"{spoke.source} {spoke.mention or ''}".lower():
        return None
    country = next((name for name in (known.name, *known.aliases) if name.lower() in lex.nation_names), None)
    return f"{_possessive(country)} {phrase}" if country is not None else None


def _country_owned_body(lex: Lexicon, mention: str, source: Source, tail: list[str], registry: Registry):
    """The body a country owns in "Lebanon's General Security agency", "Iran's mission", "Lebanon's
    Health Ministry": named as written (a military typed so, or the registry's army of that country),
    not the country's government the registry knows by the country's name. None for any other
    mention."""
    if source.type != "government" or source.affiliation is not None or not tail or \
            tail[-1].lower().strip(",.") not in _BODY_WORDS - {"government"}:
        return None
    owner = re.match(r"^(?:[Tt]he\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?:'s|’s)\s", mention)
    if owner is None or registry.find(owner.group(1)) is not source or \
            any(h is not source and not _another_country(lex, mention, h, registry)
                for h in _registry_matcher(registry).all(" ".join(tail))):
        return None  # (another known body after it: "Iran's official IRNA news agency" is IRNA)
    head = tail[-1].lower().strip(",.")
    if head in {"army", "military", "forces"}:  # (a military, the registry's or as written: "Iran's armed forces")
        country = lex.nation_names.get(owner.group(1).lower(), owner.group(1)).lower()
        name = _clean_name(mention)
        return _national_source(registry, country, "army") or Source(id=slug(name), name=name, type="military")
    return _clean_name(mention)


def _possessive(name: str) -> str:
    """ "Syria's", "the Philippines'": a country's name as the owner of a body."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _state_body(registry: Registry, country: str, words: str) -> Source | str:
    """A country's state body an officer speaks for ("Mali's government", "Syria's army"): the
    registry's government or army of that country when it knows one, else named so."""
    head = words.split()[-1]
    known = _national_source(registry, country.lower(), head) if head in _NATIONAL_BODIES else None
    return known if known is not None else f"{_possessive(country)} {words}"


def _national_source(registry: Registry, country: str | None, word: str) -> Source | None:
    """The registry's government or army of `country` (lower case) for "the government", "the army"
    ("Syrian government", "Turkish military"): a source of that kind whose name opens with the
    country or its people's adjective."""
    if not country:
        return None
    kind = "government" if word == "government" else "military"
    for source in registry.sources.values():
        first = source.name.split()[0].lower().removesuffix("'s")
        if source.type == kind and (kind == "military" or source.affiliation is None) \
                and (first == country or _demonym_of(first, country)) \
                and _search(rf"\b(?:{_CALLED_ALIKE.get(word, re.escape(word))})\b", source.name, re.IGNORECASE):
            return source
    return None


def _nearest_nation(context: _Context) -> str | None:
    """The country named last in this sentence or the one before, by name or by its people's
    adjective ("Congo", "Ukrainian"), as the places write it; None when neither names one."""
    names = context.lex.nation_names
    for text in (context.sentence, *context.before[-1:]):
        for word in reversed(re.findall(r"\b[A-Z][a-z]+\b", text)):
            lower = word.lower()
            if lower in names:
                return word  # "Congo" (as the text calls it)
            country = _country_of_demonym(context.lex, lower)
            if country is not None:
                return names.get(country, country.title())  # "Ukrainian" → "Ukraine"
    return None


# kinds of body that "the <kind> said" may call a body the text named, spoken or not (`_institution_named_last`);
# not "agency" (a news agency or not) nor "company" (a story names its suppliers and contractors too: a helper's
# review, "the company" after "CFM International Inc.")
# kinds a body's name may open rather than end ("the Committee to Protect Journalists", "the Office of the
# Public Defender"): "the committee said" is that body
_KINDS_NAMED_FIRST = {"mission", "association", "organisation", "organization", "institute", "agency", "centre",
                      "center", "society", "party"}
_NAMED_KINDS = {"authority", "council", "commission", "department", "directorate", "office", "bureau", "board",
                "committee", "federation", "association", "union", "service", "ministry", "government", "command"}
# the kinds "the <kind> said" names a body by, when the text named one so (`_institution_named_last`)
_CALLED_BY_KIND = _BODY_WORDS & (_NAMED_KINDS | _KINDS_NAMED_FIRST)
# the words a body is called by alone after "the" ("…, the authority said", "the force said")
_BARE_KINDS = _BODY_WORDS | _NAMED_KINDS | {"force"}
# the kinds of body "The <kind> said" names, unnamed when the text named none ("The team said")
_UNNAMED_BODY_KINDS = frozenset({"team", "court", "tribunal", "institute", "university", "fund", "foundation",
                                 "federation", "board", "school", "college", "academy", "airline", "regulator",
                                 "embassy", "consulate", "battalion", "brigade", "panel", "bureau", "insurer",
                                 "prison", "clinic", "laboratory", "firm", "utility", "operator"})


def _body_called(context: _Context, registry: Registry, word: str) -> Attribution | None:
    """The body that spoke last whose name, or the mention it spoke with, holds `word` ("mission"
    for MINUSCA, known as the "UN mission in the Central African Republic"). (A description of a
    body that did not speak, "militia spokesman Redur Xelil", is read further on.)"""
    pattern = re.compile(rf"\b{re.escape(word)}s?\b")
    defined = None
    for attribution in reversed(context.history):
        if attribution.source_type in {"person", "anonymous"}:
            continue
        known = registry.get(attribution.source_id)
        names = [attribution.source, attribution.mention or "", *(known.aliases if known else ())]
        if known is None and attribution.source.replace("-", "").isalpha() and attribution.source.isupper():
            # "BNP-M central information secretary … condemned" then "The party announced": the name the
            # text spelled the acronym out as ("the Balochistan National Party-Mengal (BNP-M)")
            defined = _defined_acronyms(" ".join(context.before)) if defined is None else defined
            names.append(defined.get(attribution.source, ""))
        if any(pattern.search(name.lower()) for name in names):
            return attribution
    return None


def _introduced_anew(name: str, context: _Context) -> bool:
    """Whether the sentence introduces a one-word name with an apposition of its own ("Hassan, a
    baker in the town, said"), so that he is a new person, not an earlier or registry speaker of
    that surname."""
    return _search(rf"\b{re.escape(name)},\s+(?:(?:a|an)\s+[a-z]|\d{{1,3}},)", context.written) is not None


def _named_since(word: str, speaker: str, before: list[str]) -> bool:
    """Whether a name other than `speaker` with `word` in it ("Hassan Andrew") is written after the
    last time the text wrote `speaker`, so that `word` alone may be that other person."""
    text = " ".join(before)
    at = text.rfind(speaker)
    names = re.finditer(rf"(?:[A-Z][\w'’-]+\s+)*{re.escape(word)}(?:\s+[A-Z][\w'’-]+)*", text[max(at, 0):])
    return any(len(others) > 0 and found.group() not in speaker for found in names
               for others in [[w for w in found.group().split() if w != word and w.lower() not in _NOT_A_NAME]])


# capitalised words next to a name that are no part of it ("Yesterday Nanang said")
_NOT_A_NAME = DAYS | {"the", "but", "and", "on", "in", "at", "yesterday", "today", "meanwhile", "when", "after",
                      "as", "while", "then", "later", "earlier", "also", "said", "says", "told"}


_KNOWN_ONLY_AS = lazy_compile(
    r"\b(?:surnamed\s+|"  # "a 61-year-old resident of Wolgot-myeon surnamed Kim"
    r"who\s+(?:asked|wished|wanted|agreed|preferred)\s+to\s+be\s+(?:identified|named|called)\s+"
    r"(?:only\s+(?:by\s+(?:his|her|their)\s+(?:first\s+name|nickname|kunya)\s*,?\s+)?as|by\s+the\s+(?:pseudonym|name))\s+)"
    r"([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|al-[\w'’-]+|bin|abu|Abu|Umm)){0,3})")


# a person's name set off by a comma after an inverted cue's unnamed speaker, ending the sentence or
# followed by a comma ("… said a resident, Ahmed Musa.", "… said one doctor, Sara Ali, who …")
_NAME_AFTER_DESCRIPTION = lazy_compile(r",\s+((?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+)\s*(?:[,.;]|$)")


def _name_apposed_after(lex: Lexicon, sentence: str, candidate: Candidate) -> str | None:
    """The name after an inverted cue's one unnamed person ("said a resident, Ahmed Musa"), None else."""
    words = candidate.mention.lower().split()
    if not candidate.rule.startswith("attr.inverted-cue") or len(words) != 2 or words[0] not in {"a", "an", "one"} \
            or words[1] not in lex.unnamed_persons:
        return None
    return _person_set_off(lex, sentence, candidate)


def _person_set_off(lex: Lexicon, sentence: str, candidate: Candidate) -> str | None:
    """The person's name set off by a comma right after the candidate's mention (`_NAME_AFTER_DESCRIPTION`),
    None when there is none or the words are a day or a place ("said a resident, Port Harcourt", "North
    Kivu Province")."""
    at = sentence.find(candidate.mention, candidate.position)
    found = _NAME_AFTER_DESCRIPTION.match(sentence, at + len(candidate.mention)) if at >= 0 else None
    if found is None or _guess_type(found.group(1)) != "person" or found.group(1).lower() in lex.places or \
            any(w.lower() in lex.places or w.lower() in DAYS | MONTHS or w.lower() in _TERRITORIES
                for w in found.group(1).split()):
        return None
    return found.group(1)


# words of a cabinet office before its title ("Prime Minister", "Supreme Leader", "Home Secretary")
_CABINET_WORDS = {"prime", "supreme", "deputy", "vice", "chief", "home", "finance", "economy", "justice", "education",
                  "trade", "energy", "environment", "transport", "culture", "labour", "labor", "state"}
# titles whose holder speaks for himself after a country's name ("France's President, Emmanuel Macron")
_HEADS_OF_STATE = {"president", "leader", "chancellor", "secretary", "king", "queen", "emir", "premier", "monarch",
                   "sultan", "prince", "ruler"}


def _office_word(lex: Lexicon, word: str) -> bool:
    """Whether a word names an office: a title or an officer's role, hyphened parts too
    ("Director-General"), or the "executive" of "chief executive"."""
    return all(part in lex.title_stems or part in lex.officer_roles or part == "executive"
               for part in word.lower().rstrip(".,").split("-"))


def _country_owner(lex: Lexicon, word: str) -> bool:
    """Whether a possessive names a country ("France's", "Britain's")."""
    owner = re.sub(r"['’]s$", "", word)
    return owner in _STATE_ACRONYMS or owner.lower() in lex.nations or owner.lower() in lex.nation_names or \
        _country_of_demonym(lex, owner.lower()) is not None  # (a state's acronym too: "the PRC's President")


def _named_after_title(lex: Lexicon, sentence: str, candidate: Candidate) -> tuple[str, bool] | None:
    """The name set off after an inverted cue's owner's title, ending the sentence ("said Amnesty's
    Regional Director, Montse Ferrer.", "said France's President, Emmanuel Macron."), and whether
    the holder speaks for himself (a minister, or a country's head: "Russia's Foreign Minister",
    "Britain's Foreign Secretary"); None else."""
    words = (candidate.mention or "").split()
    words = words[1:] if words[:1] in (["the"], ["The"]) else words  # ("said the WHO's Director-General, …")
    if not candidate.rule.startswith("attr.inverted-cue") or len(words) < 2 or \
            not words[0].endswith(("'s", "’s")) or not _office_word(lex, words[-1]):
        return None
    title = words[-1].lower().rstrip(".")
    # (a body between the owner and the title makes him its officer: "Lebanon's Hezbollah Leader, …")
    office = all(w.lower() in lex.title_stems or w.lower() in _STATE_BODY_WORDS or w.lower() in _CABINET_WORDS
                 for w in words[1:-1])
    own = office and (title in _SELF_SPEAKING_TITLES or title in _HEADS_OF_STATE and _country_owner(lex, words[0]))
    name = _person_set_off(lex, sentence, candidate)
    return (name, own) if name is not None else None


def _known_only_as(sentence: str, mention: str) -> str | None:
    """The name an unnamed speaker goes by in "a 52-year-old mother of four who asked to be
    identified only as Umm Khaled", right after the mention."""
    at = sentence.find(mention)
    if at < 0:
        return None
    found = _KNOWN_ONLY_AS.search(sentence, at + len(mention))
    if found is None or found.start() - (at + len(mention)) > 60:
        return None
    return found.group(1)


_BARE_OWNER = lazy_compile(r"(?:^|\s)(?:a|an|the|A|An|The)\s+([A-Z0-9][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})\s+$")


def _bare_owner(context: _Context, before: str, matcher) -> Source | Attribution | None:
    """The body named right before "spokesman" with no possessive: "a 3R spokesman, Abakar Moussa"
    (a registry source, an acronym of a body that spoke before, or a name from the text that is
    no person, nationality or place)."""
    found = _BARE_OWNER.search(before)
    if found is None:
        return None
    name = found.group(1)
    known = matcher(name)
    if known is not None:
        return known if known.type != "person" else None
    if name.lower() in NATIONALITIES or name.lower() in context.lex.places:
        return None
    spoke = _acronym_of(name, context)
    if spoke is not None and spoke.source_type != "person":
        return spoke
    if any(c.isdigit() for c in name) or (name.isupper() and len(name) >= 2):
        return Source(id=slug(name), name=name, type="organisation")
    return None


# (a name may hold "of the": "the Ministry of Interior of the Islamic Emirate"; an owner in lower case
# before it is not the body: "the army's Second Division")
_ROLE_WITH = lazy_compile(r"(?:,\s*|\s+)(?:an?|the)\s+((?:[a-z][\w-]*\s+){1,4}?)(?:working\s+)?(?:with|for|at|of)\s+(?:the\s+)?"
                        r"(?:[a-z]+(?:'s|’s)\s+(?=[A-Z]))?"
                        r"([A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z][\w’'-]*|"
                        r"(?:for|of)\s+the(?=\s+[A-Z])|for|of|to(?=\s+[A-Z])|and|de|du|des|sans|Sans))*)")
_ROLE_OWNED = lazy_compile(r",\s+(?:(the)\s+([a-z]+)|([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4}))(?:'s|’s)\s+((?:[a-z][\w-]*\s*){1,3})")


# a spokesman's role for a body the text describes by its kind: ", a spokesman for the rebel alliance"
_ROLE_FOR_DESCRIBED = lazy_compile(
    r",\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}(?:spokes(?:man|woman|person)|representative)\s+(?:for|of)\s+the\s+"
    r"(?:[a-z-]+\s+){0,2}(group|alliance|movement|coalition|militia|rebels|organisation|organization)\b")


def _trailing_role(lex: Lexicon, context: _Context, candidate: Candidate, matcher, registry: Registry):
    """(body, person) when an inverted cue's speaker is followed by his role in a body: ", an access
    coordinator with OCHA" (or without its comma, as FA-KES prints it: "said Jens Laerke a spokesman for
    OCHA"), ", a paediatrician working with Médecins Sans Frontières", ", NRC's
    country director", ", the group's area manager". The body is a registry source, a name from the
    text (not a person's), or the body of that kind the text spoke of last."""
    at = context.sentence.find(candidate.mention, candidate.position)
    if at < 0:
        return None
    rest = context.sentence[at + len(candidate.mention):]
    person = _clean_name(candidate.mention)
    if _guess_type(person) != "person":
        return None
    person = _person_name(lex, person) or person  # ("Dr Rania Haddad")
    with_body = _ROLE_WITH.match(rest)
    if with_body is not None and _speaks_for_himself(with_body.group(), with_body.group()):
        return None  # (", a visiting fellow at the ISEAS-Yusof Ishak Institute": a scholar, himself)
    if with_body is not None and not any(w in lex.places for w in with_body.group(1).split()):
        name = with_body.group(2).rstrip(".,")
        known = matcher(name)
        if known is not None and known.type != "person":
            return known, person
        if _guess_type(name) != "person" or name.isupper():
            return name, person
        return None
    described = _ROLE_FOR_DESCRIBED.match(rest)
    if described is not None:
        # '"…," said Lawrence Kanyuka, a spokesman for the rebel alliance.' after "M23 rebels … said": the body
        # that spoke last, which the description calls so
        # (a state is no group, movement or rebels, and the body spoke in the last three attributions)
        last = next((a for a in list(reversed(context.history))[:3]
                     if a.source_type not in {"person", "anonymous", "government", "military"} | MEDIA_TYPES), None)
        kinds = lex.descriptions.get(described.group(1).lower())
        if last is not None and (kinds is None or last.source_type in kinds or
                                 last.source_type in {"organisation", "armed group"}):  # (a body the text alone names)
            return registry.get(last.source_id) or last.source, person
        return None
    written = context.written or context.sentence  # (the reading may drop the apposition's commas)
    at_written = written.find(candidate.mention)
    police = _search(r"^,\s+(" + _POLICE_ROLE_INSERTED.pattern + r")\s*(?:[.,;]|$)",
                     written[at_written + len(candidate.mention):]) if at_written >= 0 else None
    if police is not None:
        # '"…," said Charles Owino, police spokesman.': the force, as when the role is inserted before the cue
        force = _police_force(context, len(context.sentence))
        return (Source(id=force.source_id, name=force.source, type=force.source_type)
                if isinstance(force, Attribution) else Source(id=slug(force), name=force, type="government")), person
    roles = lex.title_words | _BODY_ROLES | {"manager", "coordinator", "officer"}
    owned = _ROLE_OWNED.match(rest)
    if owned is None:
        named = _ROLE_NAMED.match(rest)
        # ", MSF head of mission in Sudan", ", a B'Tselem spokesperson": the body's name, then the role
        role = [w.lower() for w in named.group(2).split()[:3]] if named is not None else []
        if not any(w in roles for w in role):
            return None
        name = re.sub(r"(?<=\w)['’]s$", "", named.group(1))  # (", the Traffic Police's regional head": the police)
        if name.lower() in NATIONALITIES or name.lower() in lex.places or name.lower() in lex.nations:
            return None
        body = _named_body(name, context, matcher)
        if body is None and any(w in _SPOKES | {"head", "director", "chief"} for w in role):
            body = name  # "a B'Tselem spokesperson": whose spokesperson he is
        return (body, person) if body is not None else None
    role = owned.group(4).split()
    if not any(w.rstrip(".,").lower() in roles for w in role):
        return None
    if owned.group(2):
        word = owned.group(2).lower()
        # (a kind the descriptions do not hold: the body that spoke last called so, "the union's")
        body = _owner_of_kind(lex, context, word, candidate.position) if word in lex.descriptions else \
            _body_called(context, registry, word)
        return (body, person) if body is not None else None
    body = _named_body(owned.group(3), context, matcher)
    return (body, person) if body is not None else None


_ROLE_NAMED = lazy_compile(r",\s+(?:(?:an?|the)\s+)?([A-Z][\w.’'/-]*(?:\s+[A-Z][\w.’'/-]*){0,3})\s+((?:[a-z][\w-]*\s*){1,4})")


def _named_body(name: str, context: _Context, matcher) -> Source | Attribution | str | None:
    """The body a name stands for: a registry source (no person), the body that spoke before whose
    initials it spells, or itself when it is an acronym ("NRC", "AFC/M23")."""
    known = matcher(name)
    if known is not None and known.type != "person":
        return known
    spoke = _acronym_of(name, context)
    if spoke is not None and spoke.source_type != "person":
        return spoke
    return name if sum(c.isupper() for c in name) >= 2 and name.replace("/", "").replace("-", "").isupper() \
        and len(name) >= 2 else None


def _owner_of_kind(lex: Lexicon, context: _Context, word: str, at: int) -> Source | Attribution | None:
    """The body a possessive description names ("the group's", "the ministry's"): the registry
    source of that kind mentioned last (`_described_owner`), else the body of that kind that spoke
    last, named from the text and unknown to the registry."""
    known = _described_owner(lex, context, word, at)
    if known is not None:
        return known
    if word in {"ngo", "charity"}:
        # "The Spanish NGO Caminando Fronteras …. '…,' the NGO's coordinator said": the body the text
        # introduced by that word, the last before `at` (not another body that spoke since)
        named = _introduced_by_kind(context, word, at)
        if named is not None:
            return named
    kinds = lex.descriptions.get(word) or tuple(t for t in _ALL_TYPES if t not in {"person", "anonymous"})
    # (not a body named from the text whose name calls it another kind: "the government spokesperson"
    # after "according to the port authority" is no officer of the port authority; a registry body is
    # exempt, `_Context.recent`, since its canonical name may be of another kind than the story calls
    # it: "the military" for the Russian Defence Ministry)
    recent = context.recent(tuple(k for k in kinds if k != "person"), called=word)
    # "a forecaster at the agency" after the Ghana Meteorological Agency spoke: the body whose own name
    # ends in the word, of whatever kind, unless one of the word's kinds that the word names spoke since
    for attribution in reversed(context.history):
        if attribution is recent and word in normalise_name(recent.source).split():
            break
        if attribution.source_type not in {"person", "anonymous"} and \
                normalise_name(attribution.source).split()[-1:] == [word]:
            return attribution
    return recent


# a body's name after the word for its kind: "the Spanish NGO Caminando Fronteras", "the charity Save the
# Children", "the charity Utopia 56"; with "to", "in" and "and" only when the text spells it out before
# its acronym: "The Catholic charity Aid to the Church in Need (ACN)"
_NAMED_AFTER_KIND = lazy_compile(r"\b(?P<kind>NGO|[Cc]harity)\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\d+\b(?![,.]\d)"
                                 r"(?!\s+(?:years?|months?|days?|weeks?|hours?|percent|per|people|dead|%))|de|del|la|for|of|the)){0,5})"
                                 r"(?<!\sde)(?<!\sdel)(?<!\sla)(?<!\sfor)(?<!\sof)(?<!\sthe)")
_SPELLED_AFTER_KIND = lazy_compile(r"\b(?P<kind>NGO|[Cc]harity)\s+(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|de|del|la|for|of|the|to|in|and)){1,7})"
                                   r"\s+\((?P<acronym>[A-Z]{2,6})\)")
# what follows "NGO" or "charity" that is no body's name: "the NGO Act", "a charity Christmas lunch"
_NOT_NAMED_AFTER_KIND = {"act", "law", "bill", "regulations", "rules", "code", "christmas", "easter", "ramadan", "eid",
                         "day", "week", "gala", "fun", "run", "ball", "concert", "dinner", "lunch", "sector", "status",
                         "worker", "workers", "coalition", "forum", "network", "registration", "commission"}
# the last word of a law's, a regulator's or an event's name after the word: "the NGO Coordination Act",
# "the NGO Regulatory Commission Bill", "the charity Mind Week campaign"
# (not "Campaign", "Commission", "Appeal", "Bureau": the Treatment Action Campaign, the Kenya Human Rights
# Commission, Penny Appeal are NGOs)
_NOT_NAME_ENDS = {"act", "bill", "regulations", "rules", "code", "amendment", "policy", "directive", "day", "week",
                  "gala", "ball", "concert", "dinner", "lunch", "sector", "registrar"}


def _person_apposed(lex: Lexicon, after: str) -> bool:
    """Whether the words after a name set off who the person is ("…, a resident of Kibera,", "…, 34,"),
    not what a body is ("…, a group that helps migrants,")."""
    match = _search(r"^,?\s+(?:(?:a|an)\s+(?P<words>[\w\s-]+?)(?=\s*(?:,|\bwho\b|\bthat\b|\bbased\b|\bin\b|\bof\b|"
                    r"\bfrom\b|\bsaid\b|$))|\d{1,3}\b)", after)
    if match is None:
        return False
    head = match.group("words").split()[-1].lower() if match.group("words") else None
    return head is None or head in lex.unnamed_persons  # (the last word: "a refugee charity", "a local resident")


# words that make an agency's name a news agency's ("Xinhua News Agency", "Associated Press Agency")
_NEWS_AGENCY_WORDS = frozenset({"news", "press", "information", "telegraph", "wire"})


def _agency_named_last(context: "_Context", matcher, at: int) -> str | None:
    """The agency the text named last before `at` ("the National Disaster Management Agency"), for "the
    agency said"; None when any registry medium is named before `at` ("the agency" may as well be a news
    agency), or when the agency named last has a word of `_NEWS_AGENCY_WORDS` in its name ("Pajhwok News
    Agency") or is typed a medium."""
    if any(s.type in MEDIA_TYPES for text in (*context.before, context.sentence[:at]) for s in matcher.all(text)):
        return None
    named = _institution_named_last(context, ("agency",), at)
    if named is None or any(w.lower() in _NEWS_AGENCY_WORDS for w in named.split()):
        return None
    return named if _guess_type(named) not in MEDIA_TYPES else None


def _introduced_by_kind(context: "_Context", word: str, at: int) -> str | None:
    """The body the text introduced by the word for its kind ("the Spanish NGO Caminando Fronteras",
    "the charity Save the Children"), the last before `at`, for "the NGO said", "the NGO's coordinator"
    (not a name that only follows the word: "Nurse Charity Mwangi", "the NGO Act of 2019")."""
    for text in (context.sentence[:at], *reversed(context.before)):
        named = []
        for m in _NAMED_AFTER_KIND.finditer(text):
            if m.group("kind").lower() != word:
                continue
            if m.group("kind") == "Charity" and (
                    not _search(r"(?:^|[\s\"“‘'(])(?:The|A|An)\s+$|^\s*[\"“‘'(]?$", text[:m.start()]) or
                    _search(r"^\s*[\"“‘'(]?$", text[:m.start()]) and _person_apposed(context.lex, text[m.end():])):
                continue  # ("Nurse Charity Mwangi", "said nurse Charity Mwangi", "Charity Ngugi, a resident,": a
                # name, not a kind; but "Charity Utopia 56 said" opening a sentence, the text speaking of a
                # charity after it)
            spelled = _SPELLED_AFTER_KIND.match(text, m.start())
            name = spelled.group("name") if spelled is not None and \
                _initials(spelled.group("name")) == spelled.group("acronym") else m.group("name")
            first = name.split()[0].lower()
            if first in DAYS | MONTHS or first in _NOT_NAMED_AFTER_KIND or name.split()[-1].lower() in _NOT_NAME_ENDS:
                continue
            named.append(name)
        if named:
            return named[-1]
    return None


def _acronym_of(name: str, context: _Context) -> Attribution | None:
    """The source that spoke before whose initials the acronym spells ("NRC" after "the Norwegian
    Refugee Council said")."""
    if not (name.isupper() and 2 <= len(name) <= 6):
        return None
    for attribution in reversed(context.history):
        if _initials(attribution.source) == name:
            return attribution
    return None


def _initials(name: str) -> str:
    """The first letters of a name's capitalised words: "JCS" of "Joint Chiefs of Staff"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


_NO_WORD_BEFORE = re.compile(r"(?<!\w)")  # (matched at a position, it still sees the text before it)
_WORD_ENDS = re.compile(r"(?:'s|’s|s)?(?!\w)")


def _whole_word_at(word: str, text: str) -> int:
    r"""Where `re.search(r"(?<!\w)" + re.escape(word) + r"(?:'s|’s|s)?(?!\w)", text)` would start,
    or -1: the same places tried in the same order, without a pattern compiled for every name (a
    registry's aliases are thousands)."""
    at = text.find(word)
    while at >= 0:
        if _NO_WORD_BEFORE.match(text, at) and _WORD_ENDS.match(text, at + len(word)):
            return at
        at = text.find(word, at + 1)
    return -1


def _leading_person(lex: Lexicon, mention: str, source: Source, matcher) -> str | None:
    """The person in "Rami Abdulrahman who runs the Syrian Observatory …": a name before the source."""
    lowered = mention.lower()
    # (whole words: "US" is not the "us" of "White House"; also "MSFs head of mission", as FA-KES prints it)
    found = (_whole_word_at(name.lower(), lowered) for name in (source.name, *source.aliases))
    at = min((start for start in found if start > 0), default=-1)
    if at <= 0:
        return None
    run = []
    for word in mention[:at].split():
        if not (word[:1].isupper() or _NAME_PREFIX.match(word)):
            break
        if len(run) >= 2 and word.lower().rstrip(".") in lex.title_stems:
            break  # "Nasr al-Hariri Secretary General of the Syrian Coalition": the name ends at the title
        run.append(word)
        if word.endswith(","):
            break  # "Hashim Karrar, a spokesman for the …": the name ends at its comma
    name = " ".join(run).rstrip(",")
    if any(w.lower() in DETERMINERS or w.lower() in lex.descriptors or w.lower().endswith("-based") or
           w.lower() in NATIONALITIES for w in run):
        return None  # "The Britain-based Human Rights' Observatory": a description, not a person
    known = matcher(name)
    if known is not None and known.type == "person" and _inside_another_name(lex, name, known):
        known = None  # (another person's name holding a registry surname)
    if 2 <= len(run) <= 4 and known is None and _guess_type(name) == "person":
        return name
    return None


def _words_after(mention: str, source: Source) -> list[str]:
    """The words of `mention` after the registry name of `source` found in it."""
    lowered = mention.lower().replace("’", "'")
    best = -1
    for name in (source.name, *source.aliases):
        at = lowered.find(name.lower())
        if at >= 0:
            best = max(best, at + len(name))
    if best < 0:
        return []
    own = {name.lower() for name in (source.name, *source.aliases)}
    return [w for w in mention[best:].replace(",", " ").split() if w not in {"'s", "s"}
            and not (w[:1] == "(" and w[-1:] == ")" and w[1:-1].lower() in own)]  # ("… Refugees (UNRWA)")


def _institution(words: list[str], matcher, places=()) -> str | None:
    """The institution in "a source at Aleppo Police Command" (not a place: "a source in Daraa")."""
    for k, word in enumerate(words):
        if word.lower() in {"at", "in", "from", "within", "inside", "of"} and 0 < k < len(words) - 1:
            rest = " ".join(words[k + 1:])
            rest_words = rest.split()
            while rest_words and rest_words[0].lower() in LEADING_DROP:
                rest_words = rest_words[1:]
            rest = " ".join(rest_words)
            if not rest:
                return None
            rest = re.split(r"\s(?:near|in|outside|north|south|east|west)\b", rest)[0]
            if rest.lower() in places:
                return None  # "residents of Daraya near Damascus": a place, no institution
            capitalised = rest[:1].isupper() or bool(_ARABIC_ARTICLE_NAME.match(rest))  # ("… at al-Ahli Arab Hospital")
            if matcher(rest) is not None or capitalised and _guess_type(rest[:1].upper() + rest[1:]) in {
                    "government", "military", "monitor", "outlet", "armed group", "international body", "NGO"} \
                    or (rest.isupper() and len(rest) >= 3):  # ("Doctors at DMCH": an acronym's body)
                return rest  # (a named institution: "inside the military camp" is a place)
            core = _OWNED_ACRONYM.fullmatch(rest)
            if core is not None:
                return core.group(1)  # "a source in Ukraine's SBU security service": the SBU
            return None
    return None


# a name opening with the Arabic article in lower case ("al-Ahli Arab Hospital")
_ARABIC_ARTICLE_NAME = lazy_compile(r"(?:al|el|ad|an|ar|as|ash|at|az)-[A-Z]")
# a body's acronym after its country's possessive, before words describing it: "Ukraine's SBU security service"
_OWNED_ACRONYM = lazy_compile(r"(?:[A-Z][\w-]*['’]s\s+)?([A-Z]{3,})(?:\s+(?:security|intelligence|counter-intelligence|"
                              r"service|services|agency|forces|force|police|ministry|department|directorate|"
                              r"unit|command|committee|authority)){0,3}")
# the staff of a firm, unnamed, before "at" and its name ("Analysts at Goldman Sachs"; not "residents at …", a place)
_STAFF_WORDS = {"analysts", "analyst", "economists", "economist", "strategists", "strategist", "engineers",
                "employees", "executives", "bankers", "traders", "staff", "staffers"}
# what "at" may name that is a place, not a firm ("Engineers at Mosul Dam", "Staff at Tishreen Market")
_NO_FIRM_AT = lazy_compile(r"\b(?:Market|Dam|Square|Street|Camp|Port|Airport|Village|Town|City|District|Mosque|Crossing|"
                           r"Bridge|Border|Base|Field|University|College|School|Academy)$")  # (its last word)
_STAFF_AT = lazy_compile(r"(?:[A-Za-z-]+\s+){0,2}?[A-Za-z]+\s+at\s+(?:the\s+)?"
                         r"(?P<body>[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|&|of|for|the)){0,6})(?<!\sof)(?<!\sfor)(?<!\sthe)")
_WORKS_FOR = lazy_compile(r"\s+(?:contributing to|working for|writing for|for|with|from|to)\s+(?:the\s+)?"
                        r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "6th", "303rd": a unit's number (`_span_back`)
_NUMBERED_BODIES = {"division", "brigade", "brigades", "regiment", "battalion", "squadron", "unit", "corps", "group",
                    "army", "front", "base"}
# what a medium says of the unnamed sources it quotes ("quoted trusted sources as saying")
_TRUSTED = {"trusted", "reliable", "knowledgeable", "credible", "well-placed", "well-informed", "informed"}
# the words before the people a medium quotes ("quoted a number of residents", "quoted trusted sources")
_QUOTED_PEOPLE_OPENERS = {"a", "an", "the", "number", "of", "several", "some", "many", "two", "three", "dozens",
                          "group"} | _TRUSTED
_QUANTIFIERS = {"another", "one", "two", "three", "some", "several", "many", "other", "senior", "top", "high-ranking",
                "local", "anonymous", "unnamed", "informed"}  # "Another U.S. official said": still unnamed
_NOUN_OR_ADJECTIVE_CUES = {"reports", "claims", "estimates", "alleged", "purported", "notes", "states"}
_PERCEIVING = {"showed", "shows", "show", "showing", "shown", "saw", "heard", "depicted", "depicts", "featured",
               "features"}
_NAME_THEN = {"has", "had", "have", "was", "is", "also", "then", "later"}  # words after a name that open its verb
_FUNCTION_WORDS = {"as", "that", "of", "to", "and", "or", "the", "a", "an", "in", "on", "at", "by", "for", "with"}
_SPEAKING_BODIES = {"government", "military", "armed group", "international body", "NGO", "monitor"}
_AGAINST_OR_FOR = {"opponents", "opponent", "critics", "critic", "supporters", "supporter", "enemies", "rivals",
                   "foes", "detractors", "relatives", "families", "victims"}


_ALL_TYPES = ("monitor", "government", "military", "state media", "news agency", "outlet", "NGO",
              "armed group", "international body", "organisation", "person")


_LOST_POSSESSIVES = {"organisations", "organizations", "groups"}  # "the organisation's" scraped without its apostrophe


# lower-case words describing a body, then its name after a comma: "the ship's Athens-based manager, Kyklades Maritime"
_DESCRIBED_THEN_NAMED = lazy_compile(r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[\w'’-]+['’]s)\s+)?"
                                   r"(?:(?:[a-z][\w-]*|[A-Z][\w]*-based)\s+){0,3}[a-z]+,\s+(?P<name>[A-Z][^,]*?),?$")
# how such a mention opens, read without its commas (a cheap test before writing it with them)
_DESCRIBED_THEN_NAMED_START = lazy_compile(r"(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[\w'’-]+['’]s)\s+)?(?:[a-z]|[A-Z][\w]*-based\s)")
# the head of the words describing a body before its name ("the local newspaper El Heraldo")
_NAMING_HEADS = MEDIA_WORDS | {"broadcaster", "magazine", "organization", "organisation", "group", "network",
                               "charity", "watchdog", "monitor", "ngo", "platform", "outlet", "portal", "pollster",
                               "think-tank"}
# a kind of body opening a sentence, capitalised, after a common word and before the body's name ("Human
# rights group Caminando Fronteras"); `resolve` reads it as the words inside a sentence (`_KIND_OPENING`
# reads a one-word kind: "Carmaker Toyota")
_NAMING_KIND_OPENING = lazy_compile(r"(?P<first>[A-Z][a-z]+)(?:\s+[a-z][\w-]*){0,3}?\s+(?:"
                             + "|".join(sorted(_NAMING_HEADS - {"ngo"})) + r")\s+[A-Z]")
# the same, or a kind of body "according to" names before a name ("the consultancy Kpler"): words the name
# after them is read without
_NAME_KINDS = _NAMING_HEADS | _KINDS_BEFORE_NAME


def _clean_name(mention: str) -> str:
    words = mention.split()
    while words and (words[0].lower() in LEADING_DROP or
                     (words[0].lower().endswith(("-based",) + _LED_BY + ("-linked", "-affiliated")) and
                      len(words) > 1 and words[1][:1].isupper()) or
                     (words[0].islower() and ("-" in words[0] or words[0] in _LOST_POSSESSIVES or
                                              words[0] in MEDIA_WORDS | {"broadcaster", "magazine"})
                      and len(words) > 1 and words[1][:1].isupper())):
        # ("the newspaper El Universal": the newspaper's name; "the Madrid-based Cuban Observatory …")
        # "the", "its"; "activist-operated" before "Idlib News network"; "The organisations Office
        # for the Coordination of Humanitarian Affairs" (the organisation's office)
        words = words[1:]
    named = next((k for k, w in enumerate(words) if w[:1].isupper()), None)
    if named and named < 5 and words[named - 1] in _NAME_KINDS and \
            all(w.islower() for w in words[:named]):
        words = words[named:]  # "local news network Suwayda 24", "civil society organization Causa en Común"
    if words and len(words[-1]) > 3 and words[-1].endswith(("'s", "’s")) and words[-1][:1].isupper() and \
            (len(words) >= 2 or words[-1][:-2].isupper()):  # (but "Moody's", "McDonald's" are names)
        words = [*words[:-1], words[-1][:-2]]  # "according to the Traffic Police's records": the owner
    return " ".join(words).strip(" ,") or mention


def _described_relay(lex: Lexicon, name: str, context: "_Context", publisher: Source | None) -> str | None:
    """The medium a described relay ("according to the newspaper", "the TV channel", "local media")
    stands for: the one the document named last before, else (no class of media: not "local
    television") the first it names; None when the relay is a name already or the document names
    no medium."""
    words = [w.lower() for w in name.split() if w.lower() not in DETERMINERS]
    if not words or len(words) > 3 or (context.matcher and context.matcher(name)) or \
            not any(w in MEDIA_WORDS for w in words) or \
            any(w[:1].isupper() for w in name.split() if w.lower() not in DETERMINERS) or \
            any(c.isdigit() for c in name):
        return None  # (a name: "Channel 12")
    kind = next(w for w in words if w in MEDIA_WORDS)
    for text in (context.sentence, *reversed(context.before)):
        found = [s for s in context.matcher.all(text) if s.type in MEDIA_TYPES and s is not publisher] \
            if context.matcher and text else []
        if found:
            return max(found, key=lambda s: _last_position(text, s)).name
        # a medium the registry does not know, introduced by the same word: "the Ukrainian outlet
        # Hromadske", "the newspaper El Universal" (then "told the outlet", "told the newspaper")
        introduced = [m.group(1) for m in _compiled(rf"\b{re.escape(kind)}\s+({_MEDIUM_NAME})").finditer(text)
                      if publisher is None or m.group(1) != publisher.name]
        if introduced:
            return introduced[-1]
    if any(w in _MEDIA_CLASSES or w in NATIONALITIES for w in words):
        return None  # ("told local television", "state media" name a kind of media, not one named later; "a
        # pro-government newspaper" then "The newspaper, Al-Watan," is that paper)
    ahead = next((s for s in context.named if s.type in MEDIA_TYPES and s is not publisher), None)
    return ahead.name if ahead is not None else None


def _paper_name(name: str) -> bool:
    """Whether a medium's name says it is a paper or a broadcaster, no agency ("Dhaka Tribune",
    "Daily Monitor"; not "Press Trust of India")."""
    return any(w.lower() in _PAPER_WORDS for w in name.split())


# words that make a subject a medium, named or only described ("local media", "the channel", "state television")
_MEDIA_SUBJECT_WORDS = MEDIA_WORDS | {"media", "broadcaster", "station", "outlets", "newspapers", "press"}
# words that describe a class of media, not one medium ("local television", "state media", "foreign press")
_MEDIA_CLASSES = {"local", "state", "state-run", "state-owned", "foreign", "international", "regional", "national",
                  "official", "independent", "private", "opposition", "western", "arab", "social"}
# the words after an outlet's name that name one of its own services: "BBC Russian", "BBC Verify"
_OWN_SERVICES = {"arabic", "english", "russian", "persian", "urdu", "turkish", "french", "spanish", "ukrainian",
                 "mundo", "verify", "world", "service", "news", "online", "tv", "television", "radio"}


def _names_publisher(name: str, publisher: Source, matcher) -> bool:
    """Whether a relay's name is the publisher's, or one of its own services ("BBC Russian" in a
    BBC story): no relay (fixtures/gold/GUIDELINES.md)."""
    if matcher(name) is publisher:
        return True
    words = normalise_name(re.sub(r"^(?:the|The)\s+", "", name)).split()
    own = normalise_name(re.sub(r"^(?:the|The)\s+", "", publisher.name)).split()
    if words and len(words) < len(own) and words == own[-len(words):] and words[-1] in MEDIA_WORDS:
        return True  # "told the Post" in a Jakarta Post story
    return bool(own) and words[:len(own)] == own and all(w in _OWN_SERVICES for w in words[len(own):])


_OPENING_RELAY = re.compile(r"\s*(?:(?:Speaking|Talking)\s+to|In\s+an?\s+(?:interview|statement|briefing)\s+(?:with|to)|"
                            r"In\s+(?:comments|remarks|statements)\s+to|(?:Quoted|Interviewed|Contacted)\s+by)\s+(?:the\s+)?"
                            r"([^,;:\"“]{2,60}?),\s")


# the same phrase set off after the sentence's subject, right before its cue: "Andrii Sybiha, speaking to
# the BBC, said", "The minister, in an interview with CNN, said"
_INSERTED_RELAY = re.compile(r"[^,;:\"“]{2,60},\s+((?:speaking|talking)\s+to\s[^,;:\"“]{2,60},|in\s+an?\s+(?:interview|statement)"
                             r"\s+(?:with|to)\s[^,;:\"“]{2,60},|in\s+(?:comments|remarks)\s+to\s[^,;:\"“]{2,60},)"
                             r"\s+(?:later\s+|also\s+)?(?:said|says|told|added|claimed|warned|insisted|stressed)\b")


def _opening_relay(text: str, matcher, publisher: Source | None, lex: Lexicon | None = None) -> str | None:
    """The medium an opening phrase names ("Quoted by the state-run Global New Light of Myanmar
    newspaper, he said"; "In an interview with Al Jazeera, …"), unless it is the publisher."""
    found, moved = _OPENING_RELAY.match(text), False
    if found is None and (head := _DATELINE.match(text)) is not None:
        found, moved = _OPENING_RELAY.match(text[head.end():]), True  # ("KYIV (Reuters) - In an interview …")
    if found is None and (inserted := _INSERTED_RELAY.match(text)) is not None:
        phrase = inserted.group(1)
        found, moved = _OPENING_RELAY.match(phrase[:1].upper() + phrase[1:] + " "), True  # ("X, speaking to the BBC, said")
    if found is None:
        return _opening_relay_without_comma(text, matcher, publisher)
    phrase = _WHEN_OR_WHERE.split(found.group(1), maxsplit=1)[0]  # ("… Eye Radio on Monday")
    words = phrase.split()
    described = len(words) == 2 and words[0] in {"state", "local", "national", "official"} and \
        words[1] in MEDIA_WORDS | {"media"}
    if described:
        words = []  # "In a briefing to state media": described, kept as written
    while words and words[0][:1].islower():
        words = words[1:]  # "state-run", "pro-government"
    while words and words[-1].lower() in MEDIA_WORDS and len(words) > 1 and words[-1][:1].islower():
        words = words[:-1]  # "… Myanmar newspaper"
    name = " ".join(words) or (phrase if len(phrase.split()) == 2 else "")
    known = matcher(name)
    if known is not None and lex is not None and _foreign_medium(lex, name, known, matcher.registry):
        known = None  # "In an interview with Iranian state TV, …": not the Syrian state television
    if not name or not (known is not None and known.type in MEDIA_TYPES or described or
                        any(w.lower() in MEDIA_WORDS for w in phrase.split())):
        return None
    if moved and (known is None or known.type not in MEDIA_TYPES or _another_outlet(name, known) or
                  matcher.registry.lookup(name) is not known):
        return None  # (after a dateline or the subject, only a medium the registry knows by that whole name:
        # not "this newspaper", "television cameras", "French radio", "Israeli Army Radio")
    if publisher is not None and _names_publisher(name, publisher, matcher):
        return None
    return known.name if known is not None and not _another_outlet(name, known) else name


# the opening phrase without its comma, as FA-KES writes it: "In a statement to SANA a source at Aleppo
# Police Command said"
_OPENING_RELAY_BARE = re.compile(r"\s*In\s+(?:an?\s+)?(?:interview|statements?|briefing|comments|remarks)\s+(?:with|to)\s+"
                                 r"(?:the\s+)?((?:[A-Z][\w.'’-]*\s+){1,4})")


def _opening_relay_without_comma(text: str, matcher, publisher: Source | None) -> str | None:
    """The medium an opening phrase without its comma names: the longest run of the capitalised words
    after it that the registry knows as a medium by that whole name (else the words cannot be told
    from the speaker's: "In an interview with Ahmed Ali the commander said")."""
    found = _OPENING_RELAY_BARE.match(text)
    words = found.group(1).split() if found is not None else []
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        known = matcher.registry.lookup(name)
        if known is not None and known.type in MEDIA_TYPES:
            return None if publisher is not None and _names_publisher(name, publisher, matcher) else known.name
    return None


def _another_outlet(name: str, medium: Source) -> bool:
    """Whether a name holds a registry medium's one-word name after a name of its own: "the Kyiv
    Independent" is another outlet than "The Independent" (but "Russian RT" is RT)."""
    words = re.sub(r"^(?:the|The)\s+", "", name.strip()).split()
    return len(words) == 2 and words[0][:1].isupper() and words[0].lower() not in NATIONALITIES \
        and normalise_name(words[1]) in {normalise_name(a) for a in (medium.name, *medium.aliases)}


def _relay_name(mention: str, matcher, publisher: Source | None = None, lex: Lexicon | None = None) -> str | None:
    """The display name of a relay; the publisher's own reporter is no relay (None). With `lex`, a
    registry medium named by a country-less alias after another country is not that medium ("Iraqi
    state TV" is not the Syrian state television "state TV" names)."""
    owned = _OWNED_MEDIUM.fullmatch(mention.strip())
    if owned is not None and matcher(owned.group("medium")) is None and \
            getattr(matcher(owned.group("owner")), "type", "person") not in MEDIA_TYPES | {"person"}:
        mention = owned.group("medium")  # "The Houthis' Saba news agency": Saba, not the Houthis
    words = mention.split()
    kind = max((k for k, w in enumerate(words) if w.lower() in _MEDIA_KINDS and w.islower()), default=None)
    if kind is not None and kind + 1 < len(words) and all(w[:1].isupper() for w in words[kind + 1:]):
        # "Serbian state broadcaster RTS", "the local station CMKC": the medium's own name after the
        # word for its kind (not the Syrian state broadcaster the registry knows by that word)
        name = " ".join(words[kind + 1:])
        known = matcher(name)
        return known.name if known is not None and known.type in MEDIA_TYPES else name
    sources = matcher.all(mention)
    if lex is not None:
        sources = tuple(s for s in sources if not _foreign_medium(lex, mention, s, matcher.registry))
    medium = next((s for s in sources if s.type in MEDIA_TYPES), None)
    if medium is not None and _another_outlet(mention, medium):
        return _clean_name(re.sub(r"^(?:the|The)\s+", "", mention.strip()))
    if medium is not None:
        return medium.name
    if sources and any(w.lower() in MEDIA_WORDS for w in mention.split()):
        return _clean_name(mention)  # "the U.S. CBS television network": a network, not the US government
    if sources:
        return sources[0].name
    if _head(mention.split()) in {"reporter", "correspondent", "journalist"}:
        return publisher.name if publisher else None
    return _medium_own_name(_clean_name(mention))


def _foreign_medium(lex: Lexicon, mention: str, source: Source, registry: Registry) -> bool:
    """Whether a state's medium (or body) the registry matched in `mention` by an alias is named after
    another country ("Iraqi state TV" is not the Syrian state television "state TV" names); a medium
    of a movement is not a country's ("Lebanon's Hezbollah-run War Media" is Hezbollah's)."""
    return registry.origin(source).type == "government" and \
        _another_country(lex, _owner_and_alias(mention, source), source, registry)


def _story_relay(mention: str, name: str | None, context: "_Context", rules: RuleSet, matcher) -> str | None:
    """A relay the registry names by a country-less alias ("state TV"), read in its story: after a
    country's possessive the span stopped at ("Iraq's state television quoted …"), that country's
    medium as written; in a story from a country the medium is not of ("told state TV" in an Iranian
    story, `_foreign_alias`), the state medium the story named before ("Iranian state TV"), else the
    words as written; any other relay as `_relay_name` named it."""
    registry = rules.registry
    known = matcher(name) if name else None
    words = mention.split()
    at = context.sentence.find(mention)
    owner = _MEDIUM_OWNER.search(context.sentence[:at]) if at > 0 and known is not None and words and \
        {w.lower() for w in words} <= _STATE_MEDIA_WORDS else None
    if owner is not None and owner.group(1).endswith(("'s", "’s")):
        country = _owner_country(rules, owner.group(1)[:-2], True, last_word=False)[0]
        if country is not None and _government_of(rules, country) is not registry.origin(known):
            return f"{owner.group(1)} {mention.strip()}"
    if known is None or known.type not in MEDIA_TYPES or not context.nation or \
            not _foreign_alias(mention, known, registry, context.nations, context.lex.nations):
        return name
    recent = context.recent(("state media",))
    if recent is not None and registry.get(recent.source_id) is None and \
            state_medium_government((recent.source, recent.mention), rules) == _government_key(rules, context.nation):
        return recent.source  # (a medium of the story's country named before, not a third country's)
    return _clean_name(re.sub(r"^(?:the|The)\s+", "", mention.strip()))


def _owner_and_alias(mention: str, source: Source) -> str:
    """The mention from the word or two before the first of a source's names in it: the words that can
    say whose it is ("Iraqi state TV"), not a country the span ran on from ("… in Syrias Idlib
    province Russias Rossiya 24 state television channel") or another medium's ("Russian and Syrian
    state media")."""
    lowered = mention.lower().replace("’", "'")
    found = [at for at in (lowered.find(a.lower()) for a in (source.name, *source.aliases)) if at >= 0]
    if not found:
        return mention
    before = mention[:min(found)].split()
    while len(before) >= 2 and before[-1][:1].islower() and before[-1].lower() not in {"and", "or"} and \
            before[-2].lower() not in {"and", "or"}:
        before.pop()  # (past its lower-case qualifiers: "Iraq's semi-official state TV", "Iraqi pro-government …")
    # (two words when they are one owner, "North Korean"; one after "and": "Russian and Syrian state media")
    near = before[-2:] if len(before) >= 2 and before[-2][:1].isupper() and before[-1][:1].isupper() else before[-1:]
    return " ".join([*near, mention[min(found):]])


# when or where a medium was told, after its name: "Eye Radio on Monday", "Radio Miraya from Kuajok"
_WHEN_OR_WHERE = re.compile(r"\s+(?:on|from|in|at|during)\s+(?=[A-Z0-9])")


def _medium_own_name(name: str) -> str:
    """A medium's name without the words around it: "Eye Radio on Monday", "Radio Miraya from Kuajok"
    (when and where it was told), "official TAP news agency", "PAP news agency" (its kind, after a name
    of its own: not "Syrian state television", whose only capital is a people's)."""
    name = _WHEN_OR_WHERE.split(name, maxsplit=1)[0]
    words = name.split()
    while len(words) > 1 and words[-1].islower() and words[-1] in _MEDIA_KINDS | {"service", "network"}:
        words.pop()
    while len(words) > 1 and words[0].islower():
        words.pop(0)
    if all(w.lower() in NATIONALITIES for w in words) or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return name  # (no name of its own left: "Syrian state television", "local television channel")
    return " ".join(words)



# --- attaching ---------------------------------------------------------------------------------

# a speaker's first person in a sentence that runs on after his words lost their quotation marks
# ("I" after a capitalised word is a numeral: "Phase I", "World War I")
_FIRST_PERSON = lazy_compile(r"\b(?:[Ww]e|[Mm]y|[Oo]ur|[Uu]s|[Mm]e)\b(?![.-]\w|['’](?!(?:ve|re|ll|d)\b)\w)|"
                             r"(?:^|[^\w\s]\s*|\b(?!(?:type|phase)\s)[a-z]+\s+|^(?:When|Then|Now|So|But|And|If|As|"
                             r"Today|Yesterday|Later|Here|There|Before|After|Once|Because)\s+)"
                             r"I\b(?![.-]\w|['’](?!(?:m|ve|ll|d)\b)\w)")
# the outlet's own first person ("our correspondent", "follow us on", "contact us")
_OUTLETS_OWN_FIRST_PERSON = lazy_compile(r"(?i)\bour\s+(?:correspondents?|reporters?|team|readers|website|site|"
                                         r"sources?|channel|newsletter|standards|requests?|community|(?:full\s+)?"
                                         r"coverage|journalism|podcast|app|lady)\b|"
                                         r"\b(?:follow|contact|join|tell|email|write\s+to)\s+us\b|\blet\s+us\s+know\b|"
                                         r"\bfor\s+(?:a\s+)?comment\b")


def _has_quote(text: str) -> bool:
    return any(q in text for q in _QUOTE_MARKS)


def _quoted_spans(text: str, *, open_before: bool = False) -> list[tuple[int, int]]:
    """The stretches of a sentence inside quotation marks (from a sentence inside a quotation left
    open before, up to its closing mark); a quotation still open at the end runs to the end."""
    spans, start = [], 0 if open_before and text.lstrip()[:1] not in QUOTES_OPEN else None
    for at, mark in enumerate(text):
        if mark in "“«" and start is None:
            start = at
        elif (mark in "”»" or mark == '"') and start is not None:
            spans.append((start, at))
            start = None
        elif mark == '"':
            start = at
    if start is not None:
        spans.append((start, len(text)))
    return spans


def _outside_quotations_first(candidates: list[Candidate], text: str, open_before: bool) -> list[Candidate]:
    """A cue inside a quotation is the speaker's words ('"The army told us to leave," Ahmed Ali
    said'): the candidates outside quotations come first, when there are any."""
    spans = _quoted_spans(text, open_before=open_before) if len(candidates) > 1 else []
    if not spans:
        return candidates
    inside = [c for c in candidates if any(start < c.position < end for start, end in spans)]
    if not inside or len(inside) == len(candidates):
        return candidates
    return [c for c in candidates if c not in inside] + inside


def _wholly_quoted(text: str, candidates: list[Candidate], *, open_before: bool) -> bool:
    """Whether the sentence is one quotation from its start to its end, every cue inside it (a
    sentence with no quotation mark is not: FA-KES and scraped pages lose quotation marks, so a
    quotation left open before may have ended)."""
    spans = _quoted_spans(text, open_before=open_before) if _has_quote(text) else []
    if len(spans) != 1:
        return False
    start, end = spans[0]
    return start <= len(text) - len(text.lstrip()) and end >= len(text.rstrip()) - 2 and \
        all(start < c.position < end for c in candidates)


def _quote_balance(text: str, *, open_before: bool = False) -> int:
    """+1 when the sentence leaves a quotation open, -1 when it closes one opened before, else 0.

    A lone straight quote mark opens when the sentence starts with it; otherwise it closes the
    quotation left open before (`open_before`: '… still digging," the White Helmets said.'), or,
    with none open, opens one ('… said: "The battles go on.').
    """
    straight = text.count('"')
    opens = text.count("“") + text.count("«")
    closes = text.count("”") + text.count("»")
    if opens or closes:
        return (1 if opens > closes else -1 if closes > opens else 0)
    if straight % 2 == 1:
        if text.lstrip().startswith('"'):
            return 1
        return -1 if open_before or text.rstrip().endswith(('"', '".', '",')) else 1
    return 0


def publisher_of(document: Document, registry: Registry) -> Source | None:
    """The source that publishes the document: its outlet (the registry's source of that name, else
    one named so), else a "(Outlet)-" dateline, else the outlet the story names as itself."""
    matcher = _registry_matcher(registry)
    if document.outlet:
        found = registry.lookup(document.outlet) or matcher(document.outlet)
        if found is not None and not _another_outlet(document.outlet, found) and \
                (found.type in MEDIA_TYPES or registry.lookup(document.outlet) is found):
            return found
        # ("The Jakarta Post" is not the Washington Post the registry knows as "the Post")
        name = re.sub(r"^(?:the|The)\s+", "", document.outlet.strip())
        return Source(id=slug(name), name=name, type="outlet")
    for line in document.text.lstrip().splitlines()[:3]:
        # (the headline may stand above it: "Israeli strikes near Damascus kill seven" then "Beirut (AFP) - …")
        head = _dateline(line, matcher)
        if head:
            known = matcher(head.group(1))
            if known is not None:
                return known
            # "ASADABAD (Pajhwok): …" and later "told Pajhwok Afghan News": the outlet the story names
            told = _search(r"\btold\s+(" + re.escape(head.group(1)) + r"(?:\s+[A-Z][\w'’-]*){0,3})", document.text)
            if told is not None:
                return Source(id=slug(told.group(1)), name=told.group(1), type="outlet")
            break
    signed = _signature_outlet(document.text, matcher)
    if signed is not None:
        return signed  # "Sputnik Damascus 14 April 2018 The Syrian air defences …"
    return _self_named(document.text, matcher) or _told_publisher(document.text, matcher)


# an interview given to a medium: "told the Post", "speaking to Geo News", "in an interview with Radio Okapi"
_TOLD_MEDIUM = lazy_compile(r"\b(?:told|tells|telling|(?:speaking|talking|spoke|talked)[ ]+to|in[ ]+an?[ ]+(?:exclusive[ ]+)?"
                            r"interview[ ]+with|(?:interviewed|reached|contacted)[ ]+by)[ ]+(?=((?:the[ ]+|The[ ]+)?(?=[^\W\d_])\w[\w'’.-]*(?:[ ]+[\w'’.-]+){0,5}))")
# (the words after the verb are only looked at, so that a "told" among them is found next)
_STORY_LENGTH = 1000  # characters: what is shorter is a snippet, not a story with an outlet of its own
# the ways a story names its own outlet without its name, which then is no medium it names ("told this newspaper")
_UNNAMED_SELF = lazy_compile(r"\b(?:this|our)[ ]+(?:newspaper|paper|website|publication|outlet|magazine|reporter|"
                             r"correspondent)\b|\btold[ ]+us\b")
# the word a medium's name ends with, or opens with before a name of its own ("Nile Post", "Radio Okapi")
_MEDIUM_HEADS = {"post", "times", "news", "radio", "tv", "television", "channel", "daily", "newspaper", "observer",
                 "herald", "tribune", "gazette", "telegraph", "chronicle", "journal", "express", "standard", "nation",
                 "online", "press", "mail", "monitor", "télévision", "independent", "agency", "broadcaster"}
# the words of a paper's or a broadcaster's name, no agency's (`_paper_name`)
_PAPER_WORDS = (MEDIA_WORDS | _MEDIUM_HEADS) - {"agency", "news", "press"}
# words that make a name holding a medium's word something else ("the Senate Radio Spectrum Committee")
_NOT_MEDIUM_WORDS = {"committee", "commission", "inquiry", "corp", "bank", "square", "show", "office", "board",
                     "council", "ministry", "company", "club", "party", "union", "court", "street"}
# lower-case words inside a medium's name ("Radio Télévision Libre des Mille Collines")
_MEDIUM_PARTICLES = {"des", "de", "du", "la", "le", "el", "al", "of", "and"}
# what follows an interview's medium: its name has ended ("told the Post that", "told Geo News on Monday")
_AFTER_TOLD_MEDIUM = {"that", "on", "in", "at", "by", "from", "about", "last", "this", "earlier", "late", "via",
                      "over", "during", "after", "before", "and", "for", "the", "a", "an", "as", "when", "while",
                      "it", "he", "she", "they", "there", "how", "what", "of", "but", "or", "his", "her", "its",
                      "their", "to", "with", "under", "speaking", "adding", "yesterday", "today", "tonight",
                      "recently", "previously", "separately", "exclusively", "shortly"}


def _told_name(told: re.Match, text: str, matcher) -> str | None:
    """The medium's name an interview phrase names ("told the Nile Post that" → "Nile Post"; a
    registry medium as written: "told AFP"), None when the words name no medium ("told the News
    Corp board", "told the Times Square crowd")."""
    words = told.group(1).split()
    article = words[:1] if words[0].lower() == "the" else []
    named, k, ended = [], len(article), False
    while k < len(words):
        word = words[k]
        if word.lower().rstrip(".") in DAYS or not (word[:1].isupper() or word.isdigit() and named or
                                                    word in _MEDIUM_PARTICLES and named and k + 1 < len(words)
                                                    and words[k + 1][:1].isupper()):
            break
        if word.endswith(("'s", "’s")):
            named.append(word[:-2])
            ended = True  # ("told the Daily Nation's reporter": the paper's, its reporter after)
            break
        named.append(word)
        k += 1
        if word.endswith(".") and word.count(".") == 1:
            ended = True  # (the sentence ends: "told the Nile Post. He added")
            break
    if not named:
        return None  # ("told reporters")
    if ended:
        following = ""
    elif k == len(words):
        after = _search(r"^\s*([\w'’-]+)", text[told.end(1):])
        following = after.group(1) if after else ""
    else:
        following = words[k].rstrip(".,;:") if k < len(words) else ""  # ("told the Nile Post today.")
    if following[:1].islower() and following not in _AFTER_TOLD_MEDIUM and \
            not (told.group(0).rstrip().endswith(" by") and (following.endswith("ed") or following in {"said", "says", "say",
                                                                                                  "told", "spoke"})):
        return None  # (a name used as a modifier: "told the News Corp board", "told Post Bank shareholders"; the
        # past tense of the people it interviewed follows: "Survivors interviewed by Le Monde described")
    lowered = [w.lower().rstrip(".") for w in named]
    known = matcher(" ".join(named).rstrip(".'’"))
    if known is not None and known.type in MEDIA_TYPES:
        return " ".join(named).rstrip(".'’")
    if not _MEDIUM_HEADS & set(lowered) or _NOT_MEDIUM_WORDS & set(lowered):
        return None  # (a medium's word in its name: "Nile Post", "Radio Okapi", "ABC Radio Brisbane"; not
        # "the Senate Radio Spectrum Committee")
    return _medium_own_name(" ".join(article + named).rstrip(".'’"))


def _told_publisher(text: str, matcher) -> Source | None:
    """The one medium a story's people gave interviews to ("told the Post", "speaking to Geo News"),
    when no dateline, byline or self-reference names the publisher: a story quotes what people
    told its own outlet, so that medium publishes it (the wire gold judges so), a paper or
    broadcaster the registry knows too ("told NPR" in an NPR story, "told CNN"). None when a wire
    or state medium the registry knows was told (which others relay: "told AFP", "told SANA"),
    when two media were told, when the story names itself otherwise ("told this
    newspaper"), when the story reports the medium as a source ("the Nile Post reported",
    "according to the Nile Post") or a "Source:" line names it as what the story drew on, or when
    the text is too short to be a whole story."""
    if len(text) < _STORY_LENGTH or _UNNAMED_SELF.search(text):
        return None  # (a sentence or two says nothing of whose story it is: "X told CBS News …" relays)
    found: dict[str, str] = {}
    for told in _TOLD_MEDIUM.finditer(text):
        name = _told_name(told, text, matcher)
        if name is None or not _is_media(name, matcher.registry, matcher):
            continue
        known = matcher(name)
        if known is not None and not _another_outlet(name, known) and known.type != "outlet" or \
                "agency" in name.lower().split():
            return None  # (a wire or state medium the registry knows, which others relay: "told AFP", "told SANA")
        bare = re.sub(r"^(?:the|The)\s+", "", name)
        found.setdefault(normalise_name(bare), bare)
    keys = sorted(found, key=len)
    longest = keys[-1].split() if keys else []
    if not keys or any(key.split() != longest[-len(key.split()):] for key in keys):
        return None  # (none, or two media: "told the Post" is the "Nile Post" told before, no other)
    name = found[keys[-1]]
    words = name.split()
    shorter = [" ".join(words[k:]) for k in range(len(words)) if k == 0 or len(words) - k >= 2]
    cited = "|".join(re.escape(n) for n in shorter) + r"|(?i:the\s+(?:newspaper|daily))"
    if re.search(rf"(?im)^source:[^\n]*\b(?:{cited})\b", text) or \
            re.search(rf"(?:[Aa]ccording\s+to\s+(?:the\s+)?(?:{cited})\b|(?<!\bby\s)(?<!\bby\sthe\s)\b(?:{cited})\s+(?:has\s+|had\s+|also\s+|first\s+|"
                      rf"later\s+|earlier\s+)?(?:reported|reports|said|says|quoted|cited|wrote|writes)\b|"
                      rf"\b(?:{cited}),\s+(?:citing|quoting)\b)", text):
        return None  # ("Source: BeritaSatu, Antara", "…, the Post reported", "The newspaper said": what the
        # story drew on; not "Survivors interviewed by the Post said")
    return Source(id=slug(name), name=name, type="outlet")


_OUTLET_NAME = r"((?:The[ ]+)?[A-Z][\w'’-]*(?:[ ]+[A-Z][\w'’-]*){0,3})"
# the ways a story speaks of its own outlet: "Anadolu could not independently verify", "BBC Verify
# has found", "The Guardian has contacted the ministry for comment", "Al Jazeera's Tareq Abu Samra,
# reporting from Deir el-Balah", "SOURCE: AL JAZEERA", "Published in Dawn, October 3rd"
_SELF_REFERENCE_PATTERNS = (
    _OUTLET_NAME + r"\s+(?:could\s+not|cannot|can't|was\s+unable\s+to|has\s+been\s+unable\s+to|"
                   r"has\s+not\s+been\s+able\s+to|could\s+not\s+immediately)\s+(?:independently\s+)?(?:verify|confirm)",
    _OUTLET_NAME + r"\s+(?:has|had)\s+(?:contacted|reached\s+out\s+to|approached|asked)\b[^.\n]{0,80}\bfor\s+(?:comment|a\s+response)",
    _OUTLET_NAME + r"\s+has\s+(?:found|seen|learned|learnt|verified|analysed|analyzed|obtained|reviewed|geolocated)\b",
    _OUTLET_NAME + r"(?:'s|’s)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3},\s+reporting\s+from\b",
    # "Efforts by the Daily Graphic to reach the management …", "When the Daily Graphic visited Odawna",
    # "PREMIUM TIMES gathered that …" (a Nigerian paper writes its own name in capitals: "told DAILY POST")
    r"\b(?:Efforts|Attempts|Calls)\s+by\s+(?:the\s+)?" + _OUTLET_NAME + r"\s+to\s+(?:reach|contact|get|speak)\b",
    r"\bWhen\s+(?:the\s+)?" + _OUTLET_NAME + r"\s+(?:visited|called|contacted|reached)\b",
    _OUTLET_NAME + r"\s+(?:gathered|learnt|observed)\s+that\b",
    r"\btold\s+([A-Z]{2,}(?:[ ]+[A-Z]{2,}){1,2})\b(?![ ]+[A-Z])(?P<repeated>)",  # (named so twice: not "told ARISE TV" once)
    r"^SOURCE:\s+([A-Z][A-Z'’ ]{1,30}?)(?:\s+AND\s+[A-Z ]+)?\s*$",
    r"^Published\s+in\s+" + _OUTLET_NAME + r",",
    # a byline naming the outlet: "Fikri Hasanuddin (The Jakarta Post)", "By Euronews with AP, AFP"
    r"^[A-Z][\w'’.-]*(?:[ ]+[A-Z][\w'’.-]*){0,4}[ ]+\(" + _OUTLET_NAME + r"\)[ ]*$",
    r"^By[ ]+" + _OUTLET_NAME + r"[ ]+with[ ]",
    # a byline of the outlet's own desk: "Gulf News Report", "Tribune Desk", "Dawn Staff Reporter";
    # also "By TOI STAFF", "By L'Orient Today staff", "From CNN staff", "By Pajhwok Reporter On Sep 02"
    r"^" + _OUTLET_NAME + r"[ ]+(?:Report|Desk|Web[ ]Desk|News[ ]Desk|Staff|Staff[ ]Reporter|Staff[ ]Writer|Bureau)[ ]*$",
    r"^By[ ]+" + _OUTLET_NAME + r"[ ]+(?i:staff|reporter|correspondent|desk|bureau)(?P<byline>)(?:[ ]+[Oo]n[ ].*|[ ]*[|•,–-].*)?[ ]*$",
    r"^From[ ]+" + _OUTLET_NAME + r"[ ]+(?i:staff)(?P<byline>)[ ]*$",
    # a byline whose last name is the outlet's: "By Carter Whitfield, Stars and Stripes • November 18"
    # (a place there is no medium: "By Terkula Aondona, Makurdi"), or the outlet alone: "By Al Mayadeen English"
    r"^By[ ]+[A-Z][\w'’.-]*(?:[ ]+[A-Z][\w'’.-]*){1,3}(?:(?:,|[ ]and)[ ]+[A-Z][\w'’.-]*(?:[ ]+[A-Z][\w'’.-]*){1,3})*,[ ]+"
    r"((?:The[ ]+)?[A-Z][\w'’-]*(?:[ ]+(?:and[ ]+)?[A-Z][\w'’-]*){0,3})[ ]*(?:[•|].*)?$",
    r"^By[ ]+" + _OUTLET_NAME + r"[ ]*$",
    # a reporter's byline shared with a medium: "By Aya Morishita and Kyodo" (a second person's name
    # is no medium: taken only as the registry's, or when the story says "told" it)
    r"^By[ ]+[A-Z][\w'’.-]*(?:[ ]+[A-Z][\w'’.-]*){1,3}[ ]+and[ ]+" + _OUTLET_NAME + r"[ ]*$",
    # "Source: Al Mayadeen English + Agencies" (a bare "Source: Reuters/AFP" names what the story drew on)
    r"^(?i:source):[ ]+" + _OUTLET_NAME + r"[ ]*\+[ ]*(?i:agencies)[ ]*$",
    # the page's own furniture at its end: "© Tunisie Numérique 2025", "Follow The New Times on X
    # @NewTimesRwanda", "For the latest from SBS News, download our app", "Read more from Cuba here on
    # Havana Times."
    r"^(?:©|\([Cc]\)|Copyright)[ ]*(?:\d{4}[ ]+)?" + _OUTLET_NAME + r"(?:[ ]+\d{4})?\.?[ ]*$(?P<byline>)",
    r"^Follow[ ]+" + _OUTLET_NAME + r"[ ]+on[ ]+(?:X|Twitter|Facebook|Instagram|Telegram|WhatsApp|Threads)\b(?P<byline>)",
    r'^Follow[ ]+us[ ]+on[ ]+(?:the[ ]+|our[ ]+)?["“]?' + _OUTLET_NAME +
    r'["”]?[ ]+(?:WhatsApp|Telegram|Facebook|Instagram|YouTube)[ ]+(?:channel|page|account)\b(?P<byline>)',
    r"^For[ ]+the[ ]+latest(?:[ ]+news)?[ ]+from[ ]+" + _OUTLET_NAME + r",(?P<byline>)",
    r"^Read[ ]+more\b[^\n]{0,40}?[ ]on[ ]+" + _OUTLET_NAME + r"\.?[ ]*$(?P<byline>)",
    # the outlet's name alone on a line under the headline: "Times of Oman", "Al Arabiya English" (taken
    # only when a word of it says it is a medium, or the story says "told" it)
    r"\A(?:[^\n]*\n){1,2}((?:The[ ]+)?[A-Z][\w'’-]*(?:[ ]+(?:of[ ]+)?[A-Z][\w'’-]*){0,3})[ ]*$",
)
_SELF_REFERENCES = tuple(re.compile(p, re.MULTILINE) for p in _SELF_REFERENCE_PATTERNS)
# what must stand in a text for a pattern that opens with an outlet's name to match there: the words
# after the name (searched first, since a name's pattern tries every capitalised word)
_SELF_REFERENCE_NEEDLES = tuple(re.compile(p[len(_OUTLET_NAME):], re.MULTILINE) if p.startswith(_OUTLET_NAME) else None
                                for p in _SELF_REFERENCE_PATTERNS)
# words one of which every match of the pattern in the same place above holds, looked for first:
# a substring test is far quicker than a scan by the pattern, most of which open a line and are tried
# at every character of the story all the same (the scans took a twentieth of an audit's time here)
_SELF_REFERENCE_WORDS = (
    ("verify", "confirm"), ("comment", "response"),
    ("found", "seen", "learned", "learnt", "verified", "analysed", "analyzed", "obtained", "reviewed", "geolocated"),
    ("reporting",), ("Efforts", "Attempts", "Calls"), ("When",), ("gathered", "learnt", "observed"), ("told",),
    ("SOURCE:",), ("Published",), (" (",), ("By ",), ("Report", "Desk", "Staff", "Bureau"), ("By ",), ("From ",),
    ("By ",), ("By ",), ("By ",), ("+",), ("©", "(c)", "(C)", "Copyright"), ("Follow ",), ("Follow ",), ("latest",), ("Read ",), ("\n",))


def _self_named(text: str, matcher) -> Source | None:
    """The outlet a story names as itself (`_SELF_REFERENCES`), when no dateline names it: the
    registry's medium, or an outlet named from the text when the story also says "told <it>",
    its name says it is a medium ("Kyiv Independent", "Middle East Eye") or its staff sign the
    byline ("By TOI STAFF", read as the "Times of Israel" the story spells out)."""
    for pattern, needle, words in zip(_SELF_REFERENCES, _SELF_REFERENCE_NEEDLES, _SELF_REFERENCE_WORDS,
                                      strict=True):
        if not any(word in text for word in words) or needle is not None and needle.search(text) is None:
            continue  # (the words after the name are nowhere in the text)
        for found in pattern.finditer(text):
            if "repeated" in pattern.groupindex and text.count(found.group(1)) < 2:
                continue
            name = re.sub(r"(?:[ ]+(?:Correspondent|Reporter|Staff|Writer|Bureau|Desk))+$", "", found.group(1).strip())
            if name.split()[0] in _BYLINE_WORDS:
                continue  # ("By Our Correspondent", "By Special Correspondent", "By Staff Reporter")
            if name.isupper() and len(name) > 5:
                name = name.title()  # "SOURCE: AL JAZEERA"
            known = matcher(name)
            if known is not None and not _another_outlet(name, known):
                if known.type in MEDIA_TYPES:
                    return known
                continue
            bare = re.sub(r"^The\s+", "", name)
            spelled = _spelled_out(bare, text) if re.fullmatch(r"[A-Za-z]{2,5}", bare) and \
                "byline" in pattern.groupindex else None
            if spelled is not None and any(w.lower() in MEDIA_WORDS for w in spelled.split()):
                # "By TOI STAFF" and later "told The Times of Israel": the name its initials spell
                known = matcher(spelled)
                return known if known is not None and known.type in MEDIA_TYPES else \
                    Source(id=slug(spelled), name=spelled, type="outlet")
            told = _search(r"\btold\s+(?:the\s+)?" + re.escape(bare) + r"\b", text)
            if told or any(w.lower() in MEDIA_WORDS for w in bare.split()) or "byline" in pattern.groupindex:
                return Source(id=slug(bare), name=bare, type="outlet")  # (an outlet's own staff sign a byline)
    return None


# words that open a byline without naming an outlet
_BYLINE_WORDS = {"Our", "Special", "Staff", "Agency", "Web", "News", "Senior", "Chief", "Foreign", "Political",
                 "Diplomatic", "Own", "A", "An", "Business", "Sports", "Metro", "City", "Online"}


def _spelled_out(acronym: str, text: str) -> str | None:
    """The capitalised name in `text` whose words' first letters spell `acronym`, "of" and "the"
    included ("Times of Israel" for "TOI" or "ToI") or left out ("Joint Chiefs of Staff" for "JCS"), or None."""
    names = [found.group().split() for found in re.finditer(r"\b[A-Z][\w'’-]*(?:\s+(?:of|the|and|[A-Z][\w'’-]*))+", text)]
    for words in names:
        for start in range(len(words)):
            run = words[start:start + len(acronym)]
            if len(run) == len(acronym) and run[0][:1].isupper() and run[-1][:1].isupper() and \
                    "".join(w[0] for w in run).lower() == acronym.lower():
                return " ".join(run)
    for words in names:
        for start in range(len(words)):
            if not words[start][:1].isupper() or words[start] == "The":
                continue
            capitals = [k for k in range(start, len(words)) if words[k][:1].isupper()][:len(acronym)]
            if len(capitals) == len(acronym) and "".join(words[k][0] for k in capitals).lower() == acronym.lower():
                return " ".join(words[start:capitals[-1] + 1])
    return None


# a wire dateline: "(AFP) -", "BEIRUT (Reuters) -", "DOUMA, Syria (AFP) —", "GENEVA, March 14 (Reuters) -",
# "ASADABAD (Pajhwok): ", "NABLUS, October 20, 2025 (WAFA) –", "ABU DHABI, 14th November, 2025 (WAM) --"
_DATELINE = re.compile(r"\s*(?:[A-Z][\w.'’-]*(?:[ ,]+(?:[A-Z][\w.'’-]*|\d{1,2}(?:st|nd|rd|th)?\b|(?:19|20)\d\d\b|(?:of|the|and|de|du|la)(?=\s+(?:[A-Z]|the\b)))){0,6}\s*)?"
                       r"\(([^)]{2,40})\)\s*(?:[-–—]+|:)\s*")
# (a country's long name after the city: "KINSHASA, Democratic Republic of the Congo (AA) -")
# TASS's: "MOSCOW, March 12. /TASS/."
_SLASH_DATELINE = re.compile(r"\s*[A-Z][\w'’-]*(?:[ ,]+(?:[A-Z][\w'’-]*|\d{1,2}\.?)){0,4}\s*/([A-Z][\w-]{1,20})/\.?\s*")
# a state agency's: "Hama, SANA –", "Damascus, SANA-"
_AGENCY_DATELINE = re.compile(r"\s*[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}, ([A-Z][\w'’]*(?: [A-Z][\w'’]*){0,2})\s*[-–—]+\s*")


# a medium's bracketed name before the story with no dash, as scraped pages lose it: "Beirut (AFP) Rebels …"
_BARE_DATELINE = re.compile(r"\s*[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,3}\s*\(([^)]{2,40})\)\s+(?=[A-Z\"“])")


def _dateline(text: str, matcher) -> re.Match | None:
    """The dateline opening `text` whose bracketed or comma-set name is a known medium."""
    for pattern in (_DATELINE, _AGENCY_DATELINE, _SLASH_DATELINE):
        head = pattern.match(text)
        if head and (pattern is _DATELINE and not _search(r"\s(?:of|the|and|de|du|la)\s", head.group()) or
                     _is_medium_source(matcher(head.group(1)))):
            return head  # (a long place name only before a medium: not the headline "Head of the WHO (WHO): …")
    head = _BARE_DATELINE.match(text)
    place = text[:head.start(1) - 1].strip(" ,(") if head else ""
    if head and _is_medium_source(matcher(head.group(1))) and not _is_medium_source(matcher(place)) and \
            not any(w.lower() in MEDIA_WORDS for w in place.split()):
        # (a place before the brackets, not the medium's own name: "Syrian Arab News Agency (SANA) Director …")
        return head
    return None


# a medium's signature glued before the story, a place and a date after its name, as scraped pages and
# FA-KES write it: "Sputnik Damascus 14 April 2018 The Syrian air defences …", "… city AP Friday 6 Oct 2017"
_SIGNATURE_DATE = re.compile(r"\s+(?:(?!(?:On|In|At|By|From)\s)[A-Z][a-z]+,?\s+){0,2}?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
                             r"\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d\d"
                             r"\s+(?!(?:said|says|reported|reports|report|reporting|coverage|that|to|by|of|in|on)\b)\S")
# (the story's first word after it, no word of the sentence naming the medium: not "A report by Reuters
# 12 March 2018 said")


def _signature_outlet(text: str, matcher) -> Source | None:
    """The registry medium whose name stands right before a place and a date near the top of a story."""
    head = text.lstrip()[:400]
    for source in matcher.all(head):
        if source.type not in MEDIA_TYPES:
            continue
        for alias in sorted((source.name, *source.aliases), key=len, reverse=True):
            for found in re.finditer(rf"(?<![\w'’-]){re.escape(alias)}(?![\w'’-])", head):
                if _SIGNATURE_DATE.match(head, found.end()):
                    return source
    return None


# a place alone before a dash: "TEHRAN – Iran has strongly condemned", "Addis Abeba – Residents of …",
# "YAOUNDE, CAMEROON — Officials in …" (its country after a comma)
_PLACE_DATELINE = re.compile(r"\s*([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?)"
                             r"\s+[–—]\s+(?=\S)")


def _place_dateline(text: str, places) -> re.Match | None:
    """The dateline opening `text` that names a place alone: written in capitals, a known place, or
    a short name before a capital ("Addis Abeba – Residents"; not "Hezbollah – the Lebanese group –")."""
    head = _PLACE_DATELINE.match(text)
    if head is None:
        return None
    name = head.group(1)
    return head if (name.isupper() and len(name) >= 3) or name.lower() in places or (
        len(name.split()) <= 3 and text[head.end():head.end() + 1].isupper()) else None


def _cities(rules: RuleSet) -> dict[str, str]:
    """A country's city (lower case) → the country's name, of rules/places.jsonl "cities"."""
    return derived(rules, "attribution.cities-of", lambda r: dict(r.cities))


def _capitals(rules: RuleSet) -> dict[str, str]:
    """A capital as written → its country's name, of rules/places.jsonl "capital"."""
    return derived(rules, "attribution.capitals", lambda r: dict(r.capitals))


def _capital_in_a_name(capital: str, context: _Context) -> bool:
    """Whether the text before gave `capital` as a word of a person's name: a person who spoke
    before ("Sofia Rossi, a nurse, said …" then "Sofia said"), or a name of two words with it that
    a description opens or an apposition follows ("midfielder Lucas Lima", "Roberto Colombo, a
    coach,"; not "the Studio Kyiv", "in Kyiv Oblast")."""
    if any(capital in (a.speaker or "").split() or a.source_type == "person" and capital in a.source.split()
           for a in context.history):
        return True
    escaped = re.escape(capital)
    pattern = _compiled(rf"(?:\b(?P<before>[a-z]+)\s+)?(?P<name>[A-Z][a-z][\w'’-]*\s+{escaped}|{escaped}\s+[A-Z][a-z][\w'’-]*)\b"
                        rf"(?P<apposed>,\s+(?:a|an|the)\s)?")
    lex = context.lex
    for text in (context.sentence, *context.before):
        for m in pattern.finditer(text):
            other = [w for w in m.group("name").split() if w != capital]
            if not other or _guess_type(m.group("name")) != "person" or _body_word_in(m.group("name")) or \
                    any(w.lower() in lex.places or w.lower() in lex.nations or w.lower().rstrip(".") in lex.title_stems
                        for w in other):
                continue
            if m.group("apposed") or m.group("before") and m.group("before") not in \
                    {"the", "a", "an", "in", "from", "near", "of", "at", "to", "and", "for", "with", "by", "on", "into"}:
                return True
    return False


def _dateline_city(dateline: str, rules: RuleSet) -> str | None:
    """The country of the city a dateline opens with ("LUSAKA (Reuters) -", "Lusaka –"), when
    rules/places.jsonl lists it among a country's cities; else None."""
    city = re.match(r"\s*([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})\s*[(,–—-]", dateline)
    return _cities(rules).get(city.group(1).lower()) if city is not None and rules.cities else None


def _any_dateline(text: str, matcher, places) -> re.Match | None:
    """The dateline opening `text`: a medium's (`_dateline`) or a place's alone (`_place_dateline`)."""
    return _dateline(text, matcher) or _place_dateline(text, places)


def _is_medium_source(source: Source | None) -> bool:
    return source is not None and source.type in MEDIA_TYPES


def _headline_source(sentence: Sentence, document: Document, matcher, places=()) -> Source | None:
    """FA-KES headlines end with the source: "… consistent with nerve agent use WHO"."""
    if not document.title or document.title.strip() not in sentence.text:
        return None
    words = document.title.strip().rstrip(".").split()
    for size in (4, 3, 2, 1):
        if len(words) > size:
            tail = " ".join(words[-size:])
            source = matcher(tail)
            if source is not None and tail.lower() in places:
                return None  # "… rocket attacks on Aleppo Damascus.": a dateline, not a source
            if source is not None and normalise_name(tail) in {normalise_name(a) for a in (source.name, *source.aliases)}:
                return source
    return None


_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_COLON_PREFIX = re.compile(
    # a date stamp may come first: "10 October 2017 Russian Defense Ministry: More than 100 …",
    # "Wednesday 10 August 2016 20:02 Syrian Coalition: …"
    rf"^\s*(?:(?:[A-Z][a-z]+day,? )?(?:\d{{1,2}} )?{_MONTH_NAMES} (?:\d{{1,2}},? )?\d{{4}} (?:\d{{1,2}}:\d{{2}} )?)?"
    r"([A-Z][\w'’-]*(?: [\w'’-]+){0,3}):\s+\S")


_TAIL_SOURCE = lazy_compile(r".{12,}?\s*(?::|\s[–—-])\s+((?:the\s+)?[\w'’./-]+(?:\s+[\w'’./-]+){0,3})\s*$")


def _headline_tail(text: str, *, rules: RuleSet, context: _Context, publisher, acronyms: dict,
                   story: str = "") -> Attribution | None:
    """A headline that names its source after a colon or a dash: "Civilian killed in Indian firing
    along LoC: ISPR", "… intensifies in East Gojjam – residents", "… kill seven: monitor"; an acronym
    the story spells out ("…: JCS" above "The Joint Chiefs of Staff said")."""
    lex = lexicon(rules)
    match = _TAIL_SOURCE.match(text.strip())
    if not match or text.strip()[-1:] in ".!?\"”":
        return None
    mention = match.group(1)
    words = mention.split()
    matcher = _registry_matcher(rules.registry)
    known = matcher(mention)
    if known is None and mention not in acronyms and mention.isalpha() and mention.isupper() and 2 <= len(mention) <= 6:
        spelled = _spelled_out(mention, story[len(text):])
        if spelled is not None and all(w.lower().rstrip(".") in lex.title_words for w in spelled.split()):
            spelled = None  # a title, no body: "…: PM" above "Prime Minister Benjamin Netanyahu said"
        if spelled is not None:
            mention, words, known = spelled, spelled.split(), matcher(spelled)
            if known is None:
                return Attribution(source=spelled, source_id=slug(spelled), source_type=_guess_type(spelled),
                                   mention=match.group(1), rule="attr.headline-tail")
    if known is None and mention not in acronyms and words[-1].lower() not in lex.descriptions \
            and _head(words) not in lex.unnamed:
        return None
    if known is not None and known.type in {"government"} and len(words) == 1 or mention.lower() in lex.places:
        return None  # "… : Moscow" names a place
    candidate = Candidate(mention, None, None, "attr.headline-tail", len(text) - len(mention))
    return resolve(candidate, rules=rules, context=context, publisher=publisher)


# the heads of a body's name before a headline's colon ("Security Media Cell:", "Ministry of Internal
# Affairs:"); not an event's or a topic's ("Premier League:", "BRICS Summit:", "Labour Party Conference:")
_COLON_BODY_HEADS = {"ministry", "office", "cell", "service", "department", "agency", "police", "army", "forces",
                     "command", "council", "commission", "committee", "authority", "directorate", "bureau", "government",
                     "embassy", "presidency", "secretariat", "prosecution", "inspectorate", "administration",
                     "gendarmerie", "guard", "observatory", "monitor", "mission"}


# what a two-word credit names before its word: "Photo source: Reuters", "Data source: World Bank"
_CREDIT_KINDS = {"photo", "photos", "image", "images", "video", "data", "picture", "pictures", "graphic", "map"}
# the words of a credit line before its colon: "Source: SBS News", "Author: Mara Kohler" (`_colon_prefix`)
_CREDIT_WORDS = {"source", "sources", "author", "authors", "editor", "editors", "reporter", "reporters", "writer",
                 "writers", "photo", "photos", "credit", "credits"}


def _colon_prefix(text: str, *, rules: RuleSet, context: _Context, publisher, subheading: bool = False) -> Attribution | None:
    """Headline attribution by a colon: "Monitor: Russian strike kills 38 civilians"; `subheading`: a
    line inside the story that quotes whom it names, which must be a body or someone named before."""
    lex = lexicon(rules)
    match = _COLON_PREFIX.match(text)
    if not match:
        return None
    mention = match.group(1)
    words = mention.split()
    if (len(words) == 1 or len(words) == 2 and words[0].lower() in _CREDIT_KINDS) and \
            words[-1].lower() in _CREDIT_WORDS and all(
            w[:1].isupper() or not w[:1].isalpha() for w in text[match.end(1) + 1:].split()):
        return None  # a credit, no claim: "Source: SBS News", "Sources: Reuters/AFP", "Author: Mara Kohler"
    source = _registry_matcher(rules.registry)(mention)
    lowered = [w.lower() for w in words]
    named_body = len(words) >= 2 and all(w[:1].isupper() or w in {"of", "for", "and", "the"} for w in words) and \
        not all(w.isupper() for w in words if w[:1].isalpha()) and \
        (lowered[-1] in _COLON_BODY_HEADS or lowered[0] in _COLON_BODY_HEADS and lowered[1] == "of" or
         words[-1].isupper() and words[-1].isalpha() and 2 <= len(words[-1]) <= 6) and \
        mention.lower() not in lex.places and mention.lower() not in lex.nations
    # ("Ministry of Internal Affairs: 31 persons detained", "Kurdistan CTS: drone attack …"; a title
    # or a description: "The mayor: \"The mountain came down …\"", "Charity volunteer: \"…\"")
    if len(words) == 1 and lowered[0] in _CREDIT_WORDS | {"chair", "chairwoman", "chairperson", "co-author"}:
        return None  # ("Author: the war will end within a year", "Chair: talks resume": no one named)
    titled = lowered[-1] in lex.referring_heads or lowered[-1] in lex.title_stems
    if source is None and not named_body and not titled and lowered[-1] not in lex.descriptions and \
            _head(words) not in lex.unnamed:
        return None
    if source is not None and source.type in {"government"} and len(words) == 1:
        return None  # "Moscow: At least 53 civilians …" is a dateline
    if source is None and named_body:
        return Attribution(source=mention, source_id=slug(mention), source_type=_guess_type(mention)
                           if _guess_type(mention) != "person" else "organisation",
                           mention=mention, rule="attr.headline-colon")
    candidate = Candidate(mention, None, None, "attr.headline-colon", 0)
    if subheading or titled:
        # (a title or a description is whom the story named so before, else nobody yet: 'The mayor: "…"')
        found = resolve(candidate, rules=rules, context=context, publisher=publisher)
        return found if found is not None and found.source_type != "anonymous" else None
    return resolve(candidate, rules=rules, context=context, publisher=publisher)


# a line that names whom the next line quotes (Ukrainska Pravda's form): "Source: Vladyslav Horobets,
# Head of Dnipropetrovsk Oblast Military Administration, on Telegram", then 'Quote: "The enemy …'
_SOURCE_LINE = lazy_compile(r"^Source:\s+(?P<name>[A-Z][^,;:\"“”]{1,80}?)(?:,|\s+(?:on|in|via|to|for)\s+|\s*$)")


def _source_line(text: str, following: str, *, rules: RuleSet, context: _Context, publisher) -> Attribution | None:
    """The speaker a "Source:" line names when the line after it opens with "Quote:"; None otherwise
    (a "Source: Reuters/AFP" credit at a story's end quotes nobody)."""
    if not following.lstrip().startswith("Quote:"):
        return None
    found = _SOURCE_LINE.match(text.strip())
    if found is None:
        return None
    candidate = Candidate(found.group("name").strip(), "Source", "neutral", "attr.source-line", 0)
    return resolve(candidate, rules=rules, context=context, publisher=publisher)


# a record the sentence opens with, as the subject of a verb that tells what it shows: "Home Office
# figures show 412 people crossed", "Data from NTSA indicates that", "A later update from the regional
# administration put the number of injured at 52", "The documents show" (not footage, images or video:
# what a picture shows is the outlet's own description)
_RECORD = (r"(?P<record>(?:(?!(?:said|says|told|show|shows|showed)\b)[\w'’.&()-]+\s+){0,6}?"
           r"(?i:figures|data|documents|records|statistics|estimates|tally|count|update|bulletin|report|numbers|"
           r"study|investigation|analysis|review|inquiry|survey|assessment)"
           r"(?:\s+(?:from|by|of|seen\s+by|compiled\s+by|released\s+by|published\s+by|issued\s+by|obtained\s+by|"
           r"reviewed\s+by|cited\s+(?:in|by)|presented\s+to|up\s+to)\s+[^,;:.\"“”]{1,60}?)?)")
_RECORD_SHOWS = lazy_compile(
    r"^(?:(?:However|Meanwhile|But|And|Still|Yet),?\s+)?" + _RECORD +
    r"\s+(?:(?:also|initially|now|previously|later)\s+)?"
    r"(?P<verb>show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested|put|puts|reveal|reveals|revealed|"
    r"found|finds|concluded|concludes|documented|documents)"
    r"\s+(?P<rest>\S.*)$", re.S)
# the same record after what it tells, closing the sentence: "Gold rose 2 percent, the data showed.",
# "Support fell to 14 percent, a Forsa survey showed on Tuesday" (read as the record opening it)
_RECORD_SHOWN = lazy_compile(
    r"^(?P<rest>[^\"“”]+?),\s+(?:as\s+)?(?!(?:which|what|that|than|so|and|but|while|when)\b)" + _RECORD +
    r"\s+(?:(?:also)\s+)?(?P<verb>show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested|"
    r"found|finds)(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s*\.?\s*$", re.S)


_TOLL_KEEPERS = {"monitor", "NGO", "international body"}
# the records whose author "found" or "concluded" what they tell ("The report found that …")
_FINDING_RECORDS = {"report", "study", "investigation", "analysis", "review", "inquiry", "survey", "assessment"}
# a group that is none of the registry's, in sight of "the group said": "a group of doctors", "the Glencore
# Group", "a parliamentary group", "another group" (not "Hezbollah, the Iran-backed group,", "rights groups")
_OTHER_GROUP = lazy_compile(r"\b(?:[Aa]n?\s+group\s+of|[A-Z][\w-]+\s+Group\b|[Aa]nother\s+group|"
                            r"(?:parliamentary|political|business|media|volunteer|civic)\s+group)\b")
# a toll its keeper's possessive names, as the sentence's subject: "The Observatory's toll includes 127 children"
_KEPT_TOLL = lazy_compile(
    r"^(?P<keeper>(?:[Tt]he\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|for|of))*?|[Tt]he\s+(?:monitor|ministry|observatory|agency))"
    r"(?:['’]s|['’](?=\s)|s(?=\s))\s+(?:(?:latest|new|updated|overall|final|own|death|casualty)\s+){0,2}(?:toll|tally)\s+"
    r"(?:(?:has|had|now|also)\s+)?(?P<verb>includes?|included|rose|rises|risen|stood|stands|reached|climbed|jumped)"
    r"\s+(?P<rest>\S.*)$", re.S)


def _put_at_amount(rest: str) -> bool:
    """Whether the words after "put" set a number at an amount ("the number of dead at about 1,200",
    "the number of civilians among them at nearly a third")."""
    at = _search(r"\bat\s+", rest)
    if at is None:
        return False
    amount = rest[at.start():]
    return any(span.start <= 28 for span in find_number_spans(amount)) or \
        _search(r"^at\s+(?:\w+\s+){0,2}?(?:a|one|two)\s+(?:third|half|quarter|fifth|tenth)s?\b", amount) is not None


def _read_as_according_to(reading: str, before: int, *, rules: RuleSet, context: _Context,
                          publisher) -> Attribution | None:
    """The attribution a sentence rewritten to open with "According to X, …" gives, by the first of its
    "according to" candidates whose cue stands before offset `before` that resolves (the sentence
    read so for the while)."""
    candidates = [c for c in find_candidates(reading, rules=rules)
                  if c.rule.startswith("attr.according-to") and c.position < before]
    sentence, context.sentence = context.sentence, reading
    try:
        return next(filter(None, (resolve(c, rules=rules, context=context, publisher=publisher)
                                  for c in candidates)), None)
    finally:
        context.sentence = sentence


def _record_shows(text: str, *, rules: RuleSet, context: _Context, publisher) -> Attribution | None:
    """Who keeps the record a sentence opens with, when the record tells the content ("Home Office
    figures show …" reads as "according to Home Office figures, …": the Home Office; "Lebanese
    official figures put the number at …": unnamed officials; "The documents show …": the documents
    named before, else unnamed). The record's owner is read as "according to" reads it."""
    match = _RECORD_SHOWS.match(text)
    shown = _RECORD_SHOWN.match(text) if match is None else None
    if shown is not None:
        record = shown.group("record")
        match = _RECORD_SHOWS.match(f"{record[:1].upper()}{record[1:]} {shown.group('verb')} "
                                    f"{shown.group('rest')[:1].lower()}{shown.group('rest')[1:]}.")
    kept = _KEPT_TOLL.match(text) if match is None else None
    if kept is not None:
        # "The Observatory's toll includes 127 children", "The monitors death toll rose to 200" (FA-KES):
        # the toll's keeper, as "according to the Observatory's toll" reads (a toll with no keeper, "The
        # death toll rose to 200", is the outlet's own)
        keeper = kept.group("keeper")
        attribution = _read_as_according_to(f"According to {keeper}, {kept.group('rest')}", len(keeper) + 14,
                                            rules=rules, context=context, publisher=publisher)
        if attribution is None or attribution.source_type not in _TOLL_KEEPERS and not (
                attribution.source_type == "government" and _search(r"(?i)\bministry\b", attribution.source)):
            return None  # (whose dead a toll counts is no keeper: "Syria's death toll", "Hezbollah's toll")
        return replace(attribution, cue=kept.group("verb"), stance="neutral", rule="attr.record")
    if match is None:
        return None
    record, verb = match.group("record"), match.group("verb")
    if verb.lower() in {"put", "puts"} and not _put_at_amount(match.group("rest")):
        return None  # ("data put pressure on", "the figures put out by": no number put at an amount)
    if record.split()[0].lower() in {"the", "its", "their"} and record.split()[-1].lower() in _FINDING_RECORDS and \
            verb.lower() in {"found", "finds", "concluded", "concludes", "documented", "documents"}:
        # "The report found that …", "The study concluded …", "The investigation found no evidence …": the
        # report's author, as "the report said" names it (unnamed when nobody is: no attribution)
        found = resolve(Candidate(record, verb, "neutral", "attr.subject-cue", match.start("verb")), rules=rules,
                        context=context, publisher=publisher)
        return replace(found, rule=found.rule + "+finding") if found is not None and \
            found.source_type != "anonymous" and found.source.lower() != record.split()[-1].lower() else None
    if record.split()[0].lower() in {"the", "a", "an", "these", "those", "this", "that", "such"} and \
            len(record.split()) == 2 and record.split()[1].lower() in {"report", "count", "numbers"}:
        return None  # ("The report shows" alone: the report's author, named by the statement cues)
    words = record.split()
    if not (words[0].isupper() or len(words) > 1 and words[1][:1].isupper() or
            rules.registry.lookup(words[0]) is not None):
        record = record[:1].lower() + record[1:]  # (capitalised only to open the sentence: "Payment records")
    attribution = _read_as_according_to(f"According to {record}, {match.group('rest')}", len(record) + 14,
                                        rules=rules, context=context, publisher=publisher)
    if attribution is None:
        attribution = Attribution(source=f"unnamed ({record.lower()})", source_id="anonymous",
                                  source_type="anonymous", mention=record, rule="attr.record")
    return replace(attribution, cue=verb, stance="neutral",
                   rule="attr.record" + attribution.rule.removeprefix("attr.according-to").removeprefix("attr.record")
                   .removeprefix(".common"))  # (its words read by `_common_subject`: the record's own words)


# a count that tells the content, by its keeper: "More than 2,000 were arrested, by the government's own
# count", "Even by Cogat's own count, the strip receives …", "By its count, 300 died", "By one estimate, …"
# (read as "according to the government, …"; a count nobody keeps for himself is unnamed)
_BY_COUNT = lazy_compile(
    r"(?:^|(?<=[,;]\s)|(?<=\s[-–—]\s))(?:[Ee]ven\s+)?[Bb]y\s+"
    r"(?:(?P<owner>(?:the\s+)?[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|of|for|and|the)){0,6}?|the\s+[a-z]+)(?:'s|’s|’|')"
    r"|(?P<pronoun>its|their|his|her)|(?P<unnamed>one|some|other|many|most|official|unofficial|independent))\s+"
    r"(?:own\s+)?(?:(?:latest|official|preliminary|initial|conservative|updated|running)\s+)?"
    r"(?P<record>counts?|tally|tallies|estimates?|reckoning|figures|calculations?)(?=\s*[,;.]|\s*$|\s+[-–—]\s)")
_POSSESSIVE_PRONOUNS = {"its": "it", "their": "them", "his": "him", "her": "her"}


def _by_count(text: str, *, rules: RuleSet, context: _Context, publisher) -> Attribution | None:
    """Who keeps the count a sentence gives its content by ("…, by the government's own count"), read
    as "according to" reads its owner; "by one estimate", "by some counts": unnamed."""
    if "by " not in text.lower():
        return None
    match = _BY_COUNT.search(text)
    before = text[:match.start()] if match is not None else ""
    if match is None or before.count('"') % 2 or before.count("“") > before.count("”") or \
            before.count("«") > before.count("»"):
        return None  # (inside a quotation still open before it: the speaker's count, his words)
    rest = (text[:match.start()].rstrip(" ,;-–—") + " " + text[match.end():].lstrip(" ,;-–—")).strip()
    if match.group("unnamed"):
        record = re.sub(r"^(?:[Ee]ven\s+)?[Bb]y\s+", "", text[match.start():match.end()])
        return Attribution(source=f"unnamed ({record.lower()})", source_id="anonymous", source_type="anonymous",
                           mention=record, cue="by", stance="neutral", rule="attr.by-count")
    owner = match.group("owner") or _POSSESSIVE_PRONOUNS[match.group("pronoun").lower()]
    attribution = _read_as_according_to(f"According to {owner}, {rest}", 1, rules=rules, context=context,
                                        publisher=publisher)
    if attribution is None or publisher is not None and attribution.source_id == publisher.id:
        return None  # (the story's own count, "by AFP's tally" in an AFP story: its own voice)
    # (a count is its keeper's record, through no relay of an interview before: "… told AFP that 40 died.
    # By the Observatory's count, 300 died this year.")
    return replace(attribution, cue="by", stance="neutral", via=(),
                   rule="attr.by-count" + attribution.rule.removeprefix("attr.according-to"))


_INSERTION_SKIP = _MANNER_ADVERBS | {"also", "later", "earlier", "previously", "then", "on", "has", "had", "have", "separately"} | DAYS


# an insertion between spaced dashes right before a reporting verb (same length: offsets kept)
_DASHED_INSERTION = re.compile(r"(?<=[A-Za-z)])\s[-–—]\s((?:(?!\s[-–—]\s)[^,;:\"“”]){3,90}?)\s[-–—]\s"
                               r"(?=(?:also\s|later\s|earlier\s)?(?:said|says|told|added|reported|claimed|stated)\b)")


# an inverted cue, then a role a possessive gives and the name set off after it, ending the sentence:
# '"…," said the union's secretary general, Joseph Korvah.' (read as "said Joseph Korvah, the union's
# secretary general.", the order the rules know; the two parts swap places, the length stays)
_ROLE_THEN_NAME = lazy_compile(
    r"(?P<cue>\b(?:said|says|added|explained|noted|stated|insisted|continued)\s)"
    r"(?P<role>the\s+[a-z][\w-]*(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}[a-z-]+),\s+"
    r"(?P<name>(?:(?:[A-Z][\w'’.-]*|al-[\w'’-]+)\s+){1,3}[A-Z][\w'’-]*)(?=\s*[.;]?\s*[\"”]?\s*$)")


# what may follow a closing speaker's cue to the sentence's end ("…, the agency said on Monday.")
# the verbs of a country or a body that records a count, inside the content a speaker closing the
# sentence reports: "Thailand has reported its first case of mpox, the Department of Disease Control said"
_RECORDING_CUES = {"reported", "reports", "recorded", "records", "registered", "logged", "detected"}
# an opening subject's commitment, which the closing speaker reports ("Saudi Arabia has pledged …, the
# federation said")
_COMMITTING_CUES = {"pledged", "pledges", "vowed", "vows", "promised", "promises", "called on", "urged", "urges"}
_CLOSING_TAIL = lazy_compile(r"\s*(?:(?:on|late|early|in|at|last|this)\s+[\w'’ -]{0,40})?[.!?]?[\"”’']?\s*$")


# an agency of a state or a body, no news agency: "the Public Health Agency of Sweden", "the European
# Environment Agency"
_PUBLIC_AGENCY = lazy_compile(r"\b(?<!News )(?<!Press )(?<!Telegraph )(?<!Information )Agency\s+(?:of|for)\b|\b(?:Health|Environment|Protection|Management|"
                              r"Safety|Energy|Space|Security|Medicines|Food|Atomic|Nuclear|Emergency|Development|"
                              r"Refugee|Relief|Works|Transport|Aviation|Maritime|Border|Revenue|Tax|Statistics|"
                              r"Statistical|Intelligence|Regulatory|Enforcement)\s+Agency\b")


# a sentence that moves to another country before its speaker ("In neighbouring Mali, the army said …")
_IN_COUNTRY = lazy_compile(r"^\W*(?:In|Across\s+the\s+border\s+in|Over\s+the\s+border\s+in)\s+(?:neighbou?ring\s+)?"
                           r"(?P<country>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),")


# capitalised words set off by commas before the sentence's subject: a list's earlier names ("Argentina, " in
# "Argentina, Paraguay and Peru have reported") or an opening phrase ("Separately, ", "On Monday, ")
_LISTED_BEFORE = lazy_compile(r"\s*(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+)+")


def _closing_speaker_first(candidates: list[Candidate], reading: str, matcher) -> list[Candidate]:
    """The candidates with a speaker named after the content, closing the sentence, first: before an
    unnamed passive accusation inside the content, which that speaker reports ("The suspects were
    accused of links to IS, the agency said."), and before an opening subject that records a count
    ("Thailand has reported its first case …, the Department of Disease Control said"), unless a medium
    closes it, which relays the subject's own count ("Hezbollah reported …, Lebanese media said")."""
    if len(candidates) < 2:
        return candidates
    passive = any(c.rule == "attr.passive" for c in candidates)
    opening = candidates[0]
    if not passive and not (opening.rule == "attr.subject-cue" and
                            (opening.cue or "").lower() in _RECORDING_CUES | _COMMITTING_CUES and
                            opening.mention and (reading.lstrip().startswith(opening.mention) or
                                                 _LISTED_BEFORE.fullmatch(reading[:max(0, reading.find(opening.mention))]))):
        return candidates
    closing = [c for c in candidates if c.rule == "attr.subject-cue" and c.mention and c.cue and
               _search(rf",\s*{re.escape(c.mention)}\s+(?:\w+\s+)?{re.escape(c.cue)}", reading[:c.position + len(c.cue)])
               and _CLOSING_TAIL.match(reading, c.position + len(c.cue))
               and (passive or not (_is_media(c.mention, matcher.registry, matcher) and not _PUBLIC_AGENCY.search(c.mention) or
                                    "media" in c.mention.lower().split()))]
    if not passive and (opening.cue or "").lower() in _COMMITTING_CUES:
        # (a named speaker only: "The rebels vowed to fight on, a spokesman said" is their spokesman's)
        closing = [c for c in closing if c.mention.split()[-1][:1].isupper()]
    if not closing:
        return candidates
    return closing + [c for c in candidates if c not in closing]


# an interview set off after the speaker, who then speaks: "DSP Mohd Farhan Jaafar, when contacted by
# Bernama, said …" reads "… Jaafar told Bernama …" (the medium relays, or publishes, as "told" says; the
# cue stays the word written, `attribute`)
_CONTACTED_BY = re.compile(r",\s+(?:when|after|after\s+being)\s+(?:contacted|reached|asked|approached|interviewed)\s+by\s+"
                           r"((?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
                           r"(?:\s+(?:on|last|this|late|early)\s+[A-Za-z]+)?,\s+(?P<cue>said|says|added)\b")


# the medium an insertion says saw, carried or quoted the subject's words ("The report, seen by AFP, said")
_INSERTED_CARRIER = re.compile(r"^\W*(?:in\s+(?:(?:a|an|its|his|her|their)\s+)?(?:[a-z]+\s+)?(?:statement|comments?|remarks|interview|"
                               r"message|letter)\s+)?(?:(?:which|that)\s+)?(?:(?:was|were|has\s+been|had\s+been)\s+)?"
                               r"(?:(?:first|also|later)\s+)?"
                               r"(?:" + "|".join(sorted(_MEDIUM_CARRIES | {"quoted", "cited"})) + r")\s+by\s+"
                               r"((?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,5})")


def _reading(text: str, rules: RuleSet) -> str:
    """The sentence as the rules read it. The rules were written for text that lost its commas
    (FA-KES prints "Jens Laerke a spokesman for OCHA said"), so an insertion set off by a pair of
    commas between a speaker and a reporting verb is read without them: "Jens Laerke, a spokesman
    for OCHA, said", "Activists, however, said", "a rebel commander, who asked not to be named, told
    AFP". Every other comma stays: it still ends an opening phrase ("Citing the head of the
    Observatory, the Independent reports") or a clause before a trailing relay ("…, reports
    Reuters"). A speaker's age before such an insertion goes with its commas: "Murad Khalaf, 52, a
    farmer from Sinuni, told AFP" reads "Murad Khalaf a farmer from Sinuni told AFP". An insertion
    between dashes reads the same way ("The Raqa Revolutionaries Brigades - one of the Arab
    components of the alliance - also said"), its dashes blanked."""
    if " - " in text or " – " in text or " — " in text:
        text = _DASHED_INSERTION.sub(lambda m: " " + m.group(1) + " ", text)
    if " by " in text and (", when " in text or ", after " in text):
        text = _CONTACTED_BY.sub(lambda m: f" told {m.group(1)}", text)
    if "'s " in text or "’s " in text:
        text = _ROLE_THEN_NAME.sub(lambda m: f"{m.group('cue')}{m.group('name')}, {m.group('role')}", text)
    if text.count(",") < 2:
        return text
    index = derived(rules, "attribution.cues", lambda r: _cue_index(r.cues))
    tokens = tokenize(text, rules)
    drop, ages = [], []
    for k, token in enumerate(tokens):
        if token.text != "," or k == 0:
            continue
        m = k + 1
        while m < len(tokens) and tokens[m].lower in _INSERTION_SKIP:
            m += 1
        cue = (index.single.get(tokens[m].lower) or index.conditional_at(tokens, m)) if m < len(tokens) else None
        if cue is None or cue.kind != "verb" or tokens[m].text[:1].isupper():
            continue
        opening = next((j for j in range(k - 1, max(-1, k - 26), -1) if tokens[j].text in {",", ";", ":"} | QUOTES_OPEN
                        | QUOTES_CLOSE and not _in_number(tokens, j)), None)
        if opening is not None and tokens[opening].text == "," and opening + 1 < k and \
                tokens[opening + 1].lower not in _ADJUNCT_OPENERS and \
                not (tokens[opening - 1].text == ")" and all(t.capitalised for t in tokens[opening + 1:k])
                     and not any(t.lower.rstrip(".") in lexicon(rules).title_stems for t in tokens[opening + 1:k])):
            # (but a name after a body's bracketed acronym keeps its commas: "The chairman of the
            # Cattle Breeders Association (MACBAN), Bello Danladi, denied" names the man after the
            # body, not "MACBAN) Bello Danladi")
            # (not an adjunct: "The ministry, in a statement, said" reads as it stands)
            drop += [tokens[opening].start, token.start]
            if opening >= 2 and tokens[opening - 1].text.isdigit() and len(tokens[opening - 1].text) <= 3 \
                    and tokens[opening - 2].text == ",":
                ages.append((tokens[opening - 2].start, tokens[opening - 1].end))  # "Murad Khalaf, 52, a farmer, told"
    if not drop:
        return text
    # a comma glued to the next word ("Laerke,a spokesman") leaves a space, never "Laerkea"; the
    # age between a name and its apposition is no part of the speaker's name
    # (a comma that closes one insertion and opens the next is dropped once: "The Information
    # Minister, Peter Lokali Kolong, denied the accusation, saying", never "Kolongdenied")
    edits = [(at, at + 1, "" if text[at + 1:at + 2].isspace() else " ") for at in set(drop)]
    edits += [(start, end, "") for start, end in ages]
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


# what a rule, not a speaker, is "according to" ("according to Islamic rites", "… Sharia law")
_RULES_NOT_SPEAKERS = {"rite", "rites", "law", "laws", "tradition", "traditions", "custom", "customs", "calendar",
                       "standards", "rules", "principles", "procedure", "procedures", "protocol", "protocols", "norms",
                       "teachings", "practice", "practices", "schedule", "timetable"}
_ADJUNCT_OPENERS = {"in", "on", "at", "during", "from", "after", "before", "via", "through", "under"}
# an officer's role in a body, as an insertion: ", a logistics officer with Unrwa, …", ", director of
# al-Ahli Arab Hospital, where …", ", co-chair of the Health Authority in the Euphrates Region,"
# (an insertion also names lesser roles: "a logistics officer with Unrwa", "a member of", and a body
# spelled in lower case first: "director of al-Ahli Arab Hospital")
def _body_of_inserted_role(insertion: str, context: _Context, matcher, rules: RuleSet) -> Source | Attribution | None:
    """The body a role inserted between a named person and the cue names: "co-chair of the Health
    Authority in the Euphrates Region", "the army's sector spokesman" (the body of that kind the text
    spoke of), "NRC's spokeswoman"; None when the role names no body ("head of research at a
    Copenhagen-based shipping consultancy")."""
    officer = _ROLE_IN_INSERTION.match(insertion)
    if officer is not None and _speaks_for_himself(officer.group(), insertion):
        return None  # ("chairman of the Y Ty Commune People's Committee": himself, as a mayor)
    if officer is not None:
        phrase = officer.group("body")
        body = _not_foreign(_named_body(phrase, context, matcher), phrase, rules=rules, context=context)
        if body is None and any(w[:1].isupper() or _NAME_PREFIX.match(w) for w in phrase.split()):
            body = phrase
        if isinstance(body, str):
            return Source(id=slug(body), name=body,
                          type=_guess_type(body) if _guess_type(body) != "person" else "organisation")
        if body is not None:
            return body
    if officer is None and (with_body := _AFFILIATION_INSERTION.match(insertion)) is not None:
        # "Meteorologist Aaron Feldt, with the National Weather Service office in Norman, said": the
        # body a person works with, when the registry knows it
        phrase = re.sub(r"\s+(?:office\s+)?in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$", "", with_body.group("body"))
        body = _named_body(phrase, context, matcher)
        if isinstance(body, Source) and body.type not in {"person", "place"}:
            return body
        if body is None and phrase.split()[-1].lower() in _BODY_WORDS | {"service", "services"} and \
                all(w[:1].isupper() or w in {"of", "for", "and", "the"} for w in phrase.split()):
            return Source(id=slug(phrase), name=phrase, type=_guess_type(phrase) if _guess_type(phrase) != "person"
                          else "organisation")
    if _POLICE_ROLE_INSERTED.fullmatch(insertion.strip()):
        # "Charles Owino, the police spokesman, said", "said Charles Owino, police spokesman": the force,
        # as "Police spokesman Charles Owino said" reads it (fixtures/gold/GUIDELINES.md, police)
        force = _police_force(context, len(context.sentence))
        if isinstance(force, Attribution):  # (the force that spoke before)
            return Source(id=force.source_id, name=force.source, type=force.source_type)
        return Source(id=slug(force), name=force, type="government")
    described = _search(r"^(?:the|an?)\s+([a-z]+)\s+(spokes(?:man|woman|person))$", insertion.strip())
    if described is not None and described.group(1) in _STATE_KIND_WORDS:
        insertion = f"the {described.group(1)}'s {described.group(2)}"  # ("a ministry spokeswoman": the ministry's)
    owned = _ROLE_OWNED.match(", " + insertion.strip())
    if owned is None and (after := _ROLE_AFTER_BODY.fullmatch(insertion.strip())) is not None and \
            (set(after.group(4).lower().split()) & _SPOKES or after.group(4).strip().lower() in _PRESS_ROLES):
        owned = after  # (a spokesman's role only: not "the Mayo-Sava divisional officer", "the Rueso police chief")
    if owned is not None and _search(rf"(?:^|\s)(?:{_FORMER_MARK})", owned.group(4)):
        return None  # ("the Taliban's former spokesman": himself, as a former officer is)
    if owned is None or not any(w.rstrip(".,").lower() in _SPOKES or w.rstrip(".,").lower() in context.lex.officer_roles
                                for w in owned.group(4).split()):
        return None
    word = (owned.group(2) or "").lower()
    body = _owner_of_kind(context.lex, context, word, 0) if word in context.lex.descriptions else \
        _named_body(owned.group(3), context, matcher) if owned.group(3) else None
    if body is None and owned.group(3) and _body_owner_named(context.lex, owned.group(3)):
        body = owned.group(3)  # ("the Taliban's chief spokesman", "the Taliban spokesman": named from the text)
    return Source(id=slug(body), name=body, type="organisation") if isinstance(body, str) else body


# a state body's kinds whose unpossessed spokesman ("a ministry spokeswoman") speaks for the body of that
# kind the text named, as "the ministry's spokeswoman" does (no medium's or a monitor's kind: "an agency
# spokesman" after "…, AFP reported" is no AFP's; nor "coalition", "administration", "bank", whose
# registry sources a story may not mean)
_STATE_KIND_WORDS = {"ministry", "directorate", "governorate", "municipality", "prefecture"}
# a police spokesman's role inserted after his name, the force unnamed: "the police spokesman", "a
# police spokesperson", "police spokesman" (`_body_of_inserted_role`)
_POLICE_ROLE_INSERTED = lazy_compile(r"(?:(?:the|a)\s+)?(?:(?:deputy|chief|senior|acting|national|regional|district|"
                                     r"local|county|provincial|state)\s+)?police\s+(?:spokes(?:man|woman|person)|"
                                     r"public\s+relations\s+officer|press\s+officer)")
_PRESS_ROLES = {"press secretary", "press officer"}
# a role after the body's name without a possessive: "the Taliban spokesman", "the deputy UN spokesman",
# "the White House press secretary" (groups as `_ROLE_OWNED`'s)
_ROLE_AFTER_BODY = lazy_compile(r"(the)\s+(?:(?:deputy|chief|top|senior|acting)\s+)?()"
                                r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})(?:'s|’s)?\s+((?:[a-z][\w-]*\s*){1,3})")


def _body_owner_named(lex: Lexicon, name: str) -> bool:
    """Whether capitalised words before a spokesman's role name a body the registry does not know
    ("Taliban", "Sahel Relief Network"): not a place, a country or a people ("the Syrian spokesman")."""
    words = name.split()
    return all(w[:1].isupper() for w in words) and not any(
        w.lower() in lex.places or w.lower() in lex.nations or w.lower() in NATIONALITIES or
        _country_of_demonym(lex, w.lower()) is not None for w in words)


def _body_named_by_role(insertion: str, context: _Context, matcher, rules: RuleSet) -> bool:
    """Whether a role inserted after a name names the body he speaks for ("co-chair of the Health
    Authority in the Euphrates Region"): not a registry NGO or monitor found by a word of the name
    (a foreign civil defence), nor a department's words ("head of the public relations department
    of ANAMA")."""
    body = _body_of_inserted_role(insertion, context, matcher, rules)
    if isinstance(body, Attribution):
        body = rules.registry.get(body.source_id) or Source(id=body.source_id, name=body.source, type=body.source_type)
    return isinstance(body, Source) and body.type not in {"person", "anonymous"} and \
        not (rules.registry.get(body.id) is body and body.type in {"NGO", "monitor"})


_ROLE_IN_INSERTION = lazy_compile(r"\s*(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,2}(?:" + _OFFICER_ROLES +
                                r"|officer|manager|representative|member)\s+(?:of|for|with|at)\s+" +
                                _role_body("[A-Za-z]"))


_AFFILIATION_INSERTION = lazy_compile(r"\s*(?:with|of|from)\s+" + _role_body("[A-Z]") +
                                      r"(?:\s+office(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)?\s*$")


# a subject, then the statement it spoke in and who signed it, before the verb: "The Zamfara State
# Government, in a statement by the Commissioner for Information, Malam …, said" (not "carried by Xinhua")
_STATEMENT_BY = re.compile(r"[^,]{3,120},\s+in\s+a\s+(?:[\w-]+\s+)?(?:statement|press\s+release|communiqu[eé]|letter)\b"
                           r"(?:(?!\bcarried\b)[^,])*?\bby\b")


# a retired officer's mark after his rank: "Col (retd) C P Muthanna", "Maj-Gen (rtd.) …"
_RETIRED = re.compile(r"(?<=\S)\s\((?i:retd|rtd|retired)\.?\)(?=\s)")


# an insertion saying why a speaker is not named: "A senior official of the district administration, requesting
# anonymity, told", "A diplomat at the SADC secretariat, speaking on condition of anonymity, said"
_ANONYMITY_PARTICIPLES = {"requesting", "speaking", "preferring", "asking", "declining", "insisting"}


# what says a speaker is not named ("speaking on condition of anonymity", "who did not want to be named")
_ANONYMITY = lazy_compile(r"(?i)\b(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|(?:requesting|requested|pleaded|"
                          r"asking\s+for|asked\s+for|sought)\s+anonymity|(?:asked|asking|wished|wishing|did\s+not\s+want|"
                          r"declined|declining|preferred|preferring)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|"
                          r"speaking\s+anonymously|on\s+anonymity)\b")
# (not "city" or "town", which end bodies' names: "Freetown City Council" read short as "Freetown City")
_PLACE_WORDS = (_PLACE_NOUNS | {"county"}) - {"city", "town"}


def _anonymous_by_the_text(attribution: Attribution, text: str, rules: RuleSet, lex: Lexicon) -> bool:
    """Whether a named source is a speaker the sentence says is not named: a place the subject is
    from ("A health official in neighbouring Nangarhar province"), or a person described by what he
    is or does and no body ("a logistics manager in Muse", "one Te Karaka woman"); not the body an
    unnamed official speaks for ("A senior official of the district administration, who requested
    anonymity," is the administration, GUIDELINES)."""
    lowered = text.lower()
    if attribution.source_type == "anonymous" or attribution.speaker not in {None, attribution.source} or \
            attribution.carried or not ("anonym" in lowered or " named" in lowered or "identified" in lowered) or \
            not _ANONYMITY.search(text):
        return False
    name = attribution.source.lower()
    words = name.split()
    if name in rules.places or len(words) > 1 and words[-1] in _PLACE_WORDS and \
            (" ".join(words[:-1]) in rules.places or attribution.source[:1].isupper()):
        return True
    if rules.registry.get(attribution.source_id) is not None or _body_word_in(attribution.source) or \
            not attribution.mention:
        return False
    if any(len(w) >= 2 and w.isupper() for w in attribution.source.split()):
        return False  # ("An M23 official", "A CORPOELEC worker": the body the acronym names, read elsewhere)
    written = re.escape(attribution.mention)
    # (the words round the mention as written: "One Agios Amvrosios resident", "a logistics manager in Muse")
    before = _search(rf"\b(?:an?|one|another)\s+(?:[\w'’-]+\s+){{0,2}}{written}", text, re.IGNORECASE)
    after = _search(rf"{written}\s+([\w'’-]+)", text)
    mention = attribution.mention.lower().split()
    # the source is the description itself ("manager in Muse"), or a place-like name before one ("One
    # Agios Amvrosios resident")
    described = any(w in lex.unnamed or w in lex.officer_roles for w in words) or \
        (after is not None and after.group(1).lower() in lex.unnamed) or \
        (attribution.source_type == "person" and mention[-1] in lex.unnamed and not _body_word_in(attribution.mention))
    return described and (mention[0] in {"a", "an", "one", "another"} or before is not None)


# a quotation closed by a comma, then the words that may open its speaker's subject
_AFTER_QUOTATION = re.compile(r',\s*["”]\s+(?:[A-Z]|(?:a|an|the|one)\s)')


def _opens_with_subject(reading: str) -> bool:
    """Whether a subject may open the sentence, or open the words after a quotation closed by a comma
    (where `_without_insertion` looks for a subject, an insertion and the cue)."""
    return reading.lstrip()[:1].isupper() or _AFTER_QUOTATION.search(reading) is not None


def _without_insertion(text: str, rules: RuleSet) -> tuple[str, str] | None:
    """The sentence without the insertion between its opening subject and the reporting verb, and
    the insertion, or None: "Mohammad, a Tafas resident in his forties, told Enab Baladi" reads
    "Mohammad told Enab Baladi"; "The Horan Free Gathering, a local network that documents
    violations, said" reads "The Horan Free Gathering said". (A second reading, tried when the
    first finds no named source.)"""
    if text.count(",") < 2:
        return None  # (most sentences: no pair of commas, no insertion)
    index = derived(rules, "attribution.cues", lambda r: _cue_index(r.cues))
    descriptors = lexicon(rules).descriptors
    tokens = tokenize(text, rules)
    opener = 0
    if len(tokens) > 2 and tokens[0].lower in _SENTENCE_ADVERBS and tokens[1].text == ",":
        opener = 2  # "However, a security officer at the scene, who sought anonymity …, said"
    interview = next((k for k in range(3, min(len(tokens) - 1, 10)) if tokens[k].text == ","), None) \
        if len(tokens) > 4 and tokens[0].lower in {"speaking", "talking"} and tokens[1].lower in {"to", "with"} else None
    if interview is not None:
        # "Talking to The News, a senior official of the district administration, who requested
        # anonymity, said": the subject after the interview's medium, which stays (the relay)
        found = _insertion_after(text, tokens, interview + 1, index, descriptors)
        return (text[:tokens[interview + 1].start] + found[0], found[1]) if found is not None else None
    found = _insertion_after(text, tokens, opener, index, descriptors)
    if found is None and (quoted := next((k + 1 for k in range(len(tokens) - 2, 0, -1)
                                          if tokens[k].text in QUOTES_CLOSE and tokens[k - 1].text == ","), None)):
        # '"…," Hussein Al Najjar, a senior energy analyst at a Dubai consultancy, told': the subject
        # opens the words after the quotation
        found = _insertion_after(text, tokens, quoted, index, descriptors)
    return _name_kept(text, found)


# words that rank a body among its kind, in a subject before an insertion (`_insertion_after`)
_FOREMOST = {"main", "largest", "biggest", "leading", "principal", "ruling"}
# a body's name set apart after its kind, then more of the insertion: ", Srpska Lista, which is backed …"
_NAME_THEN_CLAUSE = lazy_compile(r"\s*(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and)){0,5}),\s+(?=which\b|who\b|"
                                 r"whose\b|an?\s|the\s)")


def _name_kept(text: str, found: tuple[str, str] | None) -> tuple[str, str] | None:
    """`found` (the sentence without its insertion, the insertion) with a body's name that opens the
    insertion after its kind kept: "The main Kosovo Serb party, Srpska Lista, which is backed by
    Belgrade, called …" reads "The main Kosovo Serb party, Srpska Lista, called …", as it would
    without the relative clause (`_body_then_person`)."""
    if found is None or (named := _NAME_THEN_CLAUSE.match(found[1])) is None:
        return found
    at = text.find(found[1])
    kind = re.search(r"\b([a-z]+),$", text[:at])
    if kind is None or kind.group(1) not in _BODY_WORDS:
        return found
    rest = at + len(found[1])
    return f"{text[:at]} {named.group('name')},{text[rest + 1:]}", found[1][named.end():]


# what a subject may speak in, set off after it ("…, in a statement posted on its Facebook page, put …")
# a channel a statement names as its own, no medium's: "told reporters", "in a statement", "at a news
# conference", "on Telegram": such a statement keeps no relay of the sentence before (`_resolve`, `attribute`)
# (only as the speaker's own words: the cue and at most three words of when, or an opening participle; a
# channel inside what he reports is none of his: "He said the army had denied it in a statement")
_OWN_CHANNEL_AFTER_CUE = lazy_compile(
    r"(?:\s+(?:on\s+[A-Z][a-z]+|later|earlier|also|late|early|then|again|separately|today|yesterday|[a-z]+ly)){0,3}?"
    r"\s+(?:(?<=told\s)(?:reporters|journalists|a\s+(?:news|press)\s+conference|"
    r"a\s+briefing)\b|(?<!told\s)(?:in\s+a\s+(?:(?:separate|later|written|joint)\s+)?(?:statement|video|post|speech|"
    r"televised\s+address|press\s+release)\b(?!\s+to\s)|at\s+a\s+(?:(?:news|press)\s+conference|briefing)\b|"
    r"on\s+(?:his\s+|her\s+|its\s+)?(?:Telegram|X|Twitter|Facebook|Instagram)(?![\w-])))")
_OWN_CHANNEL_OPENING = lazy_compile(r"^(?:[^,;:\"“]{2,60},\s+)?(?:[A-Z][a-z]+\s+)?(?i:Speaking|Addressing|Writing|Posting)"
                                    r"(?:\s+[a-z]+ly|\s+later|\s+earlier)?\s+(?:to|at|before|on)\s+(?:a\s+|the\s+)?"
                                    r"(?:(?:news|press)\s+conference|briefing|reporters|journalists|Telegram|X)\b")
# (also set off after the subject, "X, speaking to reporters,"; the channel right after the participle's
# preposition: not "addressing reports that journalists …", "speaking about the journalists killed")


def _own_channel(text: str, cue: str | None) -> bool:
    """Whether a statement names a channel of its own right at its cue ("He said in a statement on
    Monday", "He later told reporters", "… said on Telegram") or in an opening participle ("Speaking at
    a news conference, he said"): it went through no relay of the sentence before."""
    if _OWN_CHANNEL_OPENING.search(text):
        return True
    if not cue:
        return False
    at = _search(rf"\b{re.escape(cue)}\b", text)
    return at is not None and _OWN_CHANNEL_AFTER_CUE.match(text, at.end()) is not None
_STATEMENT_PLACES = _DOCUMENT_NOUNS | {"message", "interview", "briefing"}


def _insertion_after(text: str, tokens: list[Token], opener: int, index, descriptors) -> tuple[str, str] | None:
    """`_without_insertion` for the subject opening at token `opener`."""
    first = next((k for k, t in enumerate(tokens) if t.text == "," and k >= opener), None)
    relative = first is not None and first + 1 < len(tokens) and (
        tokens[first + 1].lower == "who" or tokens[first + 1].lower in _ANONYMITY_PARTICIPLES) and \
        tokens[opener].lower in DETERMINERS | _QUANTIFIERS and \
        not any(t.text.islower() and t.lower.endswith("ed") for t in tokens[opener + 1:first])
    # "Yemen's internationally recognized government, in a statement carried by the state-run Saba news
    # agency, accused …", "The shipping company, in a statement posted on its Facebook page, put …": an
    # insertion that only says where the subject spoke leaves a subject in lower case whole
    statement = first is not None and first + 4 < len(tokens) and tokens[first + 1].lower == "in" and \
        tokens[first + 2].lower in {"a", "an", "its", "their", "the"} and \
        any(tokens[k].lower in _STATEMENT_PLACES for k in range(first + 3, min(len(tokens), first + 6)))
    # (not a clause: "The army detained Mohammed Salem, who works for the agency, said a colleague")
    # (a person described, then who he is: "A nurse at a public hospital in Maputo, who asked not to be
    # named because …, said", "The administrator, who asked not to be named for his safety, said")
    if first is None or not 1 <= first - opener <= 12 or not (tokens[opener].text[:1].isupper() or opener) or \
            not all(t.text[:1].isupper() or t.lower in DETERMINERS | {"of", "for", "and", "at", "on", "in", "with", "(", ")", "&"}
                    or "-" in t.text
                    or (t.text.isdigit() and len(t.text) <= 3 and k > opener and tokens[k - 1].text == "(")  # "Sunita Devi (52)"
                    or t.lower in descriptors  # ("A local official, who spoke on condition of anonymity, put";
                    #                             "An official in Daraa's Internal Security Command, speaking …, said")
                    or (k == first - 1 and t.lower in _BODY_WORDS | {"government"})
                    # ("The main Kosovo Serb party, Srpska Lista, which is backed by Belgrade, called")
                    or (t.lower in _FOREMOST and tokens[first - 1].lower in _BODY_WORDS)
                    or (k > opener and t.lower in _TERRITORIES)  # ("Ranau district police chief DSP …,")
                    # ("The command's spokesman, SP Emmanuel Ocheja, in a statement …, said": a body's
                    # officer named by the word for its kind)
                    or (k == opener + 1 and tokens[opener].lower == "the" and t.lower.endswith(("'s", "’s")) and
                        t.lower[:-2] in _BODY_WORDS)
                    or ((relative or statement) and t.text.isalpha() and t.text.islower())
                    for k, t in enumerate(tokens[opener:first], start=opener)):
        return None  # (a name or a body, not a clause: "Assad only controls 48 percent of the country, …")
    if first + 1 < len(tokens) and tokens[first + 1].lower in {"citing", "quoting", "according"}:
        return None  # "PTI, citing officials, reported": the insertion names the source
    for k in range(first + 2, min(len(tokens) - 1, first + 40)):
        if tokens[k].text in {";", ":"} | QUOTES_OPEN | QUOTES_CLOSE:
            return None
        if tokens[k].text != "," or _in_number(tokens, k):
            continue
        m = k + 1
        while m < len(tokens) and tokens[m].lower in _INSERTION_SKIP:
            m += 1
        cue = (index.single.get(tokens[m].lower) or index.conditional_at(tokens, m)) if m < len(tokens) else None
        if cue is None and m < len(tokens):
            # a cue of two words or more: "…, who visited the area, appealed to the parties", "called for"
            cue = next((c for words, c in index.multi.get(tokens[m].lower, ())
                        if tuple(t.lower for t in tokens[m:m + len(words)]) == words), None)
        if cue is None and m + 1 < len(tokens) and tokens[m].lower in {"was", "were", "is", "has"}:
            # "A spokesperson for the FARDC, Colonel Jean-Pierre Mbuyi Kalonji, was quoted by …
            # as saying": the passive of a quoting verb
            passive = index.single.get(tokens[m + 1].lower)
            cue = passive if passive is not None and passive.kind == "quote" else None
        if relative and m + 1 < len(tokens) and tokens[m + 1].lower in {"a", "an"}:
            return None  # ('…, who was shot in the chest, said a nurse': the speaker comes after the cue)
        if cue is not None and cue.kind in {"verb", "toll", "quote"} and not tokens[m].text[:1].isupper():
            inner = next((j for j in range(first + 2, k - 3) if tokens[j].text == "," and tokens[j + 1].lower == "in" and
                          tokens[j + 2].lower in {"a", "an", "its", "their", "the"} and
                          any(tokens[q].lower in _STATEMENT_PLACES for q in range(j + 3, min(k, j + 6)))), None)
            if inner is not None and all(t.text[:1].isupper() or t.text in {".", "(", ")"} for t in tokens[first + 1:inner]):
                # "The command's Police Public Relations Officer, SP Emmanuel Ocheja, in a statement issued in
                # Lokoja on Sunday evening, said": his name stays, where he spoke goes
                return text[tokens[opener].start:tokens[inner].start] + " " + text[tokens[k].end:].lstrip(), \
                    text[tokens[inner].end:tokens[k].start]
            return text[tokens[opener].start:tokens[first].start] + " " + text[tokens[k].end:].lstrip(), \
                text[tokens[first].end:tokens[k].start]
    return None


def _named_in(insertion: str, attribution: Attribution, context: _Context) -> bool:
    """Whether the person found inside an insertion is named there after a role or "named": "Her
    lawyer, a former judge named Amina Diallo, said", "A senior official, the deputy governor Ali
    Musa, said" (he speaks; not "the military task force covering the North West")."""
    if attribution.source_type != "person":
        return False
    before = insertion[:insertion.find(attribution.mention)].split()
    word = before[-1].lower().rstrip(".,") if before else ""
    return word in {"named", "called"} or word in context.lex.title_stems or word in context.lex.referring_heads


# an insertion that describes the subject before it, not a speaker named in it ("the military task
# force covering the North West", "which runs a hospital in Kutupalong", "run by Britain's Royal Navy")
_DESCRIBING_INSERTION = re.compile(r"\s*(?:(?:the|a|an)\s+[a-z]|which\s|whose\s|run\s+by\s|part\s+of\s)")
_SENTENCE_ADVERBS = {"however", "meanwhile", "separately", "earlier", "later", "still", "yet", "instead", "elsewhere"}


def _in_number(tokens: list[Token], j: int) -> bool:
    """A comma that separates thousands ("650,000"), not clauses."""
    return tokens[j].text == "," and 0 < j < len(tokens) - 1 and tokens[j - 1].text.isdigit() and \
        tokens[j + 1].text.isdigit() and tokens[j - 1].end == tokens[j].start and tokens[j].end == tokens[j + 1].start


def _as_written(mention: str, text: str) -> str:
    """`mention` (read without commas) as `text` writes it, commas included; itself if not found."""
    found = _search(r"(?:,\s*|\s+\((?i:retd|rtd|retired)\.?\)\s+|\s+)".join(
        re.escape(word) for word in mention.split()), text)
    return found.group() if found else mention


# single quotation marks, in a story that quotes with them (British style: "'It started after 1 a.m.
# …', one resident told OC Media"): an opening mark before a capital at a sentence's or a word's start
# (not "'90s-era"), a closing one after a stop or a comma, or after a word and before punctuation or at
# the sentence's end (a quoted subheading: "'We don't know if they are alive'")
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–]))['‘](?=[A-Z])")
_SINGLE_CLOSING = re.compile(r"(?<=[.,!?])['’](?=\s|$)|(?<=[\w])['’](?=[,.;:!?](?:\s|$)|$)")
# a pair inside one sentence, whatever follows the opening mark ("it was 'aware of the reports'"); an
# apostrophe inside a word ("'It's a tragedy,'") or after a plural's s ("'We want the farmers' rights
# back,'") is no closing mark while a later one closes the pair
_SINGLE_PAIR = re.compile(r"(?:^|(?<=[\s(\[—–]))['‘]((?:[^'‘’\n]|(?<=\w)['’](?=\w)|(?<=s)['’](?=\s[a-z])){1,300})"
                          r"['’](?=[\s,.;:!?)]|$)")


def _double_quoted(sentences) -> list:
    """The sentences with their single quotation marks read as double ones (same length), when the
    story opens a sentence with one and closes it with one; else as they are."""
    if not any(_SINGLE_OPENING.match(sentence.text.lstrip()) for sentence in sentences) or \
            not any(_SINGLE_CLOSING.search(sentence.text) for sentence in sentences):
        return list(sentences)
    out, open_single = [], False
    for sentence in sentences:
        text = _SINGLE_PAIR.sub(lambda m: f'"{m.group(1)}"', sentence.text)
        if text[:1] in "'‘" and _SINGLE_OPENING.match(text):
            text, open_single = '"' + text[1:], True  # a quotation opening here, closed in a later sentence
        elif open_single and _SINGLE_CLOSING.search(text) and not any(c in sentence.text for c in "\"“"):
            # one opened in an earlier sentence, closed here (with a pair of its own after it: "… regime',
            # the ministry said, accusing Yerevan of 'preparing the ground'")
            text, open_single = _SINGLE_CLOSING.sub('"', text, count=1), False
        out.append(replace(sentence, text=text))
    return out


def attribute(sentences, *, rules: RuleSet, document: Document | None = None) -> list[Attribution | None]:
    """Attribution (or None) for each sentence of one document, in order."""
    sentences = _double_quoted(sentences)
    context = _Context(lex=lexicon(rules))
    matcher = _registry_matcher(rules.registry)
    publisher = publisher_of(document, rules.registry) if document else None
    results: list[Attribution | None] = []
    open_quote_from: int | None = None  # index of the sentence that opened a quotation still open
    quoteless = not any(_has_quote(s.text) for s in sentences)  # (a scraped text that lost its quotation marks)
    cue_in_quotation: dict[int, bool] = {}  # sentences read from a cue inside the quotation they open
    # (True: the cue set off after a comma, as after a quotation's lost closing mark)
    # the rules read an insertion between commas before a reporting verb as FA-KES prints it,
    # without the commas (`_reading`); each mention is given back as the text writes it
    readings = [_reading(sentence.text, rules) for sentence in sentences]
    cut = None  # the sentence whose dateline was cut
    place_named = ""  # the country a place's dateline names after a comma, for `_nations`
    dateline_country = None  # the country of a city's dateline ("LUSAKA (Reuters) -"), for `_nations`
    for k, sentence in enumerate(sentences[:5]):
        # "DOUMA, Syria (AFP) - Residents … said": the dateline is not part of the first subject
        # (nor after a headline, a byline or a date on lines above it)
        opens_line = sentence.start == 0 or (document is not None and document.text[sentence.start - 1:sentence.start] == "\n")
        if opens_line and (dateline := _any_dateline(readings[k], matcher, rules.places)) is not None:
            readings[k] = " " * dateline.end() + readings[k][dateline.end():]
            cut = k
            if "," in dateline.group(1) and _dateline(sentence.text, matcher) is None:
                place_named = dateline.group(1)  # ("MANILA, Philippines —": still a country the story names)
            elif (city := _dateline_city(dateline.group(), rules)) is not None:
                dateline_country = city  # ("LUSAKA (Reuters) -": Zambia, as its cities in rules/places.jsonl say)
            break
    # "Contacted, Md Shahidul Islam, deputy commissioner … of Dhaka Metropolitan Police, said": the
    # opening participle is no part of the subject
    # ("said Col (retd) C P Muthanna": the rank and name are one; a sentence with no bracket is not
    # scanned for one)
    readings = [_without_opening_participle(_RETIRED.sub(lambda m: " " * len(m.group()), reading)
                                            if "(" in reading else reading) for reading in readings]
    candidates_per_sentence = [find_candidates(reading, rules=rules) for reading in readings]
    for k, sentence in enumerate(sentences):
        if candidates_per_sentence[k] or readings[k] == sentence.text:
            continue
        # the commas dropped for FA-KES's sake joined a title and a name that stand apart as
        # written ("The mayor of Wimereux, Francis Dumortier, said"): read the sentence as written
        # (without the dateline cut from it: "PARIS (AFP) - The mayor of …")
        written = sentence.text
        if k == cut and (dateline := _any_dateline(written, matcher, rules.places)) is not None:
            written = " " * dateline.end() + written[dateline.end():]
        written = _without_opening_participle(written)
        if written != readings[k] and (found := find_candidates(written, rules=rules)):
            readings[k], candidates_per_sentence[k] = written, found
    for k, sentence in enumerate(sentences):
        if " told " in readings[k] and " by " in sentence.text and \
                (contacted := _CONTACTED_BY.search(sentence.text)) is not None:
            # (the cue as written: "…, when contacted by Bernama, said" is read as "told" only for its relay)
            candidates_per_sentence[k] = [replace(c, cue=contacted.group("cue")) if c.cue == "told" else c
                                          for c in candidates_per_sentence[k]]
    acronyms = _defined_acronyms(document.text, places=rules.places) if document is not None else {}
    context.nation, context.nations = _nations(" ".join([place_named, *readings]), rules, dateline_country)
    context.nation_name = rules.places.get(context.nation, context.nation) if context.nation else None
    for at, candidates in enumerate(candidates_per_sentence):
        for candidate in candidates:
            # (relays too: "SANA reporter quoted residents …" names SANA for a later "state-run news agency")
            named = matcher.all(candidate.mention) if candidate.mention else ()
            for source in [*named, *(s for r in candidate.relay if r for s in matcher.all(r))]:
                if context.nation and source in named and \
                        _foreign_alias(candidate.mention, source, rules.registry, context.nations, context.lex.nations):
                    continue  # ("the Ministry of Health reported" in a story from Mozambique names no Syrian ministry)
                if source.type == "person" and source.spokesperson and source.affiliation:
                    source = rules.registry.get(source.affiliation) or source  # he speaks for it
                if source is not publisher and source not in context.named:
                    context.named.append(source)
                if source is not publisher:
                    context.speaking_in.setdefault(at, []).append(source)
            if candidate.rule == "attr.subject-cue" and candidate.mention and not named:
                name = _clean_name(candidate.mention)
                kind = _guess_type(name)
                if len(name.split()) >= 2 and all(w[:1].isupper() or w in {"of", "for", "and", "&"} for w in name.split()) \
                        and kind in {"NGO", "monitor", "organisation"}:
                    # ("The Sudan Doctors Network said": a body a group of people forms, for "a medical group" before)
                    context.bodies_in.setdefault(at, []).append(Source(id=slug(name), name=name, type=kind))
    context.matcher = matcher
    for sentence, reading, candidates in zip(sentences, readings, candidates_per_sentence):
        attribution = None
        if context.sentence:
            context.before.append(context.sentence)
            context.written_before.append(context.written)
        context.sentence, context.written = reading, sentence.text
        if candidates and _wholly_quoted(reading, candidates, open_before=open_quote_from is not None) and (
                (open_quote_from is not None and open_quote_from < len(results) and results[open_quote_from] is not None)
                or (open_quote_from is None and results and results[-1] is not None
                    and _has_quote(sentences[len(results) - 1].text))):
            # '"It also tells you how much Moscow is willing to pay."' after '"…," said Jonathan Prewitt':
            # a cue inside a quotation that is the whole sentence is the speaker's words; the quotation
            # is carried from him (below)
            candidates = []
        ordered = _closing_speaker_first(_outside_quotations_first(candidates, reading, open_quote_from is not None),
                                         reading, matcher)
        elsewhere = _IN_COUNTRY.match(sentence.text)
        country = elsewhere.group("country").lower() if elsewhere is not None else None
        story_nation = (context.nation, context.nation_name)
        if country is not None and country in context.lex.nations and country != context.nation:
            # "In neighbouring Mali, the army said …" in a story from Burkina Faso: Mali's army
            context.nation, context.nation_name = country, rules.places.get(country, country)
        else:
            country = None
        for candidate in ordered:
            attribution = resolve(candidate, rules=rules, context=context, publisher=publisher)
            if country is not None and attribution is not None and "+description" in attribution.rule and \
                    not attribution.rule.endswith("+description-here"):
                # (the body of the story's country that spoke before is not the one the sentence moves to)
                fresh = resolve(candidate, rules=rules, context=replace(context, said=[], history=[]), publisher=publisher)
                attribution = fresh if fresh is not None else attribution
            if attribution is not None and ordered is not candidates and (
                    attribution.source_type in MEDIA_TYPES and not _PUBLIC_AGENCY.search(attribution.source) or
                    (attribution.cue or "").lower().startswith("report")):
                # '"Syria's army announces the end of the freeze" the state news agency said', '"Police
                # say 12 killed in Karachi blast," Dawn reported': a medium quoting a statement or a
                # headline relays it; the statement's own cue speaks (below, in order)
                attribution = next(filter(None, (resolve(c, rules=rules, context=context, publisher=publisher)
                                                 for c in candidates)), None)
            if attribution is not None:
                if attribution.mention and reading != sentence.text:
                    attribution = replace(attribution, mention=_as_written(attribution.mention, sentence.text))
                if attribution.speaker and attribution.speaker[-1:] in {",", ";"}:
                    attribution = replace(attribution, speaker=attribution.speaker.rstrip(",;"))  # "said X, head of …"
                break
        context.nation, context.nation_name = story_nation
        statement_by = attribution is not None and _STATEMENT_BY.match(sentence.text) is not None
        dropped = split = None  # (split: the written sentence without its insertion, once read)
        if attribution is not None and attribution.mention and not attribution.rule.startswith("attr.inverted-cue") \
                and _opens_with_subject(reading) and sentence.text.count(",") >= 2:
            # "Operation Fansan Yamma, the military task force covering the North West, said": the
            # name found inside the insertion is not its subject (but a person named in it speaks: "Her
            # lawyer, a former judge named Amina Diallo, said")
            dropped = split = _without_insertion(_without_opening_participle(sentence.text), rules)
            if dropped is not None and (attribution.mention not in dropped[1] or _named_in(dropped[1], attribution, context) or
                                        not (_DESCRIBING_INSERTION.match(dropped[1]) or
                                             _ROLE_IN_INSERTION.match(dropped[1]) and
                                             _body_named_by_role(dropped[1], context, matcher, rules)) or
                                        _search(r"^\s*whose\b.*\b(?:name[ds]?|known|identified|called)\b", dropped[1]) or
                                        _search(r"^\W*(?:\w+ing|Overnight|Meanwhile|However)\b", sentence.text)):
                dropped = None
        if dropped is not None or (attribution is None or (attribution.source_type == "anonymous" or "+description" in attribution.rule
                                    or "+pronoun" in attribution.rule or statement_by)
                and not attribution.rule.startswith("attr.inverted-cue")
                and _opens_with_subject(reading)) \
                and (dropped := _without_insertion(
                    _without_opening_participle(sentence.text), rules)) is not None:
            # "Mohammad, a Tafas resident in his forties, told …": the subject before the insertion
            plain, insertion = dropped
            context.sentence = plain
            carrier = _INSERTED_CARRIER.match(insertion)
            carrier = matcher(carrier.group(1)) if carrier is not None else None
            for candidate in find_candidates(plain, rules=rules):
                second = resolve(candidate, rules=rules, context=context, publisher=publisher)
                inside = attribution is None or (attribution.mention or "") in insertion  # ("… to brief the media, told")
                if second is not None and carrier is not None and second.source_id == carrier.id:
                    continue  # (not the medium that saw or carried it: "The report, seen by AFP, said")
                if second is not None and carrier is not None and carrier.type in MEDIA_TYPES and not second.via and \
                        carrier is not publisher:
                    second = replace(second, via=(carrier.name,))  # (but through it)
                if second is not None and (second.source_type != "anonymous" or inside) \
                        and "+pronoun" not in second.rule:
                    if statement_by:
                        # "The Zamfara State Government, in a statement by the Commissioner for
                        # Information, Malam Abdulrahman Yusuf, said": the subject speaks through him
                        second = replace(second, speaker=attribution.speaker or (
                            attribution.source if attribution.source_type == "person" else None))
                    attribution = replace(second, rule=second.rule + "+insertion-dropped")
                    body = _body_of_inserted_role(insertion, context, matcher, rules) \
                        if second.source_type == "person" and not _FORMER_INSERTION.match(insertion) else None
                    if body is not None:
                        # "Rojhat Kalo, co-chair of the Health Authority in the Euphrates Region, told",
                        # "Lt-Col Fiston Mbusa, the army's sector spokesman, said": the body speaks through him
                        attribution = replace(_through_spokesman(body, second.speaker or second.source,
                                                                 {k: getattr(second, k) for k in
                                                                  ("mention", "cue", "stance", "via")},
                                                                 second.rule), rule=second.rule + "+role-inserted")
                    break
            context.sentence = reading
        if attribution is not None and attribution.source_type == "person" and attribution.speaker and \
                attribution.rule == "attr.subject-cue" and attribution.mention and _opens_with_subject(reading) and \
                split is not None and attribution.speaker in split[0] and attribution.speaker not in split[1] and \
                not _FORMER_INSERTION.match(split[1]):
            # "Zabihullah Mujahid, the Taliban's chief spokesman, said", "Farhan Haq, the deputy UN spokesman,
            # said": the person named as the subject speaks for the body his inserted role names
            # (fixtures/gold/GUIDELINES.md, officers), as when the insertion is read apart from him
            body = _body_of_inserted_role(split[1], context, matcher, rules)
            if isinstance(body, Source) and body.type not in {"person", "anonymous"}:
                attribution = replace(_through_spokesman(body, attribution.speaker,
                                                         {k: getattr(attribution, k) for k in
                                                          ("mention", "cue", "stance", "via")}, attribution.rule),
                                      rule=attribution.rule + "+role-inserted")
        if attribution is not None and attribution.rule.startswith("attr.inverted-cue") and attribution.mention and \
                (attribution.mention.split()[0].lower() in NUMBER_WORDS | {"a", "an", "several", "some", "many"} or
                 attribution.mention[:1].isdigit()) and _opens_with_subject(reading) and \
                (dropped := _without_insertion(_without_opening_participle(sentence.text), rules)) is not None:
            # "Capt. Yahya Al-Shehri, spokesman of the Civil Defense in Jazan region, said two residents, a
            # Saudi citizen and a Yemeni expatriate, were injured": the subject before the insertion
            # speaks; the people counted after the cue are what he said
            context.sentence = dropped[0]
            second = next(filter(None, (resolve(c, rules=rules, context=context, publisher=publisher)
                                        for c in find_candidates(dropped[0], rules=rules)
                                        if c.rule.startswith("attr.subject-cue"))), None)
            if second is not None and second.mention and second.mention.split()[0].lower() not in NUMBER_WORDS and \
                    all(w[:1].isupper() or w.lower() in _NAME_PARTICLES for w in second.mention.split()):
                attribution = replace(second, rule=second.rule + "+insertion-dropped")  # (a name, not "Twelve rebels")
            context.sentence = reading
        if attribution is None and not sentence.text.lstrip()[:1] in QUOTES_OPEN and open_quote_from is None:
            # (not inside a quotation: "Our figures show 40 died," in a mayor's words, is his)
            attribution = _record_shows(sentence.text, rules=rules, context=context, publisher=publisher)
        if attribution is None and sentence.text.startswith("Source:") and len(results) + 1 < len(sentences):
            attribution = _source_line(sentence.text, sentences[len(results) + 1].text, rules=rules, context=context,
                                       publisher=publisher)
        if attribution is None and (sentence.index <= 2 or _search(r"^[^:\"“]{2,40}:\s+[\"“]", sentence.text)):
            # (a headline; or a subheading anywhere that quotes whom it names: 'Home Office: "Smuggling
            # gangs have no regard for human life"')
            attribution = _colon_prefix(sentence.text, rules=rules, context=context, publisher=publisher,
                                        subheading=sentence.index > 2)
        if attribution is None and sentence.text.startswith("Quote:") and results and results[-1] is not None and \
                results[-1].rule == "attr.source-line":
            attribution = replace(results[-1], carried=True, mention=None, rule="attr.carried.source-line")
        if attribution is None and sentence.index == 0 and document is not None and "\n" in document.text[sentence.end:sentence.end + 2]:
            # (a headline standing on its own line)
            attribution = _headline_tail(sentence.text, rules=rules, context=context, publisher=publisher,
                                         acronyms=acronyms, story=document.text)
        if attribution is None and document is not None and sentence.index <= 1:
            headline = _headline_source(sentence, document, matcher, rules.places)
            if headline is not None:
                attribution = Attribution(source=headline.name, source_id=headline.id, source_type=headline.type,
                                          mention=None, rule="attr.headline-tail")
        if attribution is None and open_quote_from is None:
            # (after the headline's readings: "Amnesty: 300 killed, by the coalition's own count" is Amnesty's)
            attribution = _by_count(sentence.text, rules=rules, context=context, publisher=publisher)
        if attribution is None and open_quote_from is None and results and results[-1] is not None \
                and sentence.text.lstrip()[:1] in QUOTES_OPEN and (
                    _has_quote(sentences[len(results) - 1].text) or
                    # (or after a person's paraphrase: "Rami Abdel Rahman … said the toll was likely to rise."
                    # then '"Many people are still under the rubble.'; his words, as a wire writes them)
                    not results[-1].carried and results[-1].cue and
                    (results[-1].speaker or results[-1].source_type == "person")):
            # a new quotation right after a quoted, attributed sentence: the same speaker goes on
            attribution = replace(results[-1], carried=True, mention=None, rule="attr.carried.next-quote")
        if open_quote_from is not None and sentence.index - open_quote_from > MAX_QUOTE_RUN \
                and not _has_quote(sentence.text):
            open_quote_from = None  # a quotation never closed (scraped text loses quote marks) ends here
        balance = _quote_balance(sentence.text, open_before=open_quote_from is not None)
        if attribution is not None and open_quote_from is not None and attribution.rule.endswith("+unnamed-body") and \
                not _has_quote(sentence.text) and open_quote_from not in cue_in_quotation:
            attribution = None  # ('"… The court said we had no standing. …"': the quotation's speaker's words)
        if attribution is None and open_quote_from is not None:
            # inside a quotation that runs on: carried from the sentence that opened it, if known
            previous = results[open_quote_from] if open_quote_from < len(results) else None
            if previous is not None:
                attribution = replace(previous, carried=True, mention=None, rule="attr.carried.quote")
        if attribution is None and quoteless and results and results[-1] is not None and \
                (results[-1].cue and not results[-1].carried or results[-1].rule == "attr.carried.first-person") and \
                _FIRST_PERSON.search(sentence.text) and not _OUTLETS_OWN_FIRST_PERSON.search(sentence.text):
            # "…, he told AFP." then "The plane came back and I tried to get down." in a text that lost all
            # its quotation marks (FA-KES's scraped pages): the speaker's words run on, in the first person,
            # as long as the sentences stay in it
            attribution = replace(results[-1], carried=True, mention=None, rule="attr.carried.first-person")
        guessed = open_quote_from is not None and open_quote_from < len(results) and \
            results[open_quote_from] is not None and results[open_quote_from].rule == "attr.carried.next-quote" and \
            attribution is not None and (attribution.rule.startswith("attr.inverted-cue") or
                                         # ('…," one resident, Carmela D'Auria, 44, told the Naples daily': a
                                         # new speaker named before the cue closes it too, not a pronoun)
                                         attribution.rule.startswith("attr.subject-cue") and
                                         "+pronoun" not in attribution.rule and attribution.source_type != "anonymous"
                                         and attribution.source_id != results[open_quote_from].source_id or
                                         # (the same speaker closing it through a relay: '… martyrs" he told
                                         # Reuters by telephone': the whole quotation went through it)
                                         attribution.source_id == results[open_quote_from].source_id and
                                         bool(attribution.via) and not results[open_quote_from].via)
        # (only a speaker named after the quotation closes it for someone new: "he said", "the man
        # said" there still speak for the one before)
        # (a cue set off after a comma is inside the quotation only when the quotation runs on unbroken to
        # the speaker who closes it: '"We were told to leave, the officer told us. Then they started shooting,"
        # a resident said'; not when a new quotation opens on the way, '"The army will not enter, the
        # commander told AFP. Residents fled. "We have nothing left," a resident said')
        inside = {k for k, comma in cue_in_quotation.items() if not comma or open_quote_from is not None and not any(
            sentences[m].text.lstrip()[:1] in QUOTES_OPEN for m in range(k + 1, sentence.index + 1))}
        if attribution is not None and open_quote_from is not None and \
                (results[open_quote_from] is None or guessed or open_quote_from in inside) \
                and not attribution.carried and balance < 0:
            # a quotation opened earlier closes here with its attribution: carry it back (also over
            # the guess that the speaker before went on: '"I'm 61 years old … I'm not afraid of them,"
            # said Manana Tsereteli' after another speaker's quotation)
            for k in range(open_quote_from, len(results)):
                if results[k] is None or k in inside or \
                        open_quote_from in inside and results[k].rule == "attr.carried.quote" or \
                        guessed and results[k].rule in {"attr.carried.next-quote", "attr.carried.quote"}:
                    results[k] = replace(attribution, carried=True, mention=None, rule="attr.carried.quote-back")
        if attribution is not None and not attribution.via and (attribution.stance == "neutral" or attribution.carried) \
                and not attribution.rule.startswith("attr.by-count"):  # (nor is a count part of an interview)
            # "Rahman added" / "Jundi said" right after "… told AFP": the same interview, through the
            # same relay (the source spoke last, with no other speaker between)
            # (not a statement that names a channel of its own: "He later told reporters …")
            previous = next((a for a in reversed(results[-2:]) if a is not None), None)
            if previous is not None and previous.source_id == attribution.source_id and previous.via \
                    and previous.source_type != "anonymous" and not _own_channel(sentence.text, attribution.cue):
                attribution = replace(attribution, via=previous.via)
        if attribution is not None and not attribution.carried:
            relay = _opening_relay(sentence.text, matcher, publisher, context.lex)
            if relay is not None and relay != attribution.source and relay not in attribution.via:
                # (over a relay a pronoun inherited from the sentence before)
                # "Quoted by the state-run Global New Light of Myanmar newspaper, he said", "In an
                # interview with Al Jazeera, X said": the medium the opening phrase names relays
                attribution = replace(attribution, via=(relay,))
        unit_at = _UNIT_AT_BODY.fullmatch(attribution.source) if attribution is not None and \
            attribution.source_type not in {"person", "anonymous"} else None
        outer = _named_body(unit_at.group("body"), context, matcher) if unit_at is not None else None
        if outer is not None:
            # "Hamdan Al Marri, Director of the Forecasting Department at the NCM, said": a unit at a body
            # is that body speaking
            attribution = replace(attribution, **(
                {"source": outer.source, "source_id": outer.source_id, "source_type": outer.source_type}
                if isinstance(outer, Attribution) else
                {"source": outer.name, "source_id": outer.id, "source_type": outer.type} if isinstance(outer, Source)
                else {"source": outer, "source_id": slug(outer), "source_type": attribution.source_type}))
        if attribution is not None and attribution.source_type not in {"person", "anonymous"} and \
                rules.registry.get(attribution.source_id) is None and \
                (spelled := _spelled_out_before(attribution.source, context.history)) is not None:
            # "The head of the Surabaya SAR Office … said" after "the Surabaya Search and Rescue Office":
            # the body the story named in full, its acronym spelled out
            attribution = replace(attribution, source=spelled.source, source_id=spelled.source_id,
                                  source_type=spelled.source_type)
        if attribution is not None and _anonymous_by_the_text(attribution, sentence.text, rules, context.lex):
            # "one Te Karaka woman, who did not want to be named, said", "A health official in
            # neighbouring Nangarhar province, speaking on condition of anonymity, said": unnamed
            attribution = replace(attribution, source=f"unnamed ({(attribution.mention or attribution.source).lower()})",
                                  source_id="anonymous", source_type="anonymous", speaker=None)
        if attribution is not None and attribution.source in attribution.via:
            # "Syrian state media reports … state media said": a source never relays itself
            attribution = replace(attribution, via=tuple(v for v in attribution.via if v != attribution.source))
        if attribution is not None and not attribution.carried and open_quote_from is None and balance > 0 and \
                sentence.text.lstrip()[:1] in QUOTES_OPEN and sum(sentence.text.count(q) for q in _QUOTE_MARKS) == 1:
            # '"The junta promised security in exchange for freedom.' opens a quotation it does not close: its
            # cue is the quoted speaker's words, whoever closes the quotation later speaks for it all
            said_at = sentence.text.find(attribution.mention) if attribution.mention else -1
            cue_in_quotation[sentence.index] = said_at > 0 and bool(_search(r"[,;:]\s*$", sentence.text[:said_at]))
        results.append(attribution)
        context.said.append(attribution)
        if attribution is not None and not attribution.carried:
            context.history.append(attribution)
        reopens = balance > 0 and sentence.text.lstrip()[:1] in QUOTES_OPEN
        if attribution is not None and attribution.rule.startswith("attr.inverted-cue") and balance > 0 \
                and not attribution.carried:
            # '"The bombing is an outrage said Silvia Dallatomasina …': the quotation lost its closing
            # mark before the inverted cue; it ends there, and nothing after it is carried
            balance = 0
        if balance > 0 and open_quote_from is None:
            open_quote_from = sentence.index
        elif reopens and open_quote_from is not None:
            # a new paragraph of the same quotation opens again without closing the last one
            if attribution is not None and not attribution.carried:
                open_quote_from = sentence.index
        elif balance < 0 or (balance > 0 and open_quote_from is not None):
            open_quote_from = None
    if document is not None:
        results = _spell_out_acronyms(results, acronyms, matcher, document.text, context.lex.title_stems,
                                      context.lex.nations, rules.registry, context.nations)
        results = _national_societies(results, document.text, context.lex, rules.registry)
        results = _units_of_the_national_police(results, document.text, context.lex, rules.registry)
        results = _coalition_in_yemen(results, document.text, rules.registry)
    results = _ranked_officers(_named_later(results, context.lex, rules.registry), sentences, rules)
    results = [_without_titles(a, context.lex, rules) if a is not None and a.speaker else a for a in results]
    # (a relay named twice by two readings of one sentence is one relay: ", citing a military source, SANA
    # reported" is via SANA, not via SANA and SANA)
    return [replace(a, via=tuple(dict.fromkeys(a.via))) if a is not None and len(set(a.via)) < len(a.via) else a
            for a in results]


def _without_titles(found: Attribution, lex: Lexicon, rules: RuleSet) -> Attribution:
    """`found` with the titles and ranks before its speaker's name dropped ("WHO Director-General Tedros
    Adhanom Ghebreyesus" speaks as "Tedros Adhanom Ghebreyesus", "Rear Admiral Daniel Hagari" as
    "Daniel Hagari"), and so the source when he speaks for himself; the last word always stays, and
    words that name nobody stay whole ("General Staff")."""
    words = found.speaker.split()
    titles = derived(rules, "attribution.title-words", lambda r: lex.title_stems | frozenset(lex.honorifics) |
                     _TITLE_PREFIXES | (_rank_words(r)[0] - DETERMINERS))  # (the ranks `_ranked_officers` reads)
    k = 0
    while k < len(words) - 1 and (words[k].lower().rstrip(".") in titles or "-" in words[k] and all(
            part in titles or part == "in" for part in words[k].lower().rstrip(".").split("-"))):
        k += 1  # (also "Director-General", "Commander-in-Chief")
    if k == 0 or all(is_common_word(w) for w in words[k:]):
        return found  # (no name after them: "General Staff", "Chief Minister", "Major General")
    speaker = " ".join(words[k:])
    if found.source == found.speaker:
        return replace(found, source=speaker, source_id=slug(speaker), speaker=speaker)
    return replace(found, speaker=speaker)


# a story of the war in Yemen, and none of a coalition the United States leads (against the Islamic
# State, or in the Red Sea: "Operation Prosperity Guardian")
_YEMEN_WAR = re.compile(r"\bHouthis?\b|\bSaudi-led\b")
_US_LED_WAR = re.compile(r"\b(?:U\.?S\.?|American|US and British|U\.S\. and British)-led\b|\bISIS\b|\bISIL\b|"
                         r"\bIS (?:group|militants|fighters|jihadists)\b|\bIslamic State\b|\bDaesh\b|\banti-IS\b|"
                         r"\bInherent Resolve\b|\bCJTF\b|\bCombined Joint\b|\bled by the United States\b|\bProsperity Guardian\b|"
                         r"\bAmerican and British\b|\bU\.?S\.? and British\b|\bUS and UK\b|\bU\.S\. and U\.K\.")
# what "coalition" names that is no military one: a government's or parties' coalition
_NOT_A_MILITARY_COALITION = re.compile(r"(?i)\b(?:ruling|governing|government|opposition|electoral|party|parties|"
                                       r"parliamentary|civil|civic|US|U\.S\.|American|anti-|CJTF|Combined)")


def _coalition_in_yemen(results: list[Attribution | None], story: str, registry: Registry) -> list[Attribution | None]:
    """The Saudi-led coalition for what "the coalition" or a "Coalition spokesman" says in a story of
    the war in Yemen (the Houthis, the Saudi-led coalition) that speaks of no coalition the United
    States leads (`_US_LED_WAR`): the registry's "the coalition" is the US-led one of the Syrian and
    Iraqi wars."""
    us_led, saudi_led = registry.get("us-led-coalition"), registry.get("saudi-led-coalition")
    if us_led is None or saudi_led is None or not any(a is not None and a.source_id == us_led.id for a in results) \
            or not _YEMEN_WAR.search(story) or _US_LED_WAR.search(story):
        return results
    # (only what the text calls "the coalition" or a "Coalition spokesman": not a name of the US-led one,
    # "CJTF-OIR", nor a government's coalition)
    return [replace(a, source=saudi_led.name, source_id=saudi_led.id, source_type=saudi_led.type)
            if a is not None and a.source_id == us_led.id and not _NOT_A_MILITARY_COALITION.search(a.mention or "")
            else a for a in results]


# a country's own Red Cross or Red Crescent society ("the Uganda Red Cross Society", "the Costa Rican
# Red Cross"): its country's name or people's word before the movement's name
_NATIONAL_SOCIETY = re.compile(r"\b(?!(?:The|A|An|Its|Their|Our)\b)(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+Red\s+(?P<emblem>Cross|Crescent)"
                               r"(?:\s+Society)?\b")


def _of_a_country(lex: Lexicon, phrase: str) -> bool:
    """Whether `phrase` is a country's (or a place's) name or its people's word ("Uganda", "Costa
    Rican", "Namibian")."""
    return phrase.lower() in lex.places or _is_people_word(lex, phrase) or \
        all(_is_people_word(lex, w) or w.lower() in lex.places for w in phrase.split())


def _national_societies(results: list[Attribution | None], story: str, lex: Lexicon,
                        registry: Registry) -> list[Attribution | None]:
    """The story's national Red Cross or Red Crescent society for what "the Red Cross" (read as the
    ICRC) or "the Red Crescent" says in a story that names one society of that emblem and no
    international body of it ("The Uganda Red Cross Society said …. The Red Cross Mbale branch
    manager said": the Ugandan society; "The Nigerian Red Cross Society, Niger State branch, said")."""
    if "Red Cross" not in story and "Red Crescent" not in story:
        return results  # (the pattern tries every capitalised word: most stories name no society)
    societies: dict[str, set[str]] = {}
    for found in _NATIONAL_SOCIETY.finditer(story):
        if _of_a_country(lex, found.group("country")):
            societies.setdefault(found.group("emblem"), set()).add(found.group())
    if not societies:
        return results
    movement = {"Cross": registry.get("icrc"), "Crescent": registry.get("sarc")}
    international = _search(r"International Committee|\bICRC\b|Syrian Arab Red Crescent|\bSARC\b|Federation", story)
    out = []
    for attribution in results:
        for emblem, names in societies.items():
            body = movement[emblem]
            if attribution is None or body is None or attribution.source_id != body.id or len(names) != 1:
                continue
            name, mention = next(iter(names)), attribution.mention or ""
            if name in mention or not international and \
                    not _search(r"International|ICRC|SARC|Committee|Federation|Syrian", mention):
                known = registry.find(name)
                society = known if known is not None and known.id != body.id else \
                    Source(id=slug(name), name=name, type="NGO")
                attribution = replace(attribution, source=society.name, source_id=society.id,
                                      source_type=society.type)
        out.append(attribution)
    return out


# a police force the story names, and a unit of one ("Nairobi Regional Police", "Police Zone 8",
# "Kamukunji Police Station", "Zambezi regional police")
_NAMED_POLICE = re.compile(r"\b(?P<name>(?:[A-Z][\w'’-]*\s+){1,3}Police(?:\s+(?:Service|Force))?)\b(?!\s+(?:Station|Post|Zone))")
_POLICE_UNIT = re.compile(r"(?i:\b(?:regional|region|zone|zonal|district|county|divisional|division|provincial|station|"
                          r"sub-county|precinct)\b)")


def _units_of_the_national_police(results: list[Attribution | None], story: str, lex: Lexicon,
                                  registry: Registry) -> list[Attribution | None]:
    """The national police force the story names, for what one of its units says ("The National
    Police Service said …. Nairobi Regional Police Commander Esther Kavata confirmed": the service,
    as GUIDELINES has it: the force the story names before the force an officer's title names). A
    police office the story names as a body stays itself ("the District Police Office, Myagdi, said")."""
    if "Police" not in story or not any(a is not None and "police" in a.source.lower() for a in results):
        return results
    national = set()
    for found in _NAMED_POLICE.finditer(story):
        words = found.group("name").split()
        if words[0] in {"The", "A"}:
            words = words[1:]
        before = " ".join(words[:words.index("Police")])
        if before and (before == "National" or _of_a_country(lex, before)):
            national.add(" ".join(words))
    if len(national) != 1:
        return results
    force = next(iter(national))
    known = registry.find(force)
    body = known if known is not None else Source(id=slug(force), name=force, type="government")
    return [replace(a, source=body.name, source_id=body.id, source_type=body.type)
            if a is not None and "police" in a.source.lower() and _POLICE_UNIT.search(a.source) and
            "office" not in a.source.lower() and registry.find(a.source) is None and a.source_type != "person" else a
            for a in results]


# what may stand right before a rank given alone, besides the sentence's start, punctuation and a
# reporting verb ('…," said Superintendent X', "according to Lt. X"); any other word makes the
# title more than a rank ("former detective inspector", "mines inspector", "India captain")
_BEFORE_RANK = {"by", "that", "but", "and", "while", "when", "to", "from", "with", "where", "after",
                "then", "also", "however", "meanwhile", "according"}
# words that may stand beside a rank in a title given alone ("Deputy Chief Inspector", "the acting
# Superintendent"); any other word there ("Civil Protection Commander", "Its media officer,
# Captain", "former Colonel") gives the person more than a rank, which other readings weigh
_BESIDE_RANK = {"the", "a", "an", "deputy", "acting", "senior", "chief", "assistant", "principal"}
# an apposition or clause after the name that gives him another standing ("Captain Luis Santos, the
# pilot of the airliner,", "Colonel Musa, whose son was killed,", "Jane Smith, of Colorado State
# University", "Gen. Min Aung Hlaing, the junta chief,"): only a rank or a spokesman's role of his
# service in the words of `_SERVICE_ROLE` ("Helen Barraclough, the district commander,") keeps the rank
_APPOSITION = re.compile(r"\s*,\s*(?:(?P<clause>who|whose|which|of|at|from|with)\b|(?:an?|the)\s+(?P<role>[^,]*?)\s*,)")
_SERVICE_ROLE = {"spokesman", "spokesperson", "spokeswoman", "district", "area", "regional", "divisional",
                 "station", "local", "sector", "county", "provincial", "state"}
# a role given before him, set off by a comma ("The chairman of Gwoza local government, Colonel
# Ibrahim Musa, said"): the phrase opens with one of these and holds a title
_ROLE_BEFORE = re.compile(r"(?:^|[,;:]\s*)(?P<phrase>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s[^,;:]*),\s*$")
# the kinds of source a rank's body can be (not an outlet, a monitor, an NGO or an armed group that
# happens to hold a service's word: "Army Times", "Civil Defence", "Arakan Army")


def _rank_title(found: Attribution, sentence: str, rank_words: frozenset, before_rank: frozenset
                ) -> tuple[tuple[str, ...], int]:
    """The words a person's mention gives before his name, and the rank words the sentence writes
    right before the mention ("Deputy chief fire commander Ante Bašić" when the mention is
    "commander Ante Bašić"), lower case and without full stops ("Chief Supt. Yakali" → ("chief",
    "supt")), with the offset in `sentence` where they begin; no words when the mention does not
    hold his name, or when another word stands right before the title (`_BEFORE_RANK`)."""
    words = (found.mention or "").split()
    first = found.source.split()[0]
    at = sentence.find(found.mention) if found.mention else -1
    if first not in words or at < 0:
        return (), 0
    title = [w.lower().rstrip(".,") for w in words[:words.index(first)]]
    for word in reversed(re.findall(r"\S+\s*$|\S+\s+", sentence[:at])):
        if word.lower().rstrip(" .") not in rank_words:
            if word.rstrip()[-1:].isalnum() and word.lower().rstrip() not in before_rank:
                return (), 0
            break
        title.insert(0, word.lower().rstrip(" ."))
        at -= len(word)
    return tuple(title), at


def _other_standing(found: Attribution, sentence: str, title_at: int, role_words: frozenset,
                    titles: frozenset) -> bool:
    """Whether the sentence gives the person named in `found.mention` another standing: a clause, an
    affiliation or a role after his name (`_APPOSITION`) other than a rank or spokesman's role of his
    service (`role_words`), or a role set off before his title, which begins at `title_at`
    (`_ROLE_BEFORE`)."""
    at = sentence.find(found.mention)
    name = sentence.find(found.source, at, at + len(found.mention))  # (a mention may hold the apposition)
    after = _APPOSITION.match(sentence, name + len(found.source) if name >= 0 else at + len(found.mention))
    if after is not None and (after.group("clause") or
                              not set(w.lower() for w in after.group("role").split()) <= role_words):
        return True
    before = _ROLE_BEFORE.search(sentence[:title_at].rstrip(" "))
    return before is not None and any(w.lower().strip(".") in titles for w in before.group("phrase").split())


def _ranks_of(title: tuple[str, ...], ranks: tuple[Rank, ...]) -> tuple[Rank, ...]:
    """The services whose ranks make up `title` alone (with `_BESIDE_RANK` words), those of its longest
    rank ("Lt Col" is the army's, though "Lt" alone may be the police's too); () when a word of the
    title is no rank."""
    covered, longest = set(), {}
    for k in range(len(title)):
        for rank in ranks:
            for n in range(min(3, len(title) - k), 0, -1):
                if title[k:k + n] in rank.ranks and not (k and title[k - 1] in rank.unless_after):
                    covered.update(range(k, k + n))
                    longest[rank] = max(longest.get(rank, 0), n)
                    break
    if not longest or any(k not in covered and word not in _BESIDE_RANK for k, word in enumerate(title)):
        return ()
    top = max(longest.values())
    return tuple(rank for rank in ranks if longest.get(rank) == top)


def _rank_words(rules: RuleSet) -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """The word sets `_ranked_officers` reads, built once per rule set: the words of any rank (and
    `_BESIDE_RANK`), the words that may stand before a title (`_BEFORE_RANK` and one-word cues),
    the words of a role of his service after his name, and the heads of a role set off before it."""
    def build(rules: RuleSet) -> tuple[frozenset, frozenset, frozenset, frozenset]:
        lex = lexicon(rules)
        rank_words = frozenset(word for rank in rules.ranks for words in rank.ranks for word in words) | _BESIDE_RANK
        before_rank = frozenset(_BEFORE_RANK) | {form for cue in rules.cues for form in cue.forms if " " not in form}
        # ("The chairman of …,", "The administrator of …,")
        return rank_words, before_rank, rank_words | _SERVICE_ROLE, lex.titles | lex.officer_roles | lex.unnamed
    return derived(rules, "attribution.rank-words", build)


def _ranked_officers(results: list[Attribution | None], sentences, rules: RuleSet) -> list[Attribution | None]:
    """A person the story introduces by a rank alone ("Chief Superintendent Helen Barraclough said",
    "Divisional Officer Troy Maynard said", "Brig. Gen. Akech said") speaks for the body of that
    rank's service it gave as a source before him: the police force, the army, the fire service
    (rules/ranks.jsonl; fixtures/gold/GUIDELINES.md, "Officers and members of an organisation" and
    "Police"). The body stands in his place in every sentence given to him, he is its speaker.

    He stays himself when the registry knows him; when his sentence gives him more than a rank
    ("former Colonel", "Captain Santos, the pilot of the airliner,"); when no body of his service
    came before him; and when his rank is several services' ("Lt.", "Commander") and bodies of more
    than one of them came before. A body is a source of one service only ("Plateau State Police
    Command" is no army's command), of a kind a service can be (its `kinds`: a government, military
    or other organisation; a hospital also an NGO), without a word of the service's `not_bodies`
    ("Garda sources", "Police Ombudsman"); of several, the last
    that is named more fully than by the service's word alone ("Eastern Finland Police Department",
    not a later "police")."""
    if not rules.ranks:
        return results
    rank_words, before_rank, role_words, role_heads = _rank_words(rules)
    ranked: dict[str, tuple[Rank, ...]] = {}  # a person → his rank's services ((): no rank alone)
    first: dict[str, int] = {}
    for k, found in enumerate(results):
        if found is None or found.source_type != "person" or rules.registry.get(found.source_id) is not None:
            continue
        first.setdefault(found.source, k)
        if found.source in ranked or found.mention is None or found.source.split()[0] not in found.mention.split():
            continue
        # (the sentence that gives his name decides, once)
        title, title_at = _rank_title(found, sentences[k].text, rank_words, before_rank)
        ranks = _ranks_of(title, rules.ranks) if title else ()
        if ranks and _other_standing(found, sentences[k].text, title_at, role_words, role_heads):
            ranks = ()
        ranked[found.source] = ranks
    if not any(ranked.values()):
        return results

    def services(found: Attribution | None) -> frozenset[Rank]:
        if found is None:
            return frozenset()
        words = set(re.split(r"[\s-]+", normalise_name(found.source)))
        return frozenset(rank for rank in rules.ranks if found.source_type in rank.kinds and words & rank.bodies
                         and not words & rank.not_bodies)

    served_by = [services(found) for found in results]  # (each sentence's services, read once)
    bodies: dict[str, Attribution] = {}
    for person, ranks in ranked.items():
        before = [(of, found) for of, found in zip(served_by[:first[person]], results) if of & set(ranks)]
        served = set().union(*(of & set(ranks) for of, _ in before))
        if len(served) != 1:
            continue  # (no body of his service, or bodies of two services his rank may serve)
        (service,) = served
        ones = [found for of, found in before if len(of) == 1]  # (not "Police Command")
        named = [found for found in ones if normalise_name(found.source) not in service.bodies]  # (not "police")
        if ones:
            bodies[person] = (named or ones)[-1]
    if not bodies:
        return results
    out = list(results)
    for k, found in enumerate(results):
        body = bodies.get(found.source) if found is not None and found.source_type == "person" else None
        if body is not None:
            out[k] = replace(found, source=body.source, source_id=body.source_id, source_type=body.source_type,
                             speaker=found.source, rule=found.rule + "+rank-of-body")
    return out


def _named_later(results: list[Attribution | None], lex: Lexicon, registry: Registry) -> list[Attribution | None]:
    """A headline or lead that gives a speaker only by his title ("…, governor says", "the provincial
    governor said") is written as the person the story names later with that title
    (fixtures/gold/GUIDELINES.md: a description in the lead that the article later names)."""
    out = list(results)
    for k, found in enumerate(results[:3]):
        if found is None or found.carried or not found.mention or registry.get(found.source_id) is not None:
            continue
        words = [w.lower() for w in found.mention.split() if w.lower() not in DETERMINERS]
        if not words or words[-1] not in lex.referring_heads or any(w[:1].isupper() for w in found.mention.split()[1:]) \
                or found.speaker:
            continue  # (only a bare title: "governor", "the provincial governor")
        head = words[-1]
        later = next((a for a in results[k + 1:] if a is not None and not a.carried and a.speaker and a.mention
                      and _search(rf"\b{re.escape(head)}\b", a.mention.lower())), None)
        if later is not None:
            out[k] = replace(later, mention=found.mention, cue=found.cue, stance=found.stance, via=found.via,
                             carried=False, rule=found.rule + "+named-later")
    return out


# "the Norwegian Refugee Council (NRC)": a name, then its acronym in brackets
_DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w'’.-]*|of|for|the|and|on|de|du|des)(?:[ ]+(?:[A-Z][\w'’.-]*|of|for|the|and|on|de|du|des)){1,9})"
    r"[ ]+\((?:[^()]{2,60}?(?:\s[–—-]\s|,\s))?([A-Z][A-Za-z]{1,7}(?:-[A-Z]{1,4})?(?:[ ][A-Z]{2,7})?|(?:[A-Z]\.){2,6})\)")
# (also a name in another language first: "(Ejército de Liberación Nacional – ELN)"; an acronym of two
# words: "(Komnas HAM)"; one with full stops: "The Disaster Management Office (D.M.O.)"; a hyphenated one: "Sudan People’s Liberation Army-In Opposition (SPLA-IO)")
_ACRONYM_JOINERS = {"of", "for", "the", "and", "on", "de", "du", "des"}
# an acronym in brackets after a space (`_spelled_with_lower_words` reads the words before it)
_BARE_ACRONYM = re.compile(r"(?<= )\(([A-Z]{2,6})\)")
# words in brackets after a body's name that are not its short name: languages, and what a caption or a
# dateline puts there
_NOT_SHORT_NAMES = {"arabic", "hebrew", "farsi", "persian", "urdu", "pashto", "dari", "swahili", "hausa", "amharic",
                    "somali", "kurdish", "russian", "french", "spanish", "portuguese", "turkish", "chinese",
                    "mandarin", "english", "german", "italian", "ukrainian", "file", "photo", "video", "archive",
                    "retd", "ret", "reuters", "ap", "afp"}


_OPENING_PARTICIPLE = re.compile(r"^(?:Contacted|Asked|Reached|Approached|Questioned)(?:\s+by\s+[^,]{1,40})?,\s+"
                                  r"(?=[A-Z]|(?:a|an|the|one|some|several)\s)")  # ("Reached by telephone, a resident …")


def _without_opening_participle(reading: str) -> str:
    """`reading` with an opening participle ("Contacted,") blanked, offsets kept."""
    return _OPENING_PARTICIPLE.sub(lambda m: " " * len(m.group()), reading)


def _defined_acronyms(text: str, places=frozenset()) -> dict[str, str]:
    """The acronyms a document defines, each with the name it stands for: "the Norwegian Refugee
    Council (NRC)" → {"NRC": "Norwegian Refugee Council"}, "Sinjar Resistance Units (YBS)" (a
    name in another language spells another acronym) → {"YBS": "Sinjar Resistance Units"}, "the
    National Liberation Army (Ejército de Liberación Nacional – ELN)" (that name inside the brackets
    first) → {"ELN": …}, "(Komnas HAM)" (an acronym of two words). The name is the shortest run of
    its last words whose initials spell the acronym, else the whole run of two to five capitalised
    words."""
    defined: dict[str, str] = {}
    if " (" not in text:
        return defined  # (the pattern needs a space, then the bracket)
    for match in _BARE_ACRONYM.finditer(text):
        words = text[max(0, match.start() - 120):match.start()].split()[-8:]
        first = _spelled_with_lower_words(words, match.group(1))
        if first is not None:
            defined.setdefault(match.group(1), " ".join(words[first:]))
    for match in _DEFINED_ACRONYM.finditer(text):
        words, acronym = match.group(1).split(), match.group(2)
        ended = [k for k, w in enumerate(words[:-1]) if w.endswith(".") and len(w) >= 6 and "." not in w[:-1]]
        if ended:
            words = words[ended[-1] + 1:]  # (not the sentence before: "… pounded Malaysia. The Malaysia Civil …")
        last = acronym.split()[-1]
        if acronym in defined:
            continue
        if not (last[1:].replace("s", "").isupper() or sum(c.isupper() for c in last) >= max(3, len(last) - 1)):
            # (also a mixed-case acronym: "DoDMA", "MoPH"; not a word: "(Reuters)"); but a body's short
            # name written as a word: "Institute for Development and Peace Studies (Indepaz)", "Independent
            # Police Investigative Directorate (Ipid)" (no common word, place, language or day)
            if not (" " not in acronym and len(acronym) >= 4 and acronym[1:].islower() and
                    not is_common_word(acronym) and acronym.lower() not in _NOT_SHORT_NAMES and
                    acronym.lower() not in places and
                    acronym.lower() not in NATIONALITIES and acronym.lower() not in MONTHS | DAYS and
                    any(w.lower() in _BODY_END_WORDS | {"directorate", "institute"} for w in words[-6:])):
                continue
        name = None
        for first in range(len(words) - 1, -1, -1):
            if words[first].lower() in _ACRONYM_JOINERS:
                continue
            initials = "".join(part[0] for w in words[first:] if w.lower() not in _ACRONYM_JOINERS
                               for part in w.split("-") if part[:1].isupper())  # ("Inter-Services": IS)
            if initials.upper() == acronym.replace("-", "").replace(".", "").upper() or \
                    not acronym.isupper() and initials == "".join(c for c in acronym if c.isupper()):
                # ("SPLA-IO", "D.M.O."; a mixed-case acronym's capitals: "NCoS", "Nigerian Correctional Service")
                name = " ".join(words[first:])
                break
        while words and (words[0].lower() in _ACRONYM_JOINERS or words[0].lower() in NATIONALITIES or
                         words[0].endswith(("'s", "’s"))):
            words = words[1:]  # "the …", "Kurdish …", "Indonesia's …"
        if name is None:
            # not what opens the sentence ("On Monday the …", "In Goma the …") nor a person "of" the body
            # ("Pablo Beltran of the National Liberation Army (ELN)")
            cut = next((k for k in range(len(words) - 1, 0, -1) if words[k] == "the"
                        and words[k - 1].lower() not in _ACRONYM_JOINERS), None)
            if cut is not None:
                words = words[cut + 1:]
            of = next((k for k, w in enumerate(words) if w == "of"), None)
            if of is not None and 1 <= of <= 3 and not any(
                    w.lower() in _BODY_HEAD_WORDS or w.isupper() for w in words[:of]):
                words = words[of + 1:]
                while words and words[0].lower() in _ACRONYM_JOINERS:
                    words = words[1:]
        capitals = sum(w[:1].isupper() for w in words)
        if name is None and 2 <= capitals <= 6 and len(words) <= 10 and words[-1].lower() not in _ACRONYM_JOINERS \
                and not any("-" in w for w in words):
            # (an acronym of the name in another language: "National Office for Risk and Disaster
            # Management (BNGRC)", "Directorate of Information and Public Relations of the Armed Forces (DIRPA)")
            name = " ".join(words)
        if name is not None and len(name.split()) >= 2 and not (
                acronym[1:].islower() and acronym[0] != next((w[0] for w in name.split() if w[:1].isupper()), "")):
            # (a short name written as a word opens with its name's first letter: "Indepaz", "Ipid"; not a
            # place in brackets: "The Uganda Red Cross Society (Kampala)")
            defined[acronym] = name
    return defined


def _token_set_ratio(first: str, second: str) -> float:
    """rapidfuzz's `fuzz.token_set_ratio`, imported at the first call: 20–40 ms of a cold start, and
    few stories get this far (the seed article's acronym is ruled out before it is asked)."""
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(first, second)


def _misread_acronyms(defined: dict[str, str], matcher, text: str, nations: frozenset = frozenset()) -> dict[str, dict]:
    """The registry sources an acronym the document defines otherwise would name, with the name the
    document gives it: in a story that writes "the Seychelles Defence Forces (SDF)" and never names
    the Syrian Democratic Forces, "the SDF said" is the Seychelles force (source_id → the fields to
    write). Only when both names spell the acronym, are not alike, and the story's names a country
    the registry's does not, or names a kind of body the registry's names do not ("The
    Multi-Stakeholder Forum (MSF)" in Eswatini is no Médecins Sans Frontières): a name in the body's
    own language ("Médicos Sin Fronteras (MSF)", "Partiya Karkerên Kurdistanê (PKK)") is the same
    body, and a dateline ("TEL AVIV (AFP)") redefines no agency."""
    misread = {}
    for acronym, full in defined.items():
        known = matcher(acronym)
        own = {w for name in (known.name, *known.aliases) for w in normalise_name(name).split()} if known else set()
        words = normalise_name(full).split()
        if known is None or known.type in MEDIA_TYPES | {"person"} or matcher(full) is known or \
                not any(w in nations and w not in own for w in words) and \
                not (words and words[-1] in _NAME_ENDING_KINDS and words[-1] not in own) or \
                acronym.replace("-", "").upper() not in {_initials(full).upper(), _initials(full.replace("-", " ")).upper()} or \
                not any(_initials(name).upper() == acronym.replace("-", "").upper()
                        for name in (known.name, *known.aliases) if not name.isupper()) or \
                any(_token_set_ratio(normalise_name(full), normalise_name(name)) >= 80
                    for name in (known.name, *known.aliases) if not name.isupper()) or \
                any(_search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text, re.IGNORECASE)
                    for name in (known.name, *known.aliases) if not name.isupper() and len(name) > 6):
            continue
        misread[known.id] = dict(source=full, source_id=slug(full),
                                 source_type=_guess_type(full) if _guess_type(full) != "person" else "organisation")
    return misread


# the kinds of body a name ends in (`_misread_acronyms`)
_NAME_ENDING_KINDS = frozenset(_BODY_WORDS | _NAMED_KINDS | _NAMED_TO | _KINDS_OF_BODY | {"forum", "platform", "institute"})


def _spell_out_acronyms(results: list[Attribution | None], defined: dict[str, str], matcher,
                        text: str = "", titles: frozenset = frozenset(),
                        nations: frozenset = frozenset(), registry: Registry | None = None,
                        mentioned: frozenset = frozenset()) -> list[Attribution | None]:
    """Write a source the registry does not know, named by an acronym the document defines ("NRC
    said"), by the name the document gives it ("Norwegian Refugee Council"), so that both
    spellings count as one source. An acronym the document does not define is spelled out when
    its letters are the initials of one body that speaks in the document ("the JCS said" after
    "The Joint Chiefs of Staff said"), else of one name the text writes in full ("MDA said" in a
    story that names "The Magen David Adom ambulance service")."""
    misread = _misread_acronyms(defined, matcher, text, nations)
    if misread:
        results = [replace(a, **misread[a.source_id]) if a is not None and a.source_id in misread else a
                   for a in results]
    spoken: dict[str, set] = {}
    for attribution in results:
        if attribution is not None and attribution.source_type not in ("person", "anonymous") \
                and not attribution.source.isupper():
            initials = _initials(attribution.source)
            if len(initials) >= 2:
                spoken.setdefault(initials, set()).add(attribution.source)
    defined = {**{a: names.pop() for a, names in spoken.items() if len(names) == 1}, **defined}
    persons = {n for a in results if a is not None for n in (a.speaker, a.source if a.source_type == "person" else None) if n}
    joiners = r"\s+(?:(?:" + "|".join(sorted(_ACRONYM_JOINERS)) + r")\s+)*"
    for attribution in results:
        name = attribution.source if attribution is not None else ""
        if attribution is not None and attribution.source_type not in ("person", "anonymous") and \
                name.isalpha() and name.isupper() and 2 <= len(name) <= 6 and name not in defined and \
                matcher(name) is None:
            # a run of capitalised words, joiners between them, whose initials spell the acronym: a
            # body's name, not a title ("Prime Minister" for "PM"), a speaker's name, or a person
            # the text describes ("Ahmed Bakr Saleh, a farmer")
            written = {m.group() for m in _compiled(r"\b" + joiners.join(
                rf"{letter}[a-z][\w'’-]*" for letter in name) + r"\b(?!,\s+(?:a|an|the)\s+[a-z])").finditer(text)
                if not any(w.lower() in titles for w in m.group().split())
                and not any(m.group() in p for p in persons)}
            if len(written) == 1:
                defined[name] = written.pop()
    if not defined:
        return results

    def spelled(name: str) -> str | None:
        bare = name[4:] if name.startswith(("The ", "the ")) else name
        full = defined.get(bare)
        if full is None or matcher(name) is not None:
            return None
        return full

    out = []
    for attribution in results:
        if attribution is not None:
            changes = {}
            if (attribution.source_type not in ("person", "anonymous") or attribution.source in defined) and \
                    (full := spelled(attribution.source)):
                # (also an acronym read as a person's name: "The SPLA-IO said")
                known = matcher(full)
                if known is not None and registry is not None and _foreign_alias(full, known, registry, mentioned, nations):
                    known = None  # ("Fire Service and Civil Defence (FSCD)" in Bangladesh: not Syria's White Helmets)
                kind = _guess_type(full) if attribution.source_type == "person" else attribution.source_type
                changes.update(source=known.name, source_id=known.id, source_type=known.type) if known \
                    else changes.update(source=full, source_id=slug(full),
                                        source_type=kind if kind != "person" else "organisation")
                if attribution.speaker == attribution.source:
                    changes["speaker"] = None  # (no person's name after all)
            via = tuple(spelled(v) or v for v in attribution.via)
            if via != attribution.via:
                changes["via"] = via
            if changes:
                attribution = replace(attribution, **changes)
        out.append(attribution)
    return out
