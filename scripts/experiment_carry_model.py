"""Would a model of continuation help? A measurement, not a feature (the learning issue's "(d)").

Example: python scripts/experiment_carry_model.py fixtures/gold/dev

A sentence the rules leave unattributed, within GAP sentences of the last attributed one, is a
candidate to continue that attribution. A logistic regression over the attribution model's own
features (`verify.learn.features`) plus the gap, the previous source's type, rule and cue, and
whether the sentence opens with a capital learns from the gold whether it does (the gold names the
same source). Five folds split by article (the same folds as `verify eval --cv`): each fold's model
learns from the other folds only. Printed: the candidates and how many continue, then source and
attributed F1 of the rules alone and of the rules with the model carrying the previous attribution
at each threshold. The eighteenth session's figures are in the README ("The wire stories,
twenty-first to twenty-fifth batches"); the model was not built into `verify`.
"""
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.linear_model import LogisticRegression

from verify.evaluate import Report, _align, load_gold, same_source, score_document
from verify.learn import features
from verify.rules import load_rules
from verify.training import article_folds, prepare

RULES = load_rules()
GAP = 2
THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.5)


def candidates(item):
    """(sentence index, previous attribution, feature tokens, label or None) for one article."""
    gold_by_index = {}
    for gold in item.gold["sentences"]:
        aligned = _align(gold, item.audited)
        if aligned is not None and aligned.index not in gold_by_index:
            gold_by_index[aligned.index] = gold
    found, previous, since, previous_text, previous_any = [], None, 0, None, None
    for sentence in item.audited.sentences:
        if sentence.boilerplate:
            continue
        if sentence.attribution is None and previous is not None and since < GAP:
            tokens = features(sentence.text, attribution=None, hedge=sentence.hedge,
                              previous_text=previous_text, previous=previous_any)
            tokens += [f"gap:{since}", f"prev-type:{previous.source_type}", f"prev-rule:{previous.rule.split('+')[0]}",
                       f"prev-carried:{previous.carried}", f"prev-cue:{(previous.cue or '').lower()}",
                       f"first-cap:{sentence.text.strip()[:1].isupper()}"]
            gold = gold_by_index.get(sentence.index)
            label = None
            if gold is not None and not gold["boilerplate"]:
                label = int(gold["source"] not in (None, "(unnamed)") and same_source(gold["source"], previous, RULES))
            found.append((sentence.index, previous, tokens, label))
        if sentence.attribution is not None:
            previous, since = sentence.attribution, 0
        else:
            since += 1
        previous_text, previous_any = sentence.text, sentence.attribution
    return found


def main(paths):
    prepared = prepare(load_gold([Path(p) for p in paths]), rules=RULES)
    per_article = {item.gold["id"]: candidates(item) for item in prepared}
    labelled = [c for found in per_article.values() for c in found if c[3] is not None]
    print(f"{len(labelled)} candidates, {sum(c[3] for c in labelled)} continue the previous source in the gold")
    rules_alone, carried = Report(), {t: Report() for t in THRESHOLDS}
    for train, test in article_folds(prepared, 5):
        rows = [c for item in train for c in per_article[item.gold["id"]] if c[3] is not None]
        vectorizer, tfidf = DictVectorizer(), TfidfTransformer(sublinear_tf=True)
        x = tfidf.fit_transform(vectorizer.fit_transform([Counter(c[2]) for c in rows]))
        model = LogisticRegression(C=4.0, max_iter=2000).fit(x, [c[3] for c in rows])
        for item in test:
            score_document(item.gold, item.audited, rules=RULES, report=rules_alone)
            found = per_article[item.gold["id"]]
            scores = model.predict_proba(tfidf.transform(vectorizer.transform([Counter(c[2]) for c in found])))[:, 1] \
                if found else []
            for threshold, report in carried.items():
                change = {c[0]: replace(c[1], carried=True, mention=None, rule="experiment.carry")
                          for c, p in zip(found, scores) if p >= threshold}
                sentences = tuple(replace(s, attribution=change[s.index]) if s.index in change else s
                                  for s in item.audited.sentences)
                score_document(item.gold, type(item.audited)(item.audited.document, sentences), rules=RULES,
                               report=report)

    def f1(report, task):
        return "{:.3f} / {:.3f} / {:.3f}".format(*report.counts[task].scores())

    print(f"rules alone: source {f1(rules_alone, 'source')}, attributed {f1(rules_alone, 'attributed')}")
    for threshold, report in carried.items():
        print(f"carry at p >= {threshold}: source {f1(report, 'source')}, attributed {f1(report, 'attributed')}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["fixtures/gold/dev"])
