"""Plain data exchanged between the detectors, the incident engine and the Kafka glue.

msgspec structs: typed, cheap to build and (de)serialised without reflection on the hot path.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Literal

import msgspec


class Severity(IntEnum):
    """Ordered so that `max()` and comparisons mean "worse"; names match PagerDuty's levels."""

    INFO = 0
    WARNING = 1
    ERROR = 2
    CRITICAL = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r}; use info, warning, error or critical") from None


class Author(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    id: str = ""
    handle: str = ""
    name: str = ""
    followers: int = 0
    verified: bool = False
    created_at_ms: int | None = None  # account creation, when the source tells it


class Metrics(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    likes: int = 0
    reposts: int = 0
    replies: int = 0
    views: int = 0

    @property
    def engagement(self) -> int:
        return self.likes + self.reposts + self.replies


class Media(msgspec.Struct, frozen=True, gc=False, omit_defaults=True):
    type: str  # video | photo | other
    url: str = ""
    hash: str = ""  # perceptual/content hash when the source gives one


class Mention(msgspec.Struct, frozen=True, omit_defaults=True):
    """A validated mention event (the DESIGN.md schema); unknown input fields live in `extra`."""

    id: str
    source: str
    created_at_ms: int
    text: str
    url: str = ""
    lang: str | None = None
    author: Author = Author()
    in_reply_to: str | None = None
    reply_to_author: str | None = None
    quote_of: str | None = None
    repost_of: str | None = None
    metrics: Metrics = Metrics()
    media: tuple[Media, ...] = ()
    brand: str | None = None
    extra: dict[str, Any] = {}


class Enriched(msgspec.Struct, frozen=True, omit_defaults=True):
    """A mention as the detectors see it: one record per matched brand (topic key = brand)."""

    mention: Mention
    brand: str
    lang: str  # ru | en | mixed | other
    sentiment: str  # negative | neutral | positive
    negativity: float  # 0..1
    complaint: bool
    brands: tuple[str, ...] = ()
    ingested_at_ms: int = 0  # wall clock when the enrich agent saw it (for latency metrics)
    appended_at_ms: int = 0  # Kafka timestamp of its record in `mentions` (for latency metrics)
    official: bool = False  # written by one of the brand's official accounts
    watched: bool = False  # written by a watched account (executive, spokesperson)
    # Named only by an everyday-word alias ("волна"): judged by context in the detect stage.
    ambiguous: bool = False
    # Names no brand, but answers a post of the brand's threads (a complaint to its desk, the
    # desk's answer): "+1, same here" under a customer's complaint. It only joins the
    # complaint thread it answers (detectors/complaints.py); no other detector sees it.
    in_thread: bool = False
    # Tells of force against someone vulnerable (story_terms.tells_harm): the story detector
    # reads such a retelling as negative even when the scorer finds no evaluative word.
    harm: bool = False


class MentionRef(msgspec.Struct, frozen=True, gc=False):
    """What an incident keeps of a mention to show people: enough to click through and judge."""

    id: str
    source: str
    url: str
    text: str
    author: str
    lang: str
    reach: int = 0
    negativity: float = 0.0
    created_at_ms: int = 0


# What a signal does to its group's incident (Alertmanager's firing/resolved alerts, plus news
# that must never page on its own):
#   firing   opens the incident, or updates / reopens it;
#   update   updates the open incident only (e.g. a complaint backlog shrinking): never opens
#            or reopens one, so news about something settled pages no one;
#   resolved the condition ended (the backlog is empty, the complaint was answered): resolves
#            the open incident, or removes its group from a grouped incident.
SignalStatus = Literal["firing", "update", "resolved"]


class Signal(msgspec.Struct, frozen=True):
    """A detector's finding. Incidents group signals by (brand, kind, group), or by (brand, kind)
    for kinds grouped per brand (`Kind.GROUP_PER_BRAND`, `incidents.group_by`)."""

    brand: str
    kind: str
    severity: Severity
    at_ms: int  # event time of the interval or mention it fired on
    title: str
    group: str = ""  # story id, thread id, account...; "" groups all signals of the kind
    observed: float | None = None
    expected: float | None = None
    reach: int = 0
    projected_reach: int | None = None
    languages: dict[str, int] = {}
    negative_share: float | None = None
    unverified: bool = False
    mentions: tuple[MentionRef, ...] = ()
    details: dict[str, str | int | float | bool] = {}
    caused_by: str | None = None  # e.g. story group a volume spike is attributed to (inhibition)
    emitted_at_ms: int = 0  # wall clock when the detector emitted it
    # The mention that triggered it, for the latency metric: when it was written, appended to
    # `mentions` and read by the enrich agent (0: unknown, e.g. a timer-driven signal).
    source_created_at_ms: int = 0
    source_appended_at_ms: int = 0
    source_ingested_at_ms: int = 0
    status: SignalStatus = "firing"
    # The signal states its group's whole current evidence (e.g. a complaint backlog's oldest
    # complaints): its mentions replace the incident's instead of being merged into them.
    snapshot: bool = False

    def key(self) -> str:
        return f"{self.brand}\x1f{self.kind}\x1f{self.group}"


class Kind:
    """Signal kinds: the vocabulary shared by detectors, incidents, messages and dashboards."""

    VOLUME_SPIKE = "volume_spike"  # all mentions of a brand above the seasonal baseline
    NEGATIVE_SPIKE = "negative_spike"  # negative mentions above their baseline
    NEGATIVE_SHARE = "negative_share"  # negative share shifted while total volume is normal
    VIRAL_STORY = "viral_story"  # one negative story spreading fast (group: story id)
    COMPLAINT_SLA = "complaint_sla"  # complaint unanswered past the SLA (group: thread)
    COMPLAINT_ESCALATION = "complaint_escalation"  # the brand argues instead of apologising
    WATCHED_ACCOUNT = "watched_account"  # an executive/spokesperson posted (group: account)
    INFLUENCER_NEGATIVE = "influencer_negative"  # negative mention by an influential author

    VOLUME_KINDS = frozenset({VOLUME_SPIKE, NEGATIVE_SPIKE, NEGATIVE_SHARE})
    # Kinds whose incidents collect every group of a brand (Alertmanager's group_by [brand,
    # kind]): many small findings, one incident that grows. The complaint backlog is one
    # group already; per-complaint signals (`complaints.group_by: thread`) and influencers'
    # posts join their brand's incident as its members. Overridable: `incidents.group_by`.
    GROUP_PER_BRAND = frozenset({COMPLAINT_SLA, INFLUENCER_NEGATIVE})
    ALL = frozenset({VOLUME_SPIKE, NEGATIVE_SPIKE, NEGATIVE_SHARE, VIRAL_STORY, COMPLAINT_SLA,
                     COMPLAINT_ESCALATION, WATCHED_ACCOUNT, INFLUENCER_NEGATIVE})
