import torch

base = torch.rand(5)
copy = torch.tensor(base.clone(), requires_grad=True)  # expect: AGL016
print(copy)
