"""Several Rasa instances behind nginx, Redis as their lock store, PostgreSQL for conversations and
opinions: the deployment in deploy/, started and stopped as one (`discuss serve --instances N`)."""
from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

from bot import config, serve, web
from bot.postgres import PostgresServer, binaries

DEPLOY_DIR = config.PROJECT_DIR / "deploy"
DATABASE = "discuss"


class SetupError(RuntimeError):
    """Something the user can fix (a missing package, a wrong URL): one line says what."""


def program(name: str, package: str) -> str:
    """The path of a Debian program the cluster runs, or a SetupError naming its package."""
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin")
    if not found:
        raise SetupError(f"{name} is not installed: apt-get install {package}")
    return found


def cluster_database_url() -> str | None:
    """DATABASE_URL when it is PostgreSQL; None when unset (the cluster starts its own).

    Several instances can't share a SQLite file, so SQLite in either URL is refused."""
    url = os.environ.get("DATABASE_URL", "").strip() or config.get("DATABASE_URL", "")
    tracker = config.get("TRACKER_STORE_URL", "")
    for name, value in (("DATABASE_URL", url), ("TRACKER_STORE_URL", tracker)):
        if value and not value.startswith("postgresql"):
            raise SetupError(f"{name} must be a postgresql:// URL for several instances "
                             f"(or unset, for a local PostgreSQL), got {value.split(':', 1)[0]}:")
    return url or None


def redis_lock_store(url: str) -> dict:
    """Rasa's endpoints.yml `lock_store` for redis://[:password@]host:port[/db]: Rasa's Redis
    store, waking a reader's next message when the last is done (bot.lock_store)."""
    parts = urlsplit(url)
    if parts.scheme != "redis" or not parts.hostname:
        raise SetupError(f"REDIS_URL must look like redis://127.0.0.1:6379/1, got {url!r}")
    store = {"type": "bot.lock_store.WakingRedisLockStore", "url": parts.hostname,
             "port": parts.port or 6379,
             "db": int(parts.path.strip("/") or 1), "key_prefix": "discuss"}
    if parts.password:
        store["password"] = parts.password
    return store


def render_nginx(run_dir: Path, listen: str, rasa_ports: list[int], actions_ports: list[int],
                 page_port: int, actions_port: int) -> str:
    """deploy/nginx.conf with this cluster's ports and folders filled in."""
    def servers(ports: list[int]) -> str:
        # max_fails=1: one refused connection takes an instance out of the ring for fail_timeout.
        return "\n".join(f"        server 127.0.0.1:{port} max_fails=1 fail_timeout=10s;"
                         for port in ports)

    text = (DEPLOY_DIR / "nginx.conf").read_text()
    for key, value in {"RUN_DIR": str(run_dir), "LISTEN": listen, "PAGE_PORT": str(page_port),
                       "ACTIONS_PORT": str(actions_port), "RASA_SERVERS": servers(rasa_ports),
                       "ACTION_SERVERS": servers(actions_ports)}.items():
        text = text.replace("{{" + key + "}}", value)
    return text


def _wait_for_port(port: int, process: subprocess.Popen, what: str, log: Path, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with code {process.returncode}; see {log}")
        if not serve.port_is_free(port):
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not listen on port {port} within {timeout:.0f} s; see {log}")


class Cluster:
    """`instances` Rasa servers and as many action servers, Redis, PostgreSQL and nginx in front.

    Readers reach only nginx, on `host`:`public_port`; everything else listens on 127.0.0.1 on
    ports picked at start. Runtime files go to `run_dir` (the local PostgreSQL's data too, kept
    between runs), the servers' spool to `var_dir` (default `run_dir`). `database_url` /
    `redis_url` given: those servers are used, not started."""

    def __init__(self, instances: int, run_dir: Path, public_port: int, host: str = "127.0.0.1",
                 database_url: str | None = None, redis_url: str | None = None,
                 echo: Callable[[str], None] = print, postgres_fsync: bool = True,
                 var_dir: Path | None = None) -> None:
        self.instances, self.run_dir, self.public_port, self.host = instances, run_dir, public_port, host
        self.var_dir = var_dir or run_dir
        self.database_url, self.redis_url = database_url, redis_url
        self.echo, self.postgres_fsync = echo, postgres_fsync
        self.postgres: PostgresServer | None = None
        self.redis: subprocess.Popen | None = None
        self.nginx: subprocess.Popen | None = None
        self.page = None  # the chat page's HTTP server (bot.web), behind nginx
        self.servers: list[serve.Servers] = []
        self.supervisors: list[serve.Supervisor] = []
        self.failure: Exception | None = None  # a crash loop seen by a watcher thread
        self.failed = threading.Event()

    @property
    def url(self) -> str:
        return f"http://{'localhost' if self.host in ('127.0.0.1', '0.0.0.0') else self.host}:{self.public_port}"

    def log(self, name: str) -> Path:
        return self.run_dir / "logs" / name

    def start(self) -> None:
        """Start everything, in dependency order; on any failure stop what was started."""
        nginx_binary = program("nginx", "nginx")
        self.run_dir.mkdir(parents=True, exist_ok=True)
        # PostgreSQL (as `postgres`) and nginx's workers (as `nobody`) enter it when we are root.
        self.run_dir.chmod(0o755)
        try:
            self._start_database()
            from bot import store

            # The opinions' tables now, rather than by several action servers racing to.
            store.create_schema(self.database_url)
            lock_store = self._start_redis()
            actions_port = serve.free_port()  # nginx's side for the instances' action calls
            # Every instance: the same model, tracker store, lock store and page origin.
            endpoints = serve.write_endpoints(actions_port, lock_store,
                                              self.run_dir / "endpoints.yml")
            # One Sanic worker each: scale by instances (deploy/README.md says why).
            env = {"DATABASE_URL": self.database_url, "DISCUSS_VAR_DIR": str(self.var_dir),
                   "WEB_PORT": str(self.public_port), "SANIC_WORKERS": "1"}
            for number in range(1, self.instances + 1):
                servers = serve.Servers(serve.free_port(), serve.free_port(),
                                        self.run_dir / "logs" / f"instance-{number}", env=env,
                                        host="127.0.0.1", endpoints=endpoints)
                self.servers.append(servers)
                self.supervisors.append(serve.Supervisor(
                    servers, lambda line, n=number: self.echo(f"Instance {n}: {line}")))
            for servers in self.servers:
                servers.start_actions()
            # One after the other: the first creates the conversations' tables.
            for number, servers in enumerate(self.servers, start=1):
                self.echo(f"Starting Rasa instance {number} of {self.instances}...")
                servers.start_rasa()
            page_port = serve.free_port()
            self.page = web.start_in_background(page_port, None, self.health, host="127.0.0.1",
                                                origins=config.page_origins(self.public_port))
            self._start_nginx(nginx_binary, page_port, actions_port)
        except BaseException:
            self.stop()
            raise

    def _start_database(self) -> None:
        if self.database_url:
            return
        bin_dir = binaries()
        if bin_dir is None:
            raise SetupError("PostgreSQL is not installed: apt-get install postgresql "
                             "(or set DATABASE_URL to a postgresql:// URL)")
        self.postgres = PostgresServer(bin_dir, self.run_dir / "postgres", serve.free_port(),
                                       DATABASE, fsync=self.postgres_fsync)
        self.postgres.root.mkdir(parents=True, exist_ok=True)
        try:
            self.postgres.ensure()
        except subprocess.CalledProcessError as error:
            raise RuntimeError(f"PostgreSQL did not start: {(error.stderr or '').strip()}; "
                               f"see {self.postgres.log}") from None
        self.database_url = self.postgres.url

    def _start_redis(self) -> dict:
        if self.redis_url:
            return redis_lock_store(self.redis_url)
        binary = program("redis-server", "redis-server")
        port = serve.free_port()
        folder = self.run_dir / "redis"
        folder.mkdir(parents=True, exist_ok=True)
        self.log("redis.log").parent.mkdir(parents=True, exist_ok=True)
        self.redis = subprocess.Popen(
            [binary, str(DEPLOY_DIR / "redis.conf"), "--port", str(port), "--dir", str(folder)],
            stdout=open(self.log("redis.log"), "ab"), stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        _wait_for_port(port, self.redis, "redis-server", self.log("redis.log"))
        self.redis_url = f"redis://127.0.0.1:{port}/1"
        return redis_lock_store(self.redis_url)

    def _start_nginx(self, binary: str, page_port: int, actions_port: int) -> None:
        folder = self.run_dir / "nginx"
        folder.mkdir(parents=True, exist_ok=True)
        conf = folder / "nginx.conf"
        conf.write_text(render_nginx(
            folder, f"{self.host}:{self.public_port}", [s.rasa_port for s in self.servers],
            [s.actions_port for s in self.servers], page_port, actions_port))
        # -e: the error log before the config is read (else Debian's /var/log/nginx/error.log).
        self.nginx = subprocess.Popen(
            [binary, "-p", str(folder), "-c", str(conf), "-e", str(folder / "error.log")],
            stdout=open(self.log("nginx.log"), "ab"), stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        _wait_for_port(self.public_port, self.nginx, "nginx", folder / "error.log")

    def watch(self) -> None:
        """Restart an instance's server that stops (each instance its own supervisor), until
        Ctrl-C; a crash loop, or Redis, nginx or PostgreSQL stopping, raises."""
        for number, supervisor in enumerate(self.supervisors, start=1):
            threading.Thread(target=self._watch_one, args=(supervisor,), daemon=True,
                             name=f"instance-{number}").start()
        while not self.failed.wait(1):
            for name, process in (("redis-server", self.redis), ("nginx", self.nginx)):
                if process is not None and process.poll() is not None:
                    raise RuntimeError(f"{name} stopped (exit status {process.returncode}); "
                                       f"see {self.run_dir / 'logs'}")
            if self.postgres is not None and self.postgres.pid() is None:
                raise RuntimeError(f"PostgreSQL stopped; see {self.postgres.log}")
        raise self.failure

    def _watch_one(self, supervisor: serve.Supervisor) -> None:
        try:
            supervisor.watch()
        except serve.CrashLoop as error:
            self.failure = error
            self.failed.set()

    def health(self) -> dict:
        """Each instance's servers, the database, Redis and nginx, for /healthz."""
        instances = []
        for supervisor in self.supervisors:
            state = supervisor.health()
            state.pop("database", None)
            state.pop("ok", None)
            instances.append(state)
        state = {
            "instances": instances,
            "database": serve.database_health(self.database_url),
            "redis": "ok" if self.redis is None or self.redis.poll() is None else "stopped",
            "nginx": "ok" if self.nginx is not None and self.nginx.poll() is None else "stopped",
        }
        # Ready while one instance of each kind serves: nginx sends readers to the live ones.
        state["ok"] = (any(i["rasa"]["up"] for i in instances)
                       and any(i["actions"]["up"] for i in instances)
                       and state["database"] == "ok" and state["redis"] == "ok"
                       and state["nginx"] == "ok")
        return state

    def pids(self) -> list[int]:
        """Every server process of the cluster (the benchmark counts their CPU)."""
        found = [p.pid for s in self.servers for p in s.processes if p.poll() is None]
        found += [p.pid for p in (self.redis, self.nginx) if p is not None and p.poll() is None]
        if self.postgres is not None and self.postgres.pid():
            found.append(self.postgres.pid())
        return found

    def stop(self) -> None:
        """Stop everything this cluster started, front to back; safe to call twice."""
        for supervisor in self.supervisors:
            supervisor.stopping.set()
        if self.nginx is not None:
            serve._stop_process(self.nginx)
        if self.page is not None:
            self.page.shutdown()
            self.page.server_close()
            self.page = None
        for servers in self.servers:
            servers.stop()
        if self.redis is not None:
            serve._stop_process(self.redis)
        if self.postgres is not None and self.postgres.pid() is not None:
            try:
                self.postgres.stop()
            except subprocess.CalledProcessError as error:
                self.echo(f"PostgreSQL did not stop: {error.stderr.strip()}")
