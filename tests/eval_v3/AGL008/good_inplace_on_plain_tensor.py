import torch

torch.manual_seed(0)
noise = torch.randn(5)
noise += 1.0
noise.clamp_(0, 2)
w = torch.randn(5, requires_grad=True)
(w * noise).sum().backward()
print(w.grad)
