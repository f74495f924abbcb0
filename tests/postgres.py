"""A throwaway PostgreSQL cluster for the tests that must run on PostgreSQL too."""
from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from bot.postgres import PostgresServer, as_postgres, binaries, give_to_postgres
from tests.conftest import free_port

DATABASE = "discuss_test"


@pytest.fixture(scope="session")
def postgres() -> PostgresServer:
    """A fresh PostgreSQL cluster for the session, removed afterwards."""
    bin_dir = binaries()
    if bin_dir is None:
        pytest.skip("PostgreSQL not installed: no /usr/lib/postgresql/*/bin/initdb "
                    "(apt-get install postgresql)")
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("PostgreSQL not usable: running as root and there is no postgres user")
    # Not under pytest's tmp dir: that one is private to root and the server couldn't enter it.
    root = Path(tempfile.mkdtemp(prefix="discuss-pg-"))
    (root / "data").mkdir()
    give_to_postgres(root, root / "data")
    server = PostgresServer(bin_dir, root, free_port(), DATABASE, fsync=False)
    try:
        server.init()
    except subprocess.CalledProcessError as error:
        details = error.stderr + (server.log.read_text() if server.log.exists() else "")
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"could not start PostgreSQL: {details}") from error
    yield server
    subprocess.run(as_postgres(bin_dir / "pg_ctl", "-D", server.data, "stop", "-m", "fast"),
                   capture_output=True)
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_url(postgres: PostgresServer) -> str:
    """postgresql://postgres@127.0.0.1:PORT/discuss_test on the session's throwaway cluster."""
    return postgres.url
