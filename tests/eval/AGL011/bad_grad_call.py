import torch
from torch.autograd import grad

w = torch.randn(4, requires_grad=True)
with torch.no_grad():
    score = (w.sin() * 3).sum()
(dw,) = grad(score, w)  # expect: AGL011
