"""What the browser shows while a build error stands under ``mkdocs serve``.

MkDocs' development server keeps the last good site, but while a rebuild has failed it
holds every page request until a build succeeds: the browser shows nothing, not even
that something is wrong. With the plugin, such a request gets a page saying that the
build failed, with the error the terminal printed (the file and key to fix); the page
reloads itself every two seconds, so it turns into the site once the fix is saved.

Nothing here touches the built site: the server's WSGI application is wrapped (the
``server`` that MkDocs' ``on_serve`` event hands to plugins), and the error lives as
long as the failed build is the latest one. A server without the expected interface
(another MkDocs version or fork) is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

StartResponse = Callable[..., Any]
App = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]

STATUS = "503 Service Unavailable"
"""The status of the error page: the site is there again once the build succeeds."""


class ServeErrors:
    """The latest build's error, while it stands, for one ``mkdocs serve`` session."""

    def __init__(self, render: Callable[[str], str]) -> None:
        self.error: str | None = None
        """The error of the latest build, or ``None`` once a build succeeded."""
        self._render = render
        self._reported = False

    def failed(self, error: BaseException) -> None:
        """A build failed (``on_build_error``): keep what MkDocs printed about it."""
        self.error = str(error) or type(error).__name__
        self._reported = True

    def wrap_builder(self, builder: Callable[..., Any]) -> Callable[..., Any]:
        """``builder`` that clears the error when a build succeeds, and keeps one that
        ends it without ``on_build_error`` (an error before the plugins' events)."""

        def build(*args: Any, **kwargs: Any) -> Any:
            self._reported = False
            try:
                result = builder(*args, **kwargs)
            except BaseException as error:
                if not self._reported:
                    self.failed(error)
                raise
            self.error = None
            return result

        return build

    def wrap_app(self, app: App) -> App:
        """``app`` that answers page requests with the error page while an error
        stands (the live-reload long polls still go to ``app``)."""

        def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
            error = self.error
            if error is None or str(environ.get("PATH_INFO", "")).startswith("/livereload/"):
                return app(environ, start_response)
            body = self._render(error).encode("utf-8")
            start_response(
                STATUS,
                [
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("Content-Length", str(len(body))),
                    ("Cache-Control", "no-store"),
                ],
            )
            return [body]

        return application


def install(server: Any, render: Callable[[str], str]) -> ServeErrors | None:
    """Shows build errors in the browser through MkDocs' live-reload ``server``; ``None``
    (and the server untouched) when it lacks the interface this relies on."""
    builder = getattr(server, "builder", None)
    app = getattr(server, "serve_request", None)
    set_app = getattr(server, "set_app", None)
    if not (callable(builder) and callable(app) and callable(set_app)):
        return None
    errors = ServeErrors(render)
    server.builder = errors.wrap_builder(builder)
    set_app(errors.wrap_app(app))
    return errors
