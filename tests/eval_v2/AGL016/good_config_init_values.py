from dataclasses import dataclass, field

import torch


@dataclass
class PriorConfig:
    init_log_priors: list = field(default_factory=lambda: [0.0, -1.0, -2.0, 0.5])


torch.manual_seed(0)
cfg = PriorConfig()
log_priors = torch.tensor(cfg.init_log_priors, requires_grad=True)
counts = torch.tensor([10.0, 3.0, 5.0, 2.0])
(-(counts * torch.log_softmax(log_priors, 0)).sum()).backward()
print(log_priors.grad)
