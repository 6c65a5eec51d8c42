import torch

torch.manual_seed(12)
bounds = torch.tensor([0.1, 0.5, 0.9], requires_grad=True)
torch.sigmoid(bounds).sum().backward()
