"""Routing a post: the trained classifier's scores, the keyword rules of the Topic table and the
account the post was written to, combined into a department (or none: it stays in triage), a
confidence, topics, and an explanation an officer reads in one glance."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

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
# Posts per call of the classifier, as spaCy's nlp.pipe(batch_size=256) batched them.
BATCH_SIZE = 256
_NO_SCORES = (0.0,) * len(DEPARTMENT_LABELS)


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
        self.classifiers = (
            {lang: Classifier(nlp.get_pipe("textcat")) for lang, nlp in self.pipelines.items()}
            if self.has_model
            else {}
        )
        self._build_matchers()
        self.words = {
            lang: WordTable(
                nlp,
                keyword_firsts=set(self.text_trie.root),
                lemma_keyword_firsts=set(self.lemma_tries[lang].root)
                if lang in self.lemma_tries
                else set(),
            )
            for lang, nlp in self.pipelines.items()
        }
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
            table = self.words[lang]
            classifier = self.classifiers.get(lang)
            for first in range(0, len(indexes), BATCH_SIZE):
                batch = indexes[first : first + BATCH_SIZE]
                words = table.read_many([posts[index].text for index in batch])
                scores = classifier.department_rows(words) if classifier else [None] * len(batch)
                for position, (index, cats) in enumerate(zip(batch, scores, strict=True)):
                    results[index] = self._decide(
                        words, position, cats, posts[index], languages[index]
                    )
        return results  # type: ignore[return-value]

    def route(self, post: PostToRoute) -> Routing:
        return self.route_many([post])[0]

    def _decide(
        self,
        words: BatchWords,
        position: int,
        model_row: list[float] | None,
        post: PostToRoute,
        language: str,
    ) -> Routing:
        has_model = self.has_model
        model_scores = dict(zip(DEPARTMENT_LABELS, model_row or _NO_SCORES, strict=True))
        matched = self._keyword_matches(words, position, language)
        account_department = post.account_department or ""
        mentioned_accounts: list[str] = []
        places: list[str] = []
        leaning = set()
        if account_department and account_department != CENTRAL:
            leaning.add(account_department)
        for label, start, end in words.entities(position):
            text = words.text(position, start, end)
            if label == "CITY_ACCOUNT":
                mentioned_accounts.append(text)
                department = self.account_departments.get(text.lstrip("@").lower(), "")
                if department and department != CENTRAL:
                    leaning.add(department)
            else:
                places.append(text)

        # A city may add departments the shipped model does not know: keywords and accounts
        # can still send posts there.
        if has_model:
            weight = WEIGHT_MODEL
            combined = {label: WEIGHT_MODEL * score for label, score in model_scores.items()}
        else:
            weight = 0.0
            combined = dict.fromkeys(DEPARTMENT_LABELS, 0.0)
        if matched:
            keyword_departments: dict[str, int] = {}
            for slug, _ in matched:
                department = self.topics[slug].department
                keyword_departments[department] = keyword_departments.get(department, 0) + 1
            weight += WEIGHT_KEYWORDS
            total = len(matched)
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
        explanation = {
            "language": language or "unknown",
            "keywords": [
                {"term": term, "topic": slug, "department": self.topics[slug].department}
                for slug, term in matched
            ],
            "model": _rounded(model_scores, 3) if has_model else {},
            "account": account_department,
            "mentioned_accounts": mentioned_accounts,
            "places": places,
            "combined": _rounded(combined, 3),
            "threshold": threshold,
            "model_version": self.version,
            "summary": _summary(
                department, best, confidence, matched, self.topics, model_scores, has_model
            ),
        }
        return Routing(
            department=department,
            confidence=_round(confidence, 4),
            language=language,
            topics=list(dict.fromkeys(slug for slug, _ in matched)) if matched else [],
            scores=combined,
            explanation=explanation,
        )

    def _keyword_matches(
        self, words: BatchWords, position: int, language: str
    ) -> list[tuple[str, str]]:
        """(topic, matched text) once per topic and start: surface forms first, then lemmas,
        each as its PhraseMatcher lists them."""
        text_starts = words.keyword_starts.get(position)
        lemma_starts = (
            words.lemma_keyword_starts.get(position) if language in self.lemma_tries else None
        )
        if not text_starts and not lemma_starts:
            return []
        found: dict[tuple[str, int], tuple[str, str]] = {}
        matches = self.text_trie.at(words.lowers(position), text_starts) if text_starts else []
        if lemma_starts:
            matches += self.lemma_tries[language].at(words.lemmas(position), lemma_starts)
        for match_id, start, end in matches:
            # The matchers' keys are hashes of the topic slugs; the post's own pipeline may
            # never have seen those strings, so they are looked up here.
            slug = self._slug_by_key[match_id]
            if (slug, start) not in found:
                found[(slug, start)] = (slug, words.text(position, start, end))
        return list(found.values())


def _round(value: float, digits: int) -> float:
    """To `digits` decimals, scaled and rounded to the nearest integer: round(x, digits) formats
    the number as a decimal string first, which cost as much as a tenth of routing. (The two
    differ only on decimal ties, 0.0125 and the like.)"""
    scale = 10.0**digits
    return round(value * scale) / scale


def _rounded(scores: dict[str, float], digits: int) -> dict[str, float]:
    return {label: _round(score, digits) for label, score in scores.items()}


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
