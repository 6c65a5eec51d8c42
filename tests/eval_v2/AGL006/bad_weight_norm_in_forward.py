import torch
import torch.nn as nn

torch.manual_seed(0)


class CosineHead(nn.Module):
    def __init__(self, dim, n_cls):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(n_cls, dim))

    def forward(self, x):
        self.weight.data.div_(self.weight.data.norm(dim=1, keepdim=True))  # expect: AGL006
        return nn.functional.normalize(x, dim=1) @ self.weight.t()


head = CosineHead(6, 3)
out = head(torch.randn(4, 6))
out.sum().backward()
