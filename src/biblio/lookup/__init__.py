"""The look-up side: HTTP (session, cache, retries, rate limits), the book APIs as
providers, matching an answer to a citation, and enrichment that applies the match.

`biblio.engine` runs it for `convert`, `batch` and `enrich`; nothing here reads
or writes bibliography files.
"""
