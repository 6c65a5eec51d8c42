import torch

logits = torch.randn(4, 3, requires_grad=True)
probs = torch.sigmoid(logits)
probs.sum().backward()
probs *= 2
print(probs.detach().mean())
