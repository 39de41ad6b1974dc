"""Complaints addressed to a brand: unanswered past an SLA, or answered by arguing in public.

A complaint (`complaint=True`) is addressed to the brand when it replies to an official post or
handle, names an official @handle, or is a review; any negative post too when it answers an
official account or names its handle, and a calm post of its own to the handle that claims
earlier contact or says something expected did not happen. It opens a thread keyed by its
own id ("<source>:<id>"); replies join the thread through `in_reply_to`. The first official
reply stops the SLA clock. The clock counts business time (BusinessHours of the brand,
DST-correct).
Each source has a policy (`sources`): `page` (the default), `count` (tracked, counted and shown,
never raising a page on its own: reviews by default, which brands seldom answer) or `ignore`.

COMPLAINT_SLA, `group_by: brand` (the default): ONE signal group per brand, the backlog of
complaints past the SLA and still unanswered. It is re-sent whenever the backlog's size, level
or oldest stage changes: `firing` when it grew or its level rose, `update` when it shrank (an
answer), `resolved` when it is empty or nothing in it pages any more. An overdue `page`
complaint pages when it is pressing (its author wrote again under it, or it says earlier
contacts went unanswered where such claims are unusual for the desk, or someone else seconds
that claim under it or makes it there), others piled in, it reaches `error_reach`, other
authors' complaints about the same problem are overdue too or left longer than the desk usually
takes to answer (learnt from its answers), or the desk has stopped answering (`_summary`). Its
level comes from those only:
  none: info (reviews, ordinary late complaints: recorded, not paged);
  warning: one past `sla`;
  error: one past `error_after`, several authors' about one problem, or `error_count` of them,
    or their reach >= `error_reach`;
  critical: one past `critical_after`, or `critical_count`, or reach >= `critical_reach`.
`group_by: thread`: a signal per complaint (group: thread id) at `sla`, `error_after` and
`critical_after` (reach raises it earlier; `count` sources stay info), `resolved` once answered.
COMPLAINT_ESCALATION (group: thread id) fires when an official reply argues instead of
apologising, by its words or as the thread disputes it (detectors/arguing.py): error, or one
level above the thread's SLA severity; critical once the brand argues twice or others pile
into the thread. Under a `count` complaint (a disputed review) it
is info until others pile in or reach `error_reach`. Each signal is re-sent only when its
level rises.
"""

from __future__ import annotations

import heapq
import math
import re
import zlib
from datetime import date, datetime, timedelta
from typing import Final, Literal
from zoneinfo import ZoneInfo

import msgspec

from detectors.arguing import DISPUTE_WINDOW_MS, argues, cue_text, disputed, reply_tone
from detectors.config import BrandSpec, BusinessHours
from detectors.durations import format_duration, parse_duration
from detectors.model import Enriched, Kind, Severity, Signal, SignalStatus
from detectors.problem_model import load_shipped
from detectors.stories import Ref, key64, mention_ref, post_key, trim_oldest
from detectors.story_terms import content_keys

__all__ = [
    "DEFAULT_SOURCES",
    "SOURCE_POLICIES",
    "BusinessClock",
    "ComplaintDetector",
    "ComplaintSettings",
    "ComplaintState",
    "Thread",
    "argues",
    "repeat_contact",
    "reply_tone",
    "unmet",
]

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SWEEP_MS = 600_000
_MAX_REPLIERS = 32
_INFO, _WARNING, _ERROR, _CRITICAL = 0, 1, 2, 3  # levels; Severity(level)
_NONE = -1  # no backlog signalled
_TOP = 5  # complaints a backlog signal carries as its mentions
_KEYS = 12  # content keys a complaint keeps to meet others about the same problem
_SAME_PROBLEM = 3  # content keys two complaints share to be about one problem ...
_RARE = 100  # ... one of them in at most 1 in _RARE complaints the desk answered, and in
_PER_BACKLOG = 10  # ... 1 in this many times the overdue complaints (routine ones about it
# would turn up in fewer than one backlog of that size in ten)
_SAME_AUTHORS = 3  # authors of overdue complaints about one problem that page together ...
_SAME_CLAIMED = 2  # ... or when one of them says it was ignored before, or others reply
# under them (_PILE_ON people across the problem's complaints)
_USUAL_CLAIMS = 1  # overdue complaints saying so in a week: then one alone does not page
_KNOWN_LATE = 10  # ... judged once this many went overdue in a week (before: usual)
_WEEK_MS = 7 * 86_400_000
_VOCAB_WINDOW = 2_000  # answered complaints the vocabulary remembers (halved past twice that)
_VOCAB_MAX = 20_000  # keys it holds at most
_DARK = 2  # `page` complaints gone past the SLA since the desk last answered one, `sla` of
# business time ago or more: the desk has stopped answering, every overdue complaint pages
_RECENT_MAX = 64
_DARK_OPENED = 5  # ... and this many `page` complaints came in since that last answer
_PILE_ON = 2  # others' replies under an unanswered complaint (or a disputed `count` one)
# The desk's usual: how long (business time) it takes to answer a `page` complaint, learnt
# from its last _USUAL_KEEP answers once it gave _USUAL_MIN; the _USUAL_Q quantile, at least
# _USUAL_FLOOR_MS. A complaint left longer than that is late for this desk before the SLA.
_USUAL_KEEP = 200
_USUAL_MIN = 50
_USUAL_Q = 0.9
_USUAL_FLOOR_MS = 1_800_000

SourcePolicy = Literal["page", "count", "ignore"]
SOURCE_POLICIES: Final = ("page", "count", "ignore")
# Built in under whatever `sources` says: brands rarely answer reviews, so an unanswered review
# is counted and shown, never a page of its own. `reviews: page` in the config turns it back.
DEFAULT_SOURCES: Final[dict[str, SourcePolicy]] = {"reviews": "count"}


# --------------------------------------------------------------------------- business time
class BusinessClock:
    """Business-time arithmetic over weekly local windows.

    A window opens at `start` local time on each listed day and closes at `end`; an `end` at or
    before `start` closes the next day (night shifts; equal times mean 24 hours). Windows are
    computed per local date, so DST changes move them with the wall clock. No days at all
    means every hour is business time.
    """

    def __init__(self, hours: BusinessHours) -> None:
        self.tz = ZoneInfo(hours.tz)
        self.days = frozenset(_WEEKDAYS.index(d) for d in hours.days)
        sh, sm = (int(x) for x in hours.start.split(":"))
        eh, em = (int(x) for x in hours.end.split(":"))
        self.start, self.end = (sh, sm), (eh, em)
        self.overnight = (eh, em) <= (sh, sm)
        self._windows: dict[int, tuple[int, int] | None] = {}

    def window(self, ordinal: int) -> tuple[int, int] | None:
        """[open, close) in epoch ms of the window opening on local date `ordinal`, if any."""
        if ordinal in self._windows:
            return self._windows[ordinal]
        d = date.fromordinal(ordinal)
        w: tuple[int, int] | None = None
        if d.weekday() in self.days:
            e = d + timedelta(days=1) if self.overnight else d
            start = datetime(d.year, d.month, d.day, *self.start, tzinfo=self.tz)
            end = datetime(e.year, e.month, e.day, *self.end, tzinfo=self.tz)
            w = (int(start.timestamp()) * 1000, int(end.timestamp()) * 1000)
            if w[1] <= w[0]:
                w = None
        if len(self._windows) > 1024:
            self._windows.clear()
        self._windows[ordinal] = w
        return w

    def _ordinal(self, t_ms: int) -> int:
        return datetime.fromtimestamp(t_ms / 1000, self.tz).date().toordinal()

    def add(self, t_ms: int, business_ms: int) -> int:
        """The instant `business_ms` of business time after `t_ms`."""
        if not self.days:
            return t_ms + business_ms
        cur, left = t_ms, business_ms
        ordinal = self._ordinal(t_ms) - 1  # yesterday's night window may still be open
        while True:
            w = self.window(ordinal)
            if w is not None and cur < w[1]:
                begin = max(cur, w[0])
                if left <= w[1] - begin:
                    return begin + left
                left -= w[1] - begin
                cur = w[1]
            ordinal += 1

    def elapsed(self, a_ms: int, b_ms: int) -> int:
        """Business time between two instants (0 if b <= a)."""
        if b_ms <= a_ms:
            return 0
        if not self.days:
            return b_ms - a_ms
        total = 0
        for ordinal in range(self._ordinal(a_ms) - 1, self._ordinal(b_ms) + 1):
            w = self.window(ordinal)
            if w is not None:
                total += max(0, min(w[1], b_ms) - max(w[0], a_ms))
        return total


# --------------------------------------------------------------------------- repeated contact
# The complainant says earlier contacts went unanswered: "писали уже три раза", "тишина",
# "никто не отвечает", "no reply". A recurring problem ("уже второй раз привезли не то") or a
# plea for an answer ("жду ответа") is not one.
_CONTACT = r"(?:писал\w*|написал\w*|пишу|звонил\w*|звоню|обращал\w*|обращаюсь|жалуюсь)"
_NTH = r"(?:\d+|втор\w+|трет\w+|четверт\w+|пят\w+|не перв\w+)(?:-?\w+)?"  # "второй", "3-й"
_READ = r"(?:личк\w*|сообщени\w*|директ\w*|чат\w*|почт\w*|обращени\w*|нас|меня|это)"
_REPEAT_CONTACT_RE = re.compile(
    r"(?<!\w)(?:"
    rf"{_CONTACT} уже|уже (?:\w+ )?(?:раз\w* )?{_CONTACT}|"
    rf"(?:{_NTH}|(?:сто|десят\w+)(?:-?\w+)?) раз {_CONTACT}|"
    rf"(?:день|дня|дней|недел\w+|месяц\w*) {_CONTACT}|"
    rf"{_CONTACT} (?:уже )?{_NTH} раз|"
    rf"{_CONTACT} повторно|повторно {_CONTACT}|повторн\w+ обращени\w*|{_NTH} обращени\w*|"
    rf"{_CONTACT} (?:уже )?(?:дважды|трижды|несколько раз|много раз)|"
    r"(?:тоже|все еще|уже) жд(?:у|ем) ответа|"
    r"жд(?:у|ем) ответа (?:уже|(?:\w+ )?(?:день|дня|дней|сутки|суток|недел\w*)|с (?:\d+|утра|"
    r"вчера\w*|прошл\w+|понедельника|вторника|среды|четверга|пятницы|субботы|воскресенья))|"
    r"ни ответа,? ни привета|достуч\w*|"
    r"есть (?:тут |там )?(?:кто|кто-нибудь|кто-то)(?: живой| живые)?\?|"
    r"никто не отвеча\w*|никто не ответил\w*|не отвечает|не отвечают|не отвечаете|"
    r"ответа нет|ответа так и нет|ответа все нет|без ответа|нет ответа|тишина|"
    r"игнор(?:ир\w*|ят|ит|ите)?|"
    r"никто не перезванива\w*|не перезванивают|не дозвон\w*|ответьте хоть|"
    r"до сих пор жду|все еще жду|вы там живые|вы вообще читаете|"
    rf"(?:кто-нибудь|кто-то) (?:вообще |тут |здесь |у вас )?читает(?:\?| {_READ})|"
    rf"вы (?:тут |там |здесь )?читаете {_READ}|вы (?:тут |там |здесь )?читаете\?|"
    r"повторяю(?: свой| еще раз)? вопрос|повторяю:|"
    r"в который раз (?:пишу|спрашиваю|повторяю)|в ответ (?:ноль|ничего)|"
    r"(?:вообще|хоть) (?:кому-нибудь |кому-то )?отвечают|"
    r"отвечают (?:хоть )?(?:кому-нибудь|кому-то)|"
    r"(?:поддержк\w*|оператор\w*|чат\w*|они|вы|все) молч(?:ит|ат|ите)|"
    r"(?:поддержк\w*|менеджер\w*) (?:куда-то |вообще )?(?:пропал\w*|исчез\w*)|"
    r"ответа ноль|ноль ответа|ноль реакции|"
    r"не реагиру(?:ет|ют|ете)|напоминаю о себе|"
    r"no reply|no response|no answer|nobody answers|nobody replies|nobody responds|"
    r"no one answers|no one replies|no one responds|not a single reply|still waiting|"
    r"(?:is )?any(?:one|body) (?:there|home|alive|reading)|"
    r"ignoring (?:me|us|my|our)|(?:do|does) (?:you|they) (?:even|ever) "
    r"(?:answer|reply|respond)|"
    r"(?:second|third|\w+th|\d+\w*) time (?:writing|asking|calling|messaging|contacting)|"
    r"(?:wrote|written|called|messaged|emailed|contacted|tweeted)(?: (?:to )?you)?"
    r" (?:\w+ )?(?:times|twice)"
    r")(?!\w)")


# An expected thing that did not happen, told without a complaint word: "сим-карта так и не
# активировалась", "возврат до сих пор не пришёл", "the refund never came".
_UNMET_RE = re.compile(
    r"(?<!\w)(?:так и не|до сих пор не|все еще не|still (?:hasn't|haven't|has not|have not|not)|"
    r"never (?:came|arrived|activated|showed up|worked|got|went through))(?!\w)")


def unmet(text: str) -> bool:
    """The post says something the customer expected did not happen."""
    return _UNMET_RE.search(cue_text(text)) is not None


_PROBLEM_MODEL = load_shipped()


def repeat_contact(text: str) -> bool:
    """The complaint says earlier contacts with the brand went unanswered."""
    return _REPEAT_CONTACT_RE.search(cue_text(text)) is not None


# --------------------------------------------------------------------------- settings, state
class ComplaintSettings(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """Durations are business time (see BusinessClock); reach counts followers."""

    sla: str = "4h"  # unanswered this long -> warning
    error_after: str = "18h"  # two 9-hour business days -> error
    critical_after: str = "45h"  # a business week -> critical
    error_count: int = 5  # `page` complaints in the backlog -> error (group_by: brand)
    critical_count: int = 20  # ... -> critical
    # Backlog: summed reach of its `page` complaints; per thread: complainant + repliers.
    error_reach: int = 50_000
    critical_reach: int = 500_000
    critical_replies: int = 10  # others' replies after the brand argued -> critical
    critical_reach_after: int = 100_000  # followers of those repliers -> critical
    group_by: str = "brand"  # "brand": one backlog per brand; "thread": a signal per complaint
    # source -> page | count | ignore, over DEFAULT_SOURCES; "*" sets every source not listed.
    sources: dict[str, str] = {}
    retention: str = "7d"  # keep answered or fully escalated threads this long after activity
    max_threads: int = 300
    max_posts: int = 4_096  # mention ids -> thread, to follow reply chains
    # Let replies that name no brand join the thread they answer (enrich's `in_thread`): the
    # "+1" under an ignored complaint, the author writing again. On by default since the
    # seventh round: off, ignored complaints page hours later (docs/detection.md).
    follow_threads: bool = True
    # Read calm posts to the handle with the learned problem-report model
    # (detectors/problem_model.py): "номер не переносится уже двенадцатый день" is a complaint
    # with no complaint word. Since the eighteenth round (docs/detection.md).
    problem_model: bool = True

    def __post_init__(self) -> None:
        ms = []
        for name in ("sla", "error_after", "critical_after", "retention"):
            v = parse_duration(getattr(self, name))
            if v <= 0:
                raise ValueError(f"{name} must be a positive duration such as 4h, "
                                 f"got {getattr(self, name)!r}")
            ms.append(v)
        if not ms[0] <= ms[1] <= ms[2]:
            raise ValueError("durations must satisfy sla <= error_after <= critical_after")
        if self.group_by not in ("thread", "brand"):
            raise ValueError(f"group_by must be 'brand' or 'thread', got {self.group_by!r}")
        if not 0 < self.error_count <= self.critical_count:
            raise ValueError("error_count and critical_count must be positive and ascending")
        if not 0 < self.error_reach <= self.critical_reach:
            raise ValueError("error_reach and critical_reach must be positive and ascending")
        if self.critical_replies < 1 or self.critical_reach_after < 1:
            raise ValueError("critical_replies and critical_reach_after must be >= 1")
        if self.max_threads < 8 or self.max_posts < 8:
            raise ValueError("max_threads and max_posts must be >= 8")
        for source, policy in self.sources.items():
            if not source.strip():
                raise ValueError("sources: a source name must not be empty")
            if policy not in SOURCE_POLICIES:
                raise ValueError(f"sources.{source}: {policy!r} is not one of "
                                 f"{', '.join(SOURCE_POLICIES)}")

    def source_policies(self) -> dict[str, str]:
        """The built-in defaults with the config's entries over them ("*": the rest)."""
        return {**DEFAULT_SOURCES, **{k.lower(): v for k, v in self.sources.items()}}


class Thread(msgspec.Struct, array_like=True, gc=False):  # no cycles: untracked by GC
    id: str  # "<source>:<root mention id>": the incident group
    root: Ref | None  # the complaint; None when we only saw the brand arguing under a post
    opened_ms: int  # SLA clock start (complaint time)
    author: str  # complainant handle, lower case
    last_ms: int
    due_ms: int = 0  # next SLA deadline; 0: clock stopped
    stage: int = 0  # SLA deadlines passed: 1 sla, 2 error_after, 3 critical_after
    answered_ms: int = 0
    sla_level: int = 0  # last signalled level (1..3), 0 none
    esc_level: int = 0
    argued: int = 0  # argumentative official replies
    replies: int = 0  # replies by others than the brand
    replies_after: int = 0  # ... since the brand first argued
    reach: int = 0  # complainant + unique repliers
    reach_after: int = 0  # unique repliers since the brand first argued
    repliers: set[int] = msgspec.field(default_factory=set)  # crc32 of repliers, capped
    reply: Ref | None = None  # the brand's latest argumentative reply
    pages: bool = True  # its source's policy is `page` (False: `count`)
    # Pressing while unanswered: it says earlier contacts went unanswered, or its author
    # wrote again under it (cleared when the brand answers; a restart after an answer is not).
    pressing: bool = False
    keys: tuple[int, ...] = ()  # content keys of the complaint (what problem it is about)
    # New fields go last (array-like: state written before them still loads).
    # It says earlier contacts went unanswered: many routine complaints do, so this alone
    # pages only where that is unusual (_claimed_late).
    claims_repeat: bool = False
    under: bool = False  # a comment under the brand's post: it shares that post's topic
    # It paged as part of the backlog: it keeps the page open until answered, so the page does
    # not close and reopen as the complaints that corroborated it get answered.
    paged: bool = False
    # The brand's latest reply (any tone) and what the thread did right after it
    # (detectors/arguing.py): others answering it negatively, the complainant too.
    answer: Ref | None = None
    answer_ms: int = 0
    disputers: int = 0
    answered_back: bool = False
    # Someone else wrote under it, while unanswered, that the brand does not answer them either:
    # two customers, one problem, one ignored before (as `claims_repeat` with a replier).
    seconded: bool = False
    # Tracked only because the problem-report model read it as one (detectors/problem_model.py):
    # it pages by what happens under it (its author again, others piling in, a claim seconded),
    # not by its author's reach; it backs no other complaint as one problem, teaches the
    # answered vocabulary nothing and counts for no silent desk.
    read: bool = False


class ComplaintState(msgspec.Struct):
    """Threads are keyed by key64(thread id) so the indexes below hold small ints."""

    threads: dict[int, Thread] = {}
    posts: dict[int, int] = {}  # key64(source:id) -> thread key; 0 marks an official post
    by_author: dict[int, int] = {}  # key64(source:handle) -> complainant's latest thread
    due: list[tuple[int, int]] = []  # min-heap of (deadline, thread key); stale ones skipped
    overdue: int = 0  # threads past their SLA and still unanswered
    swept_ms: int = 0
    # The backlog as last signalled (group_by: brand): size, `page` complaints in it, level
    # (_NONE: nothing signalled since it was last empty) and the oldest complaint's stage.
    backlog_total: int = 0
    backlog_paging: int = 0
    backlog_level: int = _NONE
    backlog_stage: int = 0
    # Content keys of the complaints the desk answered (key -> complaints, decayed), and how
    # many: what routine complaints are about, so two ignored ones sharing only that are not
    # taken for one problem.
    answered_keys: dict[int, int] = {}
    answered_n: int = 0
    # When `page` complaints last went past the SLA, and when the desk last answered one.
    late_ms: list[int] = []
    claims_ms: list[int] = []  # when ones saying they were ignored before went past it
    late_week: float = 0.0  # `page` complaints gone past the SLA, decayed over a week
    late_week_ms: int = 0
    answer_ms: int = 0
    opened_since: int = 0  # `page` complaints opened since then
    late_since_ms: int = 0  # when a `page` complaint first went past the SLA
    # Business time the desk took to first answer its last `page` complaints (_USUAL_KEEP).
    answer_delays: list[int] = []


class _Backlog(msgspec.Struct, gc=False):
    """The complaints past the SLA and unanswered, summed up at one instant."""

    total: int = 0
    paging: int = 0  # of them from `page` sources
    level: int = _INFO
    stage: int = 0  # highest stage (1 sla, 2 error_after, 3 critical_after) of any of them
    reach: int = 0
    paging_reach: int = 0
    pressing: int = 0  # `page` complaints that page: pressing, piled on, or one problem
    why: dict[str, int] = msgspec.field(default_factory=dict)  # reason -> complaints
    paging_ids: set[str] = msgspec.field(default_factory=set)  # the complaints that page
    paging_threads: list[Thread] = msgspec.field(default_factory=list)  # ... themselves
    oldest: Thread | None = None


# --------------------------------------------------------------------------- detector
def _person(source: str, handle: str) -> int:
    """A replier as `Thread.repliers` remembers them."""
    return zlib.crc32(f"{source}:{handle}".encode())


def _handle(h: str | None) -> str:
    return h.strip().lstrip("@").lower() if h else ""


class ComplaintDetector:
    """Threads on events, SLA deadlines on `tick` (a heap: O(log n) per due deadline)."""

    def __init__(self, spec: BrandSpec, settings: ComplaintSettings) -> None:
        self.spec = spec
        self.s = settings
        self.clock = BusinessClock(spec.business_hours)
        self.offsets = tuple(parse_duration(v) for v in
                             (settings.sla, settings.error_after, settings.critical_after))
        self.retention_ms = parse_duration(settings.retention)
        self.by_thread = settings.group_by == "thread"
        self.policies = settings.source_policies()
        self.default_policy = self.policies.get("*", "page")
        self.official_any = {_handle(a.handle) for a in spec.official_accounts if not a.source}
        self.official_on = {f"{a.source}:{_handle(a.handle)}" for a in spec.official_accounts
                            if a.source}
        handles = sorted({_handle(a.handle) for a in spec.official_accounts}, key=len,
                         reverse=True)
        self.handle_re = re.compile(
            r"(?<![\w@])@(" + "|".join(re.escape(h) for h in handles) + r")(?![\w])",
            re.IGNORECASE) if handles else None

    def new_state(self) -> ComplaintState:
        return ComplaintState()

    def policy(self, source: str) -> str:
        """page | count | ignore for complaints from `source`."""
        return self.policies.get(source, self.default_policy)

    # ----------------------------------------------------------------------- events
    def observe(self, state: ComplaintState, e: Enriched, pk: int | None = None) -> list[Signal]:
        """`pk`: the mention's `post_key` when the caller has it already."""
        m = e.mention
        if pk is None:
            pk = post_key(m)
        posts = state.posts
        if pk in posts or (e.in_thread and not self.s.follow_threads):
            return []  # a metric update of a mention already handled; an unfollowed reply
        parent: int | None = None
        if m.in_reply_to:
            parent = posts.get(key64(f"{m.source}:{m.in_reply_to}"))
        if e.official:
            if not m.in_reply_to and not m.reply_to_author:
                posts[pk] = 0  # the brand's own post: complaints may reply to it
                trim_oldest(posts, self.s.max_posts)
                return []
            if not parent and m.reply_to_author:
                parent = state.by_author.get(key64(f"{m.source}:{_handle(m.reply_to_author)}"))
            return self._official_reply(state, e, pk, parent)
        if parent:
            thread = state.threads.get(parent)
            if thread is not None:
                return self._reply(state, thread, parent, e, pk)
        if e.in_thread:  # a reply naming no brand joins a thread, never opens one
            return []
        # A negative post to the brand's handle expects an answer even when no complaint
        # pattern matched ("когда решите? нет связи, писали уже несколько раз"), and so does a
        # calm one written to the desk that says earlier contacts went unanswered, something
        # expected did not happen ("почему сим-карта так и не активировалась?") or that the
        # problem-report model reads as a problem ("номер не переносится уже двенадцатый
        # день"); a comment under the brand's post or a review only when it is a complaint.
        writes = e.sentiment != "positive" and self._writes_to_handle(e)
        said = (e.complaint and self._addressed(e, parent == 0)) or (
            e.sentiment == "negative" and self._to_handle(e)) or (
            writes and (repeat_contact(m.text) or unmet(m.text)))
        if said or (writes and self._reports_problem(m.text)):
            policy = self.policy(m.source)
            if policy != "ignore":
                return self._open(state, e, pk, pages=policy == "page", read=not said)
        return []

    def tick(self, state: ComplaintState, now_ms: int) -> list[Signal]:
        out: list[Signal] = []
        due, threads = state.due, state.threads
        moved_at = 0  # the latest deadline passed in this tick, if any
        while due and due[0][0] <= now_ms:
            at, tk = heapq.heappop(due)
            th = threads.get(tk)
            if th is None or th.answered_ms or th.due_ms != at:
                continue
            th.stage += 1
            th.last_ms = max(th.last_ms, at)  # retention counts from its last deadline too
            if th.stage == 1:
                state.overdue += 1
                if th.pages:
                    state.late_since_ms = state.late_since_ms or at
                    if not th.read:
                        self._recent(state.late_ms, at)
                    state.late_week = self._weekly(state.late_week, state.late_week_ms, at)
                    state.late_week_ms = at
                    if th.claims_repeat:
                        self._claimed_late(state, th, at)
            th.due_ms = 0
            if th.stage < 3:
                th.due_ms = self.clock.add(th.opened_ms, self.offsets[th.stage])
                heapq.heappush(due, (th.due_ms, tk))
            moved_at = at
            if self.by_thread:
                sig = self._sla_signal(state, th, at, 0, transition=True)
                if sig is not None:
                    out.append(sig)
            else:
                th.sla_level = max(th.sla_level, self._thread_level(th))
        swept = now_ms - state.swept_ms >= _SWEEP_MS
        if swept:
            self._sweep(state, now_ms, out)
        if not self.by_thread and (moved_at or swept):
            out += self._backlog(state, moved_at or now_ms, 0)
        return out

    # ----------------------------------------------------------------------- threads
    def _addressed(self, e: Enriched, replies_to_official_post: bool) -> bool:
        return e.mention.source == "reviews" or replies_to_official_post or self._to_handle(e)

    def _reports_problem(self, text: str) -> bool:
        return self.s.problem_model and _PROBLEM_MODEL is not None and \
            _PROBLEM_MODEL.reports_problem(text)

    def _to_handle(self, e: Enriched) -> bool:
        """It answers an official account or names its @handle."""
        m = e.mention
        return self._is_official(m.source, m.reply_to_author) or self._names_handle(m.text)

    def _writes_to_handle(self, e: Enriched) -> bool:
        """A post of its own naming the @handle: a customer writing to the desk, whose
        answer is due whether or not the words sound like a complaint ("здравствуйте, в
        посёлке пропал интернет, отреагируйте"). A comment under the brand's post is not."""
        m = e.mention
        return not m.in_reply_to and self._names_handle(m.text)

    def _names_handle(self, text: str) -> bool:
        return self.handle_re is not None and "@" in text and \
            self.handle_re.search(text) is not None

    def _is_official(self, source: str, handle: str | None) -> bool:
        h = _handle(handle)
        return bool(h) and (h in self.official_any or f"{source}:{h}" in self.official_on)

    def _open(self, state: ComplaintState, e: Enriched, pk: int, pages: bool,
              read: bool = False) -> list[Signal]:
        m = e.mention
        th = Thread(id=f"{m.source}:{m.id}", root=mention_ref(e), opened_ms=m.created_at_ms,
                    author=_handle(m.author.handle), last_ms=m.created_at_ms,
                    reach=m.author.followers, pages=pages, read=read)
        if pages and not self.by_thread:
            th.claims_repeat = repeat_contact(m.text)
            th.keys = tuple(content_keys(m.text)[:_KEYS])
            th.under = bool(m.in_reply_to)
            state.opened_since += not read  # a reading is no evidence of a silent desk
        tk = key64(th.id)
        th.due_ms = self.clock.add(m.created_at_ms, self.offsets[0])
        heapq.heappush(state.due, (th.due_ms, tk))
        out: list[Signal] = []
        self._index(state, tk, th, pk, m.created_at_ms, out)
        state.by_author[key64(f"{m.source}:{th.author}")] = tk
        trim_oldest(state.by_author, self.s.max_threads)
        return out

    def _index(self, state: ComplaintState, tk: int, th: Thread, pk: int, at: int,
               out: list[Signal]) -> None:
        state.threads[tk] = th
        state.posts[pk] = tk
        trim_oldest(state.posts, self.s.max_posts)
        if len(state.threads) > self.s.max_threads:
            overdue = state.overdue
            self._evict(state, at, out)
            if overdue != state.overdue and not self.by_thread:
                out += self._backlog(state, at, 0)
        if len(state.due) > 2 * self.s.max_threads + 16:
            state.due = [(t.due_ms, k) for k, t in state.threads.items() if t.due_ms]
            heapq.heapify(state.due)

    def _reply(self, state: ComplaintState, th: Thread, tk: int, e: Enriched,
               pk: int) -> list[Signal]:
        m = e.mention
        state.posts[pk] = tk
        trim_oldest(state.posts, self.s.max_posts)
        th.last_ms = max(th.last_ms, m.created_at_ms)
        author = _handle(m.author.handle)
        pressing = th.pressing
        if author == th.author and not th.answered_ms:
            th.pressing = True  # writing again under an unanswered complaint
        if author == th.author and e.complaint and e.sentiment == "negative" and \
                th.answered_ms and not th.argued:
            # "Still not fixed": the clock starts again. A complaint word in a thank-you ("got
            # the refund, appreciate it") is not one.
            th.answered_ms = 0
            th.stage = th.sla_level = 0
            th.pressing = False  # the brand engaged: one more round is the normal flow
            th.seconded = False  # ... and what others said before it was about before it
            th.due_ms = self.clock.add(m.created_at_ms, self.offsets[0])
            th.opened_ms = m.created_at_ms
            heapq.heappush(state.due, (th.due_ms, tk))
        th.replies += 1
        if th.argued:
            th.replies_after += 1
        ah = _person(m.source, author or m.id)
        reach = th.reach
        fresh = author != th.author and ah not in th.repliers
        seconded = th.seconded
        if fresh and not th.seconded and not th.answered_ms and e.sentiment == "negative" and \
                repeat_contact(m.text):
            th.seconded = True
        if fresh and len(th.repliers) < _MAX_REPLIERS:
            th.repliers.add(ah)
            th.reach += m.author.followers
            if th.argued:
                th.reach_after += m.author.followers
        out: list[Signal] = []
        disputed_now = not th.argued and self._disputes(th, e, fresh)
        if th.argued or disputed_now:
            sig = self._escalation(th, e, argued_now=disputed_now)
            if sig is not None:
                out.append(sig)
        elif th.stage and not th.answered_ms:
            if self.by_thread:
                sig = self._sla_signal(state, th, m.created_at_ms, e.ingested_at_ms)
                if sig is not None:
                    out.append(sig)
            elif th.reach != reach or th.pressing != pressing or th.replies == _PILE_ON or (
                    fresh and th.claims_repeat) or th.seconded != seconded:
                th.sla_level = max(th.sla_level, self._thread_level(th))
                out += self._backlog(state, m.created_at_ms, e.ingested_at_ms)
        return out

    def _official_reply(self, state: ComplaintState, e: Enriched, pk: int,
                        parent: int | None) -> list[Signal]:
        m = e.mention
        th = state.threads.get(parent) if parent else None
        arguing = argues(m.text)
        if th is None or not parent:
            if not arguing:
                state.posts[pk] = 0  # replies to the brand's reply address the brand
                trim_oldest(state.posts, self.s.max_posts)
                return []
            # The brand argues under a post we never saw as a complaint: still a thread.
            tid = f"{m.source}:{m.in_reply_to or m.id}"
            parent = key64(tid)
            th = state.threads.get(parent)
            if th is None:
                th = Thread(id=tid, root=None, opened_ms=m.created_at_ms,
                            author=_handle(m.reply_to_author), last_ms=m.created_at_ms,
                            pages=self.policy(m.source) != "count")
                if m.in_reply_to:
                    state.posts[key64(f"{m.source}:{m.in_reply_to}")] = parent
                out: list[Signal] = []
                self._index(state, parent, th, pk, m.created_at_ms, out)
                return out + self._after_official(state, th, parent, e, pk, arguing)
        return self._after_official(state, th, parent, e, pk, arguing)

    def _after_official(self, state: ComplaintState, th: Thread, tk: int, e: Enriched,
                        pk: int, arguing: bool) -> list[Signal]:
        m = e.mention
        state.posts[pk] = tk
        th.last_ms = max(th.last_ms, m.created_at_ms)
        out: list[Signal] = []
        if not th.answered_ms:
            th.answered_ms = m.created_at_ms
            th.due_ms = 0
            if th.keys and not th.read:  # what the desk answers as complaints, not readings
                self._learn(state, th.keys)
            if th.pages and th.root is not None:
                state.answer_ms = max(state.answer_ms, m.created_at_ms)
                state.opened_since = 0
                delays = state.answer_delays
                delays.append(self.clock.elapsed(th.opened_ms, m.created_at_ms))
                if len(delays) > _USUAL_KEEP:
                    del delays[: len(delays) - _USUAL_KEEP]
            if th.stage:
                state.overdue = max(0, state.overdue - 1)
                out += self._left(state, th, m.created_at_ms, e.ingested_at_ms)
        th.answer, th.answer_ms = mention_ref(e), m.created_at_ms
        if not arguing:
            return out
        th.argued += 1
        th.reply = th.answer
        sig = self._escalation(th, e, argued_now=True)
        return out + ([sig] if sig is not None else [])

    @staticmethod
    def _disputes(th: Thread, e: Enriched, fresh: bool) -> bool:
        """A negative reply right after the brand's: from someone new (`fresh`) or the
        complainant answering back. True when the thread now disputes the brand's reply
        (detectors/arguing.py): it is taken as arguing from then on."""
        m = e.mention
        if not th.answer_ms or e.sentiment != "negative" or \
                m.created_at_ms - th.answer_ms > DISPUTE_WINDOW_MS:
            return False
        if fresh:
            th.disputers += 1
        elif _handle(m.author.handle) == th.author:
            th.answered_back = True
        else:
            return False
        if not disputed(th.disputers, th.answered_back):
            return False
        th.argued, th.reply = 1, th.answer
        th.replies_after = th.disputers + th.answered_back
        return True

    @staticmethod
    def _weekly(count: float, last_ms: int, at: int) -> float:
        """A count decayed with a one-week time constant, plus one."""
        return count * math.exp(-max(0, at - last_ms) / _WEEK_MS) + 1.0

    @staticmethod
    def _claimed_late(state: ComplaintState, th: Thread, at: int) -> None:
        """An overdue complaint that says earlier contacts went unanswered is pressing on its
        own only where such complaints are unusual, which takes a week of watching the desk
        to know: some desks' routine backlog is full of them ("обещали перезвонить,
        тишина"); otherwise another author's overdue complaint about the same problem must
        back it (_summary). Judged once, as it passes the SLA."""
        claims = state.claims_ms = [t for t in state.claims_ms if at - t < _WEEK_MS]
        # "None in the past week" means something only after a week of watching the desk.
        known = state.late_week >= _KNOWN_LATE and state.late_since_ms <= at - _WEEK_MS
        if known and len(claims) < _USUAL_CLAIMS:
            th.pressing = True
        claims.append(at)
        if len(claims) > _RECENT_MAX:
            del claims[0]

    @staticmethod
    def _recent(times: list[int], at: int) -> None:
        times.append(at)
        if len(times) > _RECENT_MAX:
            del times[: len(times) - _DARK]

    def _dark(self, state: ComplaintState, now: int) -> bool:
        """The desk has stopped answering: no `page` complaint answered for `sla` of business
        time while `_DARK_OPENED` came in, `_DARK` of them already past the SLA (and we saw it
        answer once: a desk we never saw answer is no news). Readings (`Thread.read`) count
        for neither."""
        last = state.answer_ms
        return last > 0 and state.opened_since >= _DARK_OPENED and \
            sum(1 for t in state.late_ms if t > last) >= _DARK and \
            self.clock.elapsed(last, now) >= self.offsets[0]

    @staticmethod
    def _learn(state: ComplaintState, keys: tuple[int, ...]) -> None:
        vocab = state.answered_keys
        for k in set(keys):
            vocab[k] = vocab.get(k, 0) + 1
        state.answered_n += 1
        if state.answered_n >= 2 * _VOCAB_WINDOW or len(vocab) > _VOCAB_MAX:
            state.answered_keys = {k: v // 2 for k, v in vocab.items() if v > 1}
            state.answered_n //= 2

    def _left(self, state: ComplaintState, th: Thread, at: int, ingested: int) -> list[Signal]:
        """An overdue complaint left the backlog (answered, or no longer tracked)."""
        if not self.by_thread:
            return self._backlog(state, at, ingested)
        return [self._thread_resolved(th, at, ingested)]

    def _evict(self, state: ComplaintState, at: int, out: list[Signal]) -> None:
        """Drop a quarter: settled threads first, then the least recently active."""
        threads = state.threads

        def keep(tk: int) -> tuple[int, int]:
            t = threads[tk]
            live = (not t.answered_ms and t.stage < 3) or (t.argued and t.esc_level < 3)
            return (1 if live else 0, t.last_ms)

        for tk in sorted(threads, key=keep)[: len(threads) - self.s.max_threads * 3 // 4]:
            self._drop(state, tk, at, out)

    def _drop(self, state: ComplaintState, tk: int, at: int, out: list[Signal]) -> None:
        th = state.threads.pop(tk)
        if th.stage and not th.answered_ms:
            state.overdue = max(0, state.overdue - 1)
            if self.by_thread:
                out.append(self._thread_resolved(th, at, 0))

    def _sweep(self, state: ComplaintState, now_ms: int, out: list[Signal]) -> None:
        state.swept_ms = now_ms
        horizon = now_ms - self.retention_ms
        for tk in [k for k, t in state.threads.items() if t.last_ms < horizon and (
                t.answered_ms or t.stage >= 3)]:
            self._drop(state, tk, now_ms, out)
        threads = state.threads
        state.posts = {k: v for k, v in state.posts.items() if not v or v in threads}
        state.by_author = {k: v for k, v in state.by_author.items() if v in threads}

    # ----------------------------------------------------------------------- levels
    def _thread_level(self, th: Thread) -> int:
        """One complaint's own level: its SLA stage, raised by its audience."""
        if not th.stage:
            return 0
        s = self.s
        return max(th.stage, _ERROR * (th.reach >= s.error_reach) + (th.reach >= s.critical_reach))

    def _summary(self, state: ComplaintState, at: int) -> _Backlog:
        """Some complaints always go unanswered (a desk misses ~1%, answers a few late), so an
        overdue complaint pages only when it is pressing (its author wrote again, or it says
        earlier contacts went unanswered where that is unusual: _claimed_late), others piled
        in, its author's reach is `error_reach`, or it is about one problem with other
        authors' complaints (three, overdue or left past the desk's usual; or two, both
        overdue, when one claims earlier contact; or two with `_PILE_ON` others replying
        under them: others piled in across the problem); all of them once the desk has stopped
        answering (`_dark`). One that paged keeps paging until
        answered (`Thread.paged`). The rest is info however old or many: recorded and shown,
        not paged. A complaint backs others once it is overdue or has waited longer than the
        desk usually takes (`_usual`); one the desk may still answer in its usual time is no
        evidence that it ignores the problem, and one tracked only by the problem-report
        model's reading (`Thread.read`) backs none. Only overdue ones page."""
        b = _Backlog()
        s = self.s
        plain: list[Thread] = []
        dark = self._dark(state, at)
        usual = self._usual(state)
        waiting: list[Thread] = []  # late for this desk, not yet past the SLA
        for th in state.threads.values():
            if th.answered_ms:
                continue
            if not th.stage:
                if usual and th.pages and th.root is not None and at - th.opened_ms >= usual \
                        and self.clock.elapsed(th.opened_ms, at) >= usual:
                    waiting.append(th)
                continue
            b.total += 1
            b.reach += th.reach
            b.stage = max(b.stage, th.stage)
            if b.oldest is None or th.opened_ms < b.oldest.opened_ms:
                b.oldest = th
            if not th.pages:
                continue
            b.paging += 1
            why = ("desk_silent" if dark else "repeat_contact" if th.pressing else
                   "pile_on" if th.replies >= _PILE_ON else
                   # it says it was ignored before and someone else replied under it, or
                   # someone else says so under it: two customers, one problem, as
                   # _SAME_CLAIMED asks of separate complaints
                   "claim_seconded" if (th.claims_repeat and th.repliers) or th.seconded else
                   # a reading's own author is no evidence: others must reach it
                   "reach" if th.reach >= s.error_reach and not th.read else "")
            if why:
                self._pages_in(b, th, why)
            else:
                plain.append(th)
        # Overdue complaints about one problem from _SAME_AUTHORS authors page together: each
        # shares _SAME_PROBLEM content keys with another, one of them rare among the complaints
        # the desk answered (two alike are common enough: one template, one routine problem).
        # Complaints left longer than the desk usually takes (`waiting`) count as authors of
        # the problem; only the overdue ones page.
        vocab, answered = state.answered_keys, state.answered_n
        overdue = len(plain)
        plain += waiting
        root = list(range(len(plain)))

        def find(i: int) -> int:
            while root[i] != i:
                root[i] = root[root[i]]
                i = root[i]
            return i

        # Only complaints sharing a rare key can be about one problem: index them by those
        # keys instead of comparing every pair (the backlog holds up to `max_threads`).
        by_rare: dict[int, list[int]] = {}
        rare = max(_RARE, _PER_BACKLOG * len(plain))
        for i, th in enumerate(plain):
            if th.read:
                continue  # a reading, not a complaint's own words: no evidence of one problem
            keys = set(th.keys)
            compared: set[int] = set()
            for k in keys:
                if vocab.get(k, 0) * rare > answered:
                    continue
                for j in by_rare.get(k, ()):
                    if j in compared:
                        continue
                    compared.add(j)
                    other = plain[j]
                    if other.author == th.author or (th.under and other.under):
                        continue  # comments under the brand's posts share their posts' topics
                    ri, rj = find(i), find(j)
                    if ri != rj and len(keys.intersection(other.keys)) >= _SAME_PROBLEM:
                        root[ri] = rj
                by_rare.setdefault(k, []).append(i)
        authors: dict[int, set[str]] = {}  # authors of the problem's complaints
        late: dict[int, set[str]] = {}  # ... of its overdue ones
        claimed: set[int] = set()  # problems with an overdue complaint saying it was ignored
        others: dict[int, set[int]] = {}  # people who replied under the problem's complaints
        for i, th in enumerate(plain):
            r = find(i)
            authors.setdefault(r, set()).add(th.author)
            others.setdefault(r, set()).update(th.repliers)
            if i < overdue:
                late.setdefault(r, set()).add(th.author)
                if th.claims_repeat:
                    claimed.add(r)
        for i, th in enumerate(plain):  # its complainants replying under each other's: no others
            others[find(i)].discard(_person(th.id.split(":", 1)[0], th.author))
        for i, th in enumerate(plain[:overdue]):
            r = find(i)
            # A claim makes two authors enough only when both are overdue: a claim and one
            # complaint worded alike the desk is merely slow on is a routine pair. So do
            # others piling in under the two (`_PILE_ON` people across them, as under one).
            backed = (r in claimed and len(late[r]) >= _SAME_CLAIMED) or (
                len(authors[r]) >= _SAME_CLAIMED and len(others[r]) >= _PILE_ON)
            if len(authors[r]) >= _SAME_AUTHORS or backed:
                self._pages_in(b, th, "same_problem")
                b.level = max(b.level, _ERROR)  # several customers, one problem, ignored
            elif th.paged:
                self._pages_in(b, th, "paged_before")
        if b.pressing:
            by_count = _ERROR * (b.pressing >= s.error_count) + (b.pressing >= s.critical_count)
            by_reach = _ERROR * (b.paging_reach >= s.error_reach) + (
                b.paging_reach >= s.critical_reach)
            b.level = max(b.level, _WARNING, by_count, by_reach)
        return b

    @staticmethod
    def _usual(state: ComplaintState) -> int:
        """Business ms within which the desk answers nearly every complaint; 0: not known."""
        delays = state.answer_delays
        if len(delays) < _USUAL_MIN:
            return 0
        return max(_USUAL_FLOOR_MS, sorted(delays)[int(_USUAL_Q * (len(delays) - 1))])

    @staticmethod
    def _pages_in(b: _Backlog, th: Thread, why: str) -> None:
        b.paging_ids.add(th.id)
        b.paging_threads.append(th)
        b.why[why] = b.why.get(why, 0) + 1
        b.pressing += 1
        b.paging_reach += th.reach
        b.level = max(b.level, th.stage)

    # ----------------------------------------------------------------------- signals
    def _backlog(self, state: ComplaintState, at: int, ingested: int) -> list[Signal]:
        """The backlog's signal when its size, level or oldest stage changed since the last."""
        if not state.overdue and state.backlog_level == _NONE:
            return []  # nothing overdue, nothing signalled: no need to look
        b = self._summary(state, at)
        if not b.total:
            if state.backlog_level == _NONE:
                return []
            state.backlog_total = state.backlog_paging = state.backlog_stage = 0
            state.backlog_level = _NONE
            return [self._backlog_signal(state, b, at, ingested, "resolved")]
        if b.level >= _WARNING:
            for th in b.paging_threads:
                th.paged = True
        now = (b.total, b.paging, b.level, b.stage)
        last = (state.backlog_total, state.backlog_paging, state.backlog_level,
                state.backlog_stage)
        if now == last:
            return []
        grew = b.total > last[0] or b.paging > last[1] or b.level > last[2]
        state.backlog_total, state.backlog_paging, state.backlog_level, state.backlog_stage = now
        status: SignalStatus = "firing" if grew else "update"
        if b.level < _WARNING <= last[2]:
            status = "resolved"  # nothing left that pages: close the page, keep counting
        return [self._backlog_signal(state, b, at, ingested, status)]

    def _backlog_signal(self, state: ComplaintState, b: _Backlog, at: int, ingested: int,
                        status: SignalStatus) -> Signal:
        items = sorted((th for th in state.threads.values()
                        if th.stage and not th.answered_ms and th.root is not None),
                       key=lambda th: (not th.pages, th.id not in b.paging_ids,
                                       not th.pressing, -th.stage, -th.reach,
                                       th.opened_ms, th.id))
        sources: dict[str, int] = {}
        quiet: set[str] = set()  # sources of `count` complaints
        langs: dict[str, int] = {}
        for th in items:
            source = th.id.split(":", 1)[0]
            sources[source] = sources.get(source, 0) + 1
            if not th.pages:
                quiet.add(source)
            if th.root is not None:
                langs[th.root.lang] = langs.get(th.root.lang, 0) + 1
        oldest = b.oldest
        age = at - oldest.opened_ms if oldest is not None else 0
        business = self.clock.elapsed(oldest.opened_ms, at) if oldest is not None else 0
        count_only = b.total - b.paging
        if b.total:
            title = (f"{b.total} complaint{'s' if b.total != 1 else ''} unanswered past the "
                     f"SLA, oldest {format_duration(max(age, 0))}, reach {b.reach:,}")
            if b.level < _WARNING:
                title += " (none pressing: recorded, not paged)"
            elif count_only:
                title += f" ({count_only} not paged on their own)"
        else:
            title = "Every complaint past the SLA has been answered"
        return Signal(
            brand=self.spec.id, kind=Kind.COMPLAINT_SLA, severity=Severity(b.level), at_ms=at,
            title=title, group="", observed=float(b.total), reach=b.reach, languages=langs,
            mentions=tuple(th.root.public() for th in items[:_TOP] if th.root is not None),
            details={
                "backlog": b.total,
                "paging": b.paging,
                "pressing": b.pressing,
                "pressing_why": ", ".join(f"{k} {v}" for k, v in sorted(b.why.items())),
                "count_only": count_only,
                "count_only_sources": ",".join(sorted(quiet)),
                "sources": ", ".join(f"{k} {v}" for k, v in sorted(
                    sources.items(), key=lambda kv: (-kv[1], kv[0]))),
                "oldest_hours": round(max(age, 0) / 3_600_000, 2),
                "oldest_business_hours": round(business / 3_600_000, 2),
                "sla_hours": round(self.offsets[0] / 3_600_000, 2),
                "paging_reach": b.paging_reach,
            },
            source_ingested_at_ms=ingested, status=status, snapshot=True,
        )

    def _sla_signal(self, state: ComplaintState, th: Thread, at: int, ingested: int,
                    transition: bool = False) -> Signal | None:
        """group_by: thread. A `count` complaint is signalled once, as info, when it passes
        the SLA; a `page` complaint whenever its level rises."""
        if th.pages:
            level = self._thread_level(th)
            if level <= th.sla_level:
                return None
            th.sla_level = level
        elif transition and th.stage == 1:
            level = _INFO
        else:
            return None
        age = self.clock.elapsed(th.opened_ms, at)
        return Signal(
            brand=self.spec.id, kind=Kind.COMPLAINT_SLA, severity=Severity(level), at_ms=at,
            title=f"Complaint unanswered for {format_duration(age)} of business time",
            group=th.id,
            observed=round(age / 3_600_000, 2),
            expected=round(self.offsets[0] / 3_600_000, 2), reach=th.reach,
            languages={th.root.lang: 1} if th.root else {},
            mentions=(th.root.public(),) if th.root else (),
            details={
                "thread": th.id,
                "business_hours_unanswered": round(age / 3_600_000, 2),
                "hours_unanswered": round((at - th.opened_ms) / 3_600_000, 2),
                "sla_hours": round(self.offsets[0] / 3_600_000, 2),
                "replies": th.replies,
                "overdue_threads": state.overdue,
                "paged": th.pages,
            },
            source_ingested_at_ms=ingested,
        )

    def _thread_resolved(self, th: Thread, at: int, ingested: int) -> Signal:
        return Signal(
            brand=self.spec.id, kind=Kind.COMPLAINT_SLA, severity=Severity.INFO, at_ms=at,
            title="Complaint answered" if th.answered_ms else "Complaint no longer tracked",
            group=th.id, reach=th.reach, details={"thread": th.id},
            source_ingested_at_ms=ingested, status="resolved",
        )

    def _escalation(self, th: Thread, e: Enriched, argued_now: bool = False) -> Signal | None:
        s = self.s
        level = max(_ERROR, min(_CRITICAL, th.sla_level + 1))
        if th.argued >= 2 or th.replies_after >= s.critical_replies or \
                th.reach_after >= s.critical_reach_after:
            level = _CRITICAL
        if not th.pages and th.replies_after < _PILE_ON and th.reach_after < s.error_reach:
            # A `count` source (reviews): brands dispute reviews as a matter of course; it is
            # recorded, and pages only once others pile in or it reaches an audience.
            if not argued_now:
                return None
            level = _INFO
        elif level <= th.esc_level:
            return None
        th.esc_level = max(th.esc_level, level)
        refs = [r.public() for r in (th.root, th.reply) if r is not None]
        cur = mention_ref(e).public()
        if all(r.id != cur.id for r in refs):
            refs.append(cur)
        langs: dict[str, int] = {}
        for r in refs:
            langs[r.lang] = langs.get(r.lang, 0) + 1
        m = e.mention
        return Signal(
            brand=self.spec.id, kind=Kind.COMPLAINT_ESCALATION, severity=Severity(level),
            at_ms=m.created_at_ms,
            title=("Brand argues with a complaint in public" if th.replies_after == 0 else
                   f"Complaint thread escalating: {th.replies_after} replies after the "
                   "brand argued"),
            group=th.id, observed=float(th.replies_after), reach=th.reach,
            languages=langs, mentions=tuple(refs),
            details={
                "thread": th.id,
                "argumentative_replies": th.argued,
                "disputers": th.disputers,
                "answered_back": th.answered_back,
                "replies_after_argument": th.replies_after,
                "reach_after_argument": th.reach_after,
                "replies": th.replies,
                "sla_level": th.sla_level,
                "minutes_since_complaint": round((m.created_at_ms - th.opened_ms) / 60_000, 1),
            },
            source_created_at_ms=m.created_at_ms,
            source_appended_at_ms=e.appended_at_ms,
            source_ingested_at_ms=e.ingested_at_ms,
        )

