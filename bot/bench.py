"""`make bench`: our bot against stock and minimal Rasa assistants, measured side by side in one run."""
from __future__ import annotations

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import rasa

from bot import config, serve

RASA = str(serve.BIN_DIR / "rasa")
# What `rasa init --no-prompt` copies into a new project (it then also trains, which we time).
INITIAL_PROJECT = Path(rasa.__file__).parent / "cli" / "initial_project"
FLOOR_CONFIG = """recipe: default.v1
assistant_id: floor
language: en
pipeline:
  - name: KeywordIntentClassifier
policies:
  - name: RulePolicy
"""
SINGLE_USER_MESSAGES = 300
LOAD_MESSAGES = 1000
LOAD_SENDERS = 20
COLD_START_RUNS = 3  # medians of three: cold start is short and noisy
# Long conversations: LONG_SENDERS readers send LONG_MESSAGES messages each, a round at a time;
# server CPU per message over the first and the last LONG_WINDOW rounds. (The load's
# conversations stop at 50 messages, and a message used to cost more the longer its conversation.)
LONG_SENDERS = 5
LONG_MESSAGES = 200
LONG_WINDOW = 40
# The cluster (deploy/, bot.cluster) against one instance, both on one local PostgreSQL.
CLUSTER_INSTANCES = 2
CLUSTER_SENDERS = 40
CLUSTER_CPU_TARGET = 1.2  # issue 12: server CPU per message at most 1.2x one instance's
CLUSTER_ROUNDS = 3  # each setup loaded this many times, in turn; medians reported

STOCK_MESSAGES = [
    "hi", "hello there", "good morning", "I am feeling great", "i am sad", "very bad",
    "yes", "no", "are you a bot?", "bye", "I'm happy", "not good", "of course", "never",
]
OUR_MESSAGES = [
    # questions, most of the traffic
    "who is kori schake", "what does europe fear?", "vance threat", "where did rubio meet lavrov",
    "what is the article about", "summarize it", "how old is putin", "zelensky approval rating",
    "what did trump say at mar-a-lago", "who is celeste wallander", "what happened in 2014",
    "why does the administration want the shift", "what do critics say", "who is quoted",
    # opinions (each starts a discussion and is saved) and chit-chat
    "I think it's a mistake because Putin can't be trusted", "i want to share my view",
    "hi", "thanks", "are you a bot?", "who won the super bowl", "bye",
]


@dataclass
class Result:
    name: str
    train_s: float = 0.0
    cold_start_s: float = 0.0
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    load_p95_ms: float = 0.0
    throughput: float = 0.0
    rss_mb: float = 0.0
    cpu_ms: float = 0.0  # server CPU time (user + system) per message of the load run
    rss_anon_mb: float = 0.0  # the part of rss_mb the processes allocated (no mapped files)
    long_first_ms: float = 0.0  # server CPU per message, first LONG_WINDOW messages of each
    long_last_ms: float = 0.0  # ... and last LONG_WINDOW, in LONG_MESSAGES-message conversations
    errors: int = 0
    empty: int = 0
    rounds: list = field(default_factory=list)  # server CPU per message of each round (cluster bench)


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def process_tree(pid: int) -> list[int]:
    """A process and all its descendants."""
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        pending.extend(int(child) for child in children)
    return found


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    """Resident memory of a process and all its descendants, in MB (`field` of
    /proc/PID/status: VmRSS, or RssAnon for the memory they allocated, without the pages of
    mapped files, which vary with what the page cache holds)."""
    total = 0
    for current in process_tree(pid):
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(l for l in status.splitlines() if l.startswith(field)).split()[1])
        except (OSError, StopIteration):
            continue
    return total / 1024


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time so far of these processes and their descendants (from /proc)."""
    total = 0
    for pid in pids:
        for current in process_tree(pid):
            try:
                fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += int(fields[11]) + int(fields[12])  # utime, stime in clock ticks
    return total / os.sysconf("SC_CLK_TCK")


def ask(port: int, sender: str, message: str) -> tuple[float, bool, bool]:
    """(seconds, error, empty) for one message through the REST channel (X-Reader: the sticky
    key when `port` is nginx's, deploy/README.md)."""
    body = json.dumps({"sender": sender, "message": message}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/webhooks/rest/webhook", body,
                                     headers={"X-Reader": sender})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            replies = json.loads(response.read())
    except Exception:
        return time.perf_counter() - start, True, False
    return time.perf_counter() - start, False, not replies


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def start_rasa(project: Path, model: Path, port: int, env: dict[str, str], log: Path,
               endpoints: Path | None = None) -> tuple[subprocess.Popen, float]:
    # Ours runs as `discuss serve` runs it; stock and floor as `rasa run`.
    run = serve.RASA_RUN if endpoints else [RASA, "run"]
    command = [*run, "--model", str(model), "--port", str(port), "--interface", "127.0.0.1"]
    if endpoints:
        command += ["--endpoints", str(endpoints), "--credentials", str(project / "credentials.yml")]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=project, env={**os.environ, **env},
                               stdout=open(log, "ab"), stderr=subprocess.STDOUT, start_new_session=True)
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"rasa run exited early; see {log}")
        seconds, error, _ = ask(port, f"warmup-{uuid.uuid4().hex}", "hi")
        if not error:
            return process, time.perf_counter() - start
        time.sleep(0.2)


def stop(process: subprocess.Popen) -> None:
    os.killpg(process.pid, 15)
    process.wait(timeout=30)


def measure(result: Result, port: int, messages: list[str], servers: list[int]) -> None:
    latencies = []
    for number in range(SINGLE_USER_MESSAGES):
        seconds, error, empty = ask(port, f"single-{uuid.uuid4().hex}", messages[number % len(messages)])
        latencies.append(seconds)
        result.errors += error
        result.empty += empty
    result.p50_ms = statistics.median(latencies) * 1000
    result.p95_ms = percentile(latencies, 0.95) * 1000
    load(result, port, messages, servers, LOAD_SENDERS)
    result.rss_mb = sum(rss_mb(pid) for pid in servers)  # after the load, as before round 8
    result.rss_anon_mb = sum(rss_mb(pid, "RssAnon") for pid in servers)
    long_conversations(result, port, messages, servers)


def long_conversations(result: Result, port: int, messages: list[str], servers: list[int]) -> None:
    """Server CPU per message at the start and at the end of LONG_MESSAGES-message conversations."""
    names = [f"long-{uuid.uuid4().hex}" for _ in range(LONG_SENDERS)]
    cpu = []
    with ThreadPoolExecutor(max_workers=LONG_SENDERS) as pool:
        for number in range(LONG_MESSAGES):
            if number in (0, LONG_WINDOW, LONG_MESSAGES - LONG_WINDOW):
                cpu.append(cpu_seconds(servers))
            message = messages[number % len(messages)]
            outcomes = list(pool.map(lambda name: ask(port, name, message), names))
            result.errors += sum(o[1] for o in outcomes)
            result.empty += sum(o[2] for o in outcomes)
        cpu.append(cpu_seconds(servers))
    per_message = 1000 / (LONG_SENDERS * LONG_WINDOW)
    result.long_first_ms = (cpu[1] - cpu[0]) * per_message
    result.long_last_ms = (cpu[3] - cpu[2]) * per_message


def warm_up(port: int, senders: int = CLUSTER_SENDERS) -> None:
    """One message from each of `senders` senders first, so every instance behind `port` has
    answered (the first answers of a new process cost more) before anything is measured."""
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda n: ask(port, f"warmup-{uuid.uuid4().hex}", OUR_MESSAGES[n % len(OUR_MESSAGES)]),
                      range(senders)))


def load(result: Result, port: int, messages: list[str], servers: list[int], senders: int) -> None:
    """LOAD_MESSAGES from `senders` concurrent senders: throughput, p95, CPU of `servers`."""
    names = [f"load-{uuid.uuid4().hex}" for _ in range(senders)]
    jobs = [(names[n % senders], messages[n % len(messages)]) for n in range(LOAD_MESSAGES)]
    cpu_before = cpu_seconds(servers)
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=senders) as pool:
        outcomes = list(pool.map(lambda job: ask(port, *job), jobs))
    result.throughput = LOAD_MESSAGES / (time.perf_counter() - start)
    result.cpu_ms = (cpu_seconds(servers) - cpu_before) / LOAD_MESSAGES * 1000
    result.load_p95_ms = percentile([o[0] for o in outcomes], 0.95) * 1000
    result.errors += sum(o[1] for o in outcomes)
    result.empty += sum(o[2] for o in outcomes)


def bench_reference(name: str, workdir: Path, floor: bool) -> Result:
    project = workdir / name
    shutil.copytree(INITIAL_PROJECT, project)
    if floor:
        (project / "config.yml").write_text(FLOOR_CONFIG)
    result = Result(name)
    print(f"[{name}] training...", flush=True)
    result.train_s = timed([RASA, "train", "--fixed-model-name", name, "--out", "models"], project)
    model = project / "models" / f"{name}.tar.gz"
    port = serve.free_port()
    starts = []
    for run in range(COLD_START_RUNS):
        process, seconds = start_rasa(project, model, port, {}, workdir / f"{name}.log")
        starts.append(seconds)
        if run < COLD_START_RUNS - 1:
            stop(process)
    result.cold_start_s = statistics.median(starts)
    print(f"[{name}] measuring...", flush=True)
    measure(result, port, STOCK_MESSAGES, [process.pid])
    stop(process)
    return result


def bench_ours(workdir: Path) -> Result:
    result = Result("ours")
    print("[ours] training...", flush=True)
    result.train_s = timed([RASA, "train", "--fixed-model-name", "bench", "--out", str(workdir / "models"),
                            "--force"], config.PROJECT_DIR)
    model = workdir / "models" / "bench.tar.gz"
    var = workdir / "ours-var"
    env = {"DISCUSS_VAR_DIR": str(var), "DATABASE_URL": f"sqlite:///{var / 'bench.db'}"}
    servers = serve.Servers(serve.free_port(), serve.free_port(), var / "logs", env=env)
    os.environ["DISCUSS_VAR_DIR"] = str(var)  # write_endpoints() puts its file there
    servers.start_actions()
    endpoints = serve.write_endpoints(servers.actions_port)
    starts = []
    for run in range(COLD_START_RUNS):
        process, seconds = start_rasa(config.PROJECT_DIR, model, servers.rasa_port, env,
                                      workdir / "ours.log", endpoints)
        starts.append(seconds)
        if run < COLD_START_RUNS - 1:
            stop(process)
    result.cold_start_s = statistics.median(starts)
    print("[ours] measuring...", flush=True)
    actions = servers.roles["actions"].pid
    measure(result, servers.rasa_port, OUR_MESSAGES, [process.pid, actions])
    stop(process)
    servers.stop()
    return result


def bench_cluster(workdir: Path) -> tuple[Result, Result]:
    """One instance (Rasa + action server straight on PostgreSQL) and CLUSTER_INSTANCES behind
    nginx with Redis, both running, loaded in turn CLUSTER_ROUNDS times; each figure is the
    median of its rounds (the machine is shared: alternating keeps drift out of the ratio).
    Server CPU counts every server process: Rasa, action servers, PostgreSQL, and for the
    cluster nginx and Redis."""
    from bot.cluster import Cluster
    from bot.postgres import PostgresServer, binaries

    bin_dir = binaries()
    if bin_dir is None:
        raise SystemExit("the cluster bench needs PostgreSQL: apt-get install postgresql")
    # Not in the bench's temp dir when root: PostgreSQL runs as `postgres` and must enter it.
    root = Path(tempfile.mkdtemp(prefix="discuss-bench-pg-"))
    postgres = PostgresServer(bin_dir, root, serve.free_port(), "bench", fsync=False)
    postgres.ensure()
    var = workdir / "one-var"
    var.mkdir(parents=True)
    servers = serve.Servers(serve.free_port(), serve.free_port(), var / "logs", host="127.0.0.1",
                            env={"DISCUSS_VAR_DIR": str(var), "DATABASE_URL": postgres.url})
    servers.endpoints = serve.write_endpoints(servers.actions_port, path=var / "endpoints.yml")
    cluster = Cluster(CLUSTER_INSTANCES, workdir / "cluster", serve.free_port(),
                      database_url=postgres.url, echo=lambda line: None)
    rounds: dict[str, list[Result]] = {"one": [], "many": []}
    try:
        print("[cluster bench] starting one instance, then the cluster...", flush=True)
        servers.start_actions()
        servers.start_rasa()
        cluster.start()
        setups = {"one": (servers.rasa_port, [p.pid for p in servers.processes]),
                  "many": (cluster.public_port, cluster.pids())}
        for port, _ in setups.values():
            warm_up(port)
        for number in range(CLUSTER_ROUNDS):
            for key, (port, pids) in setups.items():
                print(f"[cluster bench] round {number + 1} of {CLUSTER_ROUNDS}: {key}", flush=True)
                result = Result(key)
                load(result, port, OUR_MESSAGES, pids + [postgres.pid()], CLUSTER_SENDERS)
                rounds[key].append(result)
    finally:
        cluster.stop()
        servers.stop()
        postgres.stop()
        shutil.rmtree(root, ignore_errors=True)
    one, many = Result("one instance"), Result(f"{CLUSTER_INSTANCES} instances behind nginx")
    for merged, key in ((one, "one"), (many, "many")):
        for name in ("throughput", "load_p95_ms", "cpu_ms"):
            setattr(merged, name, statistics.median(getattr(r, name) for r in rounds[key]))
        merged.errors = sum(r.errors for r in rounds[key])
        merged.empty = sum(r.empty for r in rounds[key])
        merged.rounds = [round(r.cpu_ms, 1) for r in rounds[key]]
    return one, many


def cluster_table(one: Result, many: Result) -> str:
    rows = [
        ("throughput (msg/s)", "throughput", "{:.1f}"),
        ("latency p95 (ms)", "load_p95_ms", "{:.0f}"),
        ("server CPU per message (ms)", "cpu_ms", "{:.1f}"),
        ("server CPU per message, each round (ms)", "rounds", "{}"),
        ("errors", "errors", "{}"),
        ("empty replies", "empty", "{}"),
    ]
    lines = [f"| measure | {one.name} | {many.name} | ratio |", "| --- | ---: | ---: | ---: |"]
    for label, key, fmt in rows:
        a, b = getattr(one, key), getattr(many, key)
        ratio = f"{b / a:.2f}" if a and not isinstance(a, list) else "-"
        lines.append(f"| {label} | {fmt.format(a)} | {fmt.format(b)} | {ratio} |")
    ratio = many.cpu_ms / one.cpu_ms if one.cpu_ms else float("inf")
    met = "yes" if ratio <= CLUSTER_CPU_TARGET else "no"
    lines += ["", "| target | wanted | measured | met |", "| --- | --- | ---: | --- |",
              f"| server CPU per message, cluster/one | <= {CLUSTER_CPU_TARGET} | {ratio:.2f} | {met} |"]
    return "\n".join(lines)


def write_block(name: str, block: str) -> None:
    """Replace the <!-- name:start --> ... <!-- name:end --> block of docs/benchmarks.md."""
    path = config.PROJECT_DIR / "docs" / "benchmarks.md"
    text = path.read_text() if path.exists() else "# Benchmarks\n"
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{block}\n{end}"
    if start in text:
        text = text[: text.index(start)] + block + text[text.index(end) + len(end):]
    else:
        text += "\n" + block + "\n"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text)
    print(f"\nWritten to {path.relative_to(config.PROJECT_DIR)}")


def main_cluster() -> None:
    with tempfile.TemporaryDirectory(prefix="discuss-bench-") as folder:
        os.chmod(folder, 0o755)  # nginx's workers run as `nobody` when we are root
        one, many = bench_cluster(Path(folder))
    header = (f"Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores "
              f"(`make bench-cluster`): {LOAD_MESSAGES} messages from {CLUSTER_SENDERS} concurrent "
              f"REST senders, the same mix as `make bench`, to each setup in turn, {CLUSTER_ROUNDS} "
              f"rounds, medians; the load generator runs on the same cores.")
    result = cluster_table(one, many)
    print("\n" + header + "\n\n" + result)
    write_block("cluster-bench", f"{header}\n\n{result}")


ROWS = [
    ("training time (s)", "train_s", "{:.1f}"),
    ("cold start to first reply (s)", "cold_start_s", "{:.1f}"),
    ("single-user latency p50 (ms)", "p50_ms", "{:.0f}"),
    ("single-user latency p95 (ms)", "p95_ms", "{:.0f}"),
    (f"{LOAD_SENDERS} senders: throughput (msg/s)", "throughput", "{:.1f}"),
    (f"{LOAD_SENDERS} senders: latency p95 (ms)", "load_p95_ms", "{:.0f}"),
    (f"{LOAD_SENDERS} senders: server CPU per message (ms)", "cpu_ms", "{:.1f}"),
    (f"long conversations: server CPU per message, messages 1-{LONG_WINDOW} (ms)", "long_first_ms", "{:.1f}"),
    (f"long conversations: server CPU per message, messages {LONG_MESSAGES - LONG_WINDOW + 1}-"
     f"{LONG_MESSAGES} (ms)", "long_last_ms", "{:.1f}"),
    ("resident memory after load (MB)", "rss_mb", "{:.0f}"),
    ("of which allocated, not mapped files (RssAnon, MB)", "rss_anon_mb", "{:.0f}"),
    ("errors", "errors", "{}"),
    ("empty replies", "empty", "{}"),
]


# Issue 11's targets: (what, Result field, compared with, "<=" or ">=", ratio).
TARGETS = [
    ("single-user p95, ours/stock", "p95_ms", "stock", "<=", 0.3),
    ("single-user p50, ours/floor", "p50_ms", "floor", "<=", 3),
    (f"{LOAD_SENDERS} senders: throughput, ours/stock", "throughput", "stock", ">=", 2.5),
    (f"{LOAD_SENDERS} senders: p95, ours/stock", "load_p95_ms", "stock", "<=", 0.5),
    ("server CPU per message, ours/floor", "cpu_ms", "floor", "<=", 2),
    ("memory, ours/stock", "rss_mb", "stock", "<=", 0.6),
    ("cold start, ours/stock", "cold_start_s", "stock", "<=", 0.3),
]


def targets(ours: Result, stock: Result, floor: Result) -> str:
    """Each target with the ratio measured in this run and whether it is met."""
    lines = ["| target | wanted | measured | met |", "| --- | --- | ---: | --- |"]
    for label, key, other, sense, wanted in TARGETS:
        reference = getattr({"stock": stock, "floor": floor}[other], key)
        ratio = getattr(ours, key) / reference if reference else float("inf")
        met = ratio <= wanted if sense == "<=" else ratio >= wanted
        lines.append(f"| {label} | {sense} {wanted} | {ratio:.2f} | {'yes' if met else 'no'} |")
    return "\n".join(lines)


def table(ours: Result, stock: Result, floor: Result) -> str:
    lines = ["| measure | ours | stock | floor | ours/stock | ours/floor |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for label, key, fmt in ROWS:
        values = [getattr(r, key) for r in (ours, stock, floor)]
        ratios = [f"{values[0] / other:.2f}" if other else "-" for other in values[1:]]
        lines.append(f"| {label} | " + " | ".join(fmt.format(v) for v in values) + " | " + " | ".join(ratios) + " |")
    return "\n".join(lines)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="discuss-bench-") as folder:
        workdir = Path(folder)
        ours = bench_ours(workdir)
        stock = bench_reference("stock", workdir, floor=False)
        floor = bench_reference("floor", workdir, floor=True)
    result = table(ours, stock, floor) + "\n\n" + targets(ours, stock, floor)
    header = (f"Measured {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC on {os.cpu_count()} cores, "
              f"{platform.machine()}, Python {platform.python_version()}, Rasa {rasa.__version__}; "
              f"{SINGLE_USER_MESSAGES} single-user messages, {LOAD_MESSAGES} messages from "
              f"{LOAD_SENDERS} concurrent senders, then {LONG_SENDERS} conversations of "
              f"{LONG_MESSAGES} messages each; cold start median of {COLD_START_RUNS}.")
    print("\n" + header + "\n\n" + result)
    write_block("bench", f"{header}\n\n{result}")
    main_cluster()


if __name__ == "__main__":
    sys.exit(main_cluster() if sys.argv[1:] == ["cluster"] else main())
