import torch

torch.manual_seed(0)

x = torch.linspace(-2, 2, 50).unsqueeze(1)
y = torch.sin(x)
w1 = torch.randn(1, 10, requires_grad=True)
b1 = torch.zeros(10, requires_grad=True)
w2 = torch.randn(10, 1, requires_grad=True)
params = [w1, b1, w2]
lr = 0.05

for _it in range(3):
    hidden = torch.tanh(x @ w1 + b1)
    loss = ((hidden @ w2 - y) ** 2).mean()
    loss.backward()  # expect: AGL003
    with torch.no_grad():
        for p in params:
            p -= lr * p.grad
