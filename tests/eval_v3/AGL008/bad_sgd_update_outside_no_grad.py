import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
x, y = torch.randn(10, 3), torch.randn(10)
lr = 0.1
loss = ((x @ w - y) ** 2).mean()
loss.backward()
w -= lr * w.grad  # expect: AGL008
print(loss.item())
