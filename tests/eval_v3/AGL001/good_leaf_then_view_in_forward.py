import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
x = torch.randn(8, 3)
y = torch.randn(8, 1)
for step in range(3):
    pred = x @ w.view(3, 1)
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    print(step, w.grad.norm().item())
    w.grad = None
