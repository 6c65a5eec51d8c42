import torch

torch.manual_seed(7)
image = torch.rand(1, 3, 4, 4)
image.require_grad_()  # expect: AGL014
