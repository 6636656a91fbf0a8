"""Formats of numcheck output."""
