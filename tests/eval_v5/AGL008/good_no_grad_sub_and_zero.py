import torch

torch.manual_seed(34)
w = torch.randn(3, requires_grad=True)
(w ** 2).sum().backward()
with torch.no_grad():
    w.sub_(0.1 * w.grad)
    w.grad.zero_()
print(w)
