"""What routing needs of a batch of posts, read from one table of distinct words.

Run as a spaCy pipeline, every component walks the post's tokens again and writes its answer
into the Doc (lemmas, entities, categories) for the next one to read back; that bookkeeping cost
more than the answers. In lookup mode everything but the word pairs and the entities' context
depends only on the word's text (its ORTH), so each pipeline keeps, per ORTH, one row of arrays:
the word's ids for the keyword matchers, its classifier features, its lemma and what entity it
can start, all computed by the pipeline's own components (pipeline.py, features.py) the first
time the word is seen.

A batch is then read with array operations over all its tokens at once, not word by word in
Python: the classifier's features of every post in one array, in the order doc_features lists
them; and the few posts that contain a keyword's first word or an entity are the only ones the
router looks at word by word. Tests check `BatchWords` against the full pipeline.

A table serves one thread at a time (read_many holds its lock); a Celery worker process routes
in one thread, gunicorn's threads may evaluate or preview.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cached_property

import numpy
from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from departments.routing import features
from departments.routing.pipeline import PLAIN, CachedLemmatizer, CityEntities, entity_spans

_EMPTY_ROWS = numpy.zeros(0, dtype=numpy.intp)
_ORTH_IDX = [ORTH, IDX]

# The pair cache's key: (row of the previous word + 1) shifted above the row of the word.
_PAIR_SHIFT = 32
assert features.CACHE_LIMIT < 2**31  # rows must fit below the shift


class _Column:
    """A numpy array that grows as rows are added (a row is written in place). Growing makes a
    new array: a batch that took the old one keeps reading the rows it knew."""

    def __init__(self, dtype, capacity: int = 4096):
        self.values = numpy.zeros(capacity, dtype=dtype)

    def set(self, row: int, value) -> None:
        if row >= len(self.values):
            grown = numpy.zeros(max(row + 1, 2 * len(self.values)), dtype=self.values.dtype)
            grown[: len(self.values)] = self.values
            self.values = grown
        self.values[row] = value


def _positions_by_post(
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
    `rows` into the WordTable. Per post: its classifier features (`feature_lengths` of them
    in `keys`, post after post), where keyword phrases may begin, whether it may hold an entity.

    It keeps the table's columns as they were when it was read, so that a later batch that
    starts the table again (WordTable.read_many) cannot change what this one says."""

    texts: list[str]
    rows: numpy.ndarray
    char_offsets: list[list[int]]  # per post: where each of its tokens starts in its text
    token_offsets: list[int]  # where each post's tokens start in `rows`
    keys: numpy.ndarray
    feature_lengths: numpy.ndarray
    keyword_starts: dict[int, list[int]]  # post -> tokens whose LOWER begins a keyword phrase
    lemma_keyword_starts: dict[int, list[int]]  # post -> tokens whose LEMMA begins one
    may_hold_entity: set[int]  # posts with a word that can start an entity
    lower_ids: numpy.ndarray
    lemma_ids: numpy.ndarray | None  # None without a lemmatizer
    entity_kinds: numpy.ndarray
    titles: numpy.ndarray
    word_lengths: list[int]

    def __len__(self) -> int:
        return len(self.texts)

    def features(self, post: int) -> list[int]:
        """features.doc_features of the post, as the classifier reads them."""
        end = int(self.feature_lengths[: post + 1].sum())
        return self.keys[end - int(self.feature_lengths[post]) : end].tolist()

    def _rows(self, post: int) -> numpy.ndarray:
        return self.rows[self.token_offsets[post] : self.token_offsets[post + 1]]

    # Per token of the whole batch, gathered once: most posts hold a keyword's first word.
    @cached_property
    def _lowers(self) -> list[int]:
        return self.lower_ids[self.rows].tolist()

    @cached_property
    def _lemmas(self) -> list[int]:
        return self.lemma_ids[self.rows].tolist() if self.lemma_ids is not None else []

    def lowers(self, post: int) -> list[int]:
        """LOWER of every token (the text matcher's attribute)."""
        return self._lowers[self.token_offsets[post] : self.token_offsets[post + 1]]

    def lemmas(self, post: int) -> list[int]:
        """LEMMA of every token (empty without a lemmatizer)."""
        if self.lemma_ids is None:
            return []
        return self._lemmas[self.token_offsets[post] : self.token_offsets[post + 1]]

    def entities(self, post: int) -> list[tuple[str, int, int]]:
        """(label, start, end), as Doc.ents would hold them."""
        if post not in self.may_hold_entity:
            return []
        rows = self._rows(post)
        kinds = self.entity_kinds[rows].tolist()
        titles = self.titles[rows].tolist()
        return entity_spans(list(zip(kinds, titles, strict=True)))

    def text(self, post: int, start: int, end: int) -> str:
        """The text of doc[start:end], as Span.text gives it."""
        offsets = self.char_offsets[post]
        last_row = int(self.rows[self.token_offsets[post] + end - 1])
        return self.texts[post][offsets[start] : offsets[end - 1] + self.word_lengths[last_row]]


class WordTable:
    def __init__(self, nlp: Language, *, keyword_firsts: set[int], lemma_keyword_firsts: set[int]):
        """`keyword_firsts`: LOWER ids that begin a keyword phrase; `lemma_keyword_firsts`:
        LEMMA ids that begin one in this pipeline's language."""
        self.nlp = nlp
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        if lemmatizer is not None and not isinstance(lemmatizer, CachedLemmatizer):
            raise ValueError("routing needs a lookup lemmatizer (pipeline.cache_lemmas)")
        self.lemmatizer: CachedLemmatizer | None = lemmatizer
        self.entities: CityEntities = nlp.get_pipe("city_entities")
        # Its own cache, not the one per vocabulary that training uses: it goes with the table
        # when a rebuilt router replaces this one.
        self.features = features.WordCache()
        self.keyword_firsts = keyword_firsts
        self.lemma_keyword_firsts = lemma_keyword_firsts
        self._lock = threading.Lock()
        self._clear()

    def _clear(self) -> None:
        """Starts the table again; every column is a new object (see BatchWords)."""
        self.rows: dict[int, int] = {}  # ORTH -> row
        self.texts: list[str] = []  # lower-cased text, for the word pairs
        self.word_lengths: list[int] = []  # of the word's own text
        self.skipped = _Column(numpy.bool_)  # space or punctuation: no features
        self.word_hashes = _Column(numpy.uint64)
        self.lemma_hashes = _Column(numpy.uint64)  # 0 unless the lemma is a feature of its own
        self.first_grams = _Column(numpy.intp)  # where the word's character grams are in `grams`
        self.gram_counts = _Column(numpy.intp)
        self.grams = _Column(numpy.uint64)
        self.grams_stored = 0
        self.lower_ids = _Column(numpy.uint64)
        self.lemma_ids = _Column(numpy.uint64)
        self.entity_kinds = _Column(numpy.int8)
        self.titles = _Column(numpy.bool_)
        self.begins_keyword = _Column(numpy.bool_)
        self.begins_lemma_keyword = _Column(numpy.bool_)
        self.pairs: dict[int, int] = {}

    def _add(self, doc: Doc, index: int, orth: int) -> int:
        row = len(self.texts)
        cache = self.features
        entry = cache.words.get(orth, False)
        if entry is False:
            entry = cache.word(doc, index, orth)
        lemma_id = self.lemmatizer.lemma_id(doc, index, orth) if self.lemmatizer else 0
        kind, is_title = self.entities.kind_of(doc, index, orth)
        token = doc[index]
        lower_id = token.lower
        text, lemma_hash, grams = "", 0, ()
        if entry is not None:
            text, _, word_hash, grams = entry
            self.word_hashes.set(row, word_hash)
            if lemma_id:
                lemma = cache.lemmas.get(lemma_id) or cache.lemma(doc, lemma_id)
                if lemma[0] and lemma[0] != entry[1]:
                    lemma_hash = lemma[1]
        self.skipped.set(row, entry is None)
        self.lemma_hashes.set(row, lemma_hash)
        self.first_grams.set(row, self.grams_stored)
        self.gram_counts.set(row, len(grams))
        for gram in grams:
            self.grams.set(self.grams_stored, gram)
            self.grams_stored += 1
        self.lower_ids.set(row, lower_id)
        self.lemma_ids.set(row, lemma_id)
        self.entity_kinds.set(row, kind)
        self.titles.set(row, is_title)
        self.begins_keyword.set(row, lower_id in self.keyword_firsts)
        self.begins_lemma_keyword.set(row, lemma_id in self.lemma_keyword_firsts)
        self.word_lengths.append(len(token.text))
        self.texts.append(text)  # last: the row exists once its text does
        self.rows[orth] = row
        return row

    def read_many(self, texts: list[str]) -> BatchWords:
        """Tokenizes and reads the posts. Each Doc is dropped as soon as its words are known:
        keeping a batch of Docs alive doubled the tokenizer's cost."""
        with self._lock:
            return self._read_many(texts)

    def _read_many(self, texts: list[str]) -> BatchWords:
        if len(self.texts) > features.CACHE_LIMIT:  # a worker runs for weeks
            self._clear()
        make_doc = self.nlp.make_doc
        get = self.rows.get
        rows: list[int] = []
        char_offsets: list[list[int]] = []
        token_offsets = [0]
        for text in texts:
            doc = make_doc(text)
            orths_and_offsets = doc.to_array(_ORTH_IDX).ravel().tolist()
            orths = orths_and_offsets[0::2]
            post_rows = list(map(get, orths))
            if None in post_rows:
                for index, orth in enumerate(orths):
                    if post_rows[index] is None:
                        row = get(orth)  # the word may have come earlier in this post
                        post_rows[index] = row if row is not None else self._add(doc, index, orth)
            rows.extend(post_rows)
            char_offsets.append(orths_and_offsets[1::2])
            token_offsets.append(len(rows))
        row_array = numpy.asarray(rows, dtype=numpy.intp) if rows else _EMPTY_ROWS
        post_of_token = numpy.repeat(
            numpy.arange(len(texts), dtype=numpy.intp), numpy.diff(token_offsets)
        )
        keys, lengths = self._features(row_array, post_of_token, len(texts))
        entity_kinds = self.entity_kinds.values
        holds_entity = post_of_token[entity_kinds[row_array] != PLAIN]
        return BatchWords(
            texts=texts,
            rows=row_array,
            char_offsets=char_offsets,
            token_offsets=token_offsets,
            keys=keys,
            feature_lengths=lengths,
            keyword_starts=_positions_by_post(
                self.begins_keyword.values[row_array], post_of_token, token_offsets
            ),
            lemma_keyword_starts=_positions_by_post(
                self.begins_lemma_keyword.values[row_array], post_of_token, token_offsets
            ),
            may_hold_entity=set(holds_entity.tolist()),
            lower_ids=self.lower_ids.values,
            lemma_ids=self.lemma_ids.values if self.lemmatizer else None,
            entity_kinds=entity_kinds,
            titles=self.titles.values,
            word_lengths=self.word_lengths,
        )

    def _features(
        self, rows: numpy.ndarray, post_of_token: numpy.ndarray, posts: int
    ) -> tuple[numpy.ndarray, numpy.ndarray]:
        """features.doc_features of every post, end to end: per kept word its own hash, its
        lemma's (when it differs), the pair with the previous kept word, its character grams."""
        kept = rows[~self.skipped.values[rows]]
        kept_post = post_of_token[~self.skipped.values[rows]]
        has_lemma = self.lemma_hashes.values[kept] != 0
        gram_counts = self.gram_counts.values[kept]
        block = 2 + has_lemma + gram_counts
        starts = numpy.cumsum(block) - block
        keys = numpy.empty(int(block.sum()), dtype=numpy.uint64)
        keys[starts] = self.word_hashes.values[kept]
        keys[starts[has_lemma] + 1] = self.lemma_hashes.values[kept[has_lemma]]
        keys[starts + 1 + has_lemma] = self._pairs(kept, kept_post)
        gram_total = int(gram_counts.sum())
        if gram_total:
            within = numpy.arange(gram_total) - numpy.repeat(
                numpy.cumsum(gram_counts) - gram_counts, gram_counts
            )
            targets = numpy.repeat(starts + 2 + has_lemma, gram_counts) + within
            sources = numpy.repeat(self.first_grams.values[kept], gram_counts) + within
            keys[targets] = self.grams.values[sources]
        lengths = numpy.bincount(kept_post, weights=block, minlength=posts).astype(numpy.intp)
        return keys, lengths

    def _pairs(self, kept: numpy.ndarray, kept_post: numpy.ndarray) -> list[int]:
        """The hash of each kept word with the kept word before it in its post ("<s>" first)."""
        previous = numpy.empty_like(kept)
        if len(kept):
            previous[1:] = kept[:-1] + 1
            previous[0] = 0
            first_of_post = numpy.empty(len(kept), dtype=bool)
            first_of_post[0] = True
            first_of_post[1:] = kept_post[1:] != kept_post[:-1]
            previous[first_of_post] = 0  # 0 stands for the start of the post
        pair_keys = ((previous << _PAIR_SHIFT) | kept).tolist()
        if len(self.pairs) > features.CACHE_LIMIT:  # pairs outgrow words: bounded on their own
            self.pairs.clear()
        pairs = self.pairs
        hashes = list(map(pairs.get, pair_keys))
        if None in hashes:
            texts = self.texts
            for position, value in enumerate(hashes):
                if value is None:
                    key = pair_keys[position]
                    before, row = key >> _PAIR_SHIFT, key & ((1 << _PAIR_SHIFT) - 1)
                    previous_text = texts[before - 1] if before else "<s>"
                    hashes[position] = pairs[key] = features.pair_hash(previous_text, texts[row])
        return hashes
