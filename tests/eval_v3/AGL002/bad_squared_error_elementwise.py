import torch

torch.manual_seed(0)
w = torch.zeros(3, 1, requires_grad=True)
x = torch.randn(10, 3)
y = x @ torch.tensor([[1.0], [-2.0], [0.5]])

for _ in range(2):
    err = (x @ w - y) ** 2
    err.backward()  # expect: AGL002
    with torch.no_grad():
        w -= 0.1 * w.grad
        w.grad.zero_()
