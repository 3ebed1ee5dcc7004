"""Stage 8: find the same claim told several times and say what it rests on.

Example:
    >>> from verify.pipeline import audit_document
    >>> from verify.claims import extract_claims
    >>> from verify.records import Document
    >>> docs = [audit_document(Document(id=i, origin=i, text=t)) for i, t in [
    ...     ("a", "At least 14 civilians were killed in Raqqa, the Syrian Observatory for Human Rights said."),
    ...     ("b", "Fourteen civilians were killed in Raqqa, AFP reported, citing the Syrian Observatory for Human Rights.")]]
    >>> [g.status for g in corroborate([c for d in docs for c in extract_claims(d)])]
    ['single-source']

Repetition is not corroboration: the independent origins of a group are its members' origin
sources after collapsing relays (`via`) and affiliations (state media → its government, a
spokesman → his ministry), so five outlets repeating the Observatory's toll rest on one source.
This follows the Every Casualty standard for casualty recording, which counts sources as
independent only when they rest on different primary sources, and the practice of Airwars, Iraq
Body Count and ACLED of reporting the lowest–highest range and the lowest figure as the
conservative one.

Matching is blocked by (counted class, event) and then by place or week; within a block two
claims state the same fact when their counted things are compatible (child ⊂ civilian ⊂ person),
events match, places and dates do not contradict, their contexts are similar (TF-IDF cosine),
and their figures are compatible (intersecting intervals). A block is not searched pair by pair:
indexes of its figures and of its contexts' rarer words (`_candidate_pairs`) give the only pairs
that can be linked or conflict, so that cost grows with the claims and the links found, not with
the square of a block. Incompatible figures for the same fact from different origins make
the group `conflicting`; one origin changing its own figure between days makes it `evolving`.
Claims whose sentences both name their day ("yesterday", "today", "on Monday") and name different
days are different facts (neither linked nor in conflict); the three days' tolerance for reporting
lag applies when a claim's date is only its document's date.
"""
from __future__ import annotations

import hashlib
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from .claims import APPROXIMATE_SPREAD, ancestors, names_day
from .records import Claim, ClaimGroup
from .resources import DATA_DIR
from .rules import RuleSet, load_rules

SAME_FACT_SIMILARITY = 0.12   # TF-IDF cosine of the two sentences, to link compatible figures
CONFLICT_SIMILARITY = 0.2     # two different figures must speak of one thing, in one place
MAX_DAYS_APART = 3            # reports of one event within this many days may be the same fact
MAX_BLOCK = 400               # a larger block is cut further by the size of its figures


_WORD = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    lines = (DATA_DIR / "stop-words.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


class _Contexts:
    """TF-IDF vectors of the claims' sentences and their cosines, block by block.

    The weighting is scikit-learn's `TfidfVectorizer(sublinear_tf=True, stop_words="english")`
    (lower-cased words of two or more characters, tf = 1 + ln count, idf = ln((1 + n)/(1 + df)) + 1,
    unit length), written out here because importing scikit-learn would cost a one-article audit
    half a second; tests compare the two.
    """

    def __init__(self, texts: Sequence[str]):
        stop = _stop_words()
        self.counts = [Counter(w for w in _WORD.findall(text.lower()) if w not in stop) for text in texts]
        frequency = Counter(word for counts in self.counts for word in counts)
        n = len(self.counts)
        self.idf = {word: math.log((1 + n) / (1 + df)) + 1 for word, df in frequency.items()}
        self._units: dict[int, dict[str, float]] = {}

    def cosines(self, members: Sequence[int]) -> np.ndarray:
        """The members' pairwise cosines (a square matrix in the order given)."""
        import numpy as np  # here, not at the top: an audit that does not corroborate needs no numpy

        columns: dict[str, int] = {}
        rows, cols, values = [], [], []
        for row, member in enumerate(members):
            for word, count in self.counts[member].items():
                rows.append(row)
                cols.append(columns.setdefault(word, len(columns)))
                values.append((1 + math.log(count)) * self.idf[word])
        matrix = np.zeros((len(members), max(len(columns), 1)))
        matrix[rows, cols] = values
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        matrix /= np.where(norms == 0, 1, norms)
        return matrix @ matrix.T

    def cosine(self, i: int, j: int) -> float:
        """The cosine of two claims' sentences (the same figure as `cosines`, for one pair)."""
        a, b = self.unit(i), self.unit(j)
        if len(b) < len(a):
            a, b = b, a
        return sum(weight * b[word] for word, weight in a.items() if word in b)

    def unit(self, member: int) -> dict[str, float]:
        """The member's TF-IDF vector of unit length, as a dict (computed once)."""
        vector = self._units.get(member)
        if vector is None:
            vector = {word: (1 + math.log(count)) * self.idf[word] for word, count in self.counts[member].items()}
            norm = math.sqrt(sum(weight * weight for weight in vector.values())) or 1.0
            vector = self._units[member] = {word: weight / norm for word, weight in vector.items()}
        return vector


class _UnionFind:
    def __init__(self, n):
        self.parent = list(range(n))

    def find(self, i):
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


VALUE_TOLERANCE = 0.1  # figures further apart than 10 % are different figures, even inside open bounds


def compatible_values(a: Claim, b: Claim) -> bool:
    """True when two figures can state the same number: their intervals intersect and their
    stated figures are within 10 % of each other ("at least 14" and "14" are; "at least 14" and
    "at least 53" are not, although both intervals are open upwards). Vague amounts ("dozens")
    and ranges ("10 to 15", "about 400") only need intersecting intervals."""
    ranged = any(c.low is not None and c.high is not None and c.low < c.high for c in (a, b))
    if a.value is not None and b.value is not None and not _vague(a) and not _vague(b) and not ranged:
        if abs(a.value - b.value) > VALUE_TOLERANCE * max(abs(a.value), abs(b.value)):
            return False
    return _intersect(a, b)


def _vague(claim: Claim) -> bool:
    return not any(ch.isdigit() for ch in claim.text) and claim.high is None and claim.low == claim.value \
        and claim.text.split()[-1].lower() in {"dozens", "hundreds", "thousands", "tens", "scores", "several"}


def _intersect(a: Claim, b: Claim) -> bool:
    """True when the intervals of two figures intersect."""
    low_a = a.low if a.low is not None else float("-inf")
    low_b = b.low if b.low is not None else float("-inf")
    high_a = a.high if a.high is not None else float("inf")
    high_b = b.high if b.high is not None else float("inf")
    low, high = max(low_a, low_b), min(high_a, high_b)
    if low < high:
        return True
    if low > high:
        return False
    # touching bounds: compatible unless one of the touching ends is open ("more than 50" vs "50")
    open_low = (a.low_open and low == low_a) or (b.low_open and low == low_b)
    open_high = (a.high_open and high == high_a) or (b.high_open and high == high_b)
    return not (open_low or open_high)


def compatible_counted(a: Claim, b: Claim, *, rules: RuleSet) -> bool:
    """Same class, or one is a kind of the other (child ⊂ civilian ⊂ person); unknown fits anything."""
    if a.counted_class is None or b.counted_class is None:
        return True
    return a.counted_class in ancestors(b.counted_class, rules.class_parents) or \
        b.counted_class in ancestors(a.counted_class, rules.class_parents)


def _specific(places: tuple[str, ...], parents: dict[str, str]) -> set[str]:
    """The most specific places: drop a place that another listed place lies within."""
    chosen = set(places)
    for place in places:
        for ancestor in ancestors(place, parents)[1:]:
            chosen.discard(ancestor)
    return chosen


def compatible_places(a: Claim, b: Claim, *, rules: RuleSet) -> bool:
    """Places do not contradict: one is missing, or some place of one lies within (or is) one of the other's."""
    if not a.places or not b.places:
        return True
    for x in _specific(a.places, rules.place_parents):
        for y in _specific(b.places, rules.place_parents):
            if x in ancestors(y, rules.place_parents) or y in ancestors(x, rules.place_parents):
                return True
    return False


def _days_apart(a: Claim, b: Claim) -> int | None:
    if a.date is None or b.date is None:
        return None
    return abs((date.fromisoformat(a.date) - date.fromisoformat(b.date)).days)


def _same_origins(a: Claim, b: Claim) -> bool:
    return bool(a.origins) and set(a.origins) == set(b.origins)


def _blocks(claims: Sequence[Claim]) -> dict[tuple, list[int]]:
    """Claims that may state the same fact: same counted class and event, then same week."""
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for index, claim in enumerate(claims):
        if claim.event is None and claim.counted_class is None:
            continue  # nothing to compare a bare number by
        week = None
        if claim.date:
            week = date.fromisoformat(claim.date).toordinal() // 7
        blocks[(claim.counted_class, claim.event, week)].append(index)
    # reports of one event a few days apart fall into neighbouring weeks: add each claim to the next
    # week's block too, so that pairs across a week boundary meet once
    for key in [k for k in blocks if k[2] is not None]:
        following = (key[0], key[1], key[2] + 1)
        if following in blocks:
            blocks[following] = sorted(set(blocks[following]) | set(blocks[key]))
    final: dict[tuple, list[int]] = {}
    for key, members in blocks.items():
        if len(members) <= MAX_BLOCK:
            final[key] = members
            continue
        for index in members:  # cut by order of magnitude of the figure
            value = claims[index].value or 0
            final.setdefault((*key, len(str(int(value)))), []).append(index)
    return final


class _Similar:
    """Which claims of a block can reach a context cosine, without computing every cosine.

    Prefix filtering (Bayardo, Ma and Srikant, "Scaling up all pairs similarity search", 2007):
    order each unit vector's words from the rarest in the block; when the words after a point can
    add less than the threshold to a cosine with any claim of the block (each word's weight times
    its largest weight in the block), two claims at or above the threshold share a word before it.
    So the claims sharing one of those first words hold every partner at or above the threshold.
    """

    def __init__(self, vectors: Sequence[dict[str, float]]):
        self.vectors = vectors
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.largest: dict[str, float] = {}
        for x, vector in enumerate(vectors):
            for word, weight in vector.items():
                self.postings[word].append(x)
                if weight > self.largest.get(word, 0.0):
                    self.largest[word] = weight
        self._prefixes: dict[tuple[int, float], list[str]] = {}

    def prefix(self, x: int, threshold: float) -> list[str]:
        key = (x, threshold)
        if key not in self._prefixes:
            vector = self.vectors[x]
            words = sorted(vector, key=lambda word: (len(self.postings[word]), word))
            tail, cut = 0.0, len(words)
            for k in range(len(words) - 1, -1, -1):
                tail += vector[words[k]] * self.largest[words[k]]
                if tail >= threshold - 1e-9:   # a margin for rounding: never too short
                    break
                cut = k
            self._prefixes[key] = words[:cut]
        return self._prefixes[key]

    def cost(self, x: int, threshold: float) -> int:
        """How many postings `partners` reads for x."""
        return sum(len(self.postings[word]) for word in self.prefix(x, threshold))

    def partners(self, x: int, threshold: float) -> set[int]:
        """Every other claim whose cosine with x may reach the threshold (a superset)."""
        found = {y for word in self.prefix(x, threshold) for y in self.postings[word]}
        found.discard(x)
        return found


_SCANNED_IN_PYTHON = 256  # claims of a block (of definite figures) scanned without numpy


def _candidate_pairs(block: Sequence[Claim], vague: Sequence[bool],
                     vectors: Sequence[dict[str, float]]) -> list[tuple[int, int]]:
    """The pairs (x, y), x < y, of a block's claims that may be linked or conflict, in order.

    A superset of the pairs `corroborate` links (figures that `compatible_values` accepts, a
    vague amount only with the same words, contexts at `SAME_FACT_SIMILARITY` or more) and of
    those `_conflict` may flag, found through indexes instead of by trying every pair. For each
    claim the cheaper of two searches is used, as either finds all its partners:
    - by figure: an exact figure ([14, 14]) meets only the same interval (a dict); an open-ended
      one ("at least 14", "up to 30") only figures within `VALUE_TOLERANCE` of its own, since
      |a − b| ≤ 0.1 · max(|a|, |b|) implies |a − b| ≤ |a| / 9 (bisection in the sorted figures); a
      range ("about 400") or a figure without a value the intervals it meets (one vectorised
      scan); a vague amount ("dozens") the same words;
    - by context: the claims that can reach the similarity threshold (`_Similar`).
    A conflict needs the same thing counted, places and origins on both sides, and disjoint
    origins at most a day apart or the same origins on different days: those pairs, or the
    claims that can reach `CONFLICT_SIMILARITY`, whichever are fewer.
    """
    pairs: set[tuple[int, int]] = set()
    similar = _Similar(vectors)
    low = [-math.inf if c.low is None else c.low for c in block]
    high = [math.inf if c.high is None else c.high for c in block]
    odd = [any(v is not None and math.isnan(v) for v in (c.value, c.low, c.high)) for c in block]
    # the 10 % tolerance applies to the pair when it applies to both figures (see compatible_values)
    ranged = [c.low is not None and c.high is not None and c.low < c.high for c in block]
    tolerant = [not vague[x] and c.value is not None and not ranged[x] for x, c in enumerate(block)]
    finite = [not odd[x] and math.isfinite(c.value or 0) and math.isfinite(c.low or 0) and math.isfinite(c.high or 0)
              for x, c in enumerate(block)]
    by_text: dict[str, list[int]] = defaultdict(list)
    points: dict[tuple[float, float], list[int]] = defaultdict(list)
    figures: list[tuple[float, int]] = []
    for x, c in enumerate(block):
        by_text[c.text.lower()].append(x)
        if tolerant[x] and finite[x]:
            figures.append((c.value, x))
            if c.low is not None and c.high is not None:
                points[(c.low, c.high)].append(x)
    figures.sort()
    values = [value for value, _ in figures]
    definite = [x for x in range(len(block)) if not vague[x]]
    # (importing numpy takes 0.15 s, more than a one-article audit spends on the rest of this stage:
    # a small block is scanned in Python, the same intervals in the same order)
    vectorised = len(definite) > _SCANNED_IN_PYTHON
    if vectorised:
        import numpy as np

        lows = np.array([low[x] for x in definite], dtype=float)
        highs = np.array([high[x] for x in definite], dtype=float)

    def may_meet(x: int, y: int) -> bool:
        """Necessary for compatible_values: the closed intervals meet, and the figures are within tolerance."""
        if odd[x] or odd[y]:
            return True
        if not (low[y] <= high[x] and low[x] <= high[y]):
            return False
        if tolerant[x] and tolerant[y] and finite[x] and finite[y]:
            return abs(block[x].value - block[y].value) <= abs(block[x].value) / 9 * (1 + 1e-9)
        return True

    for x, c in enumerate(block):
        if vague[x]:
            found = [y for y in by_text[c.text.lower()] if y != x]
            if len(found) > similar.cost(x, SAME_FACT_SIMILARITY):
                found = [y for y in similar.partners(x, SAME_FACT_SIMILARITY)
                         if block[y].text.lower() == c.text.lower()]
        else:
            if tolerant[x] and finite[x] and c.low is not None and c.high is not None:
                found = points[(c.low, c.high)]          # an exact figure meets the same interval only
            elif tolerant[x] and finite[x]:               # an open-ended figure: within tolerance
                reach = abs(c.value) / 9 * (1 + 1e-9)
                window = figures[bisect_left(values, c.value - reach):bisect_right(values, c.value + reach)]
                found = [y for _, y in window] if len(window) <= similar.cost(x, SAME_FACT_SIMILARITY) else None
            elif odd[x]:
                found = definite
            else:                                         # a range, or no value: the intervals it meets
                found = [definite[k] for k in np.flatnonzero((lows <= high[x]) & (highs >= low[x]))] if vectorised \
                    else [y for y in definite if low[y] <= high[x] and high[y] >= low[x]]
            if found is None or len(found) > similar.cost(x, SAME_FACT_SIMILARITY):
                found = similar.partners(x, SAME_FACT_SIMILARITY)
            found = [y for y in found if y != x and not vague[y] and may_meet(x, y)]
        pairs.update((min(x, y), max(x, y)) for y in found)
    pairs.update(_conflict_candidates(block, vague, similar))
    return sorted(pairs)


def _conflict_candidates(block: Sequence[Claim], vague: Sequence[bool], similar: _Similar):
    """The pairs of a block that `_conflict` may flag, by what it needs of both claims."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    day: dict[int, int | None] = {}
    for x, c in enumerate(block):
        if vague[x] or c.counted is None or c.event is None or not c.places or not c.origins:
            continue
        day[x] = date.fromisoformat(c.date).toordinal() if c.date else None
        groups[(c.counted, c.event, c.since)].append(x)

    def may_conflict(x: int, y: int) -> bool:
        a, b = set(block[x].origins), set(block[y].origins)
        if a == b:   # one origin changing its figure: `evolving`
            return day[x] is not None and day[y] is not None and 0 < abs(day[x] - day[y]) <= MAX_DAYS_APART
        # independent origins within a day: `conflicting`
        return not a & b and (day[x] is None or day[y] is None or abs(day[x] - day[y]) <= 1)

    for members in groups.values():
        if len(members) < 2:
            continue
        budget = sum(similar.cost(x, CONFLICT_SIMILARITY) for x in members)
        by_origins: dict[frozenset, dict[int | None, list[int]]] = defaultdict(lambda: defaultdict(list))
        for x in members:
            by_origins[frozenset(block[x].origins)][day[x]].append(x)
        found = []
        for pair in _structural_pairs(by_origins):
            found.append(pair)
            if len(found) > budget:   # the contexts are the shorter way
                member = set(members)
                found = [(x, y) for x in members for y in similar.partners(x, CONFLICT_SIMILARITY)
                         if x < y and y in member and may_conflict(x, y)]
                break
        yield from found


def _structural_pairs(by_origins):
    """Pairs with the same origins on days at most MAX_DAYS_APART apart, or disjoint origins at most a day apart."""
    keys = list(by_origins)
    for n, origins in enumerate(keys):
        days = sorted(d for d in by_origins[origins] if d is not None)
        for k, first in enumerate(days):
            for second in days[k + 1:]:
                if second - first > MAX_DAYS_APART:
                    break
                for x in by_origins[origins][first]:
                    for y in by_origins[origins][second]:
                        yield min(x, y), max(x, y)
        for other in keys[n + 1:]:
            if origins & other:
                continue
            for day_x, xs in by_origins[origins].items():
                for day_y, ys in by_origins[other].items():
                    if day_x is None or day_y is None or abs(day_x - day_y) <= 1:
                        for x in xs:
                            for y in ys:
                                yield min(x, y), max(x, y)


def corroborate(claims: Sequence[Claim], *, rules: RuleSet | None = None) -> tuple[ClaimGroup, ...]:
    """Group claims that state the same fact and give each group its status and origins.

    Compatible figures are linked into groups (union-find over the links, each link's reason
    kept). Incompatible figures for the same fact are not merged: the two groups are marked
    `conflicting` (different origins) or `evolving` (one origin, different days) and point at
    each other through `conflicts_with`.
    """
    rules = rules or load_rules()
    claims = list(claims)
    if not claims:
        return ()
    contexts = _Contexts([claim.context for claim in claims])
    same = _UnionFind(len(claims))
    reasons: dict[int, list[str]] = defaultdict(list)
    conflicts: list[tuple[int, int]] = []
    # Identical copies (wire stories re-published word for word) are one claim to compare: link
    # them at once and let one representative meet the others, so syndication adds no pairs.
    representative: dict[tuple, int] = {}
    for index, c in enumerate(claims):
        key = (" ".join(c.context.lower().split()), c.text, c.counted, c.places, c.date, c.origins)
        if key in representative:
            first = representative[key]
            same.union(first, index)
            if claims[first].document != c.document:
                reasons[first].append(f"{c.document} repeats the sentence of {claims[first].document} word for word")
        else:
            representative[key] = index
    # per claim, once: its most specific places and every place they lie within, and whether its
    # figure is vague (the pair loop below asks these of each claim many times)
    specific = [_specific(c.places, rules.place_parents) for c in claims]
    lineage = [{p for place in chosen for p in ancestors(place, rules.place_parents)} for chosen in specific]
    vague = [_vague(c) for c in claims]
    dated = [c.date is not None and names_day(c.context) for c in claims]  # a day of its own ("yesterday")
    candidates = [claims[i] for i in representative.values()]
    positions = list(representative.values())
    for block in _blocks(candidates).values():
        members = [positions[i] for i in block]
        if len(members) < 2:
            continue
        # only the pairs whose figures may be compatible or may conflict (every other pair of the
        # block would be skipped below), in the order of the block
        for x, y in _candidate_pairs([claims[i] for i in members], [vague[i] for i in members],
                                     [contexts.unit(i) for i in members]):
            a, b = claims[members[x]], claims[members[y]]
            if a.document == b.document and a.sentence == b.sentence:
                continue  # two figures of one sentence are two facts ("53 civilians, including 21 children")
            i, j = members[x], members[y]
            if a.event != b.event or not compatible_counted(a, b, rules=rules):
                continue
            if a.places and b.places and not (specific[i] & lineage[j] or specific[j] & lineage[i]):
                continue  # the same test as compatible_places, from the sets computed above
            apart = _days_apart(a, b)
            if apart is not None and apart > MAX_DAYS_APART:
                continue
            if apart and dated[i] and dated[j]:
                continue  # counts the text dates to different days ("yesterday", "today") are different facts
            if a.since != b.since:
                continue  # a count "since September" and one day's toll are different facts
            cosine = contexts.cosine(i, j)
            if compatible_values(a, b):
                if (vague[i] or vague[j]) and a.text.lower() != b.text.lower():
                    continue  # "dozens" fits any larger toll: it corroborates no particular figure
                if cosine >= SAME_FACT_SIMILARITY and (a.document != b.document or _same_origins(a, b)):
                    same.union(members[x], members[y])
                    reasons[members[x]].append(
                        f"{a.text} {a.counted or ''} ({a.document}) matches {b.text} {b.counted or ''} "
                        f"({b.document}): same {a.event or 'event'}, compatible figures and places, "
                        f"context similarity {cosine:.2f}")
            elif _conflict(a, b, cosine, apart):
                conflicts.append((members[x], members[y]))
    components: dict[int, list[int]] = defaultdict(list)
    for index in range(len(claims)):
        components[same.find(index)].append(index)
    groups = {root: _group([claims[i] for i in sorted(indices)],
                           [line for i in indices for line in reasons.get(i, ())])
              for root, indices in components.items()}
    groups = _mark_conflicts(groups, [(same.find(x), same.find(y), claims[x], claims[y]) for x, y in conflicts])
    ordered = sorted(groups.values(), key=lambda g: (_STATUS_ORDER[g.status], -len(g.members), g.id))
    return tuple(ordered)


def _conflict(a: Claim, b: Claim, cosine: float, apart: int | None) -> bool:
    """Two incompatible figures that clearly state one fact: same thing counted, same event, a
    named place on both sides, reported within a day, in similar words, each with an origin."""
    if _vague(a) or _vague(b) or a.counted is None or a.counted != b.counted or a.event is None:
        return False
    if not (a.places and b.places and a.origins and b.origins) or cosine < CONFLICT_SIMILARITY:
        return False
    independent = not set(a.origins) & set(b.origins)
    updated = _same_origins(a, b) and a.date is not None and b.date is not None and a.date != b.date
    return (independent and (apart is None or apart <= 1)) or updated


_STATUS_ORDER = {"conflicting": 0, "evolving": 1, "single-source": 2, "corroborated": 3, "unattributed": 4}


def _mark_conflicts(groups: dict[int, ClaimGroup], pairs) -> dict[int, ClaimGroup]:
    """Give both groups of each conflicting pair their status, partner and reason."""
    partners: dict[int, dict[int, tuple[str, str]]] = defaultdict(dict)
    for root_a, root_b, a, b in pairs:
        if root_a == root_b:
            continue
        independent = not set(a.origins) & set(b.origins)
        kind = "conflicting" if independent else "evolving"
        for mine, theirs, other in ((root_a, root_b, b), (root_b, root_a, a)):
            line = (f"{kind}: {other.text} {other.counted or ''} according to {other.source or 'the outlet'} "
                    f"({other.document}{', ' + other.date if other.date else ''})")
            previous = partners[mine].get(theirs)
            if previous is None or (previous[0] == "evolving" and kind == "conflicting"):
                partners[mine][theirs] = (kind, line)
    for root, found in partners.items():
        group = groups[root]
        kinds = {kind for kind, _ in found.values()}
        status = "conflicting" if "conflicting" in kinds else "evolving"
        why = "; ".join(line for _, line in found.values()) + "; " + group.why
        groups[root] = replace(group, status=status, why=why,
                               conflicts_with=tuple(sorted(groups[other].id for other in found)))
    return groups


def stated_range(claim: Claim) -> tuple[float | None, float | None]:
    """The lowest and highest figure a claim states, before its qualifier: its number's own
    `low`/`high` ("more than 30" → (30, 30), "up to 300" → (300, 300), "about 400" → (400, 400),
    "10 to 15" → (10, 15); "dozens" → (12, 12), its conservative figure), not the interval it is
    compared with ("more than 30" is compared as (30, ∞))."""
    if claim.value is None:
        return None, None
    top = claim.high
    if top is None or claim.low is None:
        return claim.value, claim.value   # an open bound: the figure itself
    if claim.low < claim.value:           # "about": undo the spread of `verify.claims.interval`
        top = round(top / (1 + APPROXIMATE_SPREAD), 9)
    return claim.value, max(claim.value, top)


def _group(members: list[Claim], why: list[str]) -> ClaimGroup:
    origins = tuple(sorted({o for m in members for o in m.origins}))
    values = [m.value for m in members if m.value is not None]
    tops = [stated_range(m)[1] for m in members if m.value is not None]
    status = "unattributed" if not origins else "single-source" if len(origins) == 1 else "corroborated"
    lines = list(dict.fromkeys(why)) or ["stated once"]
    first = members[0]
    documents = len({m.document for m in members})
    digest = hashlib.sha1(" ".join(sorted(m.id for m in members)).encode()).hexdigest()[:12]
    rests = (f"rests on {len(origins)} independent origin(s) ({', '.join(origins)}) in {documents} document(s)"
             if origins else f"stated only in outlets' own voice, in {documents} document(s)")
    return ClaimGroup(
        id="g-" + digest, members=tuple(members), origins=origins, status=status,
        value=min(values) if values else None, low=min(values) if values else None,
        high=max(tops) if tops else None, counted=first.counted, event=first.event,
        why="; ".join([*lines, rests]),
    )
