import torch

torch.manual_seed(0)
t = torch.randn(3, requires_grad=True)
t64 = t.to(torch.float64)
loss = (t64 ** 2).sum()
loss.backward()
print(t.grad)
