import torch

x = torch.randn(32, 2)
y = x.sum(dim=1, keepdim=True)
w = torch.randn(2, 1, requires_grad=True)
for _ in range(5):
    loss = ((x @ w - y) ** 2).mean()
    loss.backward()
    w.data -= 0.1 * w.grad.data  # expect: AGL006
    w.grad.data.zero_()
print(w)
