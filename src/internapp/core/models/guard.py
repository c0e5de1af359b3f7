"""The store's own bookkeeping row (not a user record): which file this is and how many write
transactions it has seen. core/store/guard.py explains why."""

from sqlmodel import Field, SQLModel


class StoreGuard(SQLModel, table=True):
    __tablename__ = "store_guard"

    id: int = Field(default=1, primary_key=True)
    generation: str  # random, set when the file is created; the same in its backups
    seq: int = 0  # one more for every write transaction
