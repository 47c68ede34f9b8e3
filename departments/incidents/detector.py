"""Grouping posts about one incident as they arrive: each post joins the open group it is most
like, or starts one of its own. A group of two or more posts is an incident.

The method, chosen on the evaluation set (docs/performance.md, `manage.py evaluate_incidents`):
- a post is compared only with groups that share a clue with it (an index from clue to group)
  and that had a post recently, so the cost per post does not grow with the day's volume;
- the likeness is the cosine of the post's words with the group's (weighted by how rare each
  word is in the shipped training set), plus the agreement of the places and lines both name,
  and of the department routing chose;
- two different places, or two different lines, named by the post and by the group count
  strongly against: during a storm the lights fail on several roads, and each is its own job;
- a group takes a post without a place or line only while it is hot (a few hours); one that
  names the group's place or line also the next morning ("still no lights on the Vondellaan").

The detector holds its groups in memory; departments.incidents.services loads the recent ones
from the database before each batch and writes back what changed, and evaluate_incidents runs
the same detector on a file.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from departments.incidents.clues import Clues, place_keys, where_keys

# A text feature shared by more recent groups than this does not propose candidates.
COMMON_KEY_GROUPS = 200


def _share(keys: set[str], counts: Counter) -> float:
    """The share of the group's most named place that the best of these keys has (0: none)."""
    if not counts:
        return 0.0
    best = max((counts[key] for key in keys if key in counts), default=0)
    return best / max(counts.values()) if best else 0.0


def _numbered(lines) -> bool:
    # Line names ("Green Line", "Uithoflijn") and numbers ("tram 22") can name the same line:
    # only two different numbers disagree.
    return any(line[:1].isdigit() for line in lines)


@dataclass(frozen=True)
class DetectorSettings:
    threshold: float = 0.08  # to join a group of two or more posts
    # To join a post that is alone: two posts make an incident, which needs more evidence than
    # one more post for an incident that is already there.
    pair_threshold: float = 0.25
    # A post this far above what two groups need merges them (see IncidentDetector.place).
    bridge_margin: float = 0.6
    place_bonus: float = 0.6
    where_bonus: float = 0.1  # the same name without the same street ("the Oosterhaven")
    line_bonus: float = 0.6
    # Naming another street than the group's: the whole penalty where all its posts name one
    # street, down to conflict_floor of it where each names another.
    conflict_penalty: float = 0.3
    conflict_floor: float = 0.4
    department_bonus: float = 0.1
    department_penalty: float = 0.15
    # Written to an account none of the group's posts went to: residents write about one thing
    # to several of the city's accounts, but a first post to another account is less likely
    # about the same thing (and, where one stream holds several cities, is another city).
    new_account_penalty: float = 0.1
    hours_decay: float = 0.02  # per hour since the group's last post
    hot_hours: float = 6.0  # a post with no shared place or line joins only within this
    max_gap_hours: float = 20.0  # a group with no post for this long is closed


@dataclass(frozen=True)
class Sighting:
    """A post as the detector sees it."""

    key: int
    at: float  # POSIX seconds
    department: str | None
    clues: Clues
    account: int | str = ""  # the city's account it was written to


@dataclass
class Group:
    key: int
    first_at: float
    last_at: float
    members: list[int] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)
    norm2: float = 0.0
    places: Counter = field(default_factory=Counter)  # as read ("vondel|laan"), for titles
    place_keys: Counter = field(default_factory=Counter)
    wheres: Counter = field(default_factory=Counter)
    lines: Counter = field(default_factory=Counter)
    departments: Counter = field(default_factory=Counter)
    accounts: set = field(default_factory=set)

    @property
    def department(self) -> str | None:
        return self.departments.most_common(1)[0][0] if self.departments else None


class IncidentDetector:
    def __init__(self, *, rarity: Callable[[str], float], settings: DetectorSettings | None = None):
        self.rarity = rarity
        self.settings = settings or DetectorSettings()
        self.groups: dict[int, Group] = {}
        self._index: dict[str, set[int]] = {}
        self._next_key = 1

    # -- reading ---------------------------------------------------------------------------
    def _vector(self, clues: Clues) -> dict[str, float]:
        weights = {feature: self.rarity(feature) for feature in clues.text_features()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {feature: w / norm for feature, w in weights.items()}

    @staticmethod
    def _keys(clues: Clues) -> list[str]:
        return [
            *clues.text_features(),
            *(f"w:{where}" for where in where_keys(clues)),
            *(f"l:{line}" for line in clues.lines),
        ]

    def likeness(self, sighting: Sighting, group: Group, vector: dict[str, float]) -> float | None:
        """How much the post is like the group; None when it cannot belong to it at all."""
        s = self.settings
        hours = (sighting.at - group.last_at) / 3600
        if hours > s.max_gap_hours or sighting.at < group.first_at - s.hot_hours * 3600:
            return None
        clues = sighting.clues
        # How central the shared place is to the group: its main street counts fully, a street
        # one of fifty posts named only half (a big group names many, and must not snowball).
        place_share = _share(place_keys(clues), group.place_keys)
        where_share = _share(where_keys(clues), group.wheres)
        place_match, where_match = place_share > 0, place_share > 0 or where_share > 0
        line_match = any(line in group.lines for line in clues.lines)
        if abs(hours) > s.hot_hours and not (where_match or line_match):
            return None
        dot = sum(w * group.weights.get(feature, 0.0) for feature, w in vector.items())
        score = dot / math.sqrt(group.norm2) if group.norm2 else 0.0
        if place_match:
            score += s.place_bonus * (0.5 + 0.5 * place_share)
        elif where_match:
            score += s.where_bonus * (0.5 + 0.5 * where_share)
        elif clues.places and group.places:
            # Another street than the one a group's posts keep naming is another job (the
            # lights on the next road in a storm); a group whose posts each name another
            # street (bins not emptied across a district) is about an area.
            focus = max(group.place_keys.values()) / len(group.members)
            score -= s.conflict_penalty * (s.conflict_floor + (1 - s.conflict_floor) * focus)
        if line_match:
            score += s.line_bonus
        elif _numbered(clues.lines) and _numbered(group.lines):
            score -= s.conflict_penalty
        department = group.department
        if sighting.department and department:
            score += (
                s.department_bonus if department == sighting.department else -s.department_penalty
            )
        if sighting.account not in group.accounts:
            score -= s.new_account_penalty
        return score - s.hours_decay * max(hours, 0.0)

    def ranked_groups(self, sighting: Sighting) -> list[tuple[float, Group]]:
        """The groups the post could join, best first, each with its margin over what that
        group needs (a group of one needs more: two posts make an incident)."""
        vector = self._vector(sighting.clues)
        candidates = set()
        for key in self._keys(sighting.clues):
            bucket = self._index.get(key, ())
            # A word hundreds of recent groups share ("kapot", "bus") finds no incident that
            # its rarer words, places and lines would not find: looking through all of them
            # made each post cost as much as the day's volume.
            if len(bucket) <= COMMON_KEY_GROUPS or key[:2] in ("w:", "l:"):
                candidates.update(bucket)
        ranked = []
        for group_key in candidates:
            group = self.groups.get(group_key)
            if group is None:
                continue
            score = self.likeness(sighting, group, vector)
            if score is None:
                continue
            needed = (
                self.settings.threshold if len(group.members) > 1 else self.settings.pair_threshold
            )
            if score >= needed:
                ranked.append((score - needed, group))
        ranked.sort(key=lambda pair: (-pair[0], pair[1].key))
        return ranked

    def best_group(self, sighting: Sighting) -> tuple[Group | None, float]:
        ranked = self.ranked_groups(sighting)
        return (ranked[0][1], ranked[0][0]) if ranked else (None, -math.inf)

    # -- changing ----------------------------------------------------------------------------
    def place(self, sighting: Sighting, *, new_key: int | None = None) -> tuple[Group, list[Group]]:
        """The post joins the group it is most like, or starts a new one. A post that is
        clearly about two groups at once ("the outage on the Uithoflijn (tram 22)") shows that
        they are one, and they are merged. Returns the post's group and the groups merged
        into it."""
        ranked = self.ranked_groups(sighting)
        if not ranked:
            group = self.group_new(at=sighting.at, key=new_key)
            self.join(group, sighting)
            return group, []
        group = ranked[0][1]
        bridged = [
            other
            for margin, other in ranked[1:]
            if margin >= self.settings.bridge_margin and len(other.members) > 1
        ]
        self.join(group, sighting)
        if not bridged:
            return group, []
        # The incident that goes on is the one the office already knows (a positive key is
        # a stored incident), else the biggest.
        everyone = [group, *bridged]
        survivor = max(everyone, key=lambda g: (g.key > 0, len(g.members), -g.first_at))
        absorbed = [other for other in everyone if other is not survivor]
        for other in absorbed:
            self.absorb(survivor, other)
        return survivor, absorbed

    def add(self, sighting: Sighting) -> Group:
        return self.place(sighting)[0]

    def absorb(self, group: Group, other: Group) -> None:
        """`other`'s posts become `group`'s."""
        for feature, weight in other.weights.items():
            old = group.weights.get(feature, 0.0)
            group.weights[feature] = old + weight
            group.norm2 += (old + weight) ** 2 - old * old
        group.places.update(other.places)
        group.place_keys.update(other.place_keys)
        group.wheres.update(other.wheres)
        group.lines.update(other.lines)
        group.departments.update(other.departments)
        group.accounts |= other.accounts
        group.members.extend(other.members)
        group.first_at = min(group.first_at, other.first_at)
        group.last_at = max(group.last_at, other.last_at)
        del self.groups[other.key]
        for keys in self._index.values():
            if other.key in keys:
                keys.discard(other.key)
                keys.add(group.key)

    def group_new(self, *, at: float, key: int | None = None) -> Group:
        if key is None:
            key = self._next_key
        self._next_key = max(self._next_key, key + 1)
        group = self.groups[key] = Group(key=key, first_at=at, last_at=at)
        return group

    def join(self, group: Group, sighting: Sighting) -> None:
        vector = self._vector(sighting.clues)
        for feature, w in vector.items():
            old = group.weights.get(feature, 0.0)
            group.weights[feature] = old + w
            group.norm2 += (old + w) ** 2 - old * old
        group.places.update(sighting.clues.places)
        group.place_keys.update(place_keys(sighting.clues))
        group.wheres.update(where_keys(sighting.clues))
        group.lines.update(sighting.clues.lines)
        if sighting.department:
            group.departments[sighting.department] += 1
        group.members.append(sighting.key)
        group.accounts.add(sighting.account)
        group.first_at = min(group.first_at, sighting.at)
        group.last_at = max(group.last_at, sighting.at)
        for key in self._keys(sighting.clues):
            self._index.setdefault(key, set()).add(group.key)

    def rekey(self, old: int, new: int) -> None:
        """The group is known by another key from now on (a stored incident's id)."""
        group = self.groups.pop(old)
        group.key = new
        self.groups[new] = group
        for keys in self._index.values():
            if old in keys:
                keys.discard(old)
                keys.add(new)
        self._next_key = max(self._next_key, new + 1)

    def close_older_than(self, at: float) -> None:
        """Forget the groups whose last post is too old to take another (memory stays flat)."""
        horizon = at - self.settings.max_gap_hours * 3600
        closed = {key for key, group in self.groups.items() if group.last_at < horizon}
        if not closed:
            return
        for key in closed:
            del self.groups[key]
        for key in list(self._index):
            remaining = self._index[key] - closed
            if remaining:
                self._index[key] = remaining
            else:
                del self._index[key]
