import torch

w = torch.randn(4, requires_grad=True)
w2 = w.detach().clone()
w2 += 1
w2.clamp_(0, 2)
print(w, w2)
