"""One window per user: a second launch hands its files to the running application and exits.

    instance = SingleInstance()
    if instance.acquire(paths):          # a running instance took the files (and raises its window)
        return 0
    instance.files_received.connect(window.open_paths)   # this process is the instance now

The running application listens on a local socket (QLocalServer) whose name is derived from `APP_ID`, the
user id and, when they are overridden, the library and settings locations (so a test or a second library
gets its own instance). The socket lives in `$XDG_RUNTIME_DIR`, else in a private `0700` folder of the user
under the temporary folder; a folder that is not private disables forwarding rather than trust it.

The protocol is one line of UTF-8 JSON each way:

    → {"app": APP_ID, "protocol": 1, "command": "open", "paths": ["/abs/a.pdf"], "cwd": "/…", "startup_id": "…"}
    ← {"ok": true, "pid": 1234}

`paths` are absolute (made so by the sender, whose working folder differs from the instance's; `file://`
URLs become paths); an empty list only asks the instance to raise its window. `command` may also be "ping"
(answered, nothing opened). The sender is a plain Unix socket client (no Qt needed, so a second launch exits
fast); a socket file that nobody answers (a crashed instance) is removed before listening again, and an
instance that does not answer within the timeout is treated as gone.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import os
import socket
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QObject, QTimer, Signal

from reader import APP_ID

if TYPE_CHECKING:  # QtNetwork is imported when the server starts: it costs start-up time otherwise
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

PROTOCOL = 1
MAX_MESSAGE = 1 << 20  # bytes: plenty for thousands of paths
TIMEOUT = 5.0  # seconds a second launch waits for the running instance to answer
_SUN_PATH_MAX = 104  # the shortest sun_path among Unix systems, less the terminating NUL

# environment that selects a different set of user files, and so a different instance
INSTANCE_KEYS = ("KAMERVRAGEN_LIBRARY", "KAMERVRAGEN_CONFIG_DIR")
NAME_OVERRIDE = "KAMERVRAGEN_INSTANCE_SOCKET"  # a full socket path (tests)


def _uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else 0


def _private_dir(path: Path, create: bool) -> bool:
    """True when path is a folder of this user that nobody else can enter (created 0700 when asked)."""
    try:
        if create:
            path.mkdir(mode=0o700, exist_ok=True)
        info = path.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == _uid() and not info.st_mode & 0o077


def socket_path(environ: dict[str, str] | None = None, extra_key: str | None = None) -> str | None:
    """The full path of this user's instance socket, or None when no private folder is available.

    extra_key: anything else that must get its own instance (e.g. a library chosen with --library)."""
    env = os.environ if environ is None else environ
    if env.get(NAME_OVERRIDE):
        return env[NAME_OVERRIDE]
    parts = [f"{name}={env.get(name, '')}" for name in INSTANCE_KEYS if env.get(name)]
    if extra_key:
        parts.append(f"extra={extra_key}")
    key = "\0".join(parts)
    name = f"{APP_ID}.{_uid()}"
    if key:
        name += "." + hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:12]
    name += ".sock"
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and _private_dir(Path(runtime), create=False):
        candidate = os.path.join(runtime, name)
        if len(os.fsencode(candidate)) <= _SUN_PATH_MAX:
            return candidate
    for temp in dict.fromkeys([tempfile.gettempdir(), "/tmp"]):  # a long $TMPDIR: /tmp
        folder = Path(temp) / f"{APP_ID}-{_uid()}"
        candidate = str(folder / name)
        if len(os.fsencode(candidate)) <= _SUN_PATH_MAX:
            return candidate if _private_dir(folder, create=True) else None
    return None


def absolute_paths(args: Iterable[str], cwd: str | None = None) -> list[str]:
    """Paths as the running instance needs them: absolute, `file://` URLs as local paths."""
    cwd = os.getcwd() if cwd is None else cwd
    result = []
    for arg in args:
        if arg.startswith("file://"):
            parts = urlsplit(arg)
            if parts.netloc not in ("", "localhost"):
                continue  # a file on another host: not a local path
            arg = unquote(parts.path)
        result.append(os.path.normpath(os.path.join(cwd, arg)))
    return result


@contextmanager
def _lock(path: str) -> Iterator[None]:
    """An exclusive lock on a file for the time of the block (released by the kernel if the process dies)."""
    try:
        import fcntl
    except ImportError:  # not POSIX
        yield
        return
    try:
        handle = open(path, "a")  # noqa: SIM115
    except OSError:
        yield
        return
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _encode(message: dict[str, object]) -> bytes:
    return json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n"


def send(path: str, message: dict[str, object], timeout: float = TIMEOUT) -> dict[str, object] | None:
    """Send one message to the instance at path; its answer, or None (nobody there, or no answer in time)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(timeout)
        try:
            client.connect(path)
            client.sendall(_encode(message))
            data = b""
            while b"\n" not in data and len(data) < MAX_MESSAGE:
                chunk = client.recv(65536)
                if not chunk:
                    break
                data += chunk
        except OSError:  # no such socket, connection refused (stale file), timeout, reset
            return None
    try:
        answer = json.loads(data.split(b"\n", 1)[0].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # a hostile answer nested very deep
        return None
    return answer if isinstance(answer, dict) else None


def forward(paths: Iterable[str], path: str | None = None, timeout: float = TIMEOUT) -> bool:
    """Hand the files to the running instance. True: it took them (this process can exit)."""
    path = socket_path() if path is None else path
    if not path:
        return False
    message: dict[str, object] = {
        "app": APP_ID,
        "protocol": PROTOCOL,
        "command": "open",
        "paths": absolute_paths(paths),
        "cwd": os.getcwd(),
    }
    for var in ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID"):
        if os.environ.get(var):
            message["startup_id"] = os.environ[var]
            break
    answer = send(path, message, timeout)
    return bool(answer and answer.get("ok") is True)


def ping(path: str, timeout: float = TIMEOUT) -> dict[str, object] | None:
    """The answer of a live instance (with its pid), or None."""
    answer = send(path, {"app": APP_ID, "protocol": PROTOCOL, "command": "ping"}, timeout)
    return answer if answer and answer.get("ok") is True else None


class SingleInstance(QObject):
    """The running instance's side: listens, answers, and emits the files that other launches hand over."""

    files_received = Signal(list)  # list[str] of absolute paths; empty: only raise the window

    def __init__(self, path: str | None = None, parent: QObject | None = None, *, key: str | None = None) -> None:
        """path: the socket (default: socket_path()); key: see socket_path's extra_key."""
        super().__init__(parent)
        self.path = socket_path(extra_key=key) if path is None else path
        self._server: QLocalServer | None = None
        self._clients: dict[int, tuple[QLocalSocket, bytes]] = {}
        self._next_key = 0

    def try_forward(self, paths: Iterable[str], timeout: float = TIMEOUT) -> bool:
        """True: a running instance took the paths (and raises its window); exit now."""
        return forward(paths, self.path, timeout) if self.path else False

    def listen(self, timeout: float = TIMEOUT) -> bool:
        """Become the instance. False when another live instance holds the name (forward to it instead)
        or when no socket can be made; a stale socket file of a dead instance is removed first."""
        if not self.path:
            return False
        if self._server is not None and self._server.isListening():
            return True
        # No socket options: with them Qt binds elsewhere and renames over the name, silently taking it from a
        # live instance. The folder is private to the user (see socket_path), which is the access control.
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        if not server.listen(self.path):
            # the name is taken: by a live instance (answers a ping), or by the socket file of a dead one
            if ping(self.path, timeout) is not None:
                server.deleteLater()
                return False
            QLocalServer.removeServer(self.path)
            if not server.listen(self.path):
                server.deleteLater()
                return False
        server.newConnection.connect(self._accept)
        self._server = server
        atexit.register(self._remove_socket_file)  # an exit without close() (no Qt calls at that point)
        return True

    def _remove_socket_file(self) -> None:
        if self._server is not None and self.path:
            with suppress(OSError):
                os.unlink(self.path)

    def acquire(self, paths: Iterable[str], timeout: float = TIMEOUT) -> bool:
        """Forward to a running instance (True: exit now) or become the instance (False: go on starting).

        Launches that start together take turns (one lock file in the socket's folder), so exactly one
        listens and the others forward to it."""
        paths = list(paths)
        if not self.path:
            return False
        with _lock(os.path.join(os.path.dirname(self.path), f"{APP_ID}.{_uid()}.lock")):
            for _attempt in range(2):
                if self.try_forward(paths, timeout):
                    return True
                if self.listen(timeout):
                    return False
        return False  # neither: run on alone, without forwarding

    @property
    def listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def close(self) -> None:
        if self._server is not None:
            atexit.unregister(self._remove_socket_file)
            self._server.close()  # removes the socket file
            self._server.deleteLater()
            self._server = None

    # --- the server side ----------------------------------------------------------------------------------

    def _accept(self) -> None:
        # Slots are bound methods that find their connection by name: a lambda that holds the socket's Python
        # wrapper, owned by the socket's own signal, crashes PySide when the socket is deleted.
        assert self._server is not None
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            if connection is None:
                break
            self._next_key += 1
            key = self._next_key
            connection.setObjectName(f"instance-client-{key}")
            self._clients[key] = (connection, b"")
            connection.readyRead.connect(self._ready_read)
            connection.disconnected.connect(self._disconnected)
            QTimer.singleShot(int(TIMEOUT * 1000), self, partial(self._drop, key))  # a client that never finishes
            if connection.bytesAvailable():
                self._read(key)

    def _key(self) -> int | None:
        sender = self.sender()
        name = sender.objectName() if sender is not None else ""
        return int(name.rpartition("-")[2]) if name.startswith("instance-client-") else None

    def _ready_read(self) -> None:
        key = self._key()
        if key is not None:
            self._read(key)

    def _disconnected(self) -> None:
        key = self._key()
        if key is not None:
            self._drop(key)

    def _drop(self, key: int) -> None:
        client = self._clients.pop(key, None)
        if client is not None:
            client[0].abort()
            client[0].deleteLater()

    def _read(self, key: int) -> None:
        if key not in self._clients:
            return
        connection, buffered = self._clients[key]
        data = buffered + bytes(connection.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                self._reply(key, {"ok": False, "error": "message too long"})
            else:
                self._clients[key] = (connection, data)
            return
        line = data.split(b"\n", 1)[0]
        try:
            # RecursionError: a message nested thousands of levels deep; a message of ours is flat
            message = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            message = None
        if not isinstance(message, dict) or message.get("app") != APP_ID:
            self._reply(key, {"ok": False, "error": "not a message for " + APP_ID})
            return
        command = message.get("command")
        if command == "ping":
            self._reply(key, {"ok": True, "pid": os.getpid()})
            return
        paths = message.get("paths")
        if command != "open" or not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
            self._reply(key, {"ok": False, "error": "unknown command"})
            return
        cwd = message.get("cwd") if isinstance(message.get("cwd"), str) else "/"
        received = absolute_paths(paths, cwd)
        self._reply(key, {"ok": True, "pid": os.getpid()})
        # after answering: the sender exits at once, whatever opening the files takes
        QTimer.singleShot(0, self, partial(self.files_received.emit, received))

    def _reply(self, key: int, answer: dict[str, object]) -> None:
        connection, _ = self._clients.pop(key)
        connection.write(_encode(answer))
        connection.flush()
        connection.disconnectFromServer()  # after the pending bytes are written
        connection.deleteLater()


__all__ = [
    "PROTOCOL",
    "SingleInstance",
    "absolute_paths",
    "forward",
    "ping",
    "send",
    "socket_path",
]
