"""Where one file's lint time goes, stage by stage, and which rule costs what.

    .venv/bin/python benchmarks/rule_stage.py [--repeat N] [--profile] [FILE ...]

With no FILE: the 1,000-line editor file of lsp_latency.py plus modeling_bert.py,
modeling_llama.py and trainer.py of the pinned transformers corpus. Per input it prints the
best-of-N CPU time (the machine is shared; wall time is noisy) of parse, analysis, the rule
stage (rule construction plus the one dispatched walk), fixes + positions, and the whole
`lint_source`; then each rule's own time inside the rule stage. `--profile` adds a cProfile
listing of the rule stage.
Not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
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
from autograd_lint.fixes import attach_fixes  # noqa: E402
from autograd_lint.rules import RuleContext  # noqa: E402


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


def rule_stage(module: cst.Module, facts: object, path: str, rules: list) -> list:
    """Exactly what engine.lint_module does between analysis and fixes."""
    ctx = RuleContext(module=module, facts=facts, path=path)  # type: ignore[arg-type]
    dispatcher = engine._Dispatcher([rule(ctx) for rule in rules])
    dispatcher.run(module)
    return [r for rule in dispatcher.active + dispatcher.failed for r in rule.reports]


def per_rule(module: cst.Module, facts: object, path: str, rules: list) -> dict[str, float]:
    """Each rule's construction plus handler time, by wrapping the dispatcher's calls."""
    spent: dict[str, float] = defaultdict(float)
    ctx = RuleContext(module=module, facts=facts, path=path)  # type: ignore[arg-type]
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
    config = Config()
    rules = engine.may_fire(source, engine.selected_rules(config.codes_for("a.py")))
    module = cst.parse_module(source)
    module_code.remember(module, source)
    facts = analyze(module)
    reports = rule_stage(module, facts, "a.py", rules)
    ctx = RuleContext(module=module, facts=facts, path="a.py")
    t_parse = best(repeat, lambda: cst.parse_module(source))
    t_facts = best(repeat, lambda: analyze(module))
    t_rules = best(repeat, lambda: rule_stage(module, facts, "a.py", rules))
    t_out = best(repeat, lambda: engine._to_findings(
        module, attach_fixes(reports, ctx), source, "a.py"))
    t_all = best(repeat, lambda: engine.lint_source(source, "a.py", config))
    lines = source.count("\n")
    print(f"\n{name}: {lines} lines, {len(reports)} reports, {len(rules)} rules")
    print(f"  parse {t_parse:.3f}s  analysis {t_facts:.3f}s  rules {t_rules:.3f}s  "
          f"fixes+positions {t_out:.3f}s  lint_source {t_all:.3f}s")
    spent = per_rule(module, facts, "a.py", rules)
    top = sorted(spent.items(), key=lambda kv: -kv[1])
    print("  per rule: " + ", ".join(f"{code} {secs * 1000:.0f}ms" for code, secs in top))
    if profile:
        profiler = cProfile.Profile()
        profiler.runcall(rule_stage, module, facts, "a.py", rules)
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
