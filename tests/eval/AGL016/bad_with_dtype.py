import torch

init = torch.zeros(4)
param = torch.tensor(init, dtype=torch.float64, requires_grad=True)  # expect: AGL016
print(param.dtype)
