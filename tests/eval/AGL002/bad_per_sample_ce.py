import torch
import torch.nn.functional as F

logits = torch.randn(5, 3, requires_grad=True)
labels = torch.tensor([0, 2, 1, 1, 0])
per_sample = F.cross_entropy(logits, labels, reduction="none")
per_sample.backward()  # expect: AGL002
