"""What routing needs of a batch of posts, read from one table of distinct words.

Run as a spaCy pipeline, every component walks the post's tokens again and writes its answer
into the Doc (lemmas, entities, categories) for the next one to read back; that bookkeeping cost
more than the answers. In lookup mode everything but the word pairs and the entities' context
depends only on the word's text (its ORTH), so each pipeline keeps, per ORTH, one row of arrays:
the word's ids for the keyword matchers, the classifier's weights of its own features (its text,
lemma and character grams: classifier.py), its lemma and what entity it can start, all computed
by the pipeline's own components (pipeline.py, features.py) the first time the word is seen.
Word pairs get their weights the same way, once per distinct pair.

A batch is then read with array operations over all its tokens at once, not word by word in
Python: the classifier's weights of every post in one array; and the few posts that contain a
keyword's first word or an entity are the only ones the router looks at word by word. Tests
check `BatchWords` (batch.py) against the full pipeline.

A table serves one thread at a time (read_many holds its lock); a Celery worker process routes
in one thread, gunicorn's threads may evaluate or preview.
"""

from __future__ import annotations

import threading

import numpy
from spacy.attrs import IDX, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from departments.routing import features
from departments.routing.batch import BatchWords, Column, positions_by_post
from departments.routing.classifier import Classifier
from departments.routing.phrases import PhraseTrie, word_pair_keys
from departments.routing.pipeline import PLAIN, CachedLemmatizer, CityEntities

_EMPTY_ROWS = numpy.zeros(0, dtype=numpy.intp)
_ORTH_IDX = [ORTH, IDX]

# The pair cache's key: (row of the previous word + 1) shifted above the row of the word.
_PAIR_SHIFT = 32
assert features.CACHE_LIMIT < 2**31  # rows must fit below the shift


class WordTable:
    def __init__(
        self,
        nlp: Language,
        *,
        text_trie: PhraseTrie,
        lemma_trie: PhraseTrie | None,
        classifier: Classifier | None = None,
    ):
        """`text_trie`: the keyword phrases by LOWER; `lemma_trie`: by LEMMA in this pipeline's
        language, if it has a lemmatizer; `classifier`: the pipeline's trained classifier, if it
        has one."""
        self.nlp = nlp
        self.classifier = classifier
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        if lemmatizer is not None and not isinstance(lemmatizer, CachedLemmatizer):
            raise ValueError("routing needs a lookup lemmatizer (pipeline.cache_lemmas)")
        self.lemmatizer: CachedLemmatizer | None = lemmatizer
        self.entities: CityEntities = nlp.get_pipe("city_entities")
        # Its own cache, not the one per vocabulary that training uses: it goes with the table
        # when a rebuilt router replaces this one.
        self.features = features.WordCache()
        self.text_trie = text_trie
        self.lemma_trie = lemma_trie
        self._lock = threading.Lock()
        self._clear()

    def _clear(self) -> None:
        """Starts the table again, with new columns."""
        self.rows: dict[int, int] = {}  # ORTH -> row
        self.texts: list[str] = []  # lower-cased text, for the word pairs
        self.lengths = Column(numpy.intp)  # of the word's own text
        self.skipped = Column(numpy.bool_)  # space or punctuation: no features
        outputs = self.classifier.outputs if self.classifier else 0
        # The classifier's weights of the word's own features, added up (see classifier.py).
        self.word_weights = Column(numpy.float64, width=outputs)
        # How many features the word brings to a post: its own and the pair it ends.
        self.feature_counts = Column(numpy.float64)
        # What _add learnt of each word added since the columns were last written, in order.
        self._new_words: list[tuple] = []
        self.lower_ids = Column(numpy.uint64)
        self.lemma_ids = Column(numpy.uint64)
        self.entity_kinds = Column(numpy.int8)
        self.titles = Column(numpy.bool_)
        # A keyword phrase by itself / the first word of a longer one (LOWER, then LEMMA).
        self.is_keyword = Column(numpy.bool_)
        self.begins_phrase = Column(numpy.bool_)
        self.is_lemma_keyword = Column(numpy.bool_)
        self.begins_lemma_phrase = Column(numpy.bool_)
        self._clear_pairs()

    def _clear_pairs(self) -> None:
        outputs = self.classifier.outputs if self.classifier else 0
        self.pairs: dict[int, int] = {}  # pair key (see _pairs) -> row in pair_weights
        self.pair_weights = Column(numpy.float64, width=outputs)

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
        text = ""
        own_features = []
        if entry is not None:
            # In the order features.doc_features lists them, without the pair.
            text, lower_hash, word_hash, grams = entry
            own_features = [word_hash]
            if lemma_id:
                lemma = cache.lemmas.get(lemma_id) or cache.lemma(doc, lemma_id)
                if lemma[0] and lemma[0] != lower_hash:
                    own_features.append(lemma[1])
            own_features.extend(grams)
        self._new_words.append(
            (len(token.text), entry is None, lower_id, lemma_id, kind, is_title, own_features)
        )
        self.texts.append(text)  # the row exists once its text does; its columns come later
        self.rows[orth] = row
        return row

    def _store_new_words(self) -> None:
        """Writes the columns of the words added since, the table's last rows, in one go per
        column (a column written word by word cost a third of reading a new word), with the
        classifier's weights of each word's own features summed."""
        new_words = self._new_words
        if not new_words:
            return
        first_row = len(self.texts) - len(new_words)
        text_lengths, skipped, lower_ids, lemma_ids, kinds, titles, own_features = zip(
            *new_words, strict=True
        )
        self.lengths.set_many(first_row, numpy.array(text_lengths, dtype=numpy.intp))
        self.skipped.set_many(first_row, numpy.array(skipped, dtype=numpy.bool_))
        self.lower_ids.set_many(first_row, numpy.array(lower_ids, dtype=numpy.uint64))
        self.lemma_ids.set_many(first_row, numpy.array(lemma_ids, dtype=numpy.uint64))
        self.entity_kinds.set_many(first_row, numpy.array(kinds, dtype=numpy.int8))
        self.titles.set_many(first_row, numpy.array(titles, dtype=numpy.bool_))
        lemma_trie = self.lemma_trie
        for column, wanted, ids in (
            (self.is_keyword, self.text_trie.single_words, lower_ids),
            (self.begins_phrase, self.text_trie.phrase_starts, lower_ids),
            (self.is_lemma_keyword, lemma_trie.single_words if lemma_trie else (), lemma_ids),
            (self.begins_lemma_phrase, lemma_trie.phrase_starts if lemma_trie else (), lemma_ids),
        ):
            column.set_many(first_row, numpy.array([i in wanted for i in ids], dtype=numpy.bool_))
        if self.classifier is not None:
            keys = numpy.fromiter((key for own in own_features for key in own), dtype=numpy.uint64)
            lengths = numpy.fromiter(map(len, own_features), dtype=numpy.intp)
            self.word_weights.set_many(first_row, self.classifier.summed_weights(keys, lengths))
            counts = numpy.where(numpy.array(skipped, dtype=numpy.bool_), 0, lengths + 1)
            self.feature_counts.set_many(first_row, counts.astype(numpy.float64))
        # Only now: if writing failed (a worker's time limit, memory), the next batch writes
        # these rows again instead of leaving them zero.
        self._new_words = []

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
        char_starts: list[int] = []
        token_offsets = [0]
        for text in texts:
            doc = make_doc(text)
            orths_and_starts = doc.to_array(_ORTH_IDX).ravel().tolist()
            orths = orths_and_starts[0::2]
            post_rows = list(map(get, orths))
            if None in post_rows:
                for index, orth in enumerate(orths):
                    if post_rows[index] is None:
                        row = get(orth)  # the word may have come earlier in this post
                        post_rows[index] = row if row is not None else self._add(doc, index, orth)
            rows.extend(post_rows)
            char_starts.extend(orths_and_starts[1::2])
            token_offsets.append(len(rows))
        row_array = numpy.asarray(rows, dtype=numpy.intp) if rows else _EMPTY_ROWS
        post_of_token = numpy.repeat(
            numpy.arange(len(texts), dtype=numpy.intp), numpy.diff(token_offsets)
        )
        self._store_new_words()
        model_sums = feature_counts = None
        if self.classifier is not None:
            model_sums, feature_counts = self._model_sums(row_array, post_of_token, len(texts))
        # Each column the batch needs, gathered per token once.
        token_lowers = self.lower_ids.values[row_array]
        token_lemmas = self.lemma_ids.values[row_array] if self.lemmatizer else None
        token_kinds = self.entity_kinds.values[row_array]
        lemma_starts = []
        if self.lemma_trie is not None and token_lemmas is not None:
            lemma_starts = numpy.flatnonzero(
                self._phrase_starts(
                    row_array,
                    token_lemmas,
                    self.is_lemma_keyword,
                    self.begins_lemma_phrase,
                    self.lemma_trie,
                )
            ).tolist()
        return BatchWords(
            texts=texts,
            rows=row_array,
            char_starts=char_starts,
            char_ends=(
                numpy.asarray(char_starts, dtype=numpy.intp) + self.lengths.values[row_array]
            ).tolist(),
            token_offsets=token_offsets,
            model_sums=model_sums,
            feature_counts=feature_counts,
            post_of_token=post_of_token.tolist(),
            keyword_tokens=numpy.flatnonzero(
                self._phrase_starts(
                    row_array, token_lowers, self.is_keyword, self.begins_phrase, self.text_trie
                )
            ).tolist(),
            lemma_keyword_tokens=lemma_starts,
            entity_words=positions_by_post(token_kinds != PLAIN, post_of_token, token_offsets),
            token_lowers=token_lowers,
            token_lemmas=token_lemmas,
            token_kinds=token_kinds,
            token_titles=self.titles.values[row_array],
        )

    @staticmethod
    def _phrase_starts(
        rows: numpy.ndarray,
        token_ids: numpy.ndarray,
        is_phrase: Column,
        begins_phrase: Column,
        trie: PhraseTrie,
    ) -> numpy.ndarray:
        """Per token (its row, its id as the trie reads it): whether a phrase of `trie` may
        begin there. Common words begin longer phrases ("de" in "de tram"); looking at the next
        word here, for the whole batch at once, spares the router walking the trie from them one
        by one."""
        marked = is_phrase.values[rows]  # a new array: indexing by rows copies
        begins = numpy.flatnonzero(begins_phrase.values[rows][:-1])  # a next token to look at
        if len(begins):
            pairs = word_pair_keys(token_ids[begins], token_ids[begins + 1])
            known = trie.first_pairs
            at = numpy.minimum(numpy.searchsorted(known, pairs), len(known) - 1)
            marked[begins[known[at] == pairs]] = True
        return marked

    def _model_sums(
        self, rows: numpy.ndarray, post_of_token: numpy.ndarray, posts: int
    ) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Per post, the classifier's weights of every feature features.doc_features lists for
        it (per kept word its own features' (text, lemma, grams) and the pair's with the kept
        word before it), and how many features that is."""
        is_kept = ~self.skipped.values[rows]
        kept = rows[is_kept]
        kept_post = post_of_token[is_kept]
        pair_rows = self._pairs(kept, kept_post)
        per_word = self.word_weights.values[kept] + self.pair_weights.values[pair_rows]
        sums = numpy.empty((posts, per_word.shape[1]))
        for column in range(per_word.shape[1]):
            sums[:, column] = numpy.bincount(
                kept_post, weights=per_word[:, column], minlength=posts
            )
        counts = numpy.bincount(
            kept_post, weights=self.feature_counts.values[kept], minlength=posts
        )
        return sums, counts

    def _pairs(self, kept: numpy.ndarray, kept_post: numpy.ndarray) -> numpy.ndarray:
        """Each kept word with the kept word before it in its post ("<s>" first), as a row of
        `pair_weights`; a pair not seen before gets its row here."""
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
            self._clear_pairs()
        pairs = self.pairs
        pair_rows = list(map(pairs.get, pair_keys))
        if None in pair_rows:
            first_new = len(pairs)
            new_rows: dict[int, int] = {}  # pair key -> row, known once its weights are
            texts = self.texts
            for position, value in enumerate(pair_rows):
                if value is None:
                    key = pair_keys[position]
                    value = new_rows.get(key)  # the pair may have come earlier in this batch
                    if value is None:
                        value = new_rows[key] = first_new + len(new_rows)
                    pair_rows[position] = value
            hashes = []
            for key in new_rows:
                before, row = key >> _PAIR_SHIFT, key & ((1 << _PAIR_SHIFT) - 1)
                hashes.append(
                    features.pair_hash(texts[before - 1] if before else "<s>", texts[row])
                )
            keys = numpy.asarray(hashes, dtype=numpy.uint64)
            weights = self.classifier.summed_weights(keys, numpy.ones(len(keys), dtype=numpy.intp))
            self.pair_weights.set_many(first_new, weights)
            pairs.update(new_rows)
        return numpy.asarray(pair_rows, dtype=numpy.intp)
