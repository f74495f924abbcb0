"""The cluster's settings, checked without starting it: database and Redis URLs, nginx's config."""
from __future__ import annotations

import pytest

from bot import cluster, web


@pytest.mark.parametrize("url, expected", [
    ("", None),
    ("postgresql://bot:pw@db.internal:5432/discuss", "postgresql://bot:pw@db.internal:5432/discuss"),
])
def test_the_cluster_takes_postgresql_or_starts_its_own(monkeypatch, url, expected):
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.delenv("TRACKER_STORE_URL", raising=False)
    assert cluster.cluster_database_url() == expected


@pytest.mark.parametrize("name", ["DATABASE_URL", "TRACKER_STORE_URL"])
def test_sqlite_is_refused_in_one_line(monkeypatch, tmp_path, name):
    monkeypatch.setenv("DATABASE_URL", "")
    monkeypatch.setenv(name, f"sqlite:///{tmp_path / 'x.db'}")
    with pytest.raises(cluster.SetupError, match=f"^{name} must be a postgresql:// URL") as error:
        cluster.cluster_database_url()
    assert "\n" not in str(error.value) and "x.db" not in str(error.value)


def test_redis_url_becomes_rasas_lock_store():
    assert cluster.redis_lock_store("redis://:s3cret@10.0.0.5:6380/2") == {
        "type": "bot.lock_store.WakingRedisLockStore", "url": "10.0.0.5", "port": 6380, "db": 2,
        "key_prefix": "discuss",
        "password": "s3cret"}
    assert cluster.redis_lock_store("redis://127.0.0.1")["port"] == 6379
    with pytest.raises(cluster.SetupError, match="REDIS_URL must look like"):
        cluster.redis_lock_store("127.0.0.1:6379")


def test_nginx_config_is_sticky_by_reader_and_lists_every_instance(tmp_path):
    conf = cluster.render_nginx(tmp_path, "127.0.0.1:8080", [5101, 5102], [5201, 5202], 5300, 5400)
    assert "{{" not in conf
    rasa = conf[conf.index("upstream rasa"):conf.index("upstream actions")]
    assert "hash $reader consistent;" in rasa
    assert "server 127.0.0.1:5101" in rasa and "server 127.0.0.1:5102" in rasa
    assert "server 127.0.0.1:5201" in conf and "listen 127.0.0.1:5400;" in conf
    assert "listen 127.0.0.1:8080;" in conf and f"pid {tmp_path}/nginx.pid;" in conf


def test_behind_the_balancer_the_page_talks_to_its_own_origin():
    page = web.page(None).decode()
    assert 'data-rasa-port=""' in page
    policy = web.content_security_policy(None, ["https://chat.example.org"])
    assert policy.endswith("connect-src 'self' wss://chat.example.org https://chat.example.org")
