import torch

torch.manual_seed(0)
z = torch.randn(4, 3, requires_grad=True)
p = torch.sigmoid(z)
p *= 2  # expect: AGL015
loss = p.sum()
loss.backward()
