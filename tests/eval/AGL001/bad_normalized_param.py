import torch

raw = torch.rand(5, requires_grad=True)
weights = raw / raw.sum()
target = torch.tensor([0.1, 0.2, 0.3, 0.2, 0.2])
loss = ((weights - target) ** 2).sum()
loss.backward()
with torch.no_grad():
    weights -= 0.1 * weights.grad  # expect: AGL001
