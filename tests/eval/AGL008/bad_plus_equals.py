import torch

x = torch.zeros(3, requires_grad=True)
x += 1  # expect: AGL008
y = (x * 2).sum()
