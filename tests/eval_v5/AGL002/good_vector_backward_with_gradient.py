import torch

torch.manual_seed(4)
weights = torch.randn(5, 3, requires_grad=True)
features = torch.randn(7, 5)
scores = features @ weights
scores.backward(gradient=torch.ones_like(scores))
print(weights.grad.sum())
