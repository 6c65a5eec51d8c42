import torch
import torch.nn as nn

torch.manual_seed(0)


class LearnedMask(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.mask_logits = nn.Parameter(torch.zeros(n))
        self.frozen = False

    def forward(self, x):
        mask = torch.sigmoid(self.mask_logits)
        if self.frozen:
            mask.requires_grad = False  # expect: AGL010
        return x * mask


m = LearnedMask(5)
m.frozen = True
print(m(torch.randn(2, 5)))
