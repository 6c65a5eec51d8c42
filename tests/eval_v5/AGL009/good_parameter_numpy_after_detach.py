import torch
import torch.nn as nn


class HeteroscedasticHead(nn.Module):
    def __init__(self):
        super().__init__()
        self.mean = nn.Linear(3, 1)
        self.log_sigma = nn.Parameter(torch.zeros(1))


torch.manual_seed(9)
head = HeteroscedasticHead()
print(head.log_sigma.detach().numpy())
