"""What the generator takes in and gives out: the city's fixed rows (departments, topics, users,
accounts) and the generated rows, table by table."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class Table:
    """Rows of one table: column name -> ("int" | "ts" | "bool" | "float" | "str", values).
    int columns use -1 for NULL, ts columns NULL_TIME, float columns NaN; str columns hold
    escaped strings (None for NULL)."""

    name: str
    rows: int
    columns: dict[str, tuple[str, object]] = field(default_factory=dict)


@dataclass
class CityInputs:
    posts: int
    seed: int
    end: datetime  # UTC, aware
    zone: str
    department_ids: dict[str, int]
    department_names: dict[str, str]
    topic_ids: dict[str, int]
    topic_departments: dict[str, str]
    account_ids: list[int]  # in vocabulary.ACCOUNTS order
    account_platform_ids: list[str]
    officers: list[int]
    staff: dict[str, list[int]]  # department slug -> user ids (communication: the officers)
    usernames: dict[int, str]
    # Per department: (first response hours, resolution hours); holidays of the city's country.
    sla_hours: dict[str, tuple[int, int]]
    holidays: list
    opening_seconds: tuple[int, int]


@dataclass
class City:
    tables: list[Table]
    end_us: int
    summary: dict
