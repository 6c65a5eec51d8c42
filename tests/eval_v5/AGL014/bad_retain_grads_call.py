import torch

torch.manual_seed(105)
x = torch.randn(3, requires_grad=True)
h = torch.sigmoid(x)
h.retain_grads()  # expect: AGL014
