"""Routing citizen posts to departments: rules, the trained model, and officers' corrections."""

import itertools

import numpy
import pytest
from django.core.management import call_command
from django.urls import reverse

from departments.cases.actions import case_reroute
from departments.models import CaseEvent, CaseStatus, RouterModel
from departments.routing import training
from departments.routing.active import active_router
from departments.routing.features import doc_features
from departments.routing.router import PostToRoute
from departments.routing.services import cases_route_automatically, corrections, router_rollback
from tests.factories import AccountFactory, CaseFactory


def route(text, **kwargs):
    return active_router().route(PostToRoute(text=text, **kwargs))


@pytest.mark.django_db
def test_a_broken_streetlight_goes_to_public_works_with_a_readable_reason(active_router_model):
    result = route("De lantaarnpaal in de Molenstraat doet het al een week niet 😡")

    assert result.department == "public-works"
    assert result.confidence >= 0.5
    assert "street-lighting" in result.topics
    summary = result.explanation["summary"]
    assert "lantaarnpaal" in summary and "public-works" in summary
    assert "Molenstraat" in result.explanation["places"]
    assert result.explanation["language"] == "nl"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "department"),
    [
        ("Stoplicht op de kruising Havenkade staat al 2 dagen op rood", "traffic"),
        ("Tram 2 rijdt alweer niet, niemand weet waarom #zeestad", "transit"),
        ("Bin on Elm Street has been overflowing since Monday, rubbish everywhere", "public-works"),
        ("The number 12 bus didn't show up again this morning", "transit"),
        ("Ampel an der Kreuzung Hauptstrasse ist seit gestern kaputt", "traffic"),
        ("Schlagloch in der Bahnhofstraße, gefährlich für Radfahrer", "public-works"),
    ],
)
def test_everyday_posts_in_three_languages_reach_their_department(
    active_router_model, text, department
):
    assert route(text).department == department


@pytest.mark.django_db
def test_a_post_the_router_is_unsure_about_stays_in_triage(active_router_model):
    result = route("hmm")

    assert result.department is None
    assert "triage" in result.explanation["summary"]


@pytest.mark.django_db
def test_a_mention_of_the_transit_account_leans_to_transit(active_router_model, departments):
    AccountFactory(handle="zeestad_ov", department=departments["transit"])
    text = "Het is hier weer een chaos vanochtend"

    plain = route(text)
    mentioning = route("@zeestad_ov " + text)

    assert mentioning.scores["transit"] > plain.scores["transit"]
    assert mentioning.explanation["mentioned_accounts"] == ["@zeestad_ov"]


@pytest.mark.django_db
def test_a_department_the_city_added_gets_posts_by_its_keywords_and_only_they_show_it(
    active_router_model, departments
):
    from departments.models import Department, Topic

    # The shipped model knows only its four departments: keywords and accounts lead here, and
    # the model's "none of mine" (communication) supports them.
    culture = Department.objects.create(name="Culture", slug="culture", routing_threshold=0.3)
    Topic.objects.create(
        slug="carillon", name="Carillon", department=culture, keywords={"nl": ["beiaard"]}
    )
    AccountFactory(handle="zeestad_cultuur", department=culture)
    about_culture, about_lights = active_router().route_many(
        [
            PostToRoute(text="@zeestad_cultuur de beiaard in de Sint-Janstoren klinkt vals"),
            PostToRoute(text="Lantaarnpaal kapot in de Molenstraat", language="nl"),
        ]
    )

    assert about_culture.department == "culture"
    assert about_culture.topics == ["carillon"]
    assert about_culture.explanation["combined"]["culture"] == pytest.approx(
        about_culture.confidence, abs=1e-3
    )
    # A post with nothing for the new department does not list it, whatever its batch holds.
    assert "culture" not in about_lights.explanation["combined"]
    assert about_lights.department == "public-works"


@pytest.mark.django_db
def test_a_post_in_an_unknown_language_falls_back_to_the_multilingual_rules(active_router_model):
    result = route("Sokak lambası yanmıyor, lantaarnpaal kapot değil mi? 💡")  # noqa: RUF001

    assert result.explanation["language"] == "unknown"
    assert "street-lighting" in result.topics


@pytest.mark.django_db
def test_new_cases_are_routed_with_topics_and_an_event_and_officers_are_not_overridden(
    active_router_model, departments, officer
):
    automatic = CaseFactory(post__text="Grote kuil in het wegdek op de Zeedijk, fietsers vallen")
    handled = CaseFactory(post__text="Tram 4 rijdt niet")
    case_reroute(case=handled, department=departments["traffic"], by=officer)

    routed = cases_route_automatically(case_ids=[automatic.id, handled.id])

    automatic.refresh_from_db()
    handled.refresh_from_db()
    assert routed == 1
    assert automatic.department == departments["public-works"]
    assert automatic.status == CaseStatus.ROUTED
    assert "potholes" in set(automatic.topics.values_list("slug", flat=True))
    assert automatic.events.filter(kind=CaseEvent.Kind.ROUTED).exists()
    assert handled.department == departments["traffic"]  # the officer's choice stands


@pytest.mark.django_db
def test_the_admin_shows_why_a_case_was_routed(active_router_model, admin_client):
    case = CaseFactory(post__text="Lantaarnpaal kapot hoek Molenstraat")
    cases_route_automatically(case_ids=[case.id])

    page = admin_client.get(reverse("admin:departments_case_change", args=[case.id]))

    html = page.content.decode().lower()
    assert "routing explanation" in html
    assert "matched &quot;lantaarnpaal&quot; (street lighting)" in html


@pytest.mark.django_db
def test_the_shipped_router_scores_at_least_090_macro_f1_on_held_out_posts_per_language(
    active_router_model,
):
    _, held_out = training.split(training.shipped_training_set())

    report = training.evaluate(active_router(), held_out)

    for lang in ("nl", "en", "de"):
        assert report["languages"][lang]["macro_f1"] >= 0.90, (lang, report["languages"][lang])


@pytest.mark.django_db
@pytest.mark.slow
def test_an_officers_correction_changes_the_next_routing_of_a_similar_post(
    active_router_model, departments, officer, settings
):
    first = CaseFactory(post__text="Weer een deelscooter dwars over het fietspad bij de Vismarkt")
    before = route("Deelscooter dwars over het fietspad in de Molenstraat").department
    target = "public-works" if before != "public-works" else "transit"
    case_reroute(
        case=first,
        department=departments[target],
        by=officer,
        reason="deelscooters haalt de buitendienst weg",
    )

    call_command("train_router")

    assert RouterModel.objects.get(is_active=True).corrections_used == 1
    assert route("Deelscooter dwars over het fietspad in de Molenstraat").department == target


@pytest.mark.django_db
def test_an_earlier_router_version_can_be_reactivated(active_router_model):
    RouterModel.objects.filter(pk=active_router_model.pk).update(is_active=False)
    RouterModel.objects.create(version=2, path=active_router_model.path, is_active=True)

    assert router_rollback().version == 1
    assert RouterModel.objects.get(is_active=True).version == 1


@pytest.mark.django_db
def test_the_cached_features_are_the_features_the_model_was_defined_with(active_router_model):
    from departments.routing.features import fast_doc_features

    nlp = active_router().pipelines["nl"]
    texts = [
        "De lantaarnpaal in de Molenstraat doet het al een week niet 😡 www.zeestad.nl 12,5",
        "de LANTAARNPAAL doet het niet!! #zeestad @zeestadwerkt",
    ]
    for doc in nlp.pipe(texts):
        assert fast_doc_features(doc) == doc_features(doc)


@pytest.mark.django_db
def test_a_post_without_a_platform_language_is_recognised_from_its_words(active_router_model):
    assert route("Die Ampel an der Kreuzung ist seit gestern kaputt").language == "de"
    assert route("The bus was late again and nobody told us why").language == "en"


def _posts_in_every_pipeline():
    posts = training.shipped_training_set()
    return [
        *(post.text for post in posts[::7]),
        "",
        "   ",
        "?!",
        "@zeestad_ov de tram op de Havenkade, Elm Street en calle Mayor #zeestad",
        " Twee  spaties,\ttab en\nregel \u00a0 nbsp ",
        "Los EE. UU. y la calle Mayor: semáforo roto (https://zeestad.nl/a?b=1).",
        "Αγ. Γρ. φανάρι χαλασμένο στην οδό Ερμού",  # noqa: RUF001
        "Stoplicht kapot!! Ampel kaputt, traffic lights out, semáforo roto, φανάρι",
        "De lantaarnpalen in de Molenstraat branden niet, de bussen rijden niet",
    ]


def _assert_read_as_the_pipeline_does(router, lang, texts):
    nlp = router.pipelines[lang]
    docs = list(nlp.pipe(texts, batch_size=256))  # lemmatizer, entities and classifier
    read = router.words[lang].read_many(texts)
    classifier = router.classifiers[lang]
    scores = classifier.scores(
        classifier.probabilities(read.model_sums, read.feature_counts, any_tokens=read.any_tokens)
    )

    lemma_matcher = router.lemma_matchers.get(lang)
    keywords = router.keyword_matches(read, lang if lang != "xx" else "")
    for post, (doc, cats) in enumerate(zip(docs, scores, strict=True)):
        # The weights of exactly the features the model was trained on, summed per word...
        features = numpy.array(doc_features(doc), dtype=numpy.uint64)
        expected_sums = classifier.summed_weights(features, numpy.array([len(features)]))[0]
        assert read.model_sums[post] == pytest.approx(expected_sums, rel=1e-9, abs=1e-12)
        assert read.feature_counts[post] == len(features)
        # ...give the trained classifier's scores (thinc adds up in float32).
        assert cats == pytest.approx(doc.cats, rel=1e-5, abs=1e-7)
        assert read.entities(post) == [(ent.label_, ent.start, ent.end) for ent in doc.ents]
        text_matches = router.text_matcher(doc)
        assert router.text_trie(read.lowers(post)) == text_matches
        for _, start, end in [*text_matches, *((0, ent.start, ent.end) for ent in doc.ents)]:
            assert read.text(post, start, end) == doc[start:end].text
        lemma_matches = lemma_matcher(doc) if lemma_matcher is not None else []
        if lemma_matcher is not None:
            assert router.lemma_tries[lang](read.lemmas(post)) == lemma_matches
        # The router only looks for keywords and entities where the batch points them out, and
        # finds what the matchers find: once per topic and start, surface forms first.
        expected = {}
        for matcher, matched in (
            (router.text_matcher, text_matches),
            (lemma_matcher, lemma_matches),
        ):
            for key, start, end in matched:
                slug = matcher.vocab.strings[key]
                expected.setdefault((slug, start), (slug, doc[start:end].text))
        assert keywords.get(post, []) == list(expected.values())
        assert (post in read.may_hold_entity) >= bool(doc.ents)


def test_the_classifier_hashes_its_features_as_thinc_does():
    from murmurhash import mrmr

    from departments.routing.classifier import murmur3_32

    rng = numpy.random.default_rng(4)
    keys = numpy.concatenate(
        [
            rng.integers(0, 2**64, size=2000, dtype=numpy.uint64),
            numpy.array([0, 2**32 - 1, 2**32, 2**63 - 1, 2**63, 2**64 - 1], dtype=numpy.uint64),
        ]
    )
    for seed in (0, 1):
        expected = [mrmr.hash_bytes(int(key).to_bytes(8, "little"), seed) for key in keys]
        assert murmur3_32(keys, seed).tolist() == [value & 0xFFFFFFFF for value in expected]


@pytest.mark.django_db
def test_the_router_reads_each_post_as_its_full_spacy_pipeline_does(
    active_router_model, departments
):
    AccountFactory(handle="zeestad_ov", department=departments["transit"])
    router = active_router()
    texts = _posts_in_every_pipeline()
    for lang in router.pipelines:
        _assert_read_as_the_pipeline_does(router, lang, texts)
        # Read again: every word now comes from the table.
        _assert_read_as_the_pipeline_does(router, lang, texts[::-1])


@pytest.mark.django_db
def test_a_worker_whose_word_table_fills_up_starts_it_again_and_reads_the_same(
    active_router_model, monkeypatch
):
    from departments.routing import features

    router = active_router()
    table = router.words["nl"]
    texts = _posts_in_every_pipeline()[:120]
    monkeypatch.setattr(features, "CACHE_LIMIT", 300)
    earlier = table.read_many(texts[:20])
    sizes = []
    for first in range(0, len(texts), 20):
        _assert_read_as_the_pipeline_does(router, "nl", texts[first : first + 20])
        sizes.append(len(table.texts))

    assert any(after < before for before, after in itertools.pairwise(sizes))
    # A batch read before the table started again still reads as it did.
    nlp = router.pipelines["nl"]
    for post, doc in enumerate(nlp.pipe(texts[:20])):
        assert earlier.lowers(post) == [token.lower for token in doc]
        assert earlier.entities(post) == [(ent.label_, ent.start, ent.end) for ent in doc.ents]


@pytest.mark.django_db
def test_a_batch_that_fails_half_way_leaves_the_word_table_whole(active_router_model, monkeypatch):
    router = active_router()
    table = router.words["nl"]
    texts = ["Fietsenstallingsbeheer faalt weer", "De verkeersregelinstallatie knippert"]
    weigh_words = table.classifier.summed_weights

    def out_of_memory(*args):
        raise MemoryError

    # A worker's time limit or memory can stop a batch after its new words were taken in.
    monkeypatch.setattr(table.classifier, "summed_weights", out_of_memory)
    with pytest.raises(MemoryError):
        table.read_many(texts)
    monkeypatch.setattr(table.classifier, "summed_weights", weigh_words)

    _assert_read_as_the_pipeline_does(router, "nl", texts)


@pytest.mark.django_db
def test_the_words_of_a_post_in_two_topics_match_both_in_the_matchers_order(active_router_model):
    from departments.models import Topic

    lighting = Topic.objects.get(slug="street-lighting")
    potholes = Topic.objects.get(slug="potholes")
    for topic in (lighting, potholes):
        topic.keywords = {**topic.keywords, "nl": [*topic.keywords.get("nl", []), "kapotte paal"]}
        topic.save()
    router = active_router()
    doc = router.pipelines["nl"]("Weer een kapotte paal, en nog een kapotte paal")
    words = router.words["nl"].read_many([doc.text])

    matches = router.text_trie(words.lowers(0))
    assert matches == router.text_matcher(doc)
    strings = router.text_matcher.vocab.strings
    assert {strings[key] for key, _, _ in matches} >= {"street-lighting", "potholes"}
    assert {"street-lighting", "potholes"} <= set(route(doc.text).topics)


@pytest.mark.django_db
def test_the_router_is_built_once_while_nothing_it_depends_on_changes(active_router_model):
    assert active_router() is active_router()


@pytest.mark.django_db
def test_an_officers_new_keyword_routes_the_next_post_without_a_restart(active_router_model):
    from departments.models import Topic

    text = "De zeestadse zwiepwilg hangt over het fietspad"
    assert "trees-green" not in route(text).topics
    topic = Topic.objects.get(slug="trees-green")
    topic.keywords = {**topic.keywords, "nl": [*topic.keywords.get("nl", []), "zwiepwilg"]}
    topic.save()

    assert "trees-green" in route(text).topics


@pytest.mark.django_db
def test_a_changed_threshold_or_a_new_version_gives_a_new_router(active_router_model, departments):
    first = active_router()
    departments["traffic"].routing_threshold = 0.7
    departments["traffic"].save()
    second = active_router()
    RouterModel.objects.filter(pk=active_router_model.pk).update(is_active=False)
    RouterModel.objects.create(version=2, path=active_router_model.path, is_active=True)
    third = active_router()

    assert second is not first and second.thresholds["traffic"] == 0.7
    assert third is not second and third.version == 2


@pytest.mark.django_db
def test_a_keyword_written_straight_to_the_table_routes_the_next_post(active_router_model):
    from departments.models import Topic

    text = "De zeestadse zwiepwilg hangt over het fietspad"
    first = active_router()
    assert "trees-green" not in first.route(PostToRoute(text=text)).topics
    topic = Topic.objects.get(slug="trees-green")
    # A queryset update sends no signal: a bulk edit or a data migration counts as much as
    # the admin.
    Topic.objects.filter(pk=topic.pk).update(
        keywords={**topic.keywords, "nl": [*topic.keywords.get("nl", []), "zwiepwilg"]}
    )
    second = active_router()

    assert second is not first
    assert "trees-green" in second.route(PostToRoute(text=text)).topics


@pytest.mark.django_db
def test_polling_an_account_keeps_the_router_and_moving_the_account_replaces_it(
    active_router_model, departments
):
    from django.utils import timezone

    from departments.models import Department
    from listening.models import Account

    account = AccountFactory(handle="zeestad_ov", department=departments["transit"])
    first = active_router()
    Account.objects.filter(pk=account.pk).update(
        cursor={"mentions": "1800000000000000042"}, last_polled_at=timezone.now()
    )
    account.refresh_from_db()
    account.followers_count = 1234
    account.save()  # every column written back, the handle and department unchanged
    Department.objects.filter(slug="transit").update(name="Public transport")
    polled = active_router()
    Account.objects.filter(pk=account.pk).update(department=departments["traffic"])
    moved = active_router()

    assert polled is first
    assert moved is not first
    assert moved.account_departments["zeestad_ov"] == "traffic"


@pytest.mark.django_db
def test_a_worker_keeps_its_router_away_from_the_collector_and_lets_a_replaced_one_go(
    active_router_model, departments
):
    import gc
    import weakref

    gc.freeze()  # as a worker process does at start (smartgov.celery)
    try:
        departments["transit"].routing_threshold = 0.6
        departments["transit"].save()
        first = active_router()
        first_table = weakref.ref(first.words["nl"])
        tracked = {id(item) for item in gc.get_objects()}
        assert id(first.text_trie.root) not in tracked  # frozen: not walked by collections
        del first, tracked
        departments["traffic"].routing_threshold = 0.7
        departments["traffic"].save()
        second = active_router()

        assert first_table() is None  # the replaced router is not kept, frozen or not
        assert second.thresholds["traffic"] == 0.7
        tracked = {id(item) for item in gc.get_objects()}
        assert id(second.text_trie.root) not in tracked
    finally:
        gc.unfreeze()


@pytest.mark.django_db
def test_the_central_office_is_known_by_its_flag_whatever_the_city_calls_it(
    active_router_model, departments, officer
):
    central = departments["communication"]
    central.slug = "kcc"  # the city's own name for its contact centre
    central.save()
    AccountFactory(handle="stad_kcc", department=central)
    case = CaseFactory(post__text="Wanneer is het stadhuis open op zaterdag?")
    case_reroute(case=case, department=central, by=officer, reason="algemene vraag")

    # A post to the central account is no hint of a department, and "kcc" is no extra column.
    routing = route("@stad_kcc waar kan ik dit melden?", account_department="kcc")
    assert "kcc" not in routing.scores and routing.explanation["account"] == "kcc"
    assert routing.department is None
    # Re-routing to the central office teaches the router to leave such posts in triage.
    assert [c.department for c in corrections()] == [training.TRIAGE_LABEL]
