import torch

torch.manual_seed(7)
tokens = torch.randint(0, 6, (40,))
counts = torch.bincount(tokens, minlength=6)
weights = counts.float().requires_grad_()
(weights / weights.sum()).pow(2).sum().backward()
