import torch

torch.manual_seed(9)
theta = torch.randn(2, requires_grad=True)
loss = (theta ** 4).sum()
loss.backward(create_graphs=True)  # expect: AGL014
