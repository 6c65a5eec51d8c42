import torch

w = torch.randn(3, requires_grad=True)
lr = 0.1
loss = (w ** 2).sum()
loss.backward()
w -= lr * w.grad  # expect: AGL008
