"""Would a learned tagger of source spans help the rules name sources? A measurement, not a feature.

Example: python scripts/experiment_span_tagger.py fixtures/gold/dev fixtures/gold-wire/dev

A token classifier (scikit-learn logistic regression over hashed features of each word, its
neighbours, capitals, quotation marks and the nearest cue word; no feature from the rules' own
span) learns where the gold source's name stands in a sentence, from the sentences whose gold
source is written in them. Five folds split by article (the same folds as `verify eval --cv`): each
fold's tagger and models learn from the other folds only. Printed: source F1 of the rules, of the
rules with the tagger's span filling sentences they leave unattributed, of the tagger overriding
the rules' source where its span does not overlap their mention, and of the shipped combination
with the tagger naming the sources the attribution model adds. The thirteenth session's figures are
in the README ("Learned models"); the tagger was not built into `verify`.
"""
import re
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import FeatureHasher
from sklearn.linear_model import LogisticRegression

from verify import learn, training
from verify.evaluate import Report, _align, load_gold, same_source, score_document
from verify.records import Attribution
from verify.rules import load_rules

RULES = load_rules()
TOKEN = re.compile(r"\w+(?:[-'’.&]\w+)*\.?|[^\w\s]")
CUES = {form.lower().split()[0] for cue in RULES.cues for form in cue.forms} | {"according"}
ALIAS_WORDS = {word for key in RULES.registry.keys() for word in key.split()}
TITLES = set().union(*RULES.speakers.values())


def shape(word):
    return re.sub(r"(.)\1+", r"\1\1", re.sub(r"\d", "9", re.sub(r"[a-z]", "a", re.sub(r"[A-Z]", "A", word))))


def token_features(toks):
    low = [t.lower() for t, _, _ in toks]
    cues = [i for i, w in enumerate(low) if w in CUES]
    quote, rows = 0, []
    for i, (word, _, _) in enumerate(toks):
        f = {f"w={low[i]}": 1, f"shape={shape(word)}": 1, f"suf3={low[i][-3:]}": 1, f"alias={low[i] in ALIAS_WORDS}": 1,
             f"title={low[i] in TITLES}": 1, f"inquote={quote % 2}": 1, f"pos={min(i, 5)}": 1, "bias": 1}
        for d in (-2, -1, 1, 2):
            j = i + d
            f[f"w{d}={low[j] if 0 <= j < len(low) else '<edge>'}"] = 1
            f[f"cap{d}={toks[j][0][:1].isupper() if 0 <= j < len(low) else 'x'}"] = 1
        left, right = [i - c for c in cues if c < i], [c - i for c in cues if c > i]
        f[f"cueL={min(min(left), 6) if left else 0}"] = f[f"cueR={min(min(right), 6) if right else 0}"] = 1
        if right and min(right) <= 6:
            f[f"cueR-w={low[i + min(right)]}"] = 1
        quote += word in '"“”'
        rows.append(f)
    return rows


def gold_span(text, gold):
    """Where the gold source's name (or a registry alias of it) is written in the sentence."""
    known = RULES.registry.find(gold)
    names = {gold, *((known.name, *known.aliases) if known else ())}
    for name in sorted(names, key=len, reverse=True):
        bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
        found = re.search(r"(?<!\w)" + re.escape(bare.lower()) + r"(?!\w)", text.lower()) if len(bare) > 1 else None
        if found:
            return found.span()
    return None


def rows_of(item):
    for g in item.gold["sentences"]:
        toks = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(g["text"])]
        if g["boilerplate"] or not toks:
            continue
        span = None if g["source"] in (None, "(unnamed)") else gold_span(g["text"], g["source"])
        usable = g["source"] in (None, "(unnamed)") or span is not None
        labels = [int(span is not None and s >= span[0] and e <= span[1]) for _, s, e in toks]
        yield g, toks, token_features(toks), labels, usable


def best_span(toks, probabilities, threshold=0.5):
    best, run = None, []
    for i, p in enumerate([*probabilities, 0.0]):
        if p >= threshold:
            run.append(i)
        elif run:
            mean = float(np.mean([probabilities[j] for j in run]))
            if best is None or mean > best[0]:
                best = (mean, toks[run[0]][1], toks[run[-1]][2])
            run = []
    return best


def named(text):
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.I).strip(" ,.'\"“”")
    known = RULES.registry.find(text)
    return (known.name, known.id, known.type) if known else (text, text.lower(), "outlet")


def f1(counts):
    tp, fp, fn = counts
    return 2 * tp / (2 * tp + fp + fn)


def main(paths):
    prepared = training.prepare(load_gold([Path(p) for p in paths]), rules=RULES)
    hasher = FeatureHasher(n_features=2 ** 20, alternate_sign=False)
    policies = {"rules": [0, 0, 0], "rules, tagger fills (p ≥ 0.6)": [0, 0, 0],
                "rules, tagger overrides (p ≥ 0.9)": [0, 0, 0]}
    combined = {"combination": Report(), "combination, tagger names its additions": Report()}
    for train, test in training.article_folds(prepared, 5):
        rows = [r for item in train for r in rows_of(item) if r[4]]
        tagger = LogisticRegression(C=1.0, max_iter=2000).fit(hasher.transform(f for r in rows for f in r[2]),
                                                               [label for r in rows for label in r[3]])
        models = training.fit(train)
        for item in test:
            for g, toks, feats, _, _ in rows_of(item):
                p = _align(g, item.audited)
                rule = p.attribution if p else None
                span = best_span(toks, tagger.predict_proba(hasher.transform(feats))[:, 1])
                spanned = Attribution(*named(g["text"][span[1]:span[2]]), rule="span") if span else None
                overlap = rule is not None and rule.mention and span and g["text"].find(rule.mention) >= 0 and \
                    g["text"].find(rule.mention) < span[2] and g["text"].find(rule.mention) + len(rule.mention) > span[1]
                for name, chosen in (("rules", rule),
                                     ("rules, tagger fills (p ≥ 0.6)", spanned if rule is None and span and span[0] >= 0.6 else rule),
                                     ("rules, tagger overrides (p ≥ 0.9)", spanned if span and span[0] >= 0.9 and not overlap and
                                      not (rule and rule.carried) else rule)):
                    right = g["source"] is not None and chosen is not None and same_source(g["source"], chosen, RULES)
                    policies[name][0] += right
                    policies[name][1] += chosen is not None and not right
                    policies[name][2] += g["source"] is not None and not right
            sentences = learn.combine(list(item.audited.sentences), models=models)
            score_document(item.gold, type(item.audited)(item.audited.document, tuple(sentences)), rules=RULES,
                           report=combined["combination"])
            named_too = []
            for s in sentences:
                if s.attribution is not None and s.attribution.rule.startswith("model.attribution"):
                    toks = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(s.text)]
                    span = best_span(toks, tagger.predict_proba(hasher.transform(token_features(toks)))[:, 1]) if toks else None
                    if span and span[0] >= 0.6:
                        source, source_id, kind = named(s.text[span[1]:span[2]])
                        s = replace(s, attribution=replace(s.attribution, source=source, source_id=source_id,
                                                           source_type=kind, carried=False, rule="model.span"))
                named_too.append(s)
            score_document(item.gold, type(item.audited)(item.audited.document, tuple(named_too)), rules=RULES,
                           report=combined["combination, tagger names its additions"])
    for name, counts in policies.items():
        print(f"{name:<42} source F1 {f1(counts):.4f}  (tp {counts[0]}, fp {counts[1]}, fn {counts[2]})")
    for name, report in combined.items():
        c = report.counts["source"]
        print(f"{name:<42} source F1 {f1((c.tp, c.fp, c.fn)):.4f}  (tp {c.tp}, fp {c.fp}, fn {c.fn})")


if __name__ == "__main__":
    main(sys.argv[1:] or ["fixtures/gold/dev", "fixtures/gold-wire/dev"])
