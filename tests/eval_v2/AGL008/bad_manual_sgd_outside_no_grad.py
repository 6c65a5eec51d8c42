import torch

torch.manual_seed(0)

X = torch.randn(40, 3)
y = X @ torch.tensor([1.5, -0.5, 2.0]) + 0.1 * torch.randn(40)
w = torch.zeros(3, requires_grad=True)
lr = 0.1

for _epoch in range(3):
    loss = ((X @ w - y) ** 2).mean()
    loss.backward()
    w -= lr * w.grad  # expect: AGL008
    w.grad = None
