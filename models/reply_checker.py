"""Check a drafted reply before an agent sees it: checking, not trusting.

`check_rules` returns the problems it finds per rule (`RULES`; every list empty means the draft
passes), `check` the same flattened: the language is the customer's; the format (slots, lengths);
every amount, date and promise equals the decision's facts and no promised date is already past on
the day the draft was prepared; English agreement with a plural item; the status link; no fraud or
risk signal; the tone fits (an apology exactly when the shop is at fault, or the text describes a
fault, and the reason is sure); no other customer's name or order number; the acknowledgement comes
before the decision; the item is named as a customer would, never by its category code; packing and
safety instructions fit the goods; a paid return says why, in policy terms, in one sentence with the
fee; an exchange only when it fixes the complaint, in the size asked for, never a rejected one; no
fee and no lateness rejection on a described fault; neutral words on an unsure reason; every request
answered or listed for the agent (a call or a person means handover); French typography; no phrase
said twice. It reads only the draft text, the facts and the case, so it also catches a draft an
agent edited by hand.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from functools import lru_cache

from features.language import detect_language
from models import reply_grammar as grammar
from models.exchange_offer import exchange_offer, size_had
from models.reply_drafter import (
    Draft,
    ReplyCase,
    ReplyFacts,
    name_fingerprint,
    payment_settled_in_person,
    request_is_moot,
    slot_values,
)

MIN_BODY_CHARS = 200
MAX_BODY_CHARS = 2000
MAX_SUBJECT_CHARS = 140

_MONEY = {
    "en": re.compile(r"[€£]\d+(?:[.,]\d+)?|\b\d+[.,]\d{2}\s?(?:EUR|GBP)\b"),
    "fr": re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:€|£|EUR|GBP)"),
}
_MONTHS = {
    "en": "january|february|march|april|may|june|july|august|september|october|november|december",
    "fr": "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre",
}
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_SHOP_ID = re.compile(r"\b[OCLR]\d{6,8}\b")
_WORD = re.compile(r"[^\W\d_]+")
_FRAUD_CODE = re.compile(r"\b[A-Z]{3,}(?:_[A-Z]+)+\b")  # machine reason codes such as HIGH_RETURN_FREQUENCY


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Every word the grammar itself can write: such a word in a draft cannot be a leaked name."""
    texts = [
        text
        for bank in (grammar.PHRASES, grammar.CLAUSES, grammar.ALTERNATIVES, grammar.REFUND_METHODS)
        for text in _strings(bank)
    ]
    texts += list(_strings(grammar.CATEGORY_NAMES)) + list(_MONTHS.values())
    return frozenset(grammar.fold(word) for text in texts for word in _WORD.findall(grammar.fold(text)))


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, tuple | list):
        return [text for item in value for text in _strings(item)]
    return []


@lru_cache(maxsize=1)
def _singular_verbs_after_product() -> frozenset[str]:
    """The singular verbs the English grammar writes right after the product name ("reaches", "is"):
    after a plural name, any of them means the draft lost the agreement."""
    texts = _strings(grammar.PHRASES["en"]) + _strings(grammar.ALTERNATIVES["en"])
    return frozenset(match for text in texts for match in re.findall(r"\{(?:the_)?item\} \[([^|\]]+)\|", text))


def _agreement_problems(text: str, case: ReplyCase) -> list[str]:
    """A plural English item followed by a singular verb ("the Skinny Jeans reaches us"), the item its subject: not
    "the refund for your jeans has already reached you", where the verb is the refund's."""
    if case.lang != "en" or not case.plural_product:
        return []
    verbs = "|".join(sorted(_singular_verbs_after_product()))
    name = case.product_name if case.names_product_in_english else case.noun.en
    found = re.findall(
        rf"(?<!\bfor )(?<!\bof )(?<!\babout )\b(?:[Tt]he|[Yy]our) {re.escape(name or '')} ({verbs})\b", text
    )
    return [f"treats the plural item as singular: '{name} {verb}'" for verb in sorted(set(found))]


def _contains_any(folded: str, phrases: Collection[str]) -> bool:
    return any(phrase in folded for phrase in phrases)


def _states_amount(amount: str, text: str) -> bool:
    """Whether `text` states this formatted amount as a whole: a French fee of « 3,95 € » is not stated
    by a refund of « 113,95 € », which ends with the same characters."""
    # A scan of the occurrences, not a pattern built from the amount: each draft's amounts differ, so such a
    # pattern was compiled anew for almost every check.
    start = text.find(amount)
    while start != -1:
        before = text[start - 1] if start else ""
        end = start + len(amount)
        after = text[end] if end < len(text) else ""
        if not (before.isdecimal() or before in (".", ",")) and not after.isdecimal():
            return True
        start = text.find(amount, start + 1)
    return False


def stated_dates(folded: str, lang: str) -> set[str]:
    """Dates written in words (`3 december 2026`, or `3 december` without a year) in accent-free lower-case text."""
    pattern = re.compile(rf"\b\d{{1,2}} (?:{_MONTHS[lang]})(?: \d{{4}})?\b")
    return set(pattern.findall(folded))


def _fact_problems(
    draft: Draft, facts: ReplyFacts, case: ReplyCase, text: str, folded: str, values: dict[str, str]
) -> list[str]:
    """Amounts, dates and promises in the text (`folded`: folded) against the decision's facts (`values`: their
    slots' values)."""
    problems = []
    lang = case.lang
    markers = grammar.MARKERS[lang]

    expected_money = {values[key] for key in ("refund_amount", "label_fee") if key in values}
    # each in the order the draft states it: a set's order changes with each process's string hashing
    for amount in sorted(set(_MONEY[lang].findall(text)) - expected_money, key=text.index):
        problems.append(f"states an amount not in the decision's facts: {amount}")
    expected_dates = {
        grammar.fold(grammar.format_date(day, lang))
        for day in (facts.refund_from, facts.refund_to, facts.return_by, facts.review_by, *facts.clause_values.values())
        if isinstance(day, date)
    }
    for day in sorted(stated_dates(folded, lang) - expected_dates, key=folded.index):
        problems.append(f"states a date not in the decision's facts: {day}")
    if _ISO_DATE.search(text):
        problems.append("states a date in a numeric format the customer may misread")
    problems += _date_problems(facts, lang, folded)

    promises_refund = _contains_any(folded, markers["refund_promise"])
    promises_free_label = _contains_any(folded, markers["free_label"])
    if facts.decision in ("reject", "manual_review") and promises_refund:
        problems.append(f"promises a refund on a {facts.decision} decision")
    if facts.refunds and payment_settled_in_person(case, draft.handover_reasons):
        # the person who contacts them settles the money: an amount or a date would promise it beside a chargeback
        if "refund_amount" in values and _states_amount(values["refund_amount"], text):
            problems.append("states the refund amount beside a disputed payment")
    elif facts.refunds:
        if "refund_amount" not in values or not _states_amount(values["refund_amount"], text):
            problems.append("does not state the refund amount")
        if facts.refund_to is not None and grammar.fold(grammar.format_date(facts.refund_to, lang)) not in folded:
            problems.append("does not say when the refund arrives")
    if (facts.label_fee > 0 or not facts.free_label) and promises_free_label:
        problems.append("promises a free label on a return that is not free")
    if facts.label_fee > 0 and not _states_amount(values.get("label_fee", "\0"), text):
        problems.append("does not state the label fee")
    if facts.sends_back and facts.free_label and not promises_free_label:
        problems.append("does not say the return label is free")
    # thanks for a refund come are thanked back: nothing is reviewed, so no answer is owed by a day
    reviewed = facts.decision == "manual_review" and not case.asks.refund_thanked
    if reviewed and "review_by" in values and values["review_by"] not in text:
        problems.append("does not say when a manual review will answer")
    if facts.suggested_size and facts.exchange_offered and values.get("suggested_size", "\0") not in text:
        problems.append("does not state the suggested exchange size")
    if facts.asked_size and "exchange" in facts.open_requests and values.get("asked_size", "\0") not in text:
        problems.append("does not state the size asked for")
    if draft.facts != facts:
        problems.append("the draft carries different facts from the decision")
    return problems


def _date_problems(facts: ReplyFacts, lang: str, folded: str) -> list[str]:
    """Every date a draft promises runs from the day it was prepared: none may already be past then."""
    if facts.prepared_on is None:
        return []
    promised = (facts.refund_from, facts.refund_to, facts.return_by, facts.review_by)
    return [
        f"promises a date before the draft was prepared: {grammar.format_date(day, lang)}"
        for day in promised
        if day is not None and day < facts.prepared_on
    ]


def _sentences(body: str) -> list[str]:
    return [sentence for sentence in re.split(r"(?<=[.!?])\s+|\n+", body) if sentence.strip()]


def _acknowledgement_problems(draft: Draft, case: ReplyCase) -> list[str]:
    """The first sentence after the greeting acknowledges the message; the decision comes after it."""
    sentences = _sentences(draft.body)
    if len(sentences) < 2:
        return ["has no acknowledgement before the decision"]
    first = grammar.fold(sentences[1])
    markers = grammar.MARKERS[case.lang]["decision"]
    if _contains_any(first, markers) or _MONEY[case.lang].search(sentences[1]):
        return [f"decides before acknowledging the message: {sentences[1]!r}"]
    return []


def _item_problems(text: str, folded: str, case: ReplyCase) -> list[str]:
    """The item is named as a customer would ("your dress", « votre robe »), never by its category code."""
    problems = []
    if "l'article «" in text or "l'article « " in text.replace("\u00a0", " "):
        problems.append("names the item through « l'article « ... » »")
    if grammar.fold(case.item_phrase("your")) not in folded and grammar.fold(case.item_phrase("the")) not in folded:
        problems.append(f"does not name the item as {case.item_phrase('your')!r}")
    category = grammar.fold(case.product_category.replace("_", " "))
    noun_words = grammar.fold(f"{case.noun.en} {case.noun.fr} {case.product_name or ''}")
    if category not in noun_words and re.search(rf"\b(?:the|your|votre|vos|le|la|les) {re.escape(category)}\b", folded):
        problems.append(f"names the item by its category code {case.product_category!r}")
    return problems


def _next_step_problems(folded: str, facts: ReplyFacts, case: ReplyCase) -> list[str]:
    """Packing and safety instructions that fit the item."""
    markers = grammar.MARKERS[case.lang]
    kind = grammar.packing_key(case.product_category)
    problems = []
    if _contains_any(folded, markers["tags"]) and kind not in ("clothing", "fashion_accessory"):
        problems.append(f"asks for tags on a {case.product_category} item")
    if facts.sends_back:
        if kind == "electrical" and not _contains_any(folded, markers["accessories"]):
            problems.append("does not ask for the accessories and packaging of an electrical item")
        if kind == "sealed" and not _contains_any(folded, markers["unopened"]):
            problems.append("does not ask for a sealed item to come back unopened")
    if case.asks.hazards and not _contains_any(folded, markers["safety"]):
        problems.append(f"no safety line although the text describes {', '.join(case.asks.hazards)}")
    elif case.hurt and case.hurt.needs_a_person and not _contains_any(folded, markers["safety"]):
        problems.append("no safety line although the text says someone was hurt")
    return problems


def _paid_return_problems(
    draft: Draft, facts: ReplyFacts, case: ReplyCase, folded: str, values: dict[str, str]
) -> list[str]:
    """A paid return says why, in policy terms, and what the label costs, in one sentence; no risk wording."""
    problems = []
    if _contains_any(folded, grammar.MARKERS[case.lang]["risk_wording"]):
        problems.append("explains the decision in risk wording")
    if facts.decision != "paid_return" or facts.label_fee <= 0:
        return problems
    fee = values.get("label_fee", "\0")
    with_fee = [sentence for sentence in _sentences(draft.body) if _states_amount(fee, sentence)]
    if len(with_fee) != 1:
        problems.append(f"states the label fee in {len(with_fee)} sentences, not one")
    elif not _contains_any(grammar.fold(with_fee[0]), grammar.MARKERS[case.lang]["paid_reason"]):
        problems.append("does not say in policy terms why the return is paid")
    return problems


def _exchange_problems(folded: str, facts: ReplyFacts, case: ReplyCase) -> list[str]:
    """An exchange only when it fixes the complaint, in the size asked for, never a rejected size."""
    expected = exchange_offer(case.asks, case.size, case.reason, case.product_category, case.needs_review)
    offers = _contains_any(folded, grammar.MARKERS[case.lang]["exchange"]) and facts.decision in (
        "free_return",
        "paid_return",
    )
    if offers and not expected.offered:
        return [f"offers an exchange that does not fix the complaint ({expected.why})"]
    if offers and facts.suggested_size != expected.size:
        return [f"offers size {facts.suggested_size} where the text asks for {expected.size} ({expected.why})"]
    # the size had is the one the text says was ordered or came before the order record's (`size_had`): "ordered the L
    # rather than my usual M ... exchange for the M" on a record of M is offered the M it asks for
    had = size_had(case.asks, case.size, case.product_category)
    if facts.suggested_size and facts.suggested_size in {*case.asks.rejected_sizes, *([had] if had else [])}:
        return [f"offers size {facts.suggested_size}, which the customer had or rejected"]
    return []


def _fault_problems(facts: ReplyFacts, case: ReplyCase) -> list[str]:
    """A fault described in the text: no label fee, and no rejection for lateness (it goes to review)."""
    if not case.asks.has_fault:
        return []
    problems = []
    if facts.label_fee > 0:
        problems.append(f"charges a label fee although the text describes {', '.join(case.asks.faults)}")
    if facts.decision == "reject" and facts.clause_key == "outside_window":
        problems.append("rejects a described fault for lateness instead of sending it to review")
    return problems


def _without_sympathy(folded: str, case: ReplyCase, handover_reasons: tuple[str, ...]) -> str:
    """A folded draft without the sentences that acknowledge the hard time the customer mentions or someone hurt
    (`ReplyCase.sympathy_keys`), and the apology for a wait for an answer (`handover_reasons`' "unanswered") or for a
    service judged poor (`CustomerAsks.service_complaint`), so their « sorry » is not read as an apology for a fault."""
    shops_own = [
        *(["apology_wait"] if "unanswered" in handover_reasons else []),
        *(["apology_service"] if case.asks.service_complaint else []),
        *(["belongings_noted"] if case.asks.belongings_damaged else []),
    ]
    for key in [*case.sympathy_keys, *shops_own]:
        for sentence in grammar.PHRASES[case.lang]["empathy"][key]:
            folded = folded.replace(grammar.fold(sentence), " ")
    return folded


def _unsure_problems(draft: Draft, case: ReplyCase, values: dict[str, str]) -> list[str]:
    """An unsure reason: acknowledge without naming a problem, and promise nothing that assumes a fault."""
    if not case.reason_unsure:
        return []
    body = draft.body
    alternative = values.get("alternative")
    if alternative:
        # as the draft writes it: a French body is typeset (« garantie légale : » with a non-breaking space)
        written = grammar.typeset_french(alternative) if case.lang == "fr" else alternative
        body = body.replace(written, " ")  # the legal guarantee is a fact, not an assumed fault
    markers = grammar.MARKERS[case.lang]["fault"]
    asks = case.asks
    said = (asks.hazards, asks.not_as_described, case.came_late, asks.quality_complaint, asks.collection_missed)
    if asks.has_fault or any(said):
        # the text itself describes a fault, a late parcel, poor quality or a collection missed: an apology is due
        # (`grammar.empathy_key`), a named cause nobody confirmed is not
        apology = grammar.MARKERS[case.lang]["apology"]
        # "apolog" is the stem of the apology word "apologise": a marker and an apology word may contain either
        markers = tuple(marker for marker in markers if not any(word in marker or marker in word for word in apology))
    folded = _without_sympathy(grammar.fold(body), case, draft.handover_reasons)
    found = [marker for marker in markers if marker in folded]
    return [f"names a problem although the reason is unsure: {', '.join(found)}"] if found else []


def _request_problems(draft: Draft, facts: ReplyFacts, case: ReplyCase, folded: str) -> list[str]:
    """Every request is answered in the draft or listed for the agent; a call or a person means handover; the
    customer's own payment method is promised neither to one who asks for another nor to one whose item was a gift."""
    markers = grammar.MARKERS[case.lang]
    problems = []
    for kind in case.requests:
        if request_is_moot(kind, facts.decision, case.asks.late_delivery):
            continue
        if kind in facts.answered_requests:
            if kind in ("email_label", "no_printer") and not _contains_any(folded, markers[kind]):
                problems.append(f"does not answer the request {kind}")
            # where the refund goes: the facts' payment method, unless another card is asked for (its own line)
            elsewhere = "refund_elsewhere" in facts.open_requests
            method = grammar.fold(grammar.REFUND_METHODS[case.lang][facts.refund_method])
            if kind == "refund_method" and not elsewhere and method not in folded:
                problems.append(f"does not answer the request {kind}")
        elif kind not in draft.requests:
            problems.append(f"neither answers nor lists the request {kind}")
        if kind in ("call_me", "human") and not draft.handover:
            problems.append(f"does not hand over although the customer asks: {kind}")
    if "no_printer" in case.asks.requests and _contains_any(folded, markers["print"]):
        problems.append("tells a customer without a printer to print the label")
    if "collect" in facts.open_requests and _contains_any(folded, markers["drop_off"]):
        problems.append("tells a customer who asked for a collection to drop the parcel off")
    if "refund_elsewhere" in facts.open_requests and _contains_any(folded, markers["original_method"]):
        problems.append("promises the original payment method to a customer who asks for another")
    if case.asks.gift_received and _contains_any(folded, markers["original_method"]):
        problems.append("promises their own payment method to a customer whose item was a gift")
    return problems


_TYPOGRAPHY = (
    (re.compile(r"[^\u00a0\u202f]([;!?»])"), "no non-breaking space before « {} »"),
    (re.compile(r"[^\u00a0\u202f/](:)(?=\s)"), "no non-breaking space before « {} »"),
    (re.compile(r"(«)[^\u00a0\u202f]"), "no non-breaking space after « {} »"),
)


def _typography_problems(text: str, folded: str, case: ReplyCase) -> list[str]:
    """French typography: non-breaking spaces before high punctuation and inside quotes, « 1er »."""
    if case.lang != "fr":
        return []
    problems = [message.format(match.group(1)) for pattern, message in _TYPOGRAPHY for match in pattern.finditer(text)]
    if re.search(rf"\b1 (?:{_MONTHS['fr']})\b", folded):
        problems.append("writes « 1 <mois> » instead of « 1er <mois> »")
    return sorted(set(problems))


# A French elided word (« l' », « d' », « qu' »), dropped before words are counted
_ELIDED = re.compile(r"\b(?:[a-z]|qu|jusqu|lorsqu|puisqu)['’]")


def _repetition_problems(body: str, case: ReplyCase, length: int = 5) -> list[str]:
    """No run of `length` words said twice in one draft; naming the item again is not a repetition, and an elided
    word (« l' », « d' ») is no word of its own: « l'étiquette de retour est gratuite » and « l'étiquette de retour est
    jointe » share four words, not five."""
    for name in sorted({case.item_phrase("your"), case.item_phrase("the")}, key=len, reverse=True):
        body = body.replace(name, " | ")
    folded = grammar.fold(body)
    if case.lang == "fr":
        folded = _ELIDED.sub(" ", folded)
    words = re.findall(r"[^\W\d_]+|\|", folded)
    seen: set[tuple[str, ...]] = set()
    repeated = set()
    for start in range(len(words) - length + 1):
        run = tuple(words[start : start + length])
        if "|" in run:
            continue
        if run in seen:
            repeated.add(" ".join(run))
        seen.add(run)
    return [f"repeats a phrase: {phrase!r}" for phrase in sorted(repeated)]


# The rules every draft is checked against, in the checker's table order.
RULES: tuple[str, ...] = (
    "language", "format", "facts", "dates_from_preparation", "agreement", "status_link", "no_risk_signal",
    "tone", "privacy", "acknowledge_first", "item_named", "next_steps_fit", "paid_return_sentence",
    "exchange_fits", "fault_no_fee", "unsure_neutral", "requests_answered", "french_typography", "no_repetition",
)  # fmt: skip


# Rules whose problems quote, after ": ", the draft's words (drafted greeting the customer by name) or another
# customer's name or order number: a report kept where `triage data purge` never reaches counts them without it.
QUOTING_RULES = frozenset({"privacy", "acknowledge_first", "no_repetition"})


def problem_kind(rule: str, problem: str) -> str:
    """`problem` (found by `rule`) as a report may keep it: without the words it quotes, when its rule quotes a
    draft or another customer ("mentions another customer's name: Aisha" -> "mentions another customer's name")."""
    return problem.split(": ", 1)[0] if rule in QUOTING_RULES else problem


def _typed_braces(values: dict[str, str]) -> set[str]:
    """The `{...}` in the slots' values: a name or a product typed with braces ("Mug {Home}", a customer named
    "{first_name}") is the customer's or the catalogue's words, not a slot the template left unfilled."""
    return {marker for value in values.values() for marker in grammar.leftover_slots(value)}


def check_rules(
    draft: Draft,
    facts: ReplyFacts,
    case: ReplyCase,
    other_name_fingerprints: Collection[str] = (),
) -> dict[str, list[str]]:
    """The problems in a draft per rule (`RULES`); every list empty means it may be shown to an agent.

    Args:
        draft: the draft to verify.
        facts: the decision's facts the draft must state (and nothing else).
        case: the request it answers (language, reason, what the text asks for, this customer's name and order).
        other_name_fingerprints: `name_fingerprint`s of past customers' names (the fitted drafter's
            `name_fingerprints_`); any of them in the draft, other than this customer's own name, is a leak.
    """
    text = f"{draft.subject}\n{draft.body}"
    folded = grammar.fold(text)
    found: dict[str, list[str]] = {rule: [] for rule in RULES}

    if draft.lang != case.lang:
        found["language"].append(f"draft language {draft.lang!r} differs from the customer's {case.lang!r}")
    written_in = detect_language(draft.body.replace(case.product_name or "\0", " "))
    if written_in != case.lang:
        found["language"].append(f"body reads as {written_in!r}, the customer writes {case.lang!r}")
    # The slots' values and the folded text, once for every rule that reads them.
    values = slot_values(case, facts)
    typed = _typed_braces(values)
    for slot in grammar.leftover_slots(text):
        if slot not in typed:
            found["format"].append(f"unfilled slot {slot}")
    if not draft.subject.strip() or len(draft.subject) > MAX_SUBJECT_CHARS:
        found["format"].append(f"subject length {len(draft.subject)} outside 1..{MAX_SUBJECT_CHARS}")
    if not MIN_BODY_CHARS <= len(draft.body) <= MAX_BODY_CHARS:
        found["format"].append(f"body length {len(draft.body)} outside {MIN_BODY_CHARS}..{MAX_BODY_CHARS}")

    fact_problems = _fact_problems(draft, facts, case, text, folded, values)
    found["dates_from_preparation"] = [
        problem for problem in fact_problems if "before the draft was prepared" in problem
    ]
    found["facts"] = [problem for problem in fact_problems if problem not in found["dates_from_preparation"]]
    found["agreement"] = _agreement_problems(text, case)

    if facts.status_url not in draft.body:
        found["status_link"].append("does not say how to follow the return's status")
    if _contains_any(folded, grammar.MARKERS[case.lang]["fraud"]) or _FRAUD_CODE.search(text):
        found["no_risk_signal"].append("reveals a fraud or risk signal")
    # sorry for a loss or an illness is sympathy, not an apology for a fault
    apologises = _contains_any(
        _without_sympathy(folded, case, draft.handover_reasons), grammar.MARKERS[case.lang]["apology"]
    )
    must_apologise = case.empathy_key in grammar.APOLOGY_KEYS or case.late_apology_too or case.asks.collection_missed
    if must_apologise and not apologises:
        fault = case.reason if grammar.apologises_for(case.reason) else "the fault the text describes"
        found["tone"].append(f"does not apologise although {fault} is the shop's fault")
    if not must_apologise and apologises:
        found["tone"].append(f"apologises although {case.reason} is not (or not surely) the shop's fault")

    for shop_id in set(_SHOP_ID.findall(text)) - {case.order_id}:
        found["privacy"].append(f"mentions an order or customer number that is not this case's: {shop_id}")
    if other_name_fingerprints:
        # the names the case itself gives: the item's, the account's and the one the text is signed with
        names = f"{case.product_name or ''} {case.first_name or ''} {case.greeted_name or ''}"
        own = {grammar.fold(word) for word in _WORD.findall(names)}
        fingerprints = set(other_name_fingerprints)
        for word in set(_WORD.findall(text)):
            folded_word = grammar.fold(word)
            if folded_word in own or folded_word in _vocabulary():
                continue
            if name_fingerprint(word) in fingerprints:
                found["privacy"].append(f"mentions another customer's name: {word}")

    found["acknowledge_first"] = _acknowledgement_problems(draft, case)
    found["item_named"] = _item_problems(text, folded, case)
    found["next_steps_fit"] = _next_step_problems(folded, facts, case)
    found["paid_return_sentence"] = _paid_return_problems(draft, facts, case, folded, values)
    found["exchange_fits"] = _exchange_problems(folded, facts, case)
    found["fault_no_fee"] = _fault_problems(facts, case)
    found["unsure_neutral"] = _unsure_problems(draft, case, values)
    found["requests_answered"] = _request_problems(draft, facts, case, folded)
    found["french_typography"] = _typography_problems(text, folded, case)
    found["no_repetition"] = _repetition_problems(draft.body, case)
    return found


def check(
    draft: Draft,
    facts: ReplyFacts,
    case: ReplyCase,
    other_name_fingerprints: Collection[str] = (),
) -> list[str]:
    """The problems in a draft (`check_rules`, flattened); an empty list means it may be shown to an agent."""
    return [
        problem
        for problems in check_rules(draft, facts, case, other_name_fingerprints).values()
        for problem in problems
    ]
