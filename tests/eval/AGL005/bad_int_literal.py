import torch

x = torch.tensor([1, 2, 3], requires_grad=True)  # expect: AGL005
y = (x * x).sum()
y.backward()
