"""A batch dataclass that tries to freeze its precomputed features."""
from dataclasses import dataclass

import torch
from torch import nn


@dataclass
class EncodedBatch:
    features: torch.Tensor
    labels: torch.Tensor

    def __post_init__(self) -> None:
        self.features.requires_grad_(False)  # expect: AGL010


torch.manual_seed(7)
encoder = nn.Linear(4, 4)
batch = EncodedBatch(encoder(torch.randn(3, 4)), torch.tensor([0, 1, 0]))
