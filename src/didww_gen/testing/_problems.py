"""Error answers of the fake, in the API's error format (``{"errors": [{title, detail, code, status, ...}]}``)."""

from __future__ import annotations

from typing import Any


class Problem(Exception):
    """An error answer: raised anywhere while handling a request, turned into the response."""

    def __init__(self, status: int, errors: list[dict[str, Any]], headers: dict[str, str] | None = None) -> None:
        super().__init__(f"HTTP {status}: {errors}")
        self.status = status
        self.errors = errors
        self.headers = headers or {}

    @property
    def document(self) -> dict[str, Any]:
        return {"errors": self.errors}


def error(status: int, title: str, detail: str | None = None, code: str | None = None, **extra: Any) -> dict[str, Any]:
    """One error object; ``code`` defaults to the status, as the reference's examples show."""
    found = {"title": title, "detail": detail or title, "code": code or str(status), **extra}
    found["status"] = str(status)
    return found


def invalid(pointer: str, title: str) -> dict[str, Any]:
    """A validation error on one member (422, code 100), e.g. ``name - has already been taken``."""
    name = pointer.rstrip("/").rsplit("/", 1)[-1] if pointer != "/data" else ""
    detail = f"{name} - {title}" if name else title
    return error(422, title, detail, "100", source={"pointer": pointer})


def unprocessable(errors: list[dict[str, Any]]) -> Problem:
    return Problem(422, errors)


def bad_request(title: str, detail: str | None = None, code: str = "400") -> Problem:
    return Problem(400, [error(400, title, detail, code)])


def not_found(id: str) -> Problem:
    return Problem(404, [error(404, "Record not found", f"The record identified by {id} could not be found.")])


def no_route(method: str, path: str) -> Problem:
    return Problem(404, [error(404, "Route not found", f"{method} /v3/{path} is not an endpoint of the API.")])


UNAUTHORIZED = Problem(401, [error(401, "Unauthorized", "Authorization failed")])
