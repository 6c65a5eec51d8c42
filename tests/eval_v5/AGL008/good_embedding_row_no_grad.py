import torch

torch.manual_seed(4)
table = torch.randn(8, 3, requires_grad=True)
pad_idx = 0
with torch.no_grad():
    table[pad_idx] = 0.0
table[torch.tensor([0, 2])].sum().backward()
