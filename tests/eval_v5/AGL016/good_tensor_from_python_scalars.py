import torch

torch.manual_seed(55)
lr, momentum = 0.1, 0.9
hyper = torch.tensor([lr, momentum], requires_grad=True)
(hyper ** 2).sum().backward()
