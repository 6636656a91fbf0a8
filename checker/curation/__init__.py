"""Reference-set tooling for the editor who curates them: a skeleton reference set written from
trusted articles (`skeleton`), and a reference set grouped by metric and subject with where its
sources disagree (`disagreements`)."""

from checker.curation.articles import pack_names, read_articles
from checker.curation.disagreements import Group, groups
from checker.curation.skeleton import Article, skeleton

__all__ = ["Article", "Group", "groups", "pack_names", "read_articles", "skeleton"]
