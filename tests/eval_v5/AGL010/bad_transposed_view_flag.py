import torch

torch.manual_seed(90)
w = torch.randn(4, 3, requires_grad=True)
w_t = w.t()
w_t.requires_grad = False  # expect: AGL010
