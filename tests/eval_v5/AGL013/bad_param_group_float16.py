import torch
import torch.nn as nn


class Agent:
    def __init__(self):
        self.actor = nn.Linear(3, 2)
        self.log_std = torch.zeros(2, requires_grad=True).to(torch.float16)  # expect: AGL013
        self.opt = torch.optim.Adam(
            [{"params": self.actor.parameters()}, {"params": [self.log_std], "lr": 1e-3}]
        )


torch.manual_seed(102)
Agent()
