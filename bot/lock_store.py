"""Rasa's lock stores, with a reader's next message let in as soon as the last one is done."""
from __future__ import annotations

import asyncio
from typing import Any

from rasa.core.lock import TicketLock
from rasa.core.lock_store import InMemoryLockStore, LockError, LockStore, RedisLockStore


class _WakeOnRelease(LockStore):
    """Rasa handles one message per conversation at a time. A message that arrives while the
    reader's previous one is still being answered waits for it: Rasa's lock stores poll once a
    second (`wait_time_in_seconds`), so a reader who sends two messages in quick succession gets
    the second reply a second or more late. Here the waiter is woken when the lock is released
    in this process; the poll stays, as the longest wait, for a lock released in another process
    or a ticket that expires instead (TICKET_LOCK_LIFETIME).
    """

    _released: dict[str, asyncio.Event]  # per conversation, set when its lock is next released

    async def _acquire_lock(self, conversation_id: str, ticket: int,
                            wait_time_in_seconds: float) -> TicketLock:
        while True:
            lock = self.get_lock(conversation_id)
            if not lock:
                break
            if not lock.is_locked(ticket):
                return lock
            # no await between the check above and taking the event: the release can't slip in
            released = self._released.setdefault(conversation_id, asyncio.Event())
            try:
                await asyncio.wait_for(released.wait(), wait_time_in_seconds)
            except asyncio.TimeoutError:
                pass  # released elsewhere, or an expired ticket ahead of ours: Rasa's check below
            self.update_lock(conversation_id)
        raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        super().cleanup(conversation_id, ticket_number)
        released = self._released.pop(conversation_id, None)
        if released is not None:
            released.set()  # every waiter looks again; the next ticket in line goes on


class WakingLockStore(_WakeOnRelease, InMemoryLockStore):
    """One instance: `lock_store: {type: bot.lock_store.WakingLockStore}` (endpoints.yml)."""

    def __init__(self, endpoint_config: Any = None) -> None:
        InMemoryLockStore.__init__(self)
        self._released = {}


class WakingRedisLockStore(_WakeOnRelease, RedisLockStore):
    """Several instances (`discuss serve --instances`): Rasa's Redis store, the same settings."""

    def __init__(self, endpoint_config: Any) -> None:
        RedisLockStore.__init__(self, host=endpoint_config.url, **endpoint_config.kwargs)
        self._released = {}
