"""An `eventwire` command run as a subprocess whose stderr (progress lines) is read in a thread,
so a test can wait until the run reaches a point (a first chunk committed) and then hurt it."""
from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

EXE = str(Path(sys.executable).with_name("eventwire"))


class LiveRun:
    def __init__(self, *args: str) -> None:
        self.proc = psutil.Popen([EXE, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.seen = bytearray()
        stderr = self.proc.stderr
        self._reader = threading.Thread(target=lambda: [self.seen.extend(c) for c in iter(lambda: stderr.read(1), b"")],
                                        daemon=True)
        self._reader.start()

    def wait_for(self, pattern: bytes, timeout: float = 240) -> None:
        """Wait until stderr matches ``pattern``; fail if the run ends or the time runs out first."""
        deadline = time.monotonic() + timeout
        while not re.search(pattern, bytes(self.seen)):
            assert self.proc.poll() is None and time.monotonic() < deadline, bytes(self.seen)[-2000:]
            time.sleep(0.05)

    def finish(self, timeout: float) -> tuple[int, str]:
        """Wait for the run to end: (exit code, all of stderr)."""
        rc = self.proc.wait(timeout=timeout)
        self._reader.join(timeout=10)
        return rc, bytes(self.seen).decode(errors="replace")
