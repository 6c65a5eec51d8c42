import torch

torch.manual_seed(33)
w = torch.randn(4, requires_grad=True)
w2 = w.clone()
w2.mul_(2)
w2[0] = 0.0
w2.sum().backward()
print(w.grad)
