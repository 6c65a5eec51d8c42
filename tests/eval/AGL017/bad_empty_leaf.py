import torch

w = torch.empty(3, requires_grad=True)  # expect: AGL017
x = torch.randn(3)
loss = (w * x).sum()
loss.backward()
print(w.grad)
