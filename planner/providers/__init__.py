"""Providers: each builds an authenticated client and knows its quirks. Nothing above them branches on which one runs."""
