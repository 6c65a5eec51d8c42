import torch

torch.manual_seed(5)
a = torch.rand(3, 3, requires_grad=True)
b = torch.rand(3, requires_grad=True)
check = torch.autograd.gradcheck(torch.mv, (a, b), eps=1e-3, atol=1e-2)  # expect: AGL004
print(check)
