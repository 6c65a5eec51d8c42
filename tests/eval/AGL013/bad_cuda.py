import torch

bias = torch.zeros(2, requires_grad=True).cuda()  # expect: AGL013
print(bias)
