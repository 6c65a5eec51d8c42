import torch
import torch.nn.functional as F

torch.manual_seed(25)
labels = torch.randint(0, 4, (6,))
targets = F.one_hot(labels, 4).float().requires_grad_()
(targets * torch.randn(6, 4)).sum().backward()
