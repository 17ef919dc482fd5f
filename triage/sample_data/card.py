"""The data card (`data/sample/README.md`): written from `features.schemas` and the generated frames.

Column tables come from the schema definitions and figures from the data, so the card cannot
drift from either. It holds no timestamps, so regenerating gives an identical file.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from features.schemas import TABLES
from features.taxonomy import REASON_CODES
from triage.sample_data.texts import en, fr

CARD_NAME = "README.md"

HOW_GENERATED = """\
Produced by `triage data generate --seed {seed} --scale {scale}` (code: `triage/sample_data/`); the same seed
and scale give byte-identical files. One `random.Random(seed)` drives a simulation of a fictional
fashion-and-home shop:

- **Customers** write in English (GB, IE, US, NL, DE) or French (FR, BE, CH, CA) and have a latent
  `behaviour`: regular (~82%), bracketer (~8%: orders one product in 2-3 sizes and returns the rest),
  serial_returner (~5%), wardrober (~3%: returns worn dresses/outerwear just before the 30-day window
  ends), fraudster (~2%: claims shop-fault reasons, swaps items or returns empty boxes). Honest customers
  carry a personal return propensity, so some of them return as much as abusers do.
- **Orders** are spread over the period with a November/December peak; 1-5 line items (bracketers add
  neighbouring sizes of one product), delivered 1-7 days later (about 4% late, 7-10 days, which makes
  `arrived_late` returns likelier). GB pays in GBP, everyone else in EUR.
- **Returns**: the true reason depends on the product group, the behaviour and late delivery. Requests come
  mostly within 30 days of delivery; about 5% later (the shop rejects those). The inspection outcome depends on
  behaviour and reason; `confirmed_abuse` follows the outcome with noise. `resolution` follows reason,
  inspection and timing. `form_reason_code` is present for ~60% of returns, usually the true reason, sometimes a
  plausible other one, and for fraudsters often a shop-fault code contradicting the text. `label` is the true
  reason with ~3% noise.
- **Texts** (`reason_text`) are composed from per-language phrase banks ({en_phrases} English and {fr_phrases}
  French complaint phrasings, plus openers, praise, stories, context, measurements, consequences and requests;
  `texts/en.py`, `texts/fr.py`) by one composer (`texts/compose.py`). Shapes: bare short reasons, form entries,
  reviews and long chatty reviews where the complaint is not first, a minor second issue before the main one,
  a ruled-out reason ("not too small, the colour is..."). Vocabulary is product-specific (shoes, jeans, lamps,
  kettles...). Noise: typos, dropped French accents, SMS style (jlai, tro, pcq, svp), English slang (tbh, lol),
  US spelling for US customers, Québécois words for CA, case changes, emojis, repeated punctuation. Most texts
  avoid their reason's obvious keyword. No real customer text was copied.
- **Replies** (`agent_reply`) are written by several simulated agents per language with different habits and
  quote the customer's first name, order id, amounts and dates. `contacted_again` is likelier when a reply omits
  refund timing or next steps, or lacks an apology for a shop-fault reason.
"""

LIMITATIONS = """\
- Synthetic: phrase banks are finite, so texts are more regular than real traffic, and real reviews mix
  more topics. Measure models on real text too (`../shared/data/real/`, never train on it).
- French is written by the generator's authors, not collected; regional variation is a light touch.
- Reason, abuse and contact-again mechanisms are simple hand-set probabilities, not fitted to real data.
- Prices are per product (no promotions by date); every non-GB customer pays in EUR, including US customers.
- `behaviour` is ground truth for analysis only: never use it as a feature.
- Orders near the end of the period have fewer returns (requests after the period end are not in the data).
"""


def _phrase_count(bank: dict) -> int:
    return sum(len(phrases) for by_group in bank.values() for phrases in by_group.values())


def examples(returns: pd.DataFrame, per_language: int = 4) -> str:
    """The first few returns of each language, as a taste of the texts."""
    rows = []
    for lang in ("en", "fr"):
        sample = returns[returns["lang"] == lang].head(per_language)
        rows += [
            [lang, f"`{label}`", text.replace("\n", " / ")]
            for label, text in zip(sample["label"], sample["reason_text"], strict=True)
        ]
    return _markdown_table(["lang", "label", "reason_text"], rows)


def _markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def column_tables() -> str:
    """One markdown table per schema table: column, dtype, nullable, allowed values, meaning."""
    sections = []
    for name, columns in TABLES.items():
        rows = [
            [f"`{c.name}`", c.dtype, "yes" if c.nullable else "no", ", ".join(c.allowed or ()) or "-", c.description]
            for c in columns
        ]
        sections.append(
            f"### `{name}.csv.gz`\n\n" + _markdown_table(["column", "dtype", "nullable", "allowed", "meaning"], rows)
        )
    return "\n\n".join(sections)


def _share_table(returns: pd.DataFrame, column: str, order: tuple[str, ...] | list[str]) -> str:
    rows = []
    for value in order:
        mask = returns[column] == value
        by_lang = [f"{(mask & (returns['lang'] == lang)).sum():,}" for lang in ("en", "fr")]
        rows.append([f"`{value}`", f"{mask.sum():,}", f"{mask.mean():.1%}", *by_lang])
    return _markdown_table([column, "returns", "share", "en", "fr"], rows)


def figures(frames: dict[str, pd.DataFrame]) -> str:
    """Headline figures of the generated data."""
    returns, orders = frames["returns"], frames["orders"]
    counts = [[f"`{name}`", f"{len(frame):,}"] for name, frame in frames.items()]
    first, last = orders["order_ts"].min(), returns["request_ts"].max()
    words = returns["reason_text"].str.split().str.len()
    lines = [
        _markdown_table(["table", "rows"], counts),
        "",
        f"- Period: orders from {first:%Y-%m-%d} to {orders['order_ts'].max():%Y-%m-%d}, "
        f"last return request {last:%Y-%m-%d}.",
        f"- French returns: {(returns['lang'] == 'fr').mean():.1%}.",
        f"- Confirmed abuse: {returns['confirmed_abuse'].mean():.1%} of returns; "
        f"customer contacted support again: {returns['contacted_again'].mean():.1%}.",
        f"- Form reason given: {returns['form_reason_code'].notna().mean():.1%}; "
        f"unique texts: {returns['reason_text'].nunique() / len(returns):.1%}; "
        f"words per text: median {words.median():.0f}, max {words.max()}.",
        "",
        "Labels:",
        "",
        _share_table(returns, "label", REASON_CODES),
        "",
        "Resolutions and inspection outcomes:",
        "",
        _share_table(returns, "resolution", sorted(returns["resolution"].unique())),
        "",
        _share_table(returns, "inspection_outcome", sorted(returns["inspection_outcome"].unique())),
    ]
    return "\n".join(lines)


def render_card(frames: dict[str, pd.DataFrame], seed: int, scale: float) -> str:
    """The full data card as markdown."""
    return "\n\n".join(
        [
            "# Sample data: returns of a fictional fashion-and-home shop",
            "Synthetic historical data for training and testing returns triage. Load a table with "
            "`features.tables.read_table(name, data_dir)`; it applies the dtypes below.\n\n"
            "**Generated file — do not edit by hand**: regenerate with `triage data generate`.",
            "## Figures",
            figures(frames),
            "## Columns",
            column_tables(),
            "## Example texts",
            examples(frames["returns"]),
            "## How it was generated",
            HOW_GENERATED.format(
                seed=seed, scale=scale, en_phrases=_phrase_count(en.COMPLAINTS), fr_phrases=_phrase_count(fr.COMPLAINTS)
            ),
            "## Known limitations",
            LIMITATIONS,
        ]
    )


def write_card(frames: dict[str, pd.DataFrame], data_dir: Path, seed: int, scale: float) -> Path:
    """Write the data card next to the tables."""
    path = Path(data_dir) / CARD_NAME
    path.write_text(render_card(frames, seed, scale), encoding="utf-8")
    return path
