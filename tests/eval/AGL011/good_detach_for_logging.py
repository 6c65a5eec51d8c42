import torch

w = torch.randn(3, requires_grad=True)
loss = (w ** 2).sum()
logged = loss.detach()
loss.backward()
print(logged.item(), w.grad)
