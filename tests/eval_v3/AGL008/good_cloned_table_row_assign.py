import torch

torch.manual_seed(0)
table = torch.randn(10, 4, requires_grad=True)
masked = table.clone()
masked[0] = 0.0
tokens = torch.tensor([[1, 2, 0], [3, 0, 0]])
masked[tokens].sum(1).pow(2).mean().backward()
print(table.grad[0])
