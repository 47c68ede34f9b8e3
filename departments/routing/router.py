"""Routing a post: the trained classifier's scores, the keyword rules of the Topic table and the
account the post was written to, combined into a department (or none: it stays in triage), a
confidence, topics, and an explanation an officer reads in one glance."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy
import spacy
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string

from departments.routing import features  # noqa: F401 - registers the classifier architecture
from departments.routing.classifier import Classifier
from departments.routing.language import language_of, load_detector
from departments.routing.phrases import PhraseTrie
from departments.routing.pipeline import (
    DEPARTMENT_LABELS,
    LEMMA_LANGUAGES,
    PIPELINE_LANGUAGES,
    add_entity_rules,
    blank_pipeline,
    cache_lemmas,
)
from departments.routing.words import BatchWords, WordTable

# How much each kind of evidence counts. The model has seen thousands of posts; a keyword is a
# rule a person wrote; the account a post was sent to is a hint citizens often get wrong.
WEIGHT_MODEL = 0.6
WEIGHT_KEYWORDS = 0.3
WEIGHT_ACCOUNT = 0.1
CENTRAL = "communication"
# Posts of one language read and weighed together: every batch costs a fixed number of array
# operations, so a routing message (at most 1,000 posts) is one batch per language.
BATCH_SIZE = 1024


@dataclass(frozen=True)
class TopicTerms:
    slug: str
    name: str
    department: str
    terms: dict[str, list[str]]  # language -> words, lemmas or phrases


@dataclass(frozen=True)
class PostToRoute:
    text: str
    language: str = ""  # the platform's own language tag, if any
    account_department: str = ""  # department owning the account the post was written to


@dataclass(slots=True)
class Routing:
    department: str | None
    confidence: float
    language: str
    topics: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    explanation: dict = field(default_factory=dict)


@dataclass
class _Evidence:
    """What a batch of posts holds besides the model's scores, per post."""

    matches: list  # per post: (topic, matched text)
    mentions: list[list[str]]  # the city's accounts it mentions
    places: list[list[str]]
    # Shares of evidence for a department, in the order they add up (post, department, share).
    posts: list[int] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    shares: list[float] = field(default_factory=list)
    has_keywords: list[bool] = field(init=False)
    has_leaning: list[bool] = field(init=False)

    def __post_init__(self):
        self.has_keywords = [False] * len(self.matches)
        self.has_leaning = [False] * len(self.matches)

    def add(self, post: int, department: str, share: float) -> None:
        self.posts.append(post)
        self.departments.append(department)
        self.shares.append(share)


@dataclass
class _Weighed:
    """The batch's evidence weighed, per post (lists: the explanations are built from them)."""

    labels: tuple[str, ...]  # the columns of `combined`
    combined: list[list[float]]
    rounded: list[list[float]]  # combined, to 3 decimals
    best: list[str]
    confidence: list[float]
    rounded_confidence: list[float]
    thresholds: list[float]
    routed: list[bool]


class Router:
    def __init__(
        self,
        *,
        model_dir: Path | None,
        topics: list[TopicTerms],
        account_departments: dict[str, str],
        thresholds: dict[str, float],
        version: int | None = None,
    ):
        self.version = version
        self.thresholds = thresholds
        self.account_departments = {h.lower(): d for h, d in account_departments.items()}
        self.topics = {topic.slug: topic for topic in topics}
        self._topic_names = {topic.slug: topic.name for topic in topics}
        self._topic_departments = {topic.slug: topic.department for topic in topics}
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
        # or accounts lead to (a city may add departments the shipped model does not know).
        known = set(DEPARTMENT_LABELS)
        extra = {topic.department for topic in self.topics.values()}
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
                        words.model_sums, any_tokens=words.any_tokens
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
        weighed = self._weigh(evidence, model_rows, columns)
        return self._explained(evidence, weighed, posts, language, model_rows)

    def _evidence(self, words: BatchWords, posts: list[PostToRoute], language: str) -> _Evidence:
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
        evidence = _Evidence(matches=matches, mentions=mentions, places=places)
        topic_departments = self._topic_departments
        for position, post in enumerate(posts):
            matched = matches[position]
            if matched:
                share: dict[str, int] = {}
                for slug, _ in matched:
                    department = topic_departments[slug]
                    share[department] = share.get(department, 0) + 1
                for department, times in share.items():
                    evidence.add(position, department, WEIGHT_KEYWORDS * times / len(matched))
                evidence.has_keywords[position] = True
            account_department = post.account_department
            leaning = (
                {account_department}
                if account_department and account_department != CENTRAL
                else set()
            )
            if mentions[position]:
                for handle in mentions[position]:
                    department = self.account_departments.get(handle.lstrip("@").lower(), "")
                    if department and department != CENTRAL:
                        leaning.add(department)
            if leaning:
                for department in sorted(leaning):
                    evidence.add(position, department, WEIGHT_ACCOUNT / len(leaning))
                evidence.has_leaning[position] = True
        return evidence

    def _weigh(
        self, evidence: _Evidence, model_rows: numpy.ndarray | None, columns: dict[str, int]
    ) -> _Weighed:
        count = len(evidence.matches)
        combined = numpy.zeros((count, len(columns)))
        weight = numpy.zeros(count)
        if model_rows is not None:
            combined[:, : len(DEPARTMENT_LABELS)] = WEIGHT_MODEL * model_rows
            weight += WEIGHT_MODEL
        if evidence.posts:
            # Unbuffered: shares of one post and department add up in the order they came.
            cells = (evidence.posts, [columns[label] for label in evidence.departments])
            numpy.add.at(combined, cells, evidence.shares)
        # Each kind of evidence weighs the same however many keywords or accounts it holds.
        weight += WEIGHT_KEYWORDS * numpy.array(evidence.has_keywords)
        weight += WEIGHT_ACCOUNT * numpy.array(evidence.has_leaning)
        has_evidence = weight > 0
        numpy.divide(combined, weight[:, None], out=combined, where=has_evidence[:, None])
        best = combined.argmax(axis=1)
        confidence = numpy.where(has_evidence, combined[numpy.arange(count), best], 0.0)
        labels = tuple(columns)
        thresholds = numpy.array([self.thresholds.get(label, 0.5) for label in labels])[best]
        return _Weighed(
            labels=labels,
            combined=combined.tolist(),
            rounded=_rounded_rows(combined, 3),
            best=[labels[column] for column in best.tolist()],
            confidence=confidence.tolist(),
            rounded_confidence=_rounded_rows(confidence, 4),
            thresholds=thresholds.tolist(),
            routed=(has_evidence & (confidence >= thresholds)).tolist(),
        )

    def _explained(
        self,
        evidence: _Evidence,
        weighed: _Weighed,
        posts: list[PostToRoute],
        language: str,
        model_rows: numpy.ndarray | None,
    ) -> list[Routing]:
        has_model = model_rows is not None
        if has_model:
            model_lists = _rounded_rows(model_rows, 3)
            model_best = [
                DEPARTMENT_LABELS[column] for column in model_rows.argmax(axis=1).tolist()
            ]
            model_best_scores = model_rows.max(axis=1).tolist()
        labels = weighed.labels
        topic_names, topic_departments = self._topic_names, self._topic_departments
        language_shown = language or "unknown"
        results = []
        for position, post in enumerate(posts):
            matched = evidence.matches[position]
            best = weighed.best[position]
            confidence = weighed.confidence[position]
            department = best if weighed.routed[position] else None
            verdict = (
                f"{department} {confidence:.2f}"
                if department
                else f"triage ({best} {confidence:.2f})"
            )
            reasons = []
            if matched:
                terms = ", ".join(f'"{term}" ({topic_names[slug]})' for slug, term in matched[:3])
                reasons.append(f"matched {terms}")
            if has_model:
                reasons.append(f"model {model_best[position]} {model_best_scores[position]:.2f}")
            explanation = {
                "language": language_shown,
                "keywords": [
                    {"term": term, "topic": slug, "department": topic_departments[slug]}
                    for slug, term in matched
                ],
                "model": dict(zip(DEPARTMENT_LABELS, model_lists[position], strict=True))
                if has_model
                else {},
                "account": post.account_department or "",
                "mentioned_accounts": evidence.mentions[position],
                "places": evidence.places[position],
                "combined": dict(zip(labels, weighed.rounded[position], strict=True)),
                "threshold": weighed.thresholds[position],
                "model_version": self.version,
                "summary": f"{verdict}: " + ("; ".join(reasons) if reasons else "no evidence"),
            }
            results.append(
                Routing(
                    department=department,
                    confidence=weighed.rounded_confidence[position],
                    language=language,
                    topics=list(dict.fromkeys(slug for slug, _ in matched)) if matched else [],
                    scores=dict(zip(labels, weighed.combined[position], strict=True)),
                    explanation=explanation,
                )
            )
        return results

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
        post_of_token, offsets = words.post_of_token, words.token_offsets
        slug_by_key = self._slug_by_key
        for match_id, start, end in matches:
            post = post_of_token[start]
            # The matchers' keys are hashes of the topic slugs; the post's own pipeline may
            # never have seen those strings, so they are looked up here.
            slug = slug_by_key[match_id]
            in_post = found.setdefault(post, {})
            if (slug, start) not in in_post:
                first = offsets[post]
                in_post[(slug, start)] = (slug, words.text(post, start - first, end - first))
        return {post: list(in_post.values()) for post, in_post in found.items()}


def _rounded_rows(values: numpy.ndarray, digits: int) -> list:
    """To `digits` decimals, as round(x, digits) gives them except on decimal ties (0.0125 and
    the like), where round() formats the number as a decimal string first; for a whole batch
    at once."""
    scale = 10.0**digits
    return (numpy.round(values * scale) / scale).tolist()
