import torch

w = torch.tensor([0.1, 0.2, 0.3], requires_grad=True)
print(w)
