import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


def compute_loss(logits, targets, pos_weight):
    per_elem = F.binary_cross_entropy_with_logits(logits, targets, reduction="none")
    return per_elem * torch.where(targets > 0, pos_weight, 1.0)


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(5, 3)

    def forward(self, x):
        return self.body(x)


model = Tagger()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
x = torch.randn(7, 5)
targets = (torch.rand(7, 3) > 0.5).float()
opt.zero_grad()
weighted = compute_loss(model(x), targets, pos_weight=2.0)
weighted.backward()  # expect: AGL002
opt.step()
