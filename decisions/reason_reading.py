"""The reason the classifier read against what the customer's words plainly say.

The reason classifier weighs the whole text; `features.customer_asks` reads a few facts a customer states in so
many words. Where the two disagree, the words decide only for the facts that were right far more often than the
classifier on held-out text (benchmarks/README.md, "The reason read against the words"):
- a size asked bigger or smaller ("Need a bigger size", « la taille au-dessus »), with no fault, quality complaint
  or difference from the description told and no several sizes ordered to choose from: the item is too small (too
  large), whatever the classifier read;
- the item said not to fit with no way given ("It's just not the right size", « elle ne me va pas ») and nothing
  else: that is none of the reasons that claim the shop got something wrong (damage, a defect, a part missing,
  another item, a listing that differs), so such a reading gives way to `other`, as the annotation guide labels a
  fit with no direction (`data/corpus/ANNOTATION.md`, rule 2).
A size wanted alone ("Please send the M") settles nothing: a customer sent the wrong size asks for the one they
ordered, and the classifier reads those texts better than the words' facts do.
"""

from __future__ import annotations

from dataclasses import dataclass

from decisions.policy import RuleHit
from features.customer_asks import CustomerAsks
from features.taxonomy import get_reason, reason_words

# The way a customer asks the size to change, the reason it tells and how an agent reads it.
_SIZE_ASKED: dict[str, tuple[str, str]] = {
    "up": ("too_small", "asks for a bigger size"),
    "down": ("too_large", "asks for a smaller size"),
}
# What a fit said with no way given is labelled (`data/corpus/ANNOTATION.md`, rule 2).
_FIT_WITH_NO_WAY = "other"


@dataclass(frozen=True)
class WordsReading:
    """A reason the customer's words settle against the classifier's reading.

    Attributes:
        read: the classifier's reason.
        reason: the reason the words give, which the decision and the reply act on.
        said: what the words say, as an agent reads it ("asks for a bigger size").
    """

    read: str
    reason: str
    said: str

    def rule(self) -> RuleHit:
        """The rule that tells the agent why the reason is not the classifier's."""
        return RuleHit(
            "REASON_FROM_WORDS",
            f"The reason model read {reason_words(self.read)}, but the customer {self.said}: "
            f"taken as {reason_words(self.reason)}.",
        )


def words_reading(read: str, asks: CustomerAsks) -> WordsReading | None:
    """The reason the customer's words give when they plainly contradict the classifier's reading `read`, else None
    (the words agree, say nothing clear, or tell of a fault, a quality or description complaint, or several sizes
    ordered to choose from, where another reason may be the one that made them return it)."""
    if asks.faults or asks.quality_complaint or asks.not_as_described or asks.ordered_to_compare:
        return None
    if asks.size_direction in _SIZE_ASKED:
        reason, said = _SIZE_ASKED[asks.size_direction]
        return WordsReading(read, reason, said) if read != reason else None
    if asks.does_not_fit and asks.size_direction is None and asks.wanted_size is None and get_reason(read).shop_fault:
        return WordsReading(read, _FIT_WITH_NO_WAY, "only says it does not fit, and names no fault")
    return None
