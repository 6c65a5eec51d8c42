import torch

torch.manual_seed(1)
bias = torch.zeros(4, requires_grad=True).cuda()  # expect: AGL013
