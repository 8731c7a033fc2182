"""The browser side of a build error under `mkdocs serve` (stay_tuned.serve_errors)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest
from stay_tuned.serve_errors import STATUS, ServeErrors, install


class FakeServer:
    """The part of MkDocs' LiveReloadServer that the plugin uses."""

    def __init__(self) -> None:
        self.fail: BaseException | None = None
        self.app: Any = None
        self.builder = self.build
        self.set_app(self.serve_request)

    def build(self) -> None:
        if self.fail is not None:
            raise self.fail

    def serve_request(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        start_response("200 OK", [])
        return [b"the site"]

    def set_app(self, app: Any) -> None:
        self.app = app

    def get(self, path: str) -> tuple[str, bytes]:
        statuses: list[str] = []
        body = b"".join(self.app({"PATH_INFO": path}, lambda s, h: statuses.append(s)))
        return statuses[0], body


def test_the_error_is_served_while_it_stands_and_the_site_once_a_build_succeeds() -> None:
    server = FakeServer()
    errors = install(server, lambda error: f"<pre>{error}</pre>")
    assert errors is not None
    assert server.get("/love/") == ("200 OK", b"the site")

    server.fail = SystemExit("Aborted with a BuildError!")
    with pytest.raises(SystemExit):
        server.builder()
    # No on_build_error (an error before the plugins' events): the builder's own error.
    assert server.get("/love/") == (STATUS, b"<pre>Aborted with a BuildError!</pre>")

    # on_build_error names the real error; the next build that fails keeps it.
    def failing_build() -> None:
        errors.failed(ValueError("docs/x.md: 'part' must be a number"))
        raise SystemExit("Aborted with a BuildError!")

    server.fail = None
    with pytest.raises(SystemExit):
        errors.wrap_builder(failing_build)()
    assert server.get("/love/")[1] == b"<pre>docs/x.md: 'part' must be a number</pre>"
    # Live reload's long polls still reach MkDocs' server.
    assert server.get("/livereload/1/2") == ("200 OK", b"the site")

    server.builder()  # the fix is saved: the build succeeds
    assert server.get("/love/") == ("200 OK", b"the site")


def test_a_server_without_the_expected_interface_is_left_alone() -> None:
    class Other:
        builder = None

    server = Other()
    assert install(server, str) is None
    assert server.builder is None


def test_errors_without_a_message_show_their_type() -> None:
    errors = ServeErrors(str)
    errors.failed(KeyError())
    assert errors.error == "KeyError"
