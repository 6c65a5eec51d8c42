import torch

torch.manual_seed(0)

knots = torch.linspace(-1.0, 1.0, 5)
values = torch.tensor(knots.sin().tolist(), requires_grad=True)
weights = torch.rand(5)
(values * weights).sum().backward()
print(values.grad)
