"""The console's allow and block lists: what the lists page and a return's page show, and the changes
their forms ask of the lists store.

Changes go through `serving.stores.risk_lists.RiskListStore`, the same calls `triage lists` makes, so
the console and the CLI cannot disagree about what a valid entry is. The console asks one thing more:
a reason for every addition and removal, because that reason is what the next agent reads on a
decision. A customer taken from a logged return or from an existing entry is posted as the prediction
log's pseudonym and stored as it is; a customer id typed into the form is pseudonymised by the store,
so no customer id is ever stored or shown in clear.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from decisions.policy import LIST_RULE_CODES
from features.text import quoted_cut, visible_text
from serving.console.review import typed_text
from serving.db import stored_utc
from serving.stores.risk_lists import ListEntry, ListError, RiskListStore

KIND_WORDS: dict[str, str] = {"customer": "Customers", "email_hash": "E-mail hashes", "order": "Orders", "sku": "SKUs"}
# The lists the add form offers, in its order (the store's `LIST_NAMES`).
LIST_CHOICES: tuple[str, ...] = ("block", "allow")
# The query parameters a link to the lists page may hold: the add form's fields, and `saved` after a change.
LINK_PARAMETERS: tuple[str, ...] = ("list", "kind", "value", "note", "pseudonym", "return", "saved")


@dataclass(frozen=True)
class ListForm:
    """A list form as posted, or the add form as a return's page prefills it (field names in
    brackets). `pseudonymised` marks a customer value that is the prediction log's pseudonym."""

    list_name: str = "block"  # [list]
    kind: str = "customer"  # [kind]
    value: str = ""  # [value]
    note: str = ""  # [note]
    pseudonymised: bool = False  # [pseudonym] "1"
    return_id: str = ""  # [return] the return whose page prefilled the form

    def note_given(self) -> str:
        """The reason for the change; raises ListError naming `note` when there is none."""
        note = typed_text(self.note)
        if not visible_text(note).strip():  # zero-width characters say nothing
            raise ListError("note must say why: the console asks a reason for every change", "note")
        return note


def list_form(fields: Mapping[str, Any], posted: bool = False) -> ListForm:
    """The form's fields (a posted form or a query string); missing fields keep their defaults, except
    a posted form's list and kind: the store refuses them missing, so a change is made on the list and
    kind the agent chose, never on the prefilled defaults."""
    defaults = ListForm(list_name="", kind="") if posted else ListForm()
    return ListForm(
        list_name=str(fields.get("list") or defaults.list_name),
        kind=str(fields.get("kind") or defaults.kind),
        value=str(fields.get("value") or ""),
        note=str(fields.get("note") or ""),
        pseudonymised=fields.get("pseudonym") == "1",
        return_id=str(fields.get("return") or ""),
    )


def unoffered(form: ListForm) -> dict[str, str]:
    """The add form's choices it was given (a link's `list` or `kind`, a form posted) that it does not offer, by field,
    each value quoted: shown as given, the form preselected its first choice in their place, so a link asking to allow
    an order ("kind=ordr") opened a form to block a customer, one click from adding the entry there."""
    given = {"list": (form.list_name, LIST_CHOICES), "kind": (form.kind, tuple(KIND_WORDS))}
    return {field: quoted_cut(value) for field, (value, offered) in given.items() if value not in offered}


def add_entry(store: RiskListStore, form: ListForm, agent: str) -> ListEntry:
    """Put the form's value on its list in the agent's name (ListError when refused)."""
    return store.add(form.list_name, form.kind, form.value, agent, form.note_given(), form.pseudonymised)


def remove_entry(store: RiskListStore, form: ListForm, agent: str) -> ListEntry:
    """Take the form's value off its list in the agent's name (ListError when refused)."""
    return store.remove(form.kind, form.value, agent, form.note_given(), form.pseudonymised)


@dataclass(frozen=True)
class ListsView:
    """The lists page's two tables."""

    active: dict[str, list[ListEntry]]  # per kind, in KIND_WORDS order, oldest first
    removed: list[ListEntry]  # the audit trail: removed entries, latest removal first


def lists_view(entries: Sequence[ListEntry]) -> ListsView:
    """The lists page's tables from every entry (`RiskListStore.entries(include_removed=True)`)."""
    active = {
        kind: [entry for entry in entries if entry.kind == kind and entry.removed_at is None] for kind in KIND_WORDS
    }
    removed = sorted(
        (entry for entry in entries if entry.removed_at is not None), key=lambda e: e.removed_at, reverse=True
    )
    return ListsView(active=active, removed=removed)


@dataclass(frozen=True)
class ListAction:
    """A link from a return's page to the lists page with the add form prefilled."""

    label: str
    query: str


def listed_now(store: RiskListStore, request_fields: Mapping[str, Any]) -> dict[str, ListEntry]:
    """The active entries on a logged return's customer (its pseudonym in the log) and SKU, by kind."""
    values = [(kind, request_fields.get(field)) for kind, field in (("customer", "customer_id"), ("sku", "sku"))]
    found = store.hits([(kind, value) for kind, value in values if value], pseudonymised=True)
    return {kind: entry for (kind, _value), entry in found.items()}


def named_by_decision(
    listed: Mapping[str, ListEntry], hits: Sequence[tuple[str, str]], decided_at: datetime
) -> set[str]:
    """The kinds of `listed` (`listed_now`) whose entry a list rule of the decision shown (`hits`, made at
    `decided_at`) names: on that list already when it was made. The page says such an entry is still there,
    rather than the rule's whole sentence again."""
    codes = {code for code, _sentence in hits}
    return {
        kind
        for kind, entry in listed.items()
        if LIST_RULE_CODES[entry.list_name] in codes and stored_utc(entry.added_at) <= stored_utc(decided_at)
    }


def list_actions(
    return_id: str, request_fields: Mapping[str, Any], listed: Mapping[str, ListEntry]
) -> list[ListAction]:
    """Block or allow the return's customer (as the log's pseudonym), block its SKU: for those on no
    list yet (`listed`, from `listed_now`; a value is on one list at a time)."""
    customer, sku = request_fields.get("customer_id"), request_fields.get("sku")
    actions = []
    if customer and "customer" not in listed:
        for list_name in LIST_CHOICES:
            query = {"list": list_name, "kind": "customer", "value": customer, "pseudonym": "1", "return": return_id}
            actions.append(ListAction(f"{list_name.capitalize()} this customer", urlencode(query)))
    if sku and "sku" not in listed:
        query = {"list": "block", "kind": "sku", "value": sku, "return": return_id}
        actions.append(ListAction("Block this SKU", urlencode(query)))
    return actions


def list_hits(rules: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The decision's rules that list entries added (code, sentence)."""
    return [(code, sentence) for code, sentence in rules if code in LIST_RULE_CODES.values()]
