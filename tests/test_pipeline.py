"""Tests for verify.pipeline: the stages in order, failures passed through, processes change nothing."""
from pathlib import Path

from verify.learn import Models
from verify.pipeline import audit_corpus, audit_document, audit_paths
from verify.records import Document, ReadFailure

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"


def test_pipeline_document_stages_fill_every_field():
    doc = audit_document(Document(id="d", origin="d", text="Comments\nAt least 5 civilians reportedly died, "
                                                            "activists said."))
    boilerplate, story = doc.sentences
    assert boilerplate.boilerplate and boilerplate.numbers == ()
    assert story.attribution.source_type == "anonymous"
    assert story.hedge.level != "none" and story.numbers[0].qualifier == "at least"
    assert doc.document.text[story.numbers[0].start:story.numbers[0].end] == "5"


def test_pipeline_failures_pass_through_in_order(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    items = list(audit_paths([str(SEEDS / "000_c4b5080489d27d06.txt"), str(empty),
                              str(SEEDS / "001_85fa3d43126e8ad3.txt")]))
    assert [type(i).__name__ for i in items] == ["AuditedDocument", "ReadFailure", "AuditedDocument"]


def test_pipeline_processes_change_nothing(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    paths = [str(SEEDS), str(empty)]
    one = list(audit_paths(paths, jobs=1))
    two = list(audit_paths(paths, jobs=2))
    assert one == two
    assert isinstance(two[-1], ReadFailure)


def test_pipeline_corpus_adds_claims_and_groups():
    corpus = audit_corpus(audit_paths([str(SEEDS)], models=Models()))
    assert len(corpus.documents) == 5 and not corpus.failures
    assert {m.id for g in corpus.groups for m in g.members} == {c.id for c in corpus.claims}


def test_pipeline_audit_of_one_document_imports_neither_numpy_nor_sklearn():
    """A cold audit of one article stays light: the models predict in pure Python and numpy is
    imported only where claims are corroborated across documents (its import alone took about
    a seventh of a cold audit here)."""
    import subprocess
    import sys

    code = ("import sys; from verify.pipeline import audit_document; from verify.records import Document; "
            "done = audit_document(Document(id='a', origin='a', text='Five people were killed, the monitor said.')); "
            "print(done.sentences[0].attribution is not None, done.sentences[0].hedge.confidence is not None, "
            "'numpy' in sys.modules, 'sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "True", "False", "False"]


def test_pipeline_json_audit_of_one_article_to_a_pipe_imports_neither_rich_nor_numpy(tmp_path):
    """The command line imports rich only to print with it, and corroborates a few figures without
    numpy: a cold `verify audit --format json` of one article piped on imports neither (each import
    was about a twentieth of such a run here)."""
    import json
    import subprocess
    import sys

    article = tmp_path / "a.txt"
    article.write_text("Five people were killed and 12 wounded, the monitor said. Dozens fled, the army said.",
                       encoding="utf-8")
    code = ("import sys, atexit; atexit.register(lambda: sys.stderr.write(repr(sorted(m for m in "
            "('rich', 'numpy', 'sklearn') if m in sys.modules)))); from verify.cli import run; "
            "sys.argv = ['verify', 'audit', sys.argv[1], '--format', 'json']; run()")
    done = subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr == "[]", done.stderr
    assert json.loads(done.stdout)["schema"] == "verify/audit-1"


PROBES = Path(__file__).resolve().parent / "data" / "probes" / "review-26.txt"


def _probe_passages():
    text = "\n".join(line for line in PROBES.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def test_pipeline_never_raises_on_the_review_probes():
    # 403 invented passages from two helper reviews; one shape of them ("The statement, read by X,
    # said") once raised a TypeError deep in the relay walk and lost the whole document
    passages = _probe_passages()
    assert len(passages) > 400
    for k, passage in enumerate(passages):
        for models in (None, Models()):  # (with the shipped models, and the rules alone)
            audited = audit_document(Document(id=str(k), origin="probe", text=passage), models=models)
            assert audited.sentences, passage
            for sentence in audited.sentences:
                assert passage[sentence.start:sentence.end] == sentence.text
                assert sentence.attribution is None or sentence.attribution.source


def test_pipeline_no_module_binds_a_top_level_name_twice():
    # a second `_NAME = …` further down a module silently replaces the first for every function that
    # reads it at call time, also those written for the first (as _CLAUSE_VERBS and _NAME_PARTICLES did)
    import ast
    from pathlib import Path

    import verify
    twice = []
    for path in sorted(Path(verify.__file__).parent.glob("*.py")):
        seen = set()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                continue
            twice += [f"{path.name}: {name}" for name in names if name in seen]
            seen.update(names)
    assert twice == []


def test_output_compare_script_finds_no_difference_between_a_checkout_and_itself(tmp_path):
    # scripts/output_compare.py, the side-effect check of each rule change: the same checkout read twice
    # (the seed articles) differs nowhere; a missing corpus is one line and exit 2
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    script = root / "scripts" / "output_compare.py"
    done = subprocess.run([sys.executable, str(script), ".", ".", "--corpus", str(root / "fixtures" / "seeds")],
                          capture_output=True, text=True, cwd=root)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "0 sentences read differently"
    # a copy whose rules lack "said" reads the seeds differently, and says where
    import shutil
    other = tmp_path / "other"
    shutil.copytree(root / "verify", other / "verify", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(root / "rules", other / "rules")
    cues = other / "rules" / "cues.jsonl"
    cues.write_text("".join(line for line in cues.read_text(encoding="utf-8").splitlines(keepends=True)
                            if '"cue.neutral.say"' not in line), encoding="utf-8")
    changed = subprocess.run([sys.executable, str(script), ".", str(other), "--corpus", str(root / "fixtures" / "seeds")],
                             capture_output=True, text=True, cwd=root)
    assert changed.returncode == 0, changed.stderr
    last = changed.stdout.strip().splitlines()[-1]
    assert last.endswith("sentences read differently") and int(last.split()[0]) > 0
    assert f"   {other}: None" in changed.stdout  # (a sentence only "said" attributed has no source there)
    missing = subprocess.run([sys.executable, str(script), ".", ".", "--corpus", str(tmp_path / "none")],
                             capture_output=True, text=True, cwd=root)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1 and "no such file" in missing.stderr
