"""Plain data passed between the stages: findings, fixes, confirmations, file errors.

Everything here is a frozen dataclass with a `to_dict` that produces exactly the JSON
contract of DESIGN.md, so reporters, the LSP and the dynamic mode never disagree on shape.
Lines and columns are 1-based; `end_column` is one past the last character.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

Severity = Literal["error", "warning"]
Applicability = Literal["safe", "unsafe"]
Status = Literal["confirmed", "refuted", "inconclusive"]


@dataclass(frozen=True)
class Edit:
    """Replace the half-open span [(line, column), (end_line, end_column)) with `text`."""

    line: int
    column: int
    end_line: int
    end_column: int
    text: str


@dataclass(frozen=True)
class Fix:
    applicability: Applicability
    description: str
    edits: tuple[Edit, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "applicability": self.applicability,
            "description": self.description,
            "edits": [asdict(e) for e in self.edits],
        }


@dataclass(frozen=True)
class Confirmation:
    status: Status
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "evidence": self.evidence}


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: str
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    fix: Fix | None = None
    confirmation: Confirmation | None = None
    cell: int | None = field(default=None, compare=False)

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)

    def with_confirmation(self, confirmation: Confirmation) -> Finding:
        return replace(self, confirmation=confirmation)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "fix": self.fix.to_dict() if self.fix else None,
            "confirmation": self.confirmation.to_dict() if self.confirmation else None,
        }
        if self.cell is not None:
            data["cell"] = self.cell
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Finding:
        fix = data.get("fix")
        conf = data.get("confirmation")
        return cls(
            code=data["code"],
            name=data["name"],
            severity=data["severity"],
            message=data["message"],
            path=data["path"],
            line=data["line"],
            column=data["column"],
            end_line=data["end_line"],
            end_column=data["end_column"],
            fix=Fix(
                fix["applicability"],
                fix["description"],
                tuple(Edit(**e) for e in fix["edits"]),
            )
            if fix
            else None,
            confirmation=Confirmation(conf["status"], conf["evidence"]) if conf else None,
            cell=data.get("cell"),
        )


@dataclass(frozen=True)
class FileError:
    """A file the tool could not lint (or a rule that crashed on it); never a traceback."""

    path: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "message": self.message}


@dataclass(frozen=True)
class FileResult:
    path: str
    findings: tuple[Finding, ...] = ()
    errors: tuple[FileError, ...] = ()


@dataclass(frozen=True)
class LintResult:
    findings: tuple[Finding, ...] = ()
    errors: tuple[FileError, ...] = ()
    files: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": 1,
            "findings": [f.to_dict() for f in self.findings],
            "errors": [e.to_dict() for e in self.errors],
        }
