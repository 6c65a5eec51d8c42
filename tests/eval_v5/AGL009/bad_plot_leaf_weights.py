import torch

torch.manual_seed(1)
w = torch.randn(5, requires_grad=True)
for _ in range(2):
    loss = (w - 1).pow(2).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
        w.grad = None
history = w.numpy()  # expect: AGL009
