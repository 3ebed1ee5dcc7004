"""Stage 5: how hedged a sentence is, from the hedge lexicon and the reporting cue's stance.

Example:
    >>> from verify.rules import load_rules
    >>> assess_hedge("Missiles reportedly hit the base.", rules=load_rules()).level
    'medium'

The score combines the weights of the hedges found as independent pieces of doubt,
1 - Π(1 - wᵢ) (the noisy-OR used for cue combination in Light et al. 2004 and the CoNLL-2010
hedge task's lexicon baselines), plus the weight of a distancing cue ("claimed", "alleged").
Approximators on numbers ("at least") are not hedges: they belong to the number (verify.numbers).
"""
from __future__ import annotations

import re

from .records import Attribution, Hedge
from .rules import HedgeCue, RuleSet, derived

# The stance of the reporting cue adds doubt of its own: "X claimed" distances the writer.
STANCE_WEIGHTS = {"distancing": 0.5}
LEVELS = ((0.0, "none"), (0.35, "low"), (0.6, "medium"), (1.01, "high"))
# Hedge words used without doubt about the content, each branch marking the word it clears:
# "could not be reached", "could be seen", "could barely manage" speak of ability (the gold's
# annotators agree); "maybe" before a duration approximates it; "appeared on" is being seen. ("may"
# only hedges in lower case: May is a month.)
_NO_DOUBT = re.compile(r"\b(could|may|might) (?:(?:not |still |also |clearly )?be (?:seen|heard|felt|reached|found))\b"
                            # "could not" is inability ("could not confirm"); "may not" a rule or a permission
                            # ("Detainees may not be held …", "may not be reproduced", "You may not like it")
                            # but for what may not have happened ("may not have reached", "may not yet have
                            # been reported", or a state, not an act allowed: "the worst may not be over", "may
                            # not be enough"); "might not" doubts as "might" does ("the worst might not be over")
                            r"|\b(could) not\b|\b(may) not\b(?! (?:have|yet)\b)(?! be (?:over|enough|final|true|"
                            r"accurate|complete|the (?:case|end|last)|able|possible|safe|sufficient|known|clear)\b)"
                            r"|\b(could) (?:only|barely|hardly|scarcely)\b"  # "others could only look on"
                            # "we could hear heavy machine guns", "residents said they could hear explosions",
                            # "he could see people waiting" ("they could see the front collapse", "we could see
                            # falls of 300 millimetres" forecast)
                            r"|\b(?:I|we|you|he|she) (could) (?:still )?(?:hear|feel|smell)\b|\bthey (could) (?:still )?(?:hear|smell)\b"
                            r"|\b(?:I|he|she) (could) (?:still )?see\b"
                            # "for maybe 15 or 20 minutes", "work for maybe 10 days": an approximator of a
                            # duration, not a hedge ("maybe one day" is "some day", a hedge); before a count of people or things ("maybe ten, fifteen of
                            # them", "maybe 60 or 70 of them") the dev gold hedges it, 10 sentences to 0
                            r"|\b(maybe) (?!one day\b)(?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
                            r"fifty|a few)(?:(?:,| or| to) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|"
                            r"thirty|forty|fifty))? (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b)"
                            r"|\bbefore (?:they|it|he|she|we) (could)\b"  # "before they could reach"
                            # forecasts as a thing beaten or missed, no doubt of the content: "profit beat
                            # analysts' estimates", "sales missed consensus estimates"
                            r"|\b(?:beat|beats|beating|missed|misses|missing|topped|tops|topping|exceeded|exceeds|"
                            r"exceeding|above|below|short\s+of)\s+(?:(?:[\w-]+['’]|the|its|their|market|consensus|"
                            r"average|analyst|Wall\s+Street)\s+){0,2}(estimates)\b"
                            r"|\bso that (?:[\w-]+ ){1,4}?(could)\b"  # "so that humanitarian aid could reach"
                            r"|\bwhat (?:it|they|he|she|we) (could)\b"  # "what it could provide"
                            r"|\bwhat (?:[\w-]+ )?(could) (?:it|they|he|she|we|I|you)\b"  # "What could he have done?"
                            # what someone was able to do: "every house we could", "which houses we could save",
                            # "all the footage that we could find", "You could see the glow"
                            r"|\b(?:every|all|which|that) (?:[\w-]+ ){0,2}(?:we|they|I) (could)\b(?! (?:have|be)\b)"
                            r"|\byou (could) (?:see|hear|feel|smell)\b"
                            # "actions that could endanger civilians": a warning against acts, not doubt
                            r"|\b(?:actions?|acts|steps|anything|measures) (?:that|which) (could)\b"
                            r"|\b(could) (?:only )?confirm\b"  # "officials could confirm only one death": ability
                            # an appeal to witnesses: "anyone who may have information", "any road users who may
                            # have camera footage"
                            r"|\b(?:anyone|anybody|any [\w-]+(?: [\w-]+)?) who (may|might) have\b"
                            r"(?! been (?:exposed|infected|injured|killed|hurt|affected)\b)"  # ("anyone who may have been exposed" doubts)
                            # disbelief in an account is no doubt of the writer's: "they did not believe in his
                            # involvement", "Who is going to believe such a thing?" (but "we do not believe anyone
                            # else was involved" hedges)
                            r"|\b(?:not|n't|never) (believe|believes) (?:in|a word|it|him|her|them|such|this|that account)\b"
                            r"|\b(?:going to|hardly anyone) (believe|believes)\b"
                            # faith in a value is no doubt either: "We believe in the independence of the
                            # judiciary" (but "we believe in the coming days the army will advance" hedges)
                            r"|\b(?:I|[Ww]e|[Tt]hey|who)\s+(?:(?:still|truly|firmly|strongly|really|do)\s+)?(believe|believes) in "
                            r"(?!(?:the )?(?:coming|next|past|last|early|first|few|recent|days|weeks|months|all|total|this|"
                            r"that|some|each|any|both)\b)(?-i:(?![A-Z0-9]))"  # (nor a place, a month, a year: "in Kharkiv")
                            # a warning against rumours is no doubt about the story's content: "urged the public
                            # not to … spread unverified information", "to avoid circulating rumours", "not to
                            # believe rumors", "dismissed such reports as 'rumours", "dismissed allegations of
                            # assault" (the dev gold: 9 sentences, none hedged for it)
                            r"|\b(?:not to|avoid|refrain from|against)\s+(?:[\w'’-]+\s+){0,4}?(rumours|rumors|unverified)\b"
                            r"|\bdismissed\s+(?:[\w'’-]+\s+){0,3}?as\s+[\"“']?(rumours|rumors)\b"
                            r"|\bdismissed\s+(allegations)\s+of\b"
                            r"|\b(?:no one|nobody) (could)\b"  # "No one could say who was responsible"
                            # "reports appeared on local Telegram channels": to be seen, not to seem
                            r"|\b(appeared|appears|appear) (?:on|in|at|before)\s"
                            # "Neither claim could be verified", "Neither side's claims could …", "None of
                            # these figures could be independently verified": no doubt about the content
                            r"|\b(?:neither|none of) (?:[\w'’-]+ ){0,5}?(could)\b"
                            # "shells … claiming the lives of 20 civilians", "claiming 4 martyrs", "claiming
                            # responsibility", "claiming the attack", "claiming benefits": a death toll, a claim of
                            # an attack or of money, no doubt about the content
                            r"|\b(claiming) (?:the (?:life|lives)\b|lives\b|responsibility\b|credit\b|victory\b|benefits?\b|"
                            r"(?:the |an |two |twin )?(?:attacks?|bombings?|blasts?|assaults?|strikes?|killings?)\b|"
                            r"(?:at least |more than |about |nearly |almost |over |some |up to |around )?(?:\d|"
                            r"(?:one|two|three|four|five|six|seven|eight|nine|ten|scores|dozens|hundreds|tens)\b)"
                            # (but a count opening a clause is claimed: "claiming over 60 fighters were killed")
                            r"(?![^.,;:]{0,50}?\b(?:were|was|had|have|has|are|is|died|would|will)\b))"
                            # "faster than anyone expected", "within the range we expected", "as expected",
                            # "the volume usually expected": a comparison with what was foreseen, not a forecast
                            r"|\b(?:than|range|as|usually|normally) (?:[\w'’-]+ ){0,2}?(expected)\b"
                            # what was foreseen before it happened: "Analysts had expected a cut", "The move was
                            # widely expected."
                            r"|\bhad (?:[\w'’-]+ )?(expected)\b|\b(?:widely|long) (expected)\b(?! to\b)"
                            # the noun, not the verb: "arrested the suspect the following morning" (but "Police
                            # suspect the gang …" hedges)
                            r"|\b(?:the|a|an|one|main|prime|key|second|lone|alleged) (suspect) the\b"
                            # a relative clause, no claim's content: "rejected claims that were filed late"
                            r"|\b(claims) that (?:were|was|had|have|has|are|is)\b", re.IGNORECASE)
# the words _NO_DOUBT clears, each a whole word of any text it matches (`find_hedges` skips it
# for an ASCII text holding none of them; a test checks its groups against this list)
_NO_DOUBT_WORDS = frozenset({"could", "may", "might", "maybe", "appeared", "appears", "appear", "claiming", "expected",
                             "believe", "believes", "rumours", "rumors", "unverified", "allegations", "suspect", "claims",
                             "estimates"})
CASE_SENSITIVE = {"may"}
_BY_AGENT = re.compile(r"\s+by\b", re.IGNORECASE)


_WORD = re.compile(r"\w+")  # no hyphen ("\balleged\b" matches inside "US-alleged"), no quote ("'alleged'")


class _Matcher:
    """The hedge phrases of a rule set, compiled for matching.

    Every phrase is keyed by its longest word: a sentence holding none of the key words has no
    hedge (most sentences are skipped so), and the rest run an alternation of only the phrases
    whose key words they hold ("it is reported" is keyed by "reported", not by "it"). Leaving out
    phrases that cannot match changes nothing else: the alternation keeps its longest-first order.
    Alternations are compiled once per set of key words and kept.
    """

    def __init__(self, hedges: tuple[HedgeCue, ...]):
        self.by_phrase = {h.phrase.lower(): h for h in hedges}
        self.phrases = sorted(self.by_phrase, key=len, reverse=True)
        self.key_of = {p: max(_WORD.findall(p), key=len) for p in self.phrases if _WORD.findall(p)}
        self.key_words = frozenset(self.key_of.values())
        self.keyed: dict[str, tuple[str, ...]] = {}  # key word → its phrases
        for phrase, key in self.key_of.items():
            self.keyed[key] = (*self.keyed.get(key, ()), phrase)
        self._compiled: dict[frozenset, tuple[re.Pattern, ...]] = {}

    def patterns(self, present: frozenset) -> tuple[re.Pattern, ...]:
        """Three alternations over the phrases keyed by `present`: any case, case-sensitive ("may"),
        and agentless reports, which are matched apart so that "were reported" does not hide the
        "reported killed" it overlaps."""
        compiled = self._compiled.get(present)
        if compiled is None:
            chosen = [p for p in self.phrases if self.key_of.get(p) in present]

            def alternation(phrases, flags=0):
                # (an apostrophe of a phrase matches either one the text writes: "we'd expect", "we’d expect")
                return re.compile(r"\b(" + "|".join(re.escape(p).replace("'", "['’]") for p in phrases) + r")\b",
                                  flags) if phrases else None

            compiled = tuple(p for p in (
                alternation([p for p in chosen if p not in CASE_SENSITIVE and not self.by_phrase[p].agentless],
                            re.IGNORECASE),
                alternation([p for p in chosen if p in CASE_SENSITIVE]),
                alternation([p for p in chosen if self.by_phrase[p].agentless and p not in CASE_SENSITIVE],
                            re.IGNORECASE)) if p is not None)
            if len(self._compiled) >= 4096:  # a bound for endless corpora; the common sets come back
                self._compiled.clear()
            self._compiled[present] = compiled
        return compiled


def _matcher(rules: RuleSet) -> _Matcher:
    # (a phrase of weight 0 only attributes, "it was learnt that": no hedge)
    return derived(rules, "hedging.matcher", lambda r: _Matcher(tuple(h for h in r.hedges if h.weight > 0)))


def level_for(score: float) -> str:
    """Map a score in [0, 1] to none/low/medium/high."""
    if score <= 0:
        return "none"
    for bound, name in LEVELS[1:]:
        if score < bound:
            return name
    return "high"


def find_hedges(text: str, *, rules: RuleSet, named: bool = False) -> list[tuple[re.Match, HedgeCue]]:
    """Every hedge phrase in `text`, in order, longest phrase first where they overlap.

    An agentless report ("were reported") is left out when its agent follows ("by SANA"), when
    the sentence names its source (`named`), and where it overlaps a hedge of its own ("were
    reported killed": "reported killed")."""
    matcher = _matcher(rules)
    lowered = text.lower()
    words = _WORD.findall(lowered)
    present = matcher.key_words.intersection(words)
    if present and text.isascii():
        # (in an ASCII text a phrase matches, in either case, only where it stands as written, lower
        # cased: the key words of phrases that stand in it, far fewer sets of them, each compiled once)
        present = frozenset(key for key in present if any(phrase in lowered for phrase in matcher.keyed[key]))
    if not present:
        return []
    by_phrase = matcher.by_phrase
    # (each branch holds one group; in an ASCII text a letter matches only its own two cases, so
    # the words it clears must be words of the text: else no branch can match)
    cleared = {m.start(m.lastindex) for m in _NO_DOUBT.finditer(text)} \
        if not text.isascii() or not _NO_DOUBT_WORDS.isdisjoint(words) else ()
    hits = []
    for pattern in matcher.patterns(present):
        for match in pattern.finditer(text):
            if match.start() in cleared:
                continue
            hedge = by_phrase[match.group().lower().replace("’", "'")]
            if hedge.agentless and (named or _BY_AGENT.match(text, match.end())):
                continue
            hits.append((match, hedge))
    hits = [(m, h) for m, h in hits if not h.agentless or not any(
        not other.agentless and o.start() < m.end() and m.start() < o.end() for o, other in hits)]
    hits.sort(key=lambda h: h[0].start())
    kept, last_end = [], -1
    for match, hedge in hits:
        if match.start() >= last_end:
            kept.append((match, hedge))
            last_end = match.end()
    return kept


def _same_cue(cue: str, found: str) -> bool:
    """Whether a hedge phrase found is the attribution's own distancing cue: "claimed", or it with
    what follows it ("claimed that", "claimed to"), counted once."""
    return found == cue or found in {f"{cue} that", f"{cue} to"}


def assess_hedge(text: str, *, rules: RuleSet, attribution: Attribution | None = None) -> Hedge:
    """The Hedge of one sentence."""
    cues, doubt = [], 1.0
    named = attribution is not None and attribution.source_type != "anonymous"
    for match, hedge in find_hedges(text, rules=rules, named=named):
        cues.append(match.group())
        doubt *= 1 - hedge.weight
    if attribution is not None and attribution.stance in STANCE_WEIGHTS and not attribution.carried \
            and attribution.cue and not any(_same_cue(attribution.cue.lower(), c.lower()) for c in cues):
        cues.append(attribution.cue)
        doubt *= 1 - STANCE_WEIGHTS[attribution.stance]
    score = round(1 - doubt, 3)
    return Hedge(level=level_for(score), score=score, cues=tuple(cues))
