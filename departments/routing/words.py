"""What routing needs of a post, read from one table of its distinct words.

Run as a spaCy pipeline, every component walks the post's tokens again and writes its answer
into the Doc (lemmas, entities, categories) for the next one to read back; that bookkeeping cost
more than the answers. In lookup mode everything but the word pairs and the entities' context
depends only on the word's text (its ORTH), so each pipeline keeps, per ORTH, the word's ids for
the keyword matchers, its classifier features, its lemma and what entity it can start, all
computed by the pipeline's own components (pipeline.py, features.py) the first time the word is
seen. `PostWords` is what a post is to the router; tests check it against the full pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from departments.routing import features
from departments.routing.pipeline import CachedLemmatizer, CityEntities, entity_spans

# The fields of a word's entry.
_LOWER, _LEMMA, _HEAD, _TEXT, _GRAMS, _KIND = range(6)


@dataclass
class PostWords:
    doc: Doc  # the tokenizer's output; nothing is written into it
    lowers: Sequence[int]  # LOWER of every token (the text matcher's attribute)
    lemmas: Sequence[int]  # LEMMA of every token (empty without a lemmatizer)
    features: list[int]  # features.doc_features(doc), for the classifier
    entities: list[tuple[str, int, int]]  # (label, start, end), as Doc.ents would hold them

    def text(self, start: int, end: int) -> str:
        """The text of doc[start:end], as Span.text gives it."""
        return self.doc[start].text if end - start == 1 else self.doc[start:end].text


class WordTable:
    def __init__(self, nlp: Language):
        self.nlp = nlp
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        if lemmatizer is not None and not isinstance(lemmatizer, CachedLemmatizer):
            raise ValueError("routing needs a lookup lemmatizer (pipeline.cache_lemmas)")
        self.lemmatizer: CachedLemmatizer | None = lemmatizer
        self.entities: CityEntities = nlp.get_pipe("city_entities")
        self.features = features.cache_for_vocab(nlp.vocab)
        self.words: dict[int, tuple] = {}
        self.may_start_entity: set[int] = set()  # ORTHs of handles and street words

    def _word(self, doc: Doc, index: int, orth: int) -> tuple:
        if len(self.words) > features.CACHE_LIMIT:
            self.words.clear()
            self.may_start_entity.clear()
        cache = self.features
        entry = cache.words.get(orth, False)
        if entry is False:
            entry = cache.word(doc, index, orth)
        lemma_id = self.lemmatizer.lemma_id(doc, index, orth) if self.lemmatizer else 0
        kind = self.entities.kind_of(doc, index, orth)
        if entry is None:  # space or punctuation: no features
            head, text, grams = None, "", ()
        else:
            text, lower_id, word_hash, grams = entry
            head: tuple[int, ...] = (word_hash,)
            if lemma_id:
                lemma = cache.lemmas.get(lemma_id) or cache.lemma(doc, lemma_id)
                if lemma[0] and lemma[0] != lower_id:
                    head = (word_hash, lemma[1])
        word = (doc[index].lower, lemma_id, head, text, grams, kind)
        self.words[orth] = word
        if kind[0]:
            self.may_start_entity.add(orth)
        return word

    def read(self, doc: Doc) -> PostWords:
        get = self.words.get
        orths = doc.to_array(ORTH).tolist()
        words = [get(orth) or self._word(doc, i, orth) for i, orth in enumerate(orths)]
        # features.fast_doc_features, from the entries.
        cache = self.features
        pairs = cache.pairs
        found: list[int] = []
        append, extend = found.append, found.extend
        previous, previous_id = "<s>", features.START_ID
        for word in words:
            head = word[_HEAD]
            if head is None:
                continue
            extend(head)
            lower, lower_id = word[_TEXT], word[_LOWER]
            pair = pairs.get((previous_id, lower_id))
            append(pair if pair is not None else cache.pair(previous, previous_id, lower, lower_id))
            previous, previous_id = lower, lower_id
            extend(word[_GRAMS])
        if not words:
            return PostWords(doc=doc, lowers=[], lemmas=[], features=found, entities=[])
        lowers, lemmas, *_, kinds = zip(*words, strict=True)
        return PostWords(
            doc=doc,
            lowers=lowers,
            lemmas=lemmas if self.lemmatizer else (),
            features=found,
            entities=[] if self.may_start_entity.isdisjoint(orths) else entity_spans(kinds),
        )
