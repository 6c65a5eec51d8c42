import torch

torch.manual_seed(20)
w = torch.zeros(3, requires_grad=True)
x = torch.randn(20, 3)
y = x @ torch.tensor([1.0, 2.0, -1.0])

for _ in range(5):
    loss = (x @ w - y).pow(2).mean()
    (g,) = torch.autograd.grad(loss, w)
    with torch.no_grad():
        w -= 0.1 * g
