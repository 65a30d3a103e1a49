"""The data types every stage hands on, and the one place that knows the JSON record of FORMATS.md.

Every fact is a `Span` into `Article.text` (stand-off annotation): no stage rewrites
the text, so `article.text[span.start:span.end]` is always the surface form.
"""
from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields, replace
from pathlib import PurePath
from typing import Literal

Kind = Literal["person", "organization", "country", "place"]
KINDS: tuple[Kind, ...] = ("person", "organization", "country", "place")
# FORMATS.md field name for each kind.
RECORD_FIELDS: dict[str, str] = {
    "person": "persons",
    "organization": "organizations",
    "country": "countries",
    "place": "places",
}
Precision = Literal["day", "week", "month", "year"]


def quick_init(cls: type) -> type:
    """A frozen, slotted dataclass made faster to construct, and otherwise the same class.

    The `__init__` a frozen dataclass is given sets each field through `object.__setattr__` (which
    looks the field up by name at every call): the small records here are made by the thousand an
    article, and that cost about two thirds of making one. This `__init__`, with the same parameters
    and defaults, sets each field through its slot's own setter instead (about a third fewer
    instructions for a two-field record, more for more fields). Equality, hashing, ordering,
    immutability after construction, `replace`, `fields` and pickling are the dataclass's own.
    Apply it on top of `@dataclass(frozen=True, slots=True)`."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__ or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: quick_init is for frozen, slotted dataclasses without __post_init__")
    names = [f.name for f in fields(cls)]
    scope: dict[str, object] = {f"_set_{name}": getattr(cls, name).__set__ for name in names}
    parameters = []
    for f in fields(cls):
        if not f.init or f.kw_only or f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: quick_init takes plain fields only")
        if f.default is MISSING:
            parameters.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            parameters.append(f"{f.name}=_default_{f.name}")
    source = (f"def __init__(self, {', '.join(parameters)}):\n"
              + "".join(f"    _set_{name}(self, {name})\n" for name in names))
    exec(source, scope)  # noqa: S102 - the code is built from the field names above (as dataclasses does)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls


@quick_init
@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character range [start, end) into `Article.text`."""

    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start:self.end]

    def __contains__(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@quick_init
@dataclass(frozen=True, slots=True)
class Article:
    """One article file, decoded and with line endings normalised (nothing else changed)."""

    id: str
    path: str
    text: str
    # How the bytes were decoded when that was not plain UTF-8 ("utf-8-sig", "cp1252", ...).
    decoded_as: str = "utf-8"


@quick_init
@dataclass(frozen=True, slots=True)
class Furniture:
    span: Span
    rule: str  # id of the furniture.yaml rule that fired


@quick_init
@dataclass(frozen=True, slots=True)
class Credit:
    """A byline, editor line or photo credit: shown on the brief, never an actor."""

    span: Span
    role: str  # "author" | "editor" | "photo" | "source" | "reporter"
    name: str


@quick_init
@dataclass(frozen=True, slots=True)
class Layout:
    headline: Span | None
    outlet: str | None
    outlet_span: Span | None
    dateline: Span | None          # the dateline city as written ("PALEMBANG")
    published: Span | None         # where the publication (or lead-event) date is written
    body: tuple[Span, ...]         # body paragraphs (headline and captions excluded)
    captions: tuple[Span, ...]     # photo captions: entities and dates count, summaries skip them
    furniture: tuple[Furniture, ...]
    credits: tuple[Credit, ...] = ()


@quick_init
@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    paragraph: int                  # index into Layout.body + captions order (see segment.py)
    caption: bool = False           # True for sentences of photo captions and the headline


# The rule of a country's mention inside a body's name ("Kementerian Luar Negeri X"): the country is named,
# but it is the body that acts there (attribution reads no such mention).
IN_BODY_RULE = "country:in-body"


@quick_init
@dataclass(frozen=True, slots=True)
class Mention:
    span: Span
    text: str
    kind: Kind
    key: str                        # article-local entity key (the Actor it belongs to)
    rule: str


@quick_init
@dataclass(frozen=True, slots=True)
class Actor:
    """One entity as one article knows it: all its mentions, and what the text says of it."""

    key: str                        # article-local key; resolve.py maps it to a global id
    kind: Kind
    name: str                       # fullest form in the text (or the register's canonical name)
    mentions: tuple[Mention, ...]
    role: str | None = None
    affiliation: str | None = None
    register_id: str | None = None  # set when the editorial register knows the entity
    role_span: Span | None = None   # where the role was stated
    role_stated: str | None = None  # the role in the text's own words (`Menlu`), when `role` writes it out


@quick_init
@dataclass(frozen=True, slots=True)
class DateMention:
    span: Span
    text: str
    value: str | None               # "YYYY" | "YYYY-MM" | "YYYY-Www" | "YYYY-MM-DD" | None
    precision: Precision | None
    rule: str
    sentence: Span | None = None
    scored: bool = True             # False for anaphoric dates kept only for the timeline


@quick_init
@dataclass(frozen=True, slots=True)
class Quote:
    span: Span                      # the words inside the marks (without the marks)
    text: str
    speaker: str | None             # canonical name of who said it, None when the text does not say
    speaker_key: str | None         # the article-local Actor key of the speaker
    cue: Span | None
    rule: str
    channel: str | None = None      # an outlet or agency that only relayed the words
    parts: tuple[Span, ...] = ()    # for a quote split by its cue: each quoted piece


@quick_init
@dataclass(frozen=True, slots=True)
class Statement:
    """Indirect speech: `X menegaskan bahwa ...` -- not a quote, but what an actor said."""

    span: Span                      # the whole reported clause
    text: str
    speaker: str | None
    speaker_key: str | None
    verb: str
    cue: Span
    rule: str


@quick_init
@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    stage: str
    message: str
    severity: Literal["error", "warning", "note"] = "error"   # a note: for an editor to confirm
    span: Span | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.severity}: {self.message} [{self.stage}]"


@quick_init
@dataclass(frozen=True, slots=True)
class Brief:
    article: Article
    layout: Layout
    published: DateMention | None
    sentences: tuple[Sentence, ...]
    summary: tuple[Span, ...]
    actors: tuple[Actor, ...]
    dates: tuple[DateMention, ...]
    quotes: tuple[Quote, ...]
    statements: tuple[Statement, ...] = ()
    problems: tuple[Problem, ...] = ()

    @property
    def headline(self) -> str | None:
        return self.layout.headline.of(self.article.text) if self.layout.headline else None

    @property
    def dateline(self) -> str | None:
        if not self.layout.dateline:
            return None
        return normalise_city(self.layout.dateline.of(self.article.text))

    @property
    def title(self) -> str:
        """Headline, or the first summary sentence shortened, or the article id."""
        if self.headline:
            return self.headline
        if self.summary:
            first = self.summary[0].of(self.article.text)
            return first if len(first) <= 110 else first[:107].rsplit(" ", 1)[0] + " …"
        return self.article.id

    def sentence_of(self, span: Span) -> Sentence | None:
        for sentence in self.sentences:
            if span.start >= sentence.span.start and span.start < sentence.span.end:
                return sentence
        return None


def normalise_city(text: str) -> str:
    """`PALEMBANG` → `Palembang`; keeps mixed-case names as written."""
    text = text.strip()
    if text.isupper():
        return " ".join(word.capitalize() for word in text.split())
    return text


@quick_init
@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world entity across the whole collection."""

    id: str
    kind: Kind
    name: str
    aliases: frozenset[str] = frozenset()
    description: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True)
class Catalog:
    """Everything the site knows, immutable once resolve.py has built it."""

    briefs: tuple[Brief, ...]
    entities: dict[str, Entity]
    # (article id, actor key) -> entity id
    entity_of: dict[tuple[str, str], str] = field(default_factory=dict)
    # Spellings resolve joined into one entity: (entity id, spelling, the spelling it joined, how),
    # and spellings it kept apart though they would join: (entity id, entity id, why). For `briefing check`.
    merges: tuple[tuple[str, str, str, str], ...] = ()
    kept_apart: tuple[tuple[str, str, str], ...] = ()

    def entity_id(self, brief: Brief, key: str | None) -> str | None:
        if key is None:
            return None
        return self.entity_of.get((brief.article.id, key))


def _certainty_fields(found) -> dict:
    """`certain` (and `uncertain_why` when it is a guess); nothing when there is nothing to judge."""
    if found is None:
        return {}
    return {"certain": True} if found.certain else {"certain": False, "uncertain_why": found.reason}


def to_record(brief: Brief, catalog: Catalog | None = None) -> dict:
    """The FORMATS.md extraction record of one brief (extra fields are allowed there)."""
    from .confidence import mention_certainty, role_certainty, speaker_certainty  # it reads these types
    text = brief.article.text

    def entity_id(actor: Actor) -> str:
        if catalog is not None:
            found = catalog.entity_id(brief, actor.key)
            if found:
                return found
        return actor.register_id or actor.key

    def span_json(span: Span) -> dict:
        return {"text": text[span.start:span.end], "start": span.start, "end": span.end}

    record: dict = {
        "article": brief.article.id,
        "headline": brief.headline,
        "outlet": brief.layout.outlet,
        "published": brief.published.value if brief.published else None,
        "dateline": brief.dateline,
        "summary": [span.of(text) for span in brief.summary],
        "summary_spans": [{"start": s.start, "end": s.end} for s in brief.summary],
    }
    for kind, field_name in RECORD_FIELDS.items():
        entries = []
        for actor in brief.actors:
            if actor.kind != kind:
                continue
            entry = {"id": entity_id(actor), "name": actor.name,
                     "mentions": [dict(span_json(m.span), rule=m.rule,
                                       **_certainty_fields(mention_certainty(brief, actor, m)))
                                  for m in actor.mentions]}
            if kind == "person":
                entry["role"] = actor.role_stated or actor.role    # FORMATS: the role as the text states it
                entry["affiliation"] = actor.affiliation
                entry.update({f"role_{k}": v for k, v in _certainty_fields(role_certainty(brief, actor)).items()})
            entries.append(entry)
        record[field_name] = entries
    record["dates"] = [
        {"text": d.text, "value": d.value, "precision": d.precision, "start": d.span.start,
         "end": d.span.end, "rule": d.rule,
         "sentence": ({"start": d.sentence.start, "end": d.sentence.end} if d.sentence else None)}
        for d in brief.dates if d.scored
    ]
    by_key = {a.key: a for a in brief.actors}
    record["quotes"] = [
        {"text": q.text, "speaker": q.speaker,
         "speaker_id": entity_id(by_key[q.speaker_key]) if q.speaker_key in by_key else None,
         "start": q.span.start, "end": q.span.end, "channel": q.channel, "rule": q.rule,
         "cue": span_json(q.cue) if q.cue else None,
         **{f"speaker_{k}": v for k, v in _certainty_fields(speaker_certainty(brief, q)).items()}}
        for q in brief.quotes
    ]
    record["statements"] = [
        {"text": s.text, "speaker": s.speaker,
         "speaker_id": entity_id(by_key[s.speaker_key]) if s.speaker_key in by_key else None,
         "verb": s.verb, "start": s.span.start, "end": s.span.end, "rule": s.rule}
        for s in brief.statements
    ]
    record["credits"] = [{"role": c.role, "name": c.name, "start": c.span.start, "end": c.span.end}
                         for c in brief.layout.credits]
    # The file name only: a record is published (data/records.json), and the folder it was read
    # from (`--content /home/someone/...`) is nobody's business.
    record["problems"] = [str(replace(p, path=PurePath(p.path).name)) for p in brief.problems]
    return record
