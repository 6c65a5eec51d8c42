import torch

torch.manual_seed(3)
x = torch.randn(2, 5)
delta = torch.zeros(2, 5, requires_grad=True)
x_adv = (x + delta).clone().detach()
x_adv.requires_grad = True
x_adv.sin().sum().backward()
print(x_adv.grad.shape)
