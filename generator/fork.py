"""Work in a forked child process (Linux): the generator runs in one before MkDocs starts, so that
its memory goes back to the system when the child ends.

`Child(function, *args)` forks at once; the child runs the function and sends its result (or its
exception, with the child's traceback as a note) back through a pipe, pickled; `result()` waits
for it. Only where fork is safe and cheap (`available()`): elsewhere callers run the work here.

The child ends by os._exit as soon as its result is sent: `keep` lets the work leave its large
structures to that end instead of freeing them object by object, and `result` returns once the
result has come, before the child has ended (`reap` waits for that later).
"""
from __future__ import annotations

import contextlib
import os
import pickle
import signal
import sys
import traceback


def available() -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "fork")


# What a forked child keeps until it ends (`keep`); never filled in the process that forks.
_KEPT: list = []
_IN_CHILD = False


def keep(*objects) -> None:
    """In a forked child, hold `objects` until the child ends: it ends by os._exit, so they are
    never freed one by one (at 1,000 news articles, freeing a warm build's render cache, briefs and
    articles when the generator returned cost 16-17 ms of CPU on the rebuild's critical path).
    Elsewhere nothing: the caller's objects are freed as usual."""
    if _IN_CHILD:
        _KEPT.extend(objects)


class ChildFailed(RuntimeError):
    """The child ended without sending a result (killed, or out of memory)."""


class Child:
    def __init__(self, function, *args):
        read_end, write_end = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        self.reaped = self.sent = False
        self.pid = os.fork()
        if self.pid == 0:                              # the child: never returns
            global _IN_CHILD
            _IN_CHILD, status = True, 1
            try:
                os.close(read_end)
                try:
                    outcome = ("result", function(*args))
                except BaseException as error:         # noqa: BLE001 - every failure goes to the parent
                    error.add_note("".join(traceback.format_exception(error)).rstrip())
                    outcome = ("error", error)
                try:
                    data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
                except Exception:                      # noqa: BLE001 - an exception that cannot be pickled
                    error = outcome[1] if outcome[0] == "error" else None
                    data = pickle.dumps(("error", RuntimeError(f"{type(error).__name__}: {error}")))
                sys.stdout.flush()             # (before the result: the parent goes on once it has it)
                sys.stderr.flush()
                with os.fdopen(write_end, "wb") as pipe:
                    pipe.write(data)
                status = 0
            finally:
                os._exit(status)
        os.close(write_end)
        self.pipe = os.fdopen(read_end, "rb")

    def result(self):
        """The function's result, or its exception raised here. Returns once the result has come,
        while the child may still be ending (its address space torn down: 10-30 ms of a warm
        build's generator): call `reap` after, when nothing waits on it."""
        try:
            with self.pipe:
                data = self.pipe.read()
            kind, value = pickle.loads(data) if data else (None, None)
            self.sent = bool(data)
        except BaseException:
            self.stop()
            raise
        if not data:
            raise ChildFailed(f"a child process ended without a result (wait status {self.reap()})")
        if kind == "error":
            self.reap()
            raise value
        return value

    def reap(self) -> int | None:
        """Wait for the child to end (once); its wait status."""
        if self.reaped:
            return None
        self.reaped = True
        with contextlib.suppress(ChildProcessError):
            return os.waitpid(self.pid, 0)[1]
        return None

    def stop(self) -> None:
        """End the child (the caller failed and will not read its result); once its result came,
        only wait for it to end."""
        if self.reaped:                     # (its id may be another process's by now)
            return
        if self.sent:
            self.reap()
            return
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGTERM)
        with contextlib.suppress(OSError):
            self.pipe.close()
        self.reaped = True
        with contextlib.suppress(OSError):
            os.waitpid(self.pid, 0)


def in_child(function, *args):
    """function(*args) in a forked child; its result, or its exception raised here."""
    child = Child(function, *args)
    try:
        return child.result()
    finally:
        child.reap()
