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


@pytest.fixture(scope="session")
def postgres_url():
    """postgresql://postgres@127.0.0.1:PORT/discuss_test on a fresh cluster, stopped afterwards."""
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
    data, log = root / "data", root / "server.log"
    data.mkdir()
    if os.geteuid() == 0:
        for path in (root, data):
            os.chown(path, user.pw_uid, user.pw_gid)
    port = free_port()
    try:
        subprocess.run(
            _as_postgres(bin_dir / "initdb", "-D", data, "-U", "postgres", "-A", "trust",
                         "-E", "UTF8", "--no-locale", "--no-sync"),
            check=True, capture_output=True, text=True,
        )
        # 127.0.0.1 only, the socket in our temp dir; fsync off because the data is thrown away.
        server_options = f"-h 127.0.0.1 -p {port} -k {root} -F"
        subprocess.run(
            _as_postgres(bin_dir / "pg_ctl", "-D", data, "-l", log, "-o", server_options,
                         "-w", "-t", "60", "start"),
            check=True, capture_output=True, text=True,
        )
    except subprocess.CalledProcessError as error:
        details = error.stderr + (log.read_text() if log.exists() else "")
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"could not start PostgreSQL: {details}") from error
    try:
        admin = psycopg2.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres")
        admin.autocommit = True  # CREATE DATABASE can't run inside a transaction
        with admin.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE {DATABASE}")
        admin.close()
        yield f"postgresql://postgres@127.0.0.1:{port}/{DATABASE}"
    finally:
        subprocess.run(_as_postgres(bin_dir / "pg_ctl", "-D", data, "stop", "-m", "fast"),
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)
