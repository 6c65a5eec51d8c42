import torch

torch.manual_seed(0)
adapter = torch.zeros(16, 4, requires_grad=True).to(dtype=torch.bfloat16)  # expect: AGL013
opt = torch.optim.SGD([adapter], lr=0.1)
