import torch

torch.manual_seed(4)
weights = torch.randn(5, 3, requires_grad=True)
features = torch.randn(7, 5)
scores = features @ weights
torch.autograd.backward(scores)  # expect: AGL002
print(weights.grad)
