import torch

w = torch.randn(3, requires_grad=True)
x = torch.randn(3)
out = (w * w * x).sum()
w.data.mul_(10)  # expect: AGL006
out.backward()
print(w.grad)
