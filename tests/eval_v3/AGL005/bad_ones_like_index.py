import torch

torch.manual_seed(0)
idx = torch.tensor([0, 2, 4, 1])
weights = torch.ones_like(idx, requires_grad=True)  # expect: AGL005
table = torch.randn(5, 3)
pooled = (table[idx] * weights[:, None]).sum(0)
print(pooled)
