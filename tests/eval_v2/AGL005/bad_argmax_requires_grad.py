import torch
import torch.nn as nn

torch.manual_seed(0)

classifier = nn.Linear(8, 4)
feats = torch.randn(5, 8)
logits = classifier(feats)
pred = logits.argmax(dim=-1)
pred.requires_grad = True  # expect: AGL005
reward = (pred == torch.tensor([0, 1, 2, 3, 0])).float().mean()
