import torch

torch.manual_seed(0)
z = torch.randn(4, 3, requires_grad=True)
p = torch.sigmoid(z)
p = p * 2
loss = p.sum()
loss.backward()
