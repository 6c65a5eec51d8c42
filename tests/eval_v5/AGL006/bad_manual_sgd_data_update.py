import torch

torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
x, y = torch.randn(10, 3), torch.randn(10)
for _ in range(3):
    loss = (x @ w - y).pow(2).mean()
    loss.backward()
    w.data -= 0.1 * w.grad  # expect: AGL006
    w.grad = None
