import torch

a = torch.randn(2, 2, requires_grad=True)
out = (a @ a).trace()
out.backward()
out = (a @ a).trace()
out.backward()
print(a.grad)
