"""Config dataclass whose anchor offsets are made trainable in __post_init__."""
from dataclasses import dataclass, field

import torch


@dataclass
class AnchorConfig:
    sizes: list = field(default_factory=lambda: [8, 16, 32])

    def __post_init__(self) -> None:
        self.anchors = torch.tensor(self.sizes)
        self.anchors.requires_grad_()  # expect: AGL005


torch.manual_seed(12)
cfg = AnchorConfig()
print(cfg.anchors)
