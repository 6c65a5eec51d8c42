import torch

w = torch.randn(3, requires_grad=True)
history = []
for _ in range(3):
    loss = (w ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
    w.grad = None
    history.append(w.data.clone())
    print(w.data.norm().item(), w.data.sum())
