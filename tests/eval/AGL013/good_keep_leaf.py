import torch

w = torch.randn(3, requires_grad=True)
w64 = w.double()
loss = (w64 * torch.randn(3, dtype=torch.float64)).sum()
loss.backward()
print(w.grad)
