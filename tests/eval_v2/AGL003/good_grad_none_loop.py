import torch

torch.manual_seed(0)

x = torch.linspace(-2, 2, 50).unsqueeze(1)
y = torch.sin(x)
w1 = torch.randn(1, 10, requires_grad=True)
b1 = torch.zeros(10, requires_grad=True)
w2 = torch.randn(10, 1, requires_grad=True)
params = [w1, b1, w2]

for _ in range(3):
    loss = ((torch.tanh(x @ w1 + b1) @ w2 - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        for p in params:
            p -= 0.05 * p.grad
    for p in params:
        p.grad = None
