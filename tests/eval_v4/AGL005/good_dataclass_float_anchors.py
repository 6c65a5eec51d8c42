"""Config dataclass with float anchor sizes, trainable from __post_init__."""
from dataclasses import dataclass, field

import torch


@dataclass
class AnchorConfig:
    sizes: list = field(default_factory=lambda: [8.0, 16.0, 32.0])

    def __post_init__(self) -> None:
        self.anchors = torch.tensor(self.sizes)
        self.anchors.requires_grad_()


torch.manual_seed(12)
cfg = AnchorConfig()
cfg.anchors.log().sum().backward()
print(cfg.anchors.grad)
