import torch

w = torch.randn(3, requires_grad=True)
scaled = torch.tensor(w * 2, requires_grad=True)  # expect: AGL016
scaled.sum().backward()
print(w.grad)
