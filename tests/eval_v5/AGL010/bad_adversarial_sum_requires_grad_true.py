import torch

torch.manual_seed(3)
x = torch.randn(2, 5)
delta = torch.zeros(2, 5, requires_grad=True)
x_adv = x + delta
x_adv.requires_grad = True  # expect: AGL010
print(x_adv.shape)
