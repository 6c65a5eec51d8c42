import torch

torch.manual_seed(0)

w = torch.randn(4, 4, requires_grad=True)
x = torch.randn(6, 4)
h = torch.tanh(x @ w)
h.clamp_(-0.5, 0.5)  # expect: AGL015
loss = h.pow(2).sum()
loss.backward()
