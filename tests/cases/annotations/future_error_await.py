# PEP 563: await cannot appear in an annotation, even in a coroutine.
from __future__ import annotations


async def coro(arg: int) -> await other():
    pass
