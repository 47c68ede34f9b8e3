"""Routing a post: the trained classifier's scores, the keyword rules of the Topic table and the
account the post was written to, combined into a department (or none: it stays in triage), a
confidence, topics, and an explanation an officer reads in one glance."""

from __future__ import annotations

import gc
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy
import spacy
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string

from departments.routing import features  # noqa: F401 - registers the classifier architecture
from departments.routing.batch import BatchWords
from departments.routing.classifier import Classifier
from departments.routing.decision import (
    WEIGHT_ACCOUNT,
    WEIGHT_KEYWORDS,
    Evidence,
    PostToRoute,
    Routing,
    explain,
    weigh,
)
from departments.routing.language import language_of, load_detector
from departments.routing.phrases import PhraseTrie
from departments.routing.pipeline import (
    DEPARTMENT_LABELS,
    LEMMA_LANGUAGES,
    PIPELINE_LANGUAGES,
    TRIAGE_LABEL,
    add_entity_rules,
    blank_pipeline,
    cache_lemmas,
)
from departments.routing.words import WordTable

# Posts of one language read and weighed together: every batch costs a fixed number of array
# operations, so a routing message (at most 1,000 posts) is one batch per language.
BATCH_SIZE = 1024


@dataclass(frozen=True)
class TopicTerms:
    slug: str
    name: str
    department: str
    terms: dict[str, list[str]]  # language -> words, lemmas or phrases


class Router:
    def __init__(
        self,
        *,
        model_dir: Path | None,
        topics: list[TopicTerms],
        account_departments: dict[str, str],
        thresholds: dict[str, float],
        central_departments: frozenset[str] = frozenset(),
        version: int | None = None,
    ):
        self.version = version
        self.thresholds = thresholds
        # Evidence for a central department (the database's flag, whatever its slug) is
        # evidence that a post stays in triage: the model's TRIAGE_LABEL.
        self.central_departments = central_departments
        self.account_departments = {
            handle.lower(): self._label(department)
            for handle, department in account_departments.items()
        }
        self.topics = {topic.slug: topic for topic in topics}
        self._topic_info = {
            topic.slug: (topic.name, self._label(topic.department)) for topic in topics
        }
        self.pipelines = {}
        for lang in PIPELINE_LANGUAGES:
            path = model_dir / lang if model_dir else None
            nlp = spacy.load(path) if path and path.exists() else blank_pipeline(lang)
            add_entity_rules(nlp, account_handles=list(self.account_departments))
            self.pipelines[lang] = cache_lemmas(nlp)
        self.has_model = all("textcat" in nlp.pipe_names for nlp in self.pipelines.values())
        self.classifiers = (
            {lang: Classifier(nlp.get_pipe("textcat")) for lang, nlp in self.pipelines.items()}
            if self.has_model
            else {}
        )
        self._build_matchers()
        self.words = {
            lang: WordTable(
                nlp,
                text_trie=self.text_trie,
                lemma_trie=self.lemma_tries.get(lang),
                classifier=self.classifiers.get(lang),
            )
            for lang, nlp in self.pipelines.items()
        }
        # The columns of a batch's scores: the model's departments, then those only keywords
        # or accounts lead to (a city may add departments the shipped model does not know), in
        # alphabetical order, which breaks a tie between two of them.
        known = set(DEPARTMENT_LABELS)
        extra = {department for _, department in self._topic_info.values()}
        extra.update(self.account_departments.values())
        self.labels = (*DEPARTMENT_LABELS, *sorted(extra - known - {""}))
        load_detector()

    def _build_matchers(self) -> None:
        # Surface forms of every language are matched in every post (a German tourist writes
        # "Straßenbahn" in a Dutch thread); lemmas only within the post's own language.
        shared = blank_pipeline("xx")
        # The PhraseMatchers define the matching; the tries give their answers from word ids.
        self.text_matcher = PhraseMatcher(shared.vocab, attr="LOWER")
        patterns = {}
        for topic in self.topics.values():
            all_terms = [term for terms in topic.terms.values() for term in terms]
            patterns[topic.slug] = [shared.make_doc(term) for term in all_terms]
            self.text_matcher.add(topic.slug, patterns[topic.slug])
        self.text_trie = PhraseTrie(self.text_matcher, "LOWER", patterns)
        self.lemma_matchers = {}
        self.lemma_tries = {}
        for lang in LEMMA_LANGUAGES:
            nlp = self.pipelines[lang]
            matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
            lemmatize = [name for name in nlp.pipe_names if name != "lemmatizer"]
            patterns = {}
            for topic in self.topics.values():
                terms = topic.terms.get(lang, [])
                if terms:
                    patterns[topic.slug] = list(nlp.pipe(terms, disable=lemmatize))
                    matcher.add(topic.slug, patterns[topic.slug])
            self.lemma_matchers[lang] = matcher
            self.lemma_tries[lang] = PhraseTrie(matcher, "LEMMA", patterns)
        self._slug_by_key = {hash_string(slug): slug for slug in self.topics}

    def route_many(self, posts: list[PostToRoute]) -> list[Routing]:
        with _collector_paused():
            return self._route_many(posts)

    def _route_many(self, posts: list[PostToRoute]) -> list[Routing]:
        languages = [language_of(post.text, hint=post.language) for post in posts]
        by_language: dict[str, list[int]] = defaultdict(list)
        for index, lang in enumerate(languages):
            by_language[lang].append(index)
        results: list[Routing | None] = [None] * len(posts)
        for lang, indexes in by_language.items():
            table = self.words[lang or "xx"]
            classifier = self.classifiers.get(lang or "xx")
            for first in range(0, len(indexes), BATCH_SIZE):
                batch = indexes[first : first + BATCH_SIZE]
                words = table.read_many([posts[index].text for index in batch])
                model_rows = None
                if classifier is not None:
                    probabilities = classifier.probabilities(
                        words.model_sums, words.feature_counts, any_tokens=words.any_tokens
                    )
                    model_rows = classifier.department_rows(probabilities)
                routings = self._decide_many(words, [posts[i] for i in batch], lang, model_rows)
                for index, routing in zip(batch, routings, strict=True):
                    results[index] = routing
        return results  # type: ignore[return-value]

    def route(self, post: PostToRoute) -> Routing:
        return self.route_many([post])[0]

    def _decide_many(
        self,
        words: BatchWords,
        posts: list[PostToRoute],
        language: str,
        model_rows: numpy.ndarray | None,
    ) -> list[Routing]:
        """The evidence of each post (keywords, accounts, entities) is gathered post by post;
        it is weighed for the whole batch at once, then explained post by post."""
        evidence = self._evidence(words, posts, language)
        columns = {label: column for column, label in enumerate(self.labels)}
        for department in evidence.departments:
            columns.setdefault(department, len(columns))
        weighed = weigh(evidence, model_rows, columns, self.thresholds)
        return explain(
            evidence,
            weighed,
            posts,
            language=language,
            model_rows=model_rows,
            topics=self._topic_info,
            model_version=self.version,
        )

    def _evidence(self, words: BatchWords, posts: list[PostToRoute], language: str) -> Evidence:
        count = len(posts)
        found = self.keyword_matches(words, language)
        matches = [found.get(position, ()) for position in range(count)]
        # Most posts hold no entity: only the others are read word by word.
        mentions: list[list[str]] = [[] for _ in range(count)]
        places: list[list[str]] = [[] for _ in range(count)]
        for position in words.entity_words:
            for label, start, end in words.entities(position):
                text = words.text(position, start, end)
                if label == "CITY_ACCOUNT":
                    mentions[position].append(text)
                else:
                    places[position].append(text)
        evidence = Evidence(matches=matches, mentions=mentions, places=places)
        topic_info = self._topic_info
        for position, post in enumerate(posts):
            matched = matches[position]
            if matched:
                share: dict[str, int] = {}
                for slug, _ in matched:
                    department = topic_info[slug][1]
                    share[department] = share.get(department, 0) + 1
                for department, times in share.items():
                    evidence.add(position, department, WEIGHT_KEYWORDS * times / len(matched))
                evidence.has_keywords[position] = True
            account_department = self._label(post.account_department)
            leaning = (
                {account_department}
                if account_department and account_department != TRIAGE_LABEL
                else set()
            )
            if mentions[position]:
                for handle in mentions[position]:
                    department = self.account_departments.get(handle.lstrip("@").lower(), "")
                    if department and department != TRIAGE_LABEL:
                        leaning.add(department)
            if leaning:
                for department in sorted(leaning):
                    evidence.add(position, department, WEIGHT_ACCOUNT / len(leaning))
                evidence.has_leaning[position] = True
        return evidence

    def _label(self, department: str) -> str:
        return TRIAGE_LABEL if department in self.central_departments else department

    def keyword_matches(self, words: BatchWords, language: str) -> dict[int, list[tuple[str, str]]]:
        """Per post, (topic, matched text) once per topic and start: surface forms first, then
        lemmas, each as its PhraseMatcher lists them. Posts without any are left out."""
        starts = words.keyword_tokens
        matches = self.text_trie.at_many(words.all_lowers, starts, words.post_ends(starts))
        lemma_trie = self.lemma_tries.get(language)
        if lemma_trie is not None:
            starts = words.lemma_keyword_tokens
            matches += lemma_trie.at_many(words.all_lemmas, starts, words.post_ends(starts))
        found: dict[int, dict[tuple[str, int], tuple[str, str]]] = {}
        post_of_token, texts = words.post_of_token, words.texts
        char_starts, char_ends = words.char_starts, words.char_ends
        slug_by_key = self._slug_by_key
        for match_id, start, end in matches:
            post = post_of_token[start]
            # The matchers' keys are hashes of the topic slugs; the post's own pipeline may
            # never have seen those strings, so they are looked up here.
            slug = slug_by_key[match_id]
            in_post = found.setdefault(post, {})
            if (slug, start) not in in_post:
                term = texts[post][char_starts[start] : char_ends[end - 1]]
                in_post[(slug, start)] = (slug, term)
        return {post: list(in_post.values()) for post, in_post in found.items()}


@contextmanager
def _collector_paused():
    """Routing's objects go by reference counting as soon as they are unused: the cycle
    collector, set off again and again by the many short-lived containers of a batch, found
    nothing to free and walked the results built so far (3% of routing's instructions). Paused,
    it only waits: whatever cycle a batch might make is collected after it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
