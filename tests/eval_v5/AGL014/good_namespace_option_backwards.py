from types import SimpleNamespace

import torch

torch.manual_seed(51)
opts = SimpleNamespace(backwards=False, zero_grads=True)
x = torch.randn(4, requires_grad=True)
y = x.flip(0) if opts.backwards else x
y.pow(2).sum().backward()
