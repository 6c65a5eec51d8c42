import torch

weights = torch.rand(3, 3, requires_grad=True)
vec = torch.rand(3, requires_grad=True)
passed = torch.autograd.gradcheck(torch.mv, (weights, vec), eps=1e-3, atol=1e-2)  # expect: AGL004
print(passed)
