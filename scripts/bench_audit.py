"""Benchmark the audit pipeline: throughput on the FA-KES train split and a cold single-article run.

Example: python scripts/bench_audit.py   (or: make bench)

Prints documents per second, MB per second and peak memory (max RSS) for one process auditing
every article of fixtures/fa-kes-train.csv, then the wall time of a cold `verify audit` of one
seed article in a fresh interpreter (median of 5), and the machine it ran on. This is a
measurement, not a test: nothing here passes or fails. The same code has run three times slower on
one day of this machine than on another, so compare codes in the same minutes
(scripts/bench_compare.py).
"""
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fixtures" / "fa-kes-train.csv"
SEED = ROOT / "fixtures" / "seeds" / "000_c4b5080489d27d06.txt"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {memory:.0f} GiB, Python {platform.python_version()}, {platform.system()}"


def throughput(jobs: int = 1) -> dict:
    from verify.pipeline import audit_paths
    from verify.records import ReadFailure
    from verify.rules import load_rules

    rules = load_rules()
    # start-up (rules, models, Punkt, compiled patterns) is measured by the cold runs below; warm
    # up on the seed articles so that this figure is the steady throughput on a corpus
    for _ in audit_paths([str(SEED.parent)], rules=rules, jobs=1):
        pass
    started = time.perf_counter()
    documents = characters = sentences = numbers = 0
    for item in audit_paths([str(CORPUS)], rules=rules, jobs=jobs):
        if isinstance(item, ReadFailure):
            continue
        documents += 1
        characters += len(item.document.text.encode("utf-8"))
        sentences += len(item.sentences)
        numbers += sum(len(s.numbers) for s in item.sentences)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    return {"documents": documents, "sentences": sentences, "numbers": numbers, "seconds": seconds,
            "docs_per_s": documents / seconds, "mb_per_s": characters / 2**20 / seconds, "peak_mib": peak}


def cold_runs(output: str, n: int = 5) -> list[float]:
    """Wall times of `n` fresh `verify audit` processes, after one untimed run that lets Python cache
    the package's bytecode as a normal install has it (PYTHONDONTWRITEBYTECODE, set on some machines,
    would make every run compile verify's 15,000 lines anew: about 0.3 s here)."""
    verify = Path(sys.executable).parent / "verify"
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    command = [str(verify), "audit", str(SEED), "--format", output]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    times = []
    for _ in range(n):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - started)
    return times


def main():
    print(f"machine: {machine()}")
    for jobs in (1, 0):
        result = throughput(jobs)
        print(f"audit of {CORPUS.name} ({'one process' if jobs == 1 else 'one process per core'}): "
              f"{result['documents']} documents, {result['sentences']} sentences, {result['numbers']} numbers "
              f"in {result['seconds']:.2f} s")
        print(f"  {result['docs_per_s']:.0f} documents/s, {result['mb_per_s']:.2f} MB/s, "
              f"peak memory {result['peak_mib']:.0f} MiB (max RSS of this process)")
    for output in ("table", "json"):
        times = cold_runs(output)
        print(f"cold `verify audit` of one seed article, --format {output}: median {statistics.median(times):.2f} s "
              f"(min {min(times):.2f}, max {max(times):.2f}, 5 runs)")


if __name__ == "__main__":
    main()
