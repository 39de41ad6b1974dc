"""Import rules of the layout (DESIGN.md "Layout"), read from every module's source (ast):

- layers import downward only: streams/ -> alerts/ -> detectors/;
- detectors/ knows no Kafka, Faust, HTTP or metrics library; alerts/ no Kafka or Faust
  (streams/ is the only place that knows about Kafka);
- no import circles between first-party modules, imports inside functions included (those
  under `if TYPE_CHECKING:` are annotations only and never run);
- stages never import the app that composes them: only streams/worker.py imports
  streams.pipeline.app; only the CLI imports its commands.

A failure names the module, the line and the import.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

pytestmark = pytest.mark.unit

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("detectors", "alerts", "streams")

# (importing package, imported prefixes it must not import, why)
FORBIDDEN = [
    ("detectors", ("alerts", "streams"), "detectors/ imports nothing from alerts/ or streams/"),
    ("alerts", ("streams",), "alerts/ imports nothing from streams/"),
    ("detectors", ("faust", "mode", "aiokafka", "httpx", "aiohttp", "prometheus_client",
                   "structlog"), "detectors/ is pure: no Kafka, Faust, HTTP, metrics or logs"),
    ("alerts", ("faust", "mode", "aiokafka"), "alerts/ knows no Kafka or Faust"),
]
# (imported module, the only importers allowed, why)
ONLY_FROM = [
    ("streams.pipeline.app", ("streams.worker",),
     "app.py composes the stages: they share pipeline/runtime.py, never app.py"),
    ("streams.commands", ("streams.cli", "streams.commands"),
     "commands are what the CLI runs: nothing below imports them"),
]


class Import(NamedTuple):
    module: str  # the importing module
    target: str  # the module (or package) imported
    path: str  # the importing file, relative to the repository
    line: int
    type_only: bool  # under `if TYPE_CHECKING:`

    def __str__(self) -> str:
        return f"{self.path}:{self.line} imports {self.target}"


def module_files(root: Path = REPO) -> dict[str, Path]:
    files = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            files[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return files


def imports_of(module: str, path: Path, root: Path, known: Iterable[str]) -> Iterator[Import]:
    known = set(known)
    where = str(path.relative_to(root))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]

    def visit(node: ast.AST, type_only: bool) -> Iterator[Import]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                for stmt in child.body:
                    yield from visit_stmt(stmt, True)
                for stmt in child.orelse:
                    yield from visit_stmt(stmt, type_only)
            else:
                yield from visit_stmt(child, type_only)

    def visit_stmt(node: ast.AST, type_only: bool) -> Iterator[Import]:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(module, alias.name, where, node.lineno, type_only)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                yield Import(module, sub if sub in known else base, where, node.lineno,
                             type_only)
        yield from visit(node, type_only)

    yield from visit(ast.parse(path.read_text()), False)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def rule_violations(edges: list[Import]) -> list[str]:
    out = []
    for imp in edges:
        for package, banned, why in FORBIDDEN:
            if _within(imp.module, package) and any(_within(imp.target, b) for b in banned):
                out.append(f"{imp}: {why}")
        for target, allowed, why in ONLY_FROM:
            if _within(imp.target, target) and not any(_within(imp.module, a) for a in allowed):
                out.append(f"{imp}: {why}")
    return out


def cycles(edges: list[Import]) -> list[list[Import]]:
    """One import circle per strongly connected group of modules (run-time imports only)."""
    graph: dict[str, dict[str, Import]] = {}
    for imp in edges:
        if not imp.type_only and imp.target != imp.module:
            graph.setdefault(imp.module, {}).setdefault(imp.target, imp)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[set[str]] = []

    def connect(node: str) -> None:  # Tarjan
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph.get(node, {}):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(group)

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return [_circle(graph, group) for group in groups]


def _circle(graph: dict[str, dict[str, Import]], group: set[str]) -> list[Import]:
    """A shortest path from the group's first module back to itself, inside the group."""
    start = min(group)
    paths: dict[str, list[Import]] = {start: []}
    frontier = [start]
    while frontier:
        nxt_frontier = []
        for node in frontier:
            for target, imp in sorted(graph.get(node, {}).items()):
                if target == start:
                    return [*paths[node], imp]
                if target in group and target not in paths:
                    paths[target] = [*paths[node], imp]
                    nxt_frontier.append(target)
        frontier = nxt_frontier
    raise AssertionError(f"no circle through {start}")  # pragma: no cover


def all_imports(root: Path = REPO) -> list[Import]:
    files = module_files(root)
    return [imp for name, path in files.items() for imp in imports_of(name, path, root, files)]


def describe(circle: list[Import]) -> str:
    return " -> ".join([circle[0].module, *(f"{i.target} ({i.path}:{i.line})" for i in circle)])


def test_layers_import_downward_only() -> None:
    edges = all_imports()
    assert {"streams.pipeline.runtime", "detectors.pipeline"} <= {i.module for i in edges}
    broken = rule_violations(edges)
    assert not broken, "import rules broken:\n" + "\n".join(broken)


def test_no_import_circles() -> None:
    found = cycles(all_imports())
    assert not found, "import circles:\n" + "\n".join(map(describe, found))


def test_the_checks_name_what_breaks_them(tmp_path: Path) -> None:
    """The rules and the circle finder on a small tree that breaks each of them once."""
    sources = {
        "detectors/__init__.py": "",
        "detectors/replay.py": "from alerts.engine import IncidentEngine\n",
        "alerts/__init__.py": "",
        "alerts/engine.py": "import faust\n",
        "streams/__init__.py": "",
        "streams/worker.py": "from streams.pipeline.app import create_app\n",
        "streams/pipeline/__init__.py": "",
        "streams/pipeline/app.py": "from streams.pipeline import detection\n",
        "streams/pipeline/detection.py": (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from streams.pipeline.runtime import Runtime\n"
            "def register():\n    from streams.pipeline.app import raw_topic\n"),
        "streams/pipeline/runtime.py": (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from streams.pipeline.detection import register\n"),
    }
    for name, text in sources.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    edges = all_imports(tmp_path)
    assert sorted(rule_violations(edges)) == [
        "alerts/engine.py:1 imports faust: alerts/ knows no Kafka or Faust",
        "detectors/replay.py:1 imports alerts.engine: detectors/ imports nothing from alerts/ or "
        "streams/",
        "streams/pipeline/detection.py:5 imports streams.pipeline.app: app.py composes the "
        "stages: they share pipeline/runtime.py, never app.py",
    ]
    # the TYPE_CHECKING pair runtime <-> detection is no circle
    assert [describe(c) for c in cycles(edges)] == [
        "streams.pipeline.app -> streams.pipeline.detection (streams/pipeline/app.py:1) -> "
        "streams.pipeline.app (streams/pipeline/detection.py:5)"]
