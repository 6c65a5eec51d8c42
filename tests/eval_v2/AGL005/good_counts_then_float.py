import torch

torch.manual_seed(0)

targets = torch.randint(0, 5, (32,))
counts = torch.bincount(targets, minlength=5)
class_weight = (counts.sum() / counts.clamp(min=1)).float().requires_grad_()
loss = (class_weight * torch.randn(5)).sum()
loss.backward()
print(class_weight.grad)
