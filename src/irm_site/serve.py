"""``make serve``: build, serve, and on each save re-run what it touched, within about two seconds.

The loop is plain: a save under ``features/`` re-runs that feature's scenarios, a save under
``docs/`` or of the sign-off ledger (``signoff.jsonl``) does not; then the tree is regenerated,
and only the files whose content changed are rewritten, so the renderer's own server (Zensical by
default, or ``mkdocs serve --dirty``) rebuilds those pages alone and reloads the browser.

The scenarios run in a **warm runner**: this process imports pytest, pytest-bdd, gherkin and
hypothesis once, then forks a child per run, which binds only the saved feature files
(``IRM_FEATURES``, read by ``tests/test_scenarios.py``) and merges their results into the results
file. A fresh ``python -m pytest`` would pay those imports, and the collection of every feature,
on each save. Changes to the model or the step definitions (``src/``, ``tests/``) restart this
process, so that nothing stale is ever imported.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from irm_site.build import Engine, Project, Stages, generate_tree
from irm_site.errors import SourceErrors
from irm_site.features import parse_feature
from irm_site.signoff import LEDGER_FILE

__all__ = ["WarmRunner", "serve"]

SCENARIOS_MODULE = "tests/test_scenarios.py"
FEATURES_ENV = "IRM_FEATURES"
"""The feature files the scenarios module binds (separated by ``os.pathsep``); all of them when unset."""
WARM_MODULES = (
    "_pytest.fixtures",
    "_pytest.python",
    "gherkin.parser",
    "hypothesis.strategies",  # its pytest plugin imports it at the end of every run
    "pytest",
    "pytest_bdd.scenario",
)
"""What the warm runner imports once, so that no run pays for it."""
FIRST_PAUSE = 0.1
"""Seconds between writing the saved pages and the pages the save also reaches: Zensical rebuilds
what changed together, so the page being looked at comes back alone first (measured in make bench)."""
SETTLE = 0.05
"""Seconds to wait after a save for the editor's other writes (a rename, a backup) before acting."""


class WarmRunner:
    """Runs the scenarios of some feature files in a forked child of a process that imported pytest once."""

    def __init__(self, root: Path, results: str) -> None:
        self.root = root
        self.results = results
        sys.dont_write_bytecode = False  # pytest keeps the rewritten step modules, so a run reuses them
        for module in WARM_MODULES:
            importlib.import_module(module)

    def run(self, features: Sequence[str]) -> int:
        """Run the scenarios of ``features`` (paths relative to the root); their records replace the old ones.

        Returns pytest's exit status (0 passed, 1 some failed).
        """
        arguments = ["-q", "-p", "no:cacheprovider", SCENARIOS_MODULE, f"--irm-results={self.results}"]
        arguments += [f"--irm-feature={path}" for path in features]
        child = os.fork()
        if child == 0:  # pragma: no cover (the child; its exit status is what the parent sees)
            code = 1
            try:
                import pytest

                os.chdir(self.root)
                os.environ[FEATURES_ENV] = os.pathsep.join(features)
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 1)
                os.dup2(null, 2)
                code = int(pytest.main(arguments))
            finally:
                os._exit(code)
        _, status = os.waitpid(child, 0)
        return os.waitstatus_to_exitcode(status)


def _renderer(project: Project, engine: Engine, addr: str) -> subprocess.Popen[bytes]:
    config = str(project.config_file(engine))
    if engine == "zensical":
        command = [sys.executable, "-m", "zensical", "serve", "-f", config, "-a", addr]
    else:
        command = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-f", config, "--dev-addr", addr]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.Popen(command, cwd=project.root, env=env)


def _watch(folders: Iterable[Path], changed: queue.Queue[Path], files: Iterable[Path] = ()) -> Callable[[], None]:
    """Put every file saved under ``folders``, or in the folder of one of ``files``, on ``changed``; returns what
    stops watching."""
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer

    class Handler(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            if event.is_directory or event.event_type not in ("modified", "created", "moved", "deleted"):
                return
            path = getattr(event, "dest_path", "") or event.src_path
            changed.put(Path(os.fsdecode(path)))

    observer = Observer()
    for folder in folders:
        if folder.is_dir():
            observer.schedule(Handler(), str(folder), recursive=True)
    for folder in {file.parent for file in files}:
        observer.schedule(Handler(), str(folder), recursive=False)
    observer.start()

    def stop() -> None:
        observer.stop()
        observer.join()

    return stop


def _drain(changed: queue.Queue[Path], first: Path) -> set[Path]:
    paths = {first}
    time.sleep(SETTLE)
    with contextlib.suppress(queue.Empty):
        while True:
            paths.add(changed.get_nowait())
    return paths


def _showing(root: Path, features: Sequence[str]) -> list[str]:
    """The pages that show the scenarios of ``features``: each feature's page, then its paragraphs' pages."""
    pages: list[str] = []
    for path in features:
        try:
            feature = parse_feature(root / path, root, None)
        except SourceErrors:  # the regeneration names the mistake
            continue
        pages.append(feature.page)
        pages += [paragraph.doc_path for spec in feature.scenarios for paragraph in spec.paragraphs]
    return list(dict.fromkeys(pages))


def _regenerate(project: Project, echo: Callable[[str], None], first: Sequence[str] = ()) -> None:
    stages = Stages()
    try:
        generated, written = generate_tree(project, stages, first=first, pause=FIRST_PAUSE if first else 0.0)
    except SourceErrors as errors:
        echo(f"not regenerated: the pages, the feature files or the sign-off ledger have mistakes:\n{errors}")
        return
    for problem in generated.problems:
        echo(f"not proved (make site would stop here): {problem}")
    echo(f"regenerated: {len(written)} file(s) changed ({stages}): {', '.join(written)}")


def serve(project: Project, engine: Engine, addr: str, echo: Callable[[str], None] = print) -> int:
    """Generate, serve on ``addr`` with ``engine``, and keep the site current until interrupted."""
    root = project.root.resolve()
    runner = WarmRunner(root, project.results)
    _regenerate(project, echo)
    server = _renderer(project, engine, addr)
    changed: queue.Queue[Path] = queue.Queue()
    folders = {name: root / name for name in (project.docs, project.features, "src", "tests")}
    ledger = root / LEDGER_FILE
    stop = _watch(folders.values(), changed, [ledger])
    threading.excepthook = lambda args: echo(f"watcher stopped: {args.exc_value}")
    echo(f"serving on http://{addr}/ with {engine}; saving a feature file re-runs its scenarios")
    try:
        while server.poll() is None:
            try:
                first = changed.get(timeout=0.5)
            except queue.Empty:
                continue
            paths = _drain(changed, first)
            code_changed = [p for p in paths if p.suffix == ".py" and p.is_relative_to(root / "src")]
            code_changed += [p for p in paths if p.suffix == ".py" and p.is_relative_to(root / "tests")]
            if code_changed:
                echo(f"{code_changed[0].relative_to(root)} changed: restarting, so that nothing stale is imported")
                stop()
                server.terminate()
                server.wait()
                os.execv(sys.executable, [sys.executable, "-m", "irm_site", *sys.argv[1:]])
            features = sorted(
                p.relative_to(root).as_posix()
                for p in paths
                if p.suffix == ".feature" and p.is_relative_to(folders[project.features]) and p.is_file()
            )
            if features:
                started = time.perf_counter()
                code = runner.run(features)
                outcome = {0: "all passed", 1: "some failed"}.get(code, f"pytest exit {code}")
                echo(
                    f"re-ran the scenarios of {', '.join(features)}: {outcome} ({time.perf_counter() - started:.2f} s)"
                )
            pages = [
                p.relative_to(folders[project.docs]).as_posix()
                for p in paths
                if p.is_relative_to(folders[project.docs])
            ]
            if features or pages or ledger in paths:  # the saved pages, and those showing the saved scenarios, first
                _regenerate(project, echo, [*pages, *_showing(root, features)])
    except KeyboardInterrupt:
        pass
    finally:
        stop()
        if server.poll() is None:
            server.terminate()
            server.wait()
    if server.returncode not in (0, None, -15):
        echo(f"the {engine} server stopped (exit {server.returncode}); its message is above")
        return 1
    return 0
