import torch

torch.manual_seed(0)

table = torch.randn(16, 4).half()
table.requires_grad_()
ids = torch.tensor([1, 5, 7])
loss = table[ids].float().pow(2).sum()
loss.backward()
print(table.grad.dtype)
