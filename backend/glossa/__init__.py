"""Glossa: a self-hosted platform for learning foreign languages."""
