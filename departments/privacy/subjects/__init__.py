"""A resident's rights over what the city holds on them: everything, as JSON (subject_export),
and erasure (subject_erase).

Who the resident is (find.py): on X and Mastodon their handle (any case, with or without "@";
a Mastodon handle is "user" on the city's own instance, "user@instance" elsewhere, as the
platform gives it) or their platform id; the posts found that way also bring in the person's
other posts under an earlier handle, by the platform id they share. Facebook gives commenters
no handle, only a name and a page-scoped id: there the id, or the name exactly (any case). Two
commenters with one name are two people: a name that matches several ids is refused
(SubjectAmbiguous), and the officer asks again with the id the error lists.

Erasure (erase.py) keeps every row (reports on past weeks count them) and replaces what names
or quotes the person: their posts (pseudonymised: departments.privacy.pseudonyms), the city's
replies and internal notes on their cases and the city's own posts that answer them (emptied:
they repeat what the person wrote), every other reply, note, event reason, post and saved queue
view that names them, the raw payloads of other posts that name them, quarantined payloads that
name them (body and error), and the search vectors. Other residents' words are left alone:
mentions.py matches a handle only as a handle and a name only whole, never a bare word. A dry
run (dry_run=True) counts what would change and changes nothing. Router versions trained on
one of their posts as a correction keep its words in their files (spaCy's vocabulary): those
are marked (RouterModel.holds_erased_text), and `manage.py privacy erase` then trains a
version without them and deletes the marked versions' folders
(departments.routing.services.router_forget_erased).

What stays: the platforms' ids of their posts (external_id, in_reply_to, conversation_key),
which the threads and de-duplication need; x.com/i/status/<id> still shows a post that is
still online."""

from departments.privacy.subjects.erase import ERASURE, ErasureSummary, subject_erase
from departments.privacy.subjects.export import subject_export
from departments.privacy.subjects.find import (
    Alias,
    Subject,
    SubjectAmbiguous,
    SubjectNotFound,
    UnknownPlatform,
    normalised_author,
    normalised_platform,
    subject_find,
)

__all__ = [
    "ERASURE",
    "Alias",
    "ErasureSummary",
    "Subject",
    "SubjectAmbiguous",
    "SubjectNotFound",
    "UnknownPlatform",
    "normalised_author",
    "normalised_platform",
    "subject_erase",
    "subject_export",
    "subject_find",
]
