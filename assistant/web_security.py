"""What keeps the app safe on its own, without a reverse proxy in front: security headers on every response,
a throttle on wrong passwords, and a refusal to listen on the network without a login.

Both middlewares are plain ASGI (they wrap Gradio's FastAPI app through ``launch(app_kwargs=...)``), so
streamed answers pass through untouched.
"""

from __future__ import annotations

import ipaddress
import json
import threading
import time
from collections import deque
from typing import Any, Awaitable, Callable

from assistant.settings import Settings

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

SECURITY_HEADERS: dict[str, str] = {
    "X-Frame-Options": "DENY",  # no framing (clickjacking); CSP frame-ancestors says the same to newer browsers
    "Content-Security-Policy": "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class OpenNetworkError(ValueError):
    """The app was asked to listen beyond this machine with no login."""


def is_loopback(host: str) -> bool:
    if host.strip().lower() in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name or an address of this machine on a network


def check_exposure(settings: Settings) -> None:
    """Refuse a non-loopback host without ``SVA_AUTH`` unless ``allow_no_login_on_network`` says so."""
    if is_loopback(settings.host) or settings.auth is not None or settings.allow_no_login_on_network:
        return
    raise OpenNetworkError(
        f"refusing to listen on {settings.host} without a login: anyone who can reach this machine could read your "
        "documents and use the app. Set SVA_AUTH=user:password, or use --host 127.0.0.1, or pass "
        "--no-login-on-network (SVA_ALLOW_NO_LOGIN_ON_NETWORK=true) if the network is trusted"
    )


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every HTTP response that does not set them itself."""

    def __init__(self, app: Callable, headers: dict[str, str] | None = None) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in (headers or SECURITY_HEADERS).items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in self.headers if k not in present
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)


class LoginGuard:
    """Counts wrong passwords per client address; after ``attempts`` within ``window`` seconds that address is
    refused (HTTP 429, with Retry-After) until the window has passed. A right password clears the count."""

    def __init__(self, attempts: int = 5, window: float = 300.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.attempts = max(1, attempts)
        self.window = window
        self.clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._locked_until: dict[str, float] = {}
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> float:
        """Seconds until ``client`` may try again (0: now)."""
        with self._lock:
            return max(0.0, self._locked_until.get(client, 0.0) - self.clock())

    def failed(self, client: str) -> None:
        now = self.clock()
        with self._lock:
            times = self._failures.setdefault(client, deque())
            times.append(now)
            while times and times[0] <= now - self.window:
                times.popleft()
            if len(times) >= self.attempts:
                self._locked_until[client] = now + self.window
                times.clear()
            if len(self._failures) > 10_000:  # bound memory under a spray of addresses
                self._failures.pop(next(iter(self._failures)))
            for stale in [c for c, until in self._locked_until.items() if until <= now]:
                del self._locked_until[stale]

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._failures.pop(client, None)
            self._locked_until.pop(client, None)


class LoginThrottle:
    """ASGI middleware: :class:`LoginGuard` applied to Gradio's ``POST /login`` (a wrong password answers 400)."""

    def __init__(self, app: Callable, attempts: int = 5, window: float = 300.0, guard: LoginGuard | None = None) -> None:
        self.app = app
        self.guard = guard or LoginGuard(attempts, window)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") != "POST" or not scope.get("path", "").rstrip("/").endswith("/login"):
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown", 0))[0]
        wait = self.guard.retry_after(client)
        if wait > 0:
            body = json.dumps({"detail": f"Too many wrong passwords: try again in {int(wait) + 1} seconds."}).encode()
            await send({"type": "http.response.start", "status": 429, "headers": [
                (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                (b"retry-after", str(int(wait) + 1).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        status: list[int] = []

        async def watch(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status.append(int(message["status"]))
            await send(message)

        await self.app(scope, receive, watch)
        if status and status[0] in (400, 401, 403):
            self.guard.failed(client)
        elif status and 200 <= status[0] < 300:
            self.guard.succeeded(client)


def middleware(settings: Settings) -> list[Any]:
    """The middleware list for ``gr.Blocks.launch(app_kwargs={"middleware": ...})``."""
    from starlette.middleware import Middleware

    return [
        Middleware(SecurityHeaders),
        Middleware(LoginThrottle, attempts=settings.login_attempts, window=settings.login_window_seconds),
    ]
