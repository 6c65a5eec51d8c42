import torch

torch.manual_seed(0)

A = torch.randn(5, 5)
A = A @ A.t() + 5 * torch.eye(5)
b = torch.randn(5)
x = torch.zeros(5, requires_grad=True)
step_size = 0.02
it = 0

while it < 4:
    energy = 0.5 * x @ A @ x - b @ x
    energy.backward()  # expect: AGL003
    with torch.no_grad():
        x.sub_(step_size * x.grad)
    it += 1
print(x)
