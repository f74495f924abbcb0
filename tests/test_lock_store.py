"""The lock store lets a reader's next message in when the previous one is done, in order."""
import asyncio

import pytest
from rasa.core.lock_store import LockStore
from rasa.utils.endpoints import read_endpoint_config

from bot import config
from bot.lock_store import WakingLockStore

AN_HOUR = 3600.0


def test_the_project_endpoints_use_it():
    endpoint = read_endpoint_config(str(config.PROJECT_DIR / "endpoints.yml"), "lock_store")
    assert isinstance(LockStore.create(endpoint), WakingLockStore)


def test_a_waiting_message_goes_on_when_the_one_before_is_done_not_at_the_next_poll():
    store = WakingLockStore()
    order: list[str] = []

    async def message(name: str, hold: float) -> None:
        # Rasa's own store would look again only after `wait_time_in_seconds`: an hour here, so
        # the test would time out if the release didn't wake the waiter
        async with store.lock("reader", wait_time_in_seconds=AN_HOUR):
            order.append(f"{name} starts")
            await asyncio.sleep(hold)
            order.append(f"{name} ends")

    async def both() -> None:
        first = asyncio.create_task(message("first", 0.05))
        await asyncio.sleep(0)  # the first takes its ticket before the second arrives
        second = asyncio.create_task(message("second", 0))
        await asyncio.wait_for(asyncio.gather(first, second), timeout=30)

    asyncio.run(both())
    assert order == ["first starts", "first ends", "second starts", "second ends"]
    assert store.conversation_locks == {}  # nothing left behind


def test_three_messages_of_one_reader_go_in_the_order_they_came():
    store = WakingLockStore()
    order: list[int] = []

    async def message(number: int) -> None:
        async with store.lock("reader", wait_time_in_seconds=AN_HOUR):
            await asyncio.sleep(0.01)
            order.append(number)

    async def all_three() -> None:
        tasks = []
        for number in range(3):
            tasks.append(asyncio.create_task(message(number)))
            await asyncio.sleep(0)
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=30)

    asyncio.run(all_three())
    assert order == [0, 1, 2]


def test_other_readers_are_not_held_up():
    store = WakingLockStore()
    order: list[str] = []

    async def message(reader: str, hold: float) -> None:
        async with store.lock(reader, wait_time_in_seconds=AN_HOUR):
            await asyncio.sleep(hold)
            order.append(reader)

    async def two_readers() -> None:
        await asyncio.wait_for(asyncio.gather(message("slow", 0.1), message("quick", 0)), timeout=30)

    asyncio.run(two_readers())
    assert order == ["quick", "slow"]


def test_the_redis_one_is_made_from_the_cluster_settings():
    # built as Rasa builds a lock store from endpoints.yml (no Redis needed to construct it)
    from bot import cluster
    from bot.lock_store import WakingRedisLockStore
    from rasa.utils.endpoints import EndpointConfig

    settings = cluster.redis_lock_store("redis://127.0.0.1:6390/3")
    store = LockStore.create(EndpointConfig.from_dict(settings))
    assert isinstance(store, WakingRedisLockStore)
    assert store.key_prefix == "discuss:lock:"
