"""Topic keywords found in a post from its words' ids, without a Doc per post.

spaCy's PhraseMatcher reads a token attribute (LOWER, LEMMA) from a Doc; the router knows each
word's ids from its per-word table, so writing lemmas into the Doc only for the matcher to read
them back cost more than the matching. PhraseTrie holds the same patterns as nested dicts and
returns what the PhraseMatcher returns, in the same order (tests compare the two on the training
set): by start, then by length, then, for several keys of one phrase, in the matcher's own order,
which is read from the matcher once when the trie is built.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

_KEYS = -1  # a node's entry for the keys of the phrase ending there (ids are never negative)
_MIX = numpy.uint64(0x9E3779B97F4A7C15)  # spreads the first id's bits before the second is added


def word_pair_keys(first: numpy.ndarray, second: numpy.ndarray) -> numpy.ndarray:
    """One number per pair of word ids (uint64), for looking pairs up in bulk. Two pairs may
    share a number: a lookup can say yes wrongly, never no."""
    with numpy.errstate(over="ignore"):
        return first * _MIX + second


class PhraseTrie:
    def __init__(self, matcher: PhraseMatcher, attr: str, patterns: dict[str, list[Doc]]):
        """`patterns`: the Docs given to `matcher.add`, by key, after the last add (the matcher
        orders the keys of a phrase by its hash table, which changes while it grows)."""
        self.root: dict = {}
        for docs in patterns.values():
            for doc in docs:
                if not len(doc):
                    continue  # the matcher skips empty patterns too
                ids = doc.to_array(attr).tolist()
                node = self.root
                for token_id in ids:
                    node = node.setdefault(token_id, {})
                if _KEYS not in node:
                    node[_KEYS] = tuple(
                        key for key, start, end in matcher(doc) if start == 0 and end == len(doc)
                    )
        # What a batch needs to know before walking the trie (words.py): the words that are a
        # phrase by themselves, the words that begin a longer one, and the first two words of
        # the longer ones.
        self.single_words = {first for first, node in self.root.items() if node.get(_KEYS)}
        self.phrase_starts = {
            first for first, node in self.root.items() if len(node) > (_KEYS in node)
        }
        pairs = [
            (first, second)
            for first, node in self.root.items()
            for second in node
            if second != _KEYS
        ]
        self.first_pairs = numpy.sort(
            word_pair_keys(
                numpy.array([first for first, _ in pairs], dtype=numpy.uint64),
                numpy.array([second for _, second in pairs], dtype=numpy.uint64),
            )
        )

    def at_many(
        self, ids: Sequence[int], starts: Sequence[int], limits: Sequence[int]
    ) -> list[tuple[int, int, int]]:
        """(key, start, end) for the phrases that begin at `starts` (ascending), in many posts'
        tokens end to end: a phrase that begins at starts[i] ends by limits[i], where its post
        ends. The order is the PhraseMatcher's: by start, then by length."""
        matches = []
        root = self.root
        for start, limit in zip(starts, limits, strict=True):
            node = root.get(ids[start])
            if node is None:
                continue
            end = start + 1
            while True:
                keys = node.get(_KEYS)
                if keys:
                    matches.extend((key, start, end) for key in keys)
                if end == limit:
                    break
                node = node.get(ids[end])
                if node is None:
                    break
                end += 1
        return matches

    def __call__(self, ids: Sequence[int]) -> list[tuple[int, int, int]]:
        """(key, start, end) for every phrase in `ids`, as PhraseMatcher(doc) lists them."""
        return self.at(ids, range(len(ids)))

    def at(self, ids: Sequence[int], starts: Sequence[int]) -> list[tuple[int, int, int]]:
        """at_many for one post's tokens."""
        return self.at_many(ids, starts, [len(ids)] * len(starts))
