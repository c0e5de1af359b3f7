"""Use cases, one module per area. Every entry point (UI, CLI, importers) validates here.

A service function takes the ``Store`` first, opens one short session, and returns plain objects or
detached rows. Bad input raises ``ValidationError`` naming the field and the reason; nothing is
written then.
"""
