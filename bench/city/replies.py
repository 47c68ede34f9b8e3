"""What the city sends on each case: the acknowledgement (the first response) and the answer on
the platform, internal notes, and a few first replies the platform refused lately."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bench.city import vocabulary as vocab
from bench.city.cases import CaseStory
from bench.city.posts import X_EPOCH_MS
from bench.city.tables import CityInputs, Table
from bench.city.timing import DAY, HOUR, NULL_TIME, US

STATUS_OPEN = ("new", "routed", "in_progress", "waiting_on_citizen", "answered")


@dataclass
class Replies:
    """departments_reply, and the columns the case events refer to (in reply id order)."""

    table: Table
    case: np.ndarray  # the case's index
    time: np.ndarray
    kind: np.ndarray
    reply_id: np.ndarray
    platform_ids: np.ndarray
    responder: np.ndarray  # per case: its assignee, else its officer


def draw_replies(rng, inputs: CityInputs, story: CaseStory, *, handle, platform) -> Replies:
    """handle: how a reply addresses the case's author; platform: the post's platform."""
    m, end_us, by_end = len(story.case_id), story.end_us, story.by_end
    departments, post_language = story.departments, story.post_language
    assignee, officer, final_dept = story.assignee, story.officer, story.final_dept
    t_first, t_answer, t_effective = story.t_first, story.t_answer, story.t_effective
    routed_now, status_now, case_id = story.routed_now, story.status_now, story.case_id
    dept_names = np.array([inputs.department_names[d] for d in departments], dtype=object)
    reply_lang = np.where(np.isin(post_language, list(vocab.ACKNOWLEDGEMENTS)), post_language, "en")
    responder = np.where(assignee >= 0, assignee, officer)
    blocks = []

    def reply_texts(templates, idx):
        langs = reply_lang[idx].tolist()
        picks = rng.integers(0, 100, len(idx)).tolist()
        return [
            vocab.copy_escape(
                templates[lang][p % len(templates[lang])].format(handle=h, department=d)
            )
            for lang, p, h, d in zip(
                langs,
                picks,
                handle[idx].tolist(),
                dept_names[final_dept[idx]].tolist(),
                strict=True,
            )
        ]

    acked = np.flatnonzero(by_end(t_first))
    blocks.append(
        ("acknowledgement", acked, t_first[acked], reply_texts(vocab.ACKNOWLEDGEMENTS, acked))
    )
    answered = np.flatnonzero(by_end(t_answer))
    blocks.append(("answer", answered, t_answer[answered], reply_texts(vocab.ANSWERS, answered)))
    noted = np.flatnonzero(routed_now & (rng.random(m) < 0.06))
    t_note = t_effective[noted] + rng.integers(10 * 60 * US, DAY, len(noted))
    keep = t_note <= end_us
    noted, t_note = noted[keep], t_note[keep]
    note_texts = np.array([vocab.copy_escape(t) for t in vocab.NOTES], dtype=object)
    blocks.append(
        (
            "internal_note",
            noted,
            t_note,
            note_texts[rng.integers(0, len(note_texts), len(noted))].tolist(),
        )
    )
    # A few first replies the platform refused lately (rate limits): shown as failed.
    failing = np.flatnonzero(
        np.isin(status_now, STATUS_OPEN) & ~by_end(t_first) & routed_now & (rng.random(m) < 0.01)
    )
    t_fail = np.minimum(t_effective[failing] + HOUR, end_us)
    blocks.append(("failed", failing, t_fail, reply_texts(vocab.ACKNOWLEDGEMENTS, failing)))

    r_case = np.concatenate([b[1] for b in blocks])
    r_time = np.concatenate([b[2] for b in blocks])
    r_text = np.array([t for b in blocks for t in b[3]], dtype=object)
    r_kind = np.concatenate([np.full(len(b[1]), b[0], dtype=object) for b in blocks])
    order = np.argsort(r_time, kind="stable")
    r_case, r_time, r_text, r_kind = r_case[order], r_time[order], r_text[order], r_kind[order]
    n_replies = len(r_case)
    reply_id = np.arange(1, n_replies + 1, dtype=np.int64)
    r_sent = np.isin(r_kind, ("acknowledgement", "answer"))
    r_failed = r_kind == "failed"
    r_note = r_kind == "internal_note"
    retried = r_sent & (rng.random(n_replies) < 0.03)
    attempts = np.select([r_note, r_failed, retried], [0, 3, 2], default=1)
    sent_ms = r_time // 1000
    r_platform = platform[r_case]
    platform_ids = np.select(
        [r_platform == "x", r_platform == "facebook"],
        [
            (((sent_ms - X_EPOCH_MS) << 22) | (reply_id & 0x3FFFFF) | (1 << 21)).astype(str),
            np.char.add(
                np.char.add((10**15 + r_case).astype(str), "_"), (9 * 10**14 + reply_id).astype(str)
            ),
        ],
        default=((sent_ms << 16) | (reply_id & 0xFFFF) | 0x8000).astype(str),
    ).astype(object)
    platform_ids[~r_sent] = ""
    replies = Table(
        "departments_reply",
        n_replies,
        {
            "id": ("int", reply_id),
            "case_id": ("int", case_id[r_case]),
            "author_id": ("int", responder[r_case]),
            "kind": ("str", np.where(r_failed, "acknowledgement", r_kind).astype(object)),
            "text": ("str", r_text),
            "send_state": (
                "str",
                np.select([r_note, r_failed], ["not_sent", "failed"], default="sent").astype(
                    object
                ),
            ),
            "platform_external_id": ("str", platform_ids),
            "error": (
                "str",
                np.where(
                    r_failed, "RateLimited: 429 Too Many Requests, retry after the reset", ""
                ).astype(object),
            ),
            "created_at": ("ts", np.where(r_sent, r_time - 45 * US, r_time)),
            "sent_at": ("ts", np.where(r_sent, r_time, NULL_TIME)),
            "attempts": ("int", attempts),
            "last_attempt_at": ("ts", np.where(r_note, NULL_TIME, r_time)),
        },
    )

    return Replies(
        table=replies,
        case=r_case,
        time=r_time,
        kind=r_kind,
        reply_id=reply_id,
        platform_ids=platform_ids,
        responder=responder,
    )
