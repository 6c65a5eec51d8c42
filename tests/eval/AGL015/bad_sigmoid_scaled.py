import torch

logits = torch.randn(4, 3, requires_grad=True)
probs = torch.sigmoid(logits)
probs *= 2  # expect: AGL015
loss = probs.sum()
loss.backward()
