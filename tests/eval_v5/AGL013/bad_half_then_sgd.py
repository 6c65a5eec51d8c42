import torch

torch.manual_seed(100)
scale = torch.ones(4, requires_grad=True).half()  # expect: AGL013
opt = torch.optim.SGD([scale], lr=0.1)
