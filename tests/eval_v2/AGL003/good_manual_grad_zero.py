import torch

torch.manual_seed(0)

A = torch.randn(5, 5)
A = A @ A.t() + 5 * torch.eye(5)
b = torch.randn(5)
x = torch.zeros(5, requires_grad=True)

for _ in range(4):
    energy = 0.5 * x @ A @ x - b @ x
    energy.backward()
    with torch.no_grad():
        x.sub_(0.02 * x.grad)
    x.grad.zero_()
print(x)
