"""Benchmark audit + corroboration + report over the whole FA-KES corpus, repeated 1×, 4× and 16×.

Example: python scripts/bench_corpus.py [--shared ../shared] [--times 1 4 16]   (or: make bench-corpus)

Reads the FA-KES train split from fixtures/ and the test split from ../shared (running the tool
on the test split is allowed; nothing is tuned on it), repeats the corpus with fresh document ids,
and times each stage in one process: reading, the per-document audit, claims + corroboration,
building the report context, and rendering the HTML pages to a temporary directory. Prints the
seconds of each stage, peak memory, and how each stage grows against the 1× corpus (a ratio
near 4 and 16 means linear growth). A measurement, not a test.
"""
import argparse
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from bench_audit import machine  # noqa: E402

from verify.learn import shipped_models  # noqa: E402
from verify.pipeline import audit_corpus, audit_documents  # noqa: E402
from verify.reading import read_documents  # noqa: E402
from verify.records import ReadFailure  # noqa: E402
from verify.report import report_context, write_report  # noqa: E402
from verify.rules import load_rules  # noqa: E402


JOBS = 1


def run(documents, rules, models) -> dict[str, float]:
    times = {}
    started = time.perf_counter()
    audited = list(audit_documents(documents, rules=rules, models=models, jobs=JOBS))
    times["audit"] = time.perf_counter() - started
    started = time.perf_counter()
    corpus = audit_corpus(audited, rules=rules)
    times["claims + corroboration"] = time.perf_counter() - started
    started = time.perf_counter()
    context = report_context(corpus, rules=rules)
    times["report context"] = time.perf_counter() - started
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as directory:
        write_report(context, Path(directory) / "report")
    times["report pages"] = time.perf_counter() - started
    times["claims"] = len(corpus.claims)
    times["groups"] = len(corpus.groups)
    return times


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared data folder")
    parser.add_argument("--times", type=int, nargs="+", default=[1, 4, 16], help="corpus repetitions")
    parser.add_argument("--jobs", type=int, default=1, help="processes for the audit stage (0: one per core)")
    args = parser.parse_args()
    global JOBS
    JOBS = args.jobs
    paths = [str(ROOT / "fixtures" / "fa-kes-train.csv")]
    test = Path(args.shared) / "corpora" / "fa-kes" / "fa-kes-test.csv"
    if test.is_file():
        paths.append(str(test))
    rules, models = load_rules(), shipped_models()
    started = time.perf_counter()
    base = [d for d in read_documents(paths) if not isinstance(d, ReadFailure)]
    read_seconds = time.perf_counter() - started
    print(f"machine: {machine()}; audit in {JOBS if JOBS else 'all'} process(es)")
    print(f"corpus: {len(base)} articles from {', '.join(Path(p).name for p in paths)}; read in {read_seconds:.2f} s")
    first = None
    for times in args.times:
        documents = [replace(d, id=f"{d.id}~{k}") if k else d for k in range(times) for d in base]
        result = run(documents, rules, models)
        stages = {k: v for k, v in result.items() if k not in {"claims", "groups"}}
        total = sum(stages.values())
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        line = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in stages.items())
        print(f"{times:>2}× ({len(documents)} documents, {result['claims']} claims, {result['groups']} groups): "
              f"{line}; total {total:.2f} s; peak memory so far {peak:.0f} MiB")
        if first is None:
            first = stages
        else:
            ratios = ", ".join(f"{name} ×{stages[name] / first[name]:.1f}" for name in stages)
            print(f"    growth against 1×: {ratios}")


if __name__ == "__main__":
    main()
