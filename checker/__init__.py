"""numcheck: find numeric-claim discrepancies in news drafts.

Data flows one way: read -> sentences -> numbers -> claims -> match -> checks -> findings -> format.
"""

__version__ = "0.1.0"
