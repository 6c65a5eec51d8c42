import torch
from torch import nn


class CosineClassifier(nn.Module):
    def __init__(self, d, n_classes):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(n_classes, d))

    def forward(self, x):
        w = self.weight
        w.data = w.data / w.data.norm(dim=1, keepdim=True)  # expect: AGL006
        return nn.functional.normalize(x, dim=1) @ self.weight.t()


torch.manual_seed(0)
clf = CosineClassifier(6, 3)
logits = clf(torch.randn(4, 6))
nn.functional.cross_entropy(logits, torch.tensor([0, 1, 2, 0])).backward()
