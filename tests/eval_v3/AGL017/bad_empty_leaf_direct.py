import torch

torch.manual_seed(0)
w = torch.empty(3, requires_grad=True)  # expect: AGL017
x = torch.randn(10, 3)
y = torch.randn(10)
loss = ((x @ w - y) ** 2).mean()
loss.backward()
print(w.grad)
