"""Work in a forked child process (Linux): the generator runs in one before MkDocs starts, so that
its memory goes back to the system when the child ends.

`Child(function, *args)` forks at once; the child runs the function and sends its result (or its
exception, with the child's traceback as a note) back through a pipe, pickled; `result()` waits
for it. Only where fork is safe and cheap (`available()`): elsewhere callers run the work here.
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


class ChildFailed(RuntimeError):
    """The child ended without sending a result (killed, or out of memory)."""


class Child:
    def __init__(self, function, *args):
        read_end, write_end = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        self.pid = os.fork()
        if self.pid == 0:                              # the child: never returns
            status = 1
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
                with os.fdopen(write_end, "wb") as pipe:
                    pipe.write(data)
                sys.stdout.flush()
                sys.stderr.flush()
                status = 0
            finally:
                os._exit(status)
        os.close(write_end)
        self.pipe = os.fdopen(read_end, "rb")

    def result(self):
        """The function's result, or its exception raised here."""
        try:
            with self.pipe:
                data = self.pipe.read()
            _, status = os.waitpid(self.pid, 0)
        except BaseException:
            self.stop()
            raise
        if not data:
            raise ChildFailed(f"a child process ended without a result (wait status {status})")
        kind, value = pickle.loads(data)
        if kind == "error":
            raise value
        return value

    def stop(self) -> None:
        """End the child (the caller failed and will not read its result)."""
        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGTERM)
        with contextlib.suppress(OSError):
            self.pipe.close()
        with contextlib.suppress(OSError):
            os.waitpid(self.pid, 0)


def in_child(function, *args):
    """function(*args) in a forked child; its result, or its exception raised here."""
    return Child(function, *args).result()
