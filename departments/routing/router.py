"""Routing a post: the trained classifier's scores, the keyword rules of the Topic table and the
account the post was written to, combined into a department (or none: it stays in triage), a
confidence, topics, and an explanation an officer reads in one glance."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import numpy
import spacy
from spacy.matcher import PhraseMatcher
from spacy.strings import hash_string

from departments.routing import features  # noqa: F401 - registers the classifier architecture
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
from departments.routing.words import PostWords, WordTable

# How much each kind of evidence counts. The model has seen thousands of posts; a keyword is a
# rule a person wrote; the account a post was sent to is a hint citizens often get wrong.
WEIGHT_MODEL = 0.6
WEIGHT_KEYWORDS = 0.3
WEIGHT_ACCOUNT = 0.1
CENTRAL = "communication"
# Posts per call of the classifier, as spaCy's nlp.pipe(batch_size=256) batched them.
BATCH_SIZE = 256


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


@dataclass
class Routing:
    department: str | None
    confidence: float
    language: str
    topics: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    explanation: dict = field(default_factory=dict)


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
        self.pipelines = {}
        for lang in PIPELINE_LANGUAGES:
            path = model_dir / lang if model_dir else None
            nlp = spacy.load(path) if path and path.exists() else blank_pipeline(lang)
            add_entity_rules(nlp, account_handles=list(self.account_departments))
            self.pipelines[lang] = cache_lemmas(nlp)
        self.has_model = all("textcat" in nlp.pipe_names for nlp in self.pipelines.values())
        self.words = {lang: WordTable(nlp) for lang, nlp in self.pipelines.items()}
        self.classifiers = (
            {lang: _Classifier(nlp.get_pipe("textcat")) for lang, nlp in self.pipelines.items()}
            if self.has_model
            else {}
        )
        self._build_matchers()
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
            by_language[lang or "xx"].append(index)
        results: list[Routing | None] = [None] * len(posts)
        for lang, indexes in by_language.items():
            make_doc = self.pipelines[lang].make_doc
            read = self.words[lang].read
            classifier = self.classifiers.get(lang)
            for first in range(0, len(indexes), BATCH_SIZE):
                batch = indexes[first : first + BATCH_SIZE]
                words = [read(make_doc(posts[index].text)) for index in batch]
                scores = classifier.scores(words) if classifier else [{}] * len(batch)
                for index, post_words, cats in zip(batch, words, scores, strict=True):
                    results[index] = self._decide(post_words, cats, posts[index], languages[index])
        return results  # type: ignore[return-value]

    def route(self, post: PostToRoute) -> Routing:
        return self.route_many([post])[0]

    def _decide(
        self, words: PostWords, cats: dict[str, float], post: PostToRoute, language: str
    ) -> Routing:
        model_scores = {label: float(cats.get(label, 0.0)) for label in DEPARTMENT_LABELS}
        matched = self._keyword_matches(words, language)
        account_department = post.account_department or ""
        mentioned_accounts: list[str] = []
        places: list[str] = []
        for label, start, end in words.entities:
            text = words.text(start, end)
            (mentioned_accounts if label == "CITY_ACCOUNT" else places).append(text)
        leaning = {
            department
            for department in [
                account_department,
                *(
                    self.account_departments.get(m.lstrip("@").lower(), "")
                    for m in mentioned_accounts
                ),
            ]
            if department and department != CENTRAL
        }
        keyword_departments = Counter(self.topics[slug].department for slug, _ in matched)

        # A city may add departments the shipped model does not know: keywords and accounts
        # can still send posts there.
        combined = dict.fromkeys(DEPARTMENT_LABELS, 0.0)
        weight = 0.0
        if self.has_model:
            weight += WEIGHT_MODEL
            for label, score in model_scores.items():
                combined[label] += WEIGHT_MODEL * score
        if keyword_departments:
            weight += WEIGHT_KEYWORDS
            total = sum(keyword_departments.values())
            for label, count in keyword_departments.items():
                combined[label] = combined.get(label, 0.0) + WEIGHT_KEYWORDS * count / total
        if leaning:
            weight += WEIGHT_ACCOUNT
            for label in sorted(leaning):
                combined[label] = combined.get(label, 0.0) + WEIGHT_ACCOUNT / len(leaning)
        if weight:
            combined = {label: score / weight for label, score in combined.items()}
        best = max(combined, key=combined.__getitem__)
        confidence = combined[best] if weight else 0.0
        threshold = self.thresholds.get(best, 0.5)
        department = best if weight and confidence >= threshold else None
        topics = list(dict.fromkeys(slug for slug, _ in matched))
        explanation = {
            "language": language or "unknown",
            "keywords": [
                {"term": term, "topic": slug, "department": self.topics[slug].department}
                for slug, term in matched
            ],
            "model": {k: round(v, 3) for k, v in model_scores.items()} if self.has_model else {},
            "account": account_department,
            "mentioned_accounts": mentioned_accounts,
            "places": places,
            "combined": {k: round(v, 3) for k, v in combined.items()},
            "threshold": threshold,
            "model_version": self.version,
            "summary": _summary(
                department, best, confidence, matched, self.topics, model_scores, self.has_model
            ),
        }
        return Routing(
            department=department,
            confidence=round(confidence, 4),
            language=language,
            topics=topics,
            scores=combined,
            explanation=explanation,
        )

    def _keyword_matches(self, words: PostWords, language: str) -> list[tuple[str, str]]:
        """(topic, matched text) once per topic and start: surface forms first, then lemmas,
        each as its PhraseMatcher lists them."""
        found: dict[tuple[str, int], tuple[str, str]] = {}
        matches = self.text_trie(words.lowers)
        if language in self.lemma_tries:
            matches += self.lemma_tries[language](words.lemmas)
        for match_id, start, end in matches:
            # The matchers' keys are hashes of the topic slugs; the post's own pipeline may
            # never have seen those strings, so they are looked up here.
            slug = self._slug_by_key[match_id]
            if (slug, start) not in found:
                found[(slug, start)] = (slug, words.text(start, end))
        return list(found.values())


class _Classifier:
    """The trained textcat's linear layer and softmax, given the features PostWords already
    holds (the model's first layer would compute them again from the Doc)."""

    LAYERS = ("routing_features", "sparse_linear", "softmax_activation")

    def __init__(self, textcat):
        model = textcat.model
        if tuple(layer.name for layer in model.layers) != self.LAYERS:
            raise ValueError(f"unexpected classifier layers: {model.name}")
        self.ops = model.ops
        self.layers = model.layers[1:]
        self.labels = textcat.labels

    def scores(self, posts: list[PostWords]) -> list[dict[str, float]]:
        if not any(len(post.doc) for post in posts):
            # TextCategorizer.predict: a batch without a single token scores 0 everywhere.
            return [dict.fromkeys(self.labels, 0.0) for _ in posts]
        count = sum(len(post.features) for post in posts)
        keys = chain.from_iterable(post.features for post in posts)
        scores = (
            numpy.fromiter(keys, dtype="uint64", count=count),
            numpy.ones(count, dtype="float32"),
            self.ops.asarray1i([len(post.features) for post in posts]),
        )
        for layer in self.layers:
            scores = layer.predict(scores)
        return [dict(zip(self.labels, row, strict=True)) for row in scores.tolist()]


def _summary(department, best, confidence, matched, topics, model_scores, has_model) -> str:
    parts = []
    if matched:
        words = ", ".join(f'"{term}" ({topics[slug].name})' for slug, term in matched[:3])
        parts.append(f"matched {words}")
    if has_model:
        top = max(model_scores, key=model_scores.get)
        parts.append(f"model {top} {model_scores[top]:.2f}")
    verdict = (
        f"{department} {confidence:.2f}" if department else f"triage ({best} {confidence:.2f})"
    )
    return f"{verdict}: " + ("; ".join(parts) if parts else "no evidence")
