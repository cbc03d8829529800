"""The generator's error type: every problem names the spec file and line."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the spec, located at ``file:line``."""

    file: str
    line: int
    where: str
    message: str

    def __str__(self) -> str:
        where = f" {self.where}:" if self.where else ""
        return f"{self.file}:{self.line}:{where} {self.message}"


class SpecError(Exception):
    """The spec is invalid; ``problems`` lists every problem found, each with its file and line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems), key=lambda p: (p.file, p.line, p.where, p.message))
        super().__init__("\n".join(str(p) for p in self.problems))

    @classmethod
    def about(cls, file: str, message: str) -> SpecError:
        """One problem with a whole file (no line of its own to point at)."""
        return cls([Problem(file, 1, "", message)])
