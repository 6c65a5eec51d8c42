import torch

w = torch.randn(3, requires_grad=True)
loss = (w ** 2).sum().detach()
loss.backward()  # expect: AGL011
