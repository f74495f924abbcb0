"""A PostgreSQL server of our own on 127.0.0.1 from Debian's binaries: for the cluster and the tests."""
from __future__ import annotations

import glob
import os
import pwd
import subprocess
from pathlib import Path

import psycopg2


def binaries() -> Path | None:
    """The newest installed PostgreSQL's bin/ (Debian keeps one per major version)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda path: int(Path(path).parent.parent.name))
    return Path(found[-1]).parent if found else None


def as_postgres(*command: str | Path) -> list[str]:
    # initdb refuses to run as root: run the server as the postgres user when we are root.
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return prefix + [str(part) for part in command]


def give_to_postgres(*paths: Path) -> None:
    """As root, the server runs as `postgres` and must own its folders."""
    if os.geteuid() == 0:
        user = pwd.getpwnam("postgres")  # KeyError: no postgres user
        for path in paths:
            os.chown(path, user.pw_uid, user.pw_gid)


class PostgresServer:
    """A cluster in `root` (data/, server.log, the socket) listening on 127.0.0.1:`port` only."""

    def __init__(self, bin_dir: Path, root: Path, port: int, database: str, fsync: bool = True) -> None:
        self.bin_dir, self.root, self.port, self.database = bin_dir, root, port, database
        self.data, self.log = root / "data", root / "server.log"
        self.fsync = fsync
        self.url = f"postgresql://postgres@127.0.0.1:{port}/{database}"

    def _pg_ctl(self, *args: str | Path) -> None:
        subprocess.run(as_postgres(self.bin_dir / "pg_ctl", "-D", self.data, *args),
                       check=True, capture_output=True, text=True)

    def init(self) -> None:
        """A new cluster in `data` (which must be empty), started, with the database created."""
        subprocess.run(
            as_postgres(self.bin_dir / "initdb", "-D", self.data, "-U", "postgres", "-A", "trust",
                        "-E", "UTF8", "--no-locale", "--no-sync"),
            check=True, capture_output=True, text=True,
        )
        self.start()
        self.create_database()

    def ensure(self) -> None:
        """Start the cluster kept in `root`, making it (and the database) on first use."""
        self.data.mkdir(parents=True, exist_ok=True)
        give_to_postgres(self.root, self.data)
        self.data.chmod(0o700)
        if not (self.data / "PG_VERSION").exists():
            self.init()
            return
        self.start()
        self.create_database()

    def create_database(self) -> None:
        admin = psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", dbname="postgres")
        admin.autocommit = True  # CREATE DATABASE can't run inside a transaction
        with admin.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (self.database,))
            if cursor.fetchone() is None:
                cursor.execute(f'CREATE DATABASE "{self.database}"')
        admin.close()

    def start(self) -> None:
        # 127.0.0.1 only, the socket in our own folder; -F (fsync off) only for throwaway data.
        options = f"-h 127.0.0.1 -p {self.port} -k {self.root}" + ("" if self.fsync else " -F")
        self._pg_ctl("-l", self.log, "-o", options, "-w", "-t", "60", "start")

    def stop(self) -> None:
        self._pg_ctl("stop", "-m", "fast", "-w")

    def pid(self) -> int | None:
        """The postmaster's pid while it runs (its first line of postmaster.pid)."""
        try:
            return int((self.data / "postmaster.pid").read_text().split()[0])
        except (OSError, ValueError, IndexError):
            return None
