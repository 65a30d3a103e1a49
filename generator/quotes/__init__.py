"""Quotations with their speakers, and indirect speech as an actor's statements.

Direct quotes are found from the quotation marks of each body paragraph (`marks`), and what stands in
marks but quotes no one is dropped (`not_quotes`). The speaker comes from the cue around the quote
(`speech.yaml`, the cue shapes of `shapes.yaml`: `cue_shapes`), read after the closing mark
(`cues_after`), before the opening mark (`cues_before`), in the quote's sentence (`phrases`) or carried
from the quote or paragraph before (`carry`), in that order (`attribute`), and settled last (`settle`:
an agency that relays is the `channel`). Every part reads one `_Context` of the article (`context`, its
parts `passage`, `naming`, `speakers`, `descriptions`, `trail`). `read_speech` runs the pass once
(`speech`); `find_statements` reads it again for indirect statements (`statements`). README.md says
what each round of real news added.

Every Quote and Statement carries `rule` = "<form>/<attribution>", naming what fired.
No Indonesian word lives here: cue words, pronouns and channels come from `speech.yaml`."""
from __future__ import annotations

from .common import key_missing, SPEECH_SHAPES
from .context import _Context
from .cue_shapes import phrase_end
from .marks import QUOTE_MAX
from .speech import find_quotes, read_speech, Speech, with_described_roles
from .statements import find_statements
from .trail import _Trail
from .words import _words_of

__all__ = ["read_speech", "find_quotes", "find_statements", "Speech", "with_described_roles", "phrase_end",
           "key_missing", "SPEECH_SHAPES", "QUOTE_MAX", "_words_of", "_Context", "_Trail"]
