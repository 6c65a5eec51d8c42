import torch

logits = torch.randn(2, 5, requires_grad=True)
probs = torch.softmax(logits, dim=-1)
top = probs.numpy().argmax(axis=1)  # expect: AGL009
print(top)
