import torch

torch.manual_seed(0)

w = torch.randn(4, requires_grad=True)
xs = torch.randn(16, 4)
ys = xs @ torch.tensor([1.0, 0.0, -1.0, 2.0])

for step in range(5):
    loss = ((xs @ w - ys) ** 2).mean()
    (g,) = torch.autograd.grad(loss, w)
    with torch.no_grad():
        w -= 0.05 * g
    print(step, round(loss.item(), 4))
