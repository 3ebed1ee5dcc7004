"""Would other feature tokens make the learned models better? A measurement on the dev gold only.

Example: python scripts/experiment_features.py fixtures/gold/dev fixtures/gold-wire/dev
         python scripts/experiment_features.py fixtures/gold/dev fixtures/gold-wire/dev --variant stems

Five folds split by article (the folds of `verify eval --cv`) over the gold named: each fold's
models learn from the other folds with a variant of `verify.learn.features`, and the combination
(rules + models, as `verify audit` ships it) is scored on the fold. Printed per variant: hedged
P / R / F1, attributed, source and kind F1, and the paired 95 % bootstrap interval of each
variant's F1 minus the shipped features'. Variants: `stems` (the first five letters of every word
of six or more), `triples` (word triples), `previous-words` (the previous sentence's words),
`no-pairs` (without word pairs). The twenty-second session's figures are in the README ("Learned
models"); none was kept.
"""
import argparse
import re
import sys
from pathlib import Path

from verify import learn, training
from verify.evaluate import Report, load_gold, score_document
from verify.rules import load_rules

WORDS = re.compile(r"[a-z0-9][a-z0-9'’-]*")
SHIPPED = learn.features


def stems(text, **context):
    return SHIPPED(text, **context) + [f"s:{w[:5]}" for w in WORDS.findall(text.lower()) if len(w) >= 6]


def triples(text, **context):
    words = WORDS.findall(text.lower())
    return SHIPPED(text, **context) + [f"t:{a}_{b}_{c}" for a, b, c in zip(words, words[1:], words[2:])]


def previous_words(text, *, previous_text, **context):
    tokens = SHIPPED(text, previous_text=previous_text, **context)
    return tokens + [f"p:{w}" for w in WORDS.findall((previous_text or "").lower())]


def no_pairs(text, **context):
    return [token for token in SHIPPED(text, **context) if not token.startswith("b:")]


VARIANTS = {"shipped": SHIPPED, "stems": stems, "triples": triples, "previous-words": previous_words,
            "no-pairs": no_pairs}


def with_features(item: training.Prepared, feature) -> training.Prepared:
    """The same article and labels, with each training row's tokens made by `feature`."""
    by_tokens, previous_text, previous = {}, None, None
    for sentence in item.audited.sentences:
        if sentence.boilerplate:
            continue
        context = dict(attribution=sentence.attribution, hedge=sentence.hedge,
                       previous_text=previous_text, previous=previous)
        by_tokens[tuple(SHIPPED(sentence.text, **context))] = tuple(feature(sentence.text, **context))
        previous_text, previous = sentence.text, sentence.attribution
    rows = tuple(training.Row(row.document, by_tokens[row.tokens], row.kind, row.hedged) for row in item.rows)
    return training.Prepared(item.gold, item.audited, rows)


def score(prepared, folds, feature, rules) -> Report:
    learn.features = training.features = feature   # combine() and prepare() read it from these modules
    try:
        remade = {id(item): with_features(item, feature) for item in prepared}
        report = Report()
        for train, test in folds:
            models = training.fit([remade[id(item)] for item in train])
            for item in test:
                combined = type(item.audited)(item.audited.document,
                                              tuple(learn.combine(list(item.audited.sentences), models=models)))
                score_document(item.gold, combined, rules=rules, report=report)
        return report
    finally:
        learn.features = training.features = SHIPPED


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path, help="dev gold directories or files (never held-out gold)")
    parser.add_argument("--variant", action="append", choices=sorted(VARIANTS),
                        help="variants to score (default: all); the shipped features are always scored")
    args = parser.parse_args(argv)
    rules = load_rules()
    prepared = training.prepare(load_gold(args.gold), rules=rules)
    folds = training.article_folds(prepared, 5)
    base = score(prepared, folds, SHIPPED, rules)
    names = ["shipped"] + [name for name in (args.variant or VARIANTS) if name != "shipped"]
    for name in names:
        report = base if name == "shipped" else score(prepared, folds, VARIANTS[name], rules)
        counts = report.counts
        p, r, f = counts["hedged"].scores()
        line = (f"{name:15s} hedged {p:.3f} / {r:.3f} / {f:.3f}  attributed {counts['attributed'].scores()[2]:.3f}"
                f"  source {counts['source'].scores()[2]:.3f}  kind {report.kind_macro_f1():.3f}")
        if name != "shipped":
            paired = report.difference(base)
            line += "  paired: " + ", ".join(f"{task} {low:+.3f} to {high:+.3f}" for task, (low, high)
                                             in paired.items() if task in ("hedged", "attributed", "source"))
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
