"""The public policy page says which returns are free for the shop's fault exactly as the decision does."""

from __future__ import annotations

import pytest
import yaml

from decisions.policy import Policy, parse_policy
from features.taxonomy import REASON_CODES
from serving.console.policy_page import LANGS, SHOP_FAULT_WORDS, policy_page
from triage.settings import REPO_ROOT

QUALITY = {"en": "of poor quality", "fr": "de mauvaise qualité"}
NOT_COUNTED = {"en": "does not count towards your free returns", "fr": "n'est pas décompté de vos retours gratuits"}


def _policy(shop_fault_reasons: list[str] | None = None) -> Policy:
    data = yaml.safe_load((REPO_ROOT / "config" / "policy.yaml").read_text(encoding="utf-8"))
    if shop_fault_reasons is not None:
        data["shop_fault_reasons"] = shop_fault_reasons
    return parse_policy(data)


def _free_returns_section(policy: Policy, lang: str) -> str:
    page = policy_page(policy, lang)
    return " ".join(page.sections[2].paragraphs)


@pytest.mark.parametrize("lang", LANGS)
def test_the_page_names_quality_complaints_free_when_the_policy_pays_for_them(lang: str) -> None:
    shipped = _policy()
    assert "poor_quality" in shipped.shop_fault_reasons
    assert QUALITY[lang] in _free_returns_section(shipped, lang)
    without = _policy([code for code in shipped.shop_fault_reasons if code != "poor_quality"])
    section = _free_returns_section(without, lang)
    assert QUALITY[lang] not in section and SHOP_FAULT_WORDS[lang]["defective"] in section


@pytest.mark.parametrize("lang", LANGS)
def test_any_reason_a_shop_may_pay_for_has_words_and_none_leaves_the_sentence_out(lang: str) -> None:
    assert set(SHOP_FAULT_WORDS[lang]) == set(REASON_CODES)
    every = _free_returns_section(_policy(list(REASON_CODES)), lang)
    assert all(words in every for words in SHOP_FAULT_WORDS[lang].values())
    none = _free_returns_section(_policy([]), lang)
    assert not any(words in none for words in SHOP_FAULT_WORDS[lang].values())


def test_french_category_names_read_as_french() -> None:
    page = policy_page(_policy(), "fr")
    paragraphs = " ".join(paragraph for section in page.sections for paragraph in section.paragraphs)
    assert "Les retours de robes, de hauts" in paragraphs and "de de " not in paragraphs
    assert "défectueux : sous-vêtements et articles personnalisés." in paragraphs
    rows = [category for section in page.sections for category, _ in section.table]
    assert rows and not any(category.startswith(("de ", "d'")) for category in rows)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("paid_for", [None, ["defective", "wrong_item"]])
def test_the_page_says_the_returns_the_shop_pays_for_use_no_free_returns(lang: str, paid_for: list[str] | None):
    """The reasons the page calls free and not counted are those the quota count leaves out."""
    policy = _policy(paid_for)
    sentence = next(line for line in _free_returns_section(policy, lang).split(". ") if NOT_COUNTED[lang] in line)
    named = {code for code in REASON_CODES if SHOP_FAULT_WORDS[lang][code] in sentence}
    assert named == policy.quota_rule().reasons_not_counted


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "change", [{"free_return_categories": []}, {"free_return_quota": {"count": 0, "window_days": 90}}]
)
def test_a_shop_without_free_returns_has_a_page_that_says_every_return_costs_the_fee(lang: str, change: dict) -> None:
    """No free-return category (the page ended in an IndexError, the console's /policy in a 500) or a quota of none
    ("up to 0 free returns every 90 days")."""
    data = yaml.safe_load((REPO_ROOT / "config" / "policy.yaml").read_text(encoding="utf-8"))
    section = _free_returns_section(parse_policy({**data, **change}), lang)
    every = {"en": "Returns cost 3.95 EUR or 3.45 GBP", "fr": "Les retours coûtent 3,95 EUR ou 3,45 GBP"}
    assert section.startswith(every[lang]) and " 0 " not in section


@pytest.mark.parametrize(
    ("lang", "said"), [("en", "We refund you within 3 business days after"), ("fr", "sous 3 jours ouvrés après")]
)
def test_a_processing_time_of_one_day_count_is_published_once(lang: str, said: str) -> None:
    # [3, 3] was published "within 3 to 3 business days" (« sous 3 à 3 jours ouvrés »)
    data = yaml.safe_load((REPO_ROOT / "config" / "policy.yaml").read_text(encoding="utf-8"))
    page = policy_page(parse_policy({**data, "refund_processing_days": [3, 3]}), lang)
    assert said in " ".join(page.sections[-1].paragraphs)
