import torch

torch.manual_seed(3)
w = torch.zeros(3, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
x = torch.randn(30, 3)
y = x @ torch.tensor([2.0, -1.0, 0.5]) + 0.3

for _ in range(6):
    loss = ((x @ w + b) - y).pow(2).mean()
    loss.backward()  # expect: AGL003
    with torch.no_grad():
        w -= 0.1 * w.grad
        b -= 0.1 * b.grad
