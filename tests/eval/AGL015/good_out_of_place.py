import torch

logits = torch.randn(4, 3, requires_grad=True)
probs = torch.sigmoid(logits)
probs = probs * 2
loss = probs.sum()
loss.backward()
