"""A throwaway PostgreSQL cluster for the tests that must run on PostgreSQL too."""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg2
import pytest

from tests.conftest import free_port

DATABASE = "discuss_test"


def _binaries() -> Path | None:
    """The newest installed PostgreSQL's bin/ (Debian keeps one per major version)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda path: int(Path(path).parent.parent.name))
    return Path(found[-1]).parent if found else None


def _as_postgres(*command: str | Path) -> list[str]:
    # initdb refuses to run as root: run the server as the postgres user when we are root.
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return prefix + [str(part) for part in command]


class PostgresServer:
    """A throwaway cluster on 127.0.0.1 that tests can stop and start again (fault tests)."""

    def __init__(self, bin_dir: Path, root: Path) -> None:
        self.bin_dir, self.root = bin_dir, root
        self.data, self.log = root / "data", root / "server.log"
        self.port = free_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/{DATABASE}"

    def _pg_ctl(self, *args: str | Path) -> None:
        subprocess.run(_as_postgres(self.bin_dir / "pg_ctl", "-D", self.data, *args),
                       check=True, capture_output=True, text=True)

    def init(self) -> None:
        subprocess.run(
            _as_postgres(self.bin_dir / "initdb", "-D", self.data, "-U", "postgres", "-A", "trust",
                         "-E", "UTF8", "--no-locale", "--no-sync"),
            check=True, capture_output=True, text=True,
        )
        self.start()
        admin = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres")
        admin.autocommit = True  # CREATE DATABASE can't run inside a transaction
        with admin.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE {DATABASE}")
        admin.close()

    def start(self) -> None:
        # 127.0.0.1 only, the socket in our temp dir; fsync off because the data is thrown away.
        options = f"-h 127.0.0.1 -p {self.port} -k {self.root} -F"
        self._pg_ctl("-l", self.log, "-o", options, "-w", "-t", "60", "start")

    def stop(self) -> None:
        self._pg_ctl("stop", "-m", "fast", "-w")


@pytest.fixture(scope="session")
def postgres() -> PostgresServer:
    """A fresh PostgreSQL cluster for the session, removed afterwards."""
    bin_dir = _binaries()
    if bin_dir is None:
        pytest.skip("PostgreSQL not installed: no /usr/lib/postgresql/*/bin/initdb "
                    "(apt-get install postgresql)")
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("PostgreSQL not usable: running as root and there is no postgres user")
    # Not under pytest's tmp dir: that one is private to root and the server couldn't enter it.
    root = Path(tempfile.mkdtemp(prefix="discuss-pg-"))
    (root / "data").mkdir()
    if os.geteuid() == 0:
        for path in (root, root / "data"):
            os.chown(path, user.pw_uid, user.pw_gid)
    server = PostgresServer(bin_dir, root)
    try:
        server.init()
    except subprocess.CalledProcessError as error:
        details = error.stderr + (server.log.read_text() if server.log.exists() else "")
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"could not start PostgreSQL: {details}") from error
    yield server
    subprocess.run(_as_postgres(bin_dir / "pg_ctl", "-D", server.data, "stop", "-m", "fast"),
                   capture_output=True)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url(postgres: PostgresServer) -> str:
    """postgresql://postgres@127.0.0.1:PORT/discuss_test on the session's throwaway cluster."""
    return postgres.url
