import torch

torch.manual_seed(4)
scores = torch.randn(3, 5, 5, requires_grad=True)
mask = torch.ones(5, 5).tril().bool()
mask.requires_grad_()  # expect: AGL005
attn = scores.masked_fill(~mask, float("-inf")).softmax(-1)
