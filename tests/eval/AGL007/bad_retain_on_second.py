import torch

a = torch.randn(2, 2, requires_grad=True)
out = (a @ a).trace()
out.backward()
out.backward(retain_graph=True)  # expect: AGL007
