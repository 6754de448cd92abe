"""Test doubles shipped with biblio: a fake book-API server, a throwaway Redis server.

They live in the package (not in tests/) because benchmarks and other
projects' tests use them too.
"""
