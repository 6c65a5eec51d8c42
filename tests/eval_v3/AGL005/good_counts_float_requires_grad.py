import torch

torch.manual_seed(0)
labels = torch.randint(0, 4, (30,))
counts = torch.bincount(labels, minlength=4).float().requires_grad_()
class_weights = 1.0 / (counts + 1)
class_weights.sum().backward()
print(counts.grad)
