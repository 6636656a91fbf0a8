"""Findings: what a check reports about a claim or a source name, ready for any formatter."""

from __future__ import annotations

from dataclasses import dataclass

SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True, order=False)
class Finding:
    rule: str
    severity: str
    path: str
    line: int
    column: int
    excerpt: str
    message: str
    suggestion: str = ""
    references: tuple[str, ...] = ()
    claim: object | None = None  # checker.claims.Claim, when the finding is about a figure

    @property
    def sort_key(self):
        return (self.path, self.line, self.column, -SEVERITY_ORDER.get(self.severity, 0), self.rule)

    def __lt__(self, other: "Finding") -> bool:
        return self.sort_key < other.sort_key

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "excerpt": self.excerpt,
            "message": self.message,
            "suggestion": self.suggestion,
            "references": list(self.references),
            "claim": self.claim.to_dict() if self.claim is not None else None,
        }


def at_least(severity: str, threshold: str) -> bool:
    """True when `severity` is at or above `threshold` ('never' is above everything)."""
    if threshold == "never":
        return False
    return SEVERITY_ORDER[severity] >= SEVERITY_ORDER[threshold]
