"""Where one file's lint time goes, stage by stage, and which rule costs what.

    .venv/bin/python benchmarks/rule_stage.py [--repeat N] [--profile] [FILE ...]

With no FILE: the 1,000-line editor file of lsp_latency.py plus modeling_bert.py,
modeling_llama.py and trainer.py of the pinned transformers corpus. Per input it follows
engine.lint_source (CPython parse and slice, libcst parse of the slice, analysis, rules)
and prints each stage's best-of-N CPU time (the machine is shared; wall time is noisy),
the whole `lint_source` (which adds fixes and positions), and each rule's own time
inside the rule stage
(rule construction plus the one dispatched walk). `--profile` adds a cProfile listing of
the rule stage.
Not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import ast
import cProfile
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import libcst as cst

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from corpus import transformers_dir  # noqa: E402
from lsp_latency import make_source  # noqa: E402

from autograd_lint import engine, module_code  # noqa: E402
from autograd_lint.analysis import analyze  # noqa: E402
from autograd_lint.config import Config  # noqa: E402
from autograd_lint.outline import Outline  # noqa: E402
from autograd_lint.rules import RuleContext  # noqa: E402
from autograd_lint.slicing import slice_source  # noqa: E402


def inputs(files: list[str]) -> list[tuple[str, str]]:
    if files:
        return [(f, Path(f).read_text(encoding="utf-8")) for f in files]
    root = transformers_dir()
    named = [root / "models/bert/modeling_bert.py", root / "models/llama/modeling_llama.py",
             root / "trainer.py"]
    return [("lsp make_source(1000)", make_source(1000))] + \
        [(p.name, p.read_text(encoding="utf-8")) for p in named]


def best(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def rule_stage(module: cst.Module, facts: object, path: str, rules: list,
               outline: Outline | None = None) -> list:
    """Exactly what engine.lint_module does between analysis and fixes."""
    ctx = RuleContext(module=module, facts=facts, path=path,  # type: ignore[arg-type]
                      outline=outline)
    dispatcher = engine._Dispatcher([rule(ctx) for rule in rules])
    dispatcher.run(module)
    return [r for rule in dispatcher.active + dispatcher.failed for r in rule.reports]


def per_rule(module: cst.Module, facts: object, path: str, rules: list,
             outline: Outline | None = None) -> dict[str, float]:
    """Each rule's construction plus handler time, by wrapping the dispatcher's calls."""
    spent: dict[str, float] = defaultdict(float)
    ctx = RuleContext(module=module, facts=facts, path=path,  # type: ignore[arg-type]
                      outline=outline)
    instances = []
    for rule in rules:
        start = time.process_time()
        instances.append(rule(ctx))
        spent[rule.code] += time.process_time() - start
    dispatcher = engine._Dispatcher(instances)
    for instance in instances:
        for name in dir(instance):
            if name.startswith(("visit_", "leave_")):
                method = getattr(instance, name)

                def timed(node: cst.CSTNode, method=method, code=instance.code) -> object:
                    start = time.process_time()
                    try:
                        return method(node)
                    finally:
                        spent[code] += time.process_time() - start
                setattr(instance, name, timed)
    dispatcher.run(module)
    return spent


def measure(name: str, source: str, repeat: int, profile: bool) -> None:
    """The engine's path (engine.lint_source): CPython parse, pre-filter, slice, libcst
    parse of the slice, analysis, rules; each stage timed on its own."""
    config = Config()
    tree = ast.parse(source)
    rules = engine.may_fire(source, engine.selected_rules(config.codes_for("a.py")))
    sliced = slice_source(source, tree, rules).source
    module = cst.parse_module(sliced)
    module_code.remember(module, source)
    outline = Outline(lambda: tree)
    facts = analyze(module)
    reports = rule_stage(module, facts, "a.py", rules, outline)
    t_slice = best(repeat, lambda: slice_source(source, ast.parse(source), rules))
    t_parse = best(repeat, lambda: cst.parse_module(sliced))
    t_facts = best(repeat, lambda: analyze(module))
    t_rules = best(repeat, lambda: rule_stage(module, facts, "a.py", rules,
                                              Outline(lambda: tree)))
    t_all = best(repeat, lambda: engine.lint_source(source, "a.py", config))
    kept = sum(1 for line in sliced.splitlines() if line.strip())
    print(f"\n{name}: {source.count(chr(10))} lines ({kept} non-blank kept by the slice), "
          f"{len(reports)} reports, {len(rules)} rules")
    print(f"  ast+slice {t_slice:.3f}s  libcst parse {t_parse:.3f}s  analysis {t_facts:.3f}s  "
          f"rules {t_rules:.3f}s  whole lint_source {t_all:.3f}s")
    spent = per_rule(module, facts, "a.py", rules, outline)
    top = sorted(spent.items(), key=lambda kv: -kv[1])
    print("  per rule: " + ", ".join(f"{code} {secs * 1000:.0f}ms" for code, secs in top))
    if profile:
        profiler = cProfile.Profile()
        profiler.runcall(rule_stage, module, facts, "a.py", rules, Outline(lambda: tree))
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    sys.setrecursionlimit(10_000)
    for name, source in inputs(args.files):
        measure(name, source, args.repeat, args.profile)


if __name__ == "__main__":
    main()
