"""A batch of posts as the router reads it (WordTable.read_many), and the growing columns the
word table keeps."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy

from departments.routing.pipeline import entity_spans


class Column:
    """A numpy array that grows as rows are added (rows are written in place, growing makes a
    new array). `width`: each row is a vector of that many values."""

    def __init__(self, dtype, capacity: int = 4096, width: int | None = None):
        shape = (capacity,) if width is None else (capacity, width)
        self.values = numpy.zeros(shape, dtype=dtype)

    def _grow(self, rows: int) -> None:
        if rows > len(self.values):
            shape = (max(rows, 2 * len(self.values)), *self.values.shape[1:])
            grown = numpy.zeros(shape, dtype=self.values.dtype)
            grown[: len(self.values)] = self.values
            self.values = grown

    def set_many(self, first_row: int, values: numpy.ndarray) -> None:
        self._grow(first_row + len(values))
        self.values[first_row : first_row + len(values)] = values


def positions_by_post(
    marked: numpy.ndarray, post_of_token: numpy.ndarray, offsets: list[int]
) -> dict[int, list[int]]:
    """post -> the positions within the post of its marked tokens."""
    positions = numpy.flatnonzero(marked)
    posts = post_of_token[positions]
    within = positions - numpy.asarray(offsets)[posts]
    found: dict[int, list[int]] = {}
    for post, position in zip(posts.tolist(), within.tolist(), strict=True):
        found.setdefault(post, []).append(position)
    return found


@dataclass
class BatchWords:
    """A batch of posts as the router reads them. Per token (all posts' tokens end to end):
    `rows` into the WordTable. Per post: the classifier's weights of all its features added up
    (`model_sums`, a row per post; None without a classifier), where keyword phrases may begin,
    whether it may hold an entity.

    What it says of each token is gathered from the table's columns when it is read, so that a
    later batch that starts the table again (WordTable.read_many) cannot change it."""

    texts: list[str]
    rows: numpy.ndarray
    char_starts: list[int]  # per token: where it starts in its post's text
    char_ends: list[int]  # and where it ends
    token_offsets: list[int]  # where each post's tokens start in `rows`
    model_sums: numpy.ndarray | None
    feature_counts: numpy.ndarray | None  # per post: how many features the sums add up
    post_of_token: list[int]
    # Tokens (of the whole batch) where a keyword phrase may begin, by its LOWER and by its
    # LEMMA: the phrase's first word, followed by its second if it has one.
    keyword_tokens: list[int]
    lemma_keyword_tokens: list[int]
    entity_words: dict[int, list[int]]  # post -> tokens that can start an entity
    # Per token: its LOWER and LEMMA ids (None without a lemmatizer), what entity it can start
    # and whether it is capitalised.
    token_lowers: numpy.ndarray
    token_lemmas: numpy.ndarray | None
    token_kinds: numpy.ndarray
    token_titles: numpy.ndarray

    @property
    def any_tokens(self) -> bool:
        return bool(self.token_offsets[-1])

    @property
    def may_hold_entity(self):
        """The posts with a word that can start an entity."""
        return self.entity_words.keys()

    # Per token of the whole batch, gathered once for the keyword walks (PhraseTrie.at_many).
    @cached_property
    def all_lowers(self) -> list[int]:
        """LOWER of every token of the batch (the text matcher's attribute)."""
        return self.token_lowers.tolist()

    @cached_property
    def all_lemmas(self) -> list[int]:
        """LEMMA of every token of the batch (empty without a lemmatizer)."""
        return self.token_lemmas.tolist() if self.token_lemmas is not None else []

    def lowers(self, post: int) -> list[int]:
        """LOWER of every token of the post."""
        return self.all_lowers[self.token_offsets[post] : self.token_offsets[post + 1]]

    def lemmas(self, post: int) -> list[int]:
        """LEMMA of every token of the post (empty without a lemmatizer)."""
        if self.token_lemmas is None:
            return []
        return self.all_lemmas[self.token_offsets[post] : self.token_offsets[post + 1]]

    def post_ends(self, tokens: list[int]) -> list[int]:
        """For tokens of the batch, where the post of each ends."""
        post_of_token, offsets = self.post_of_token, self.token_offsets
        return [offsets[post_of_token[token] + 1] for token in tokens]

    @cached_property
    def _kinds(self) -> list[int]:
        return self.token_kinds.tolist()

    @cached_property
    def _titles(self) -> list[bool]:
        return self.token_titles.tolist()

    def entities(self, post: int) -> list[tuple[str, int, int]]:
        """(label, start, end), as Doc.ents would hold them."""
        marked = self.entity_words.get(post)
        if not marked:
            return []
        first, end = self.token_offsets[post], self.token_offsets[post + 1]
        return entity_spans(self._kinds[first:end], self._titles[first:end], marked)

    def text(self, post: int, start: int, end: int) -> str:
        """The text of doc[start:end], as Span.text gives it."""
        offset = self.token_offsets[post]
        return self.texts[post][self.char_starts[offset + start] : self.char_ends[offset + end - 1]]
