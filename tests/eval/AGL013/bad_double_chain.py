import torch

w = torch.randn(3, requires_grad=True).double()  # expect: AGL013
x = torch.randn(3, dtype=torch.float64)
loss = (w * x).sum()
loss.backward()
print(w.grad)  # expect: AGL001
