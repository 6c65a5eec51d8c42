import torch

torch.manual_seed(0)
weights = torch.tensor([1., 2., 3.], requires_grad=True)
x = torch.randn(4, 3)
(x @ weights).sum().backward()
print(weights.grad)
