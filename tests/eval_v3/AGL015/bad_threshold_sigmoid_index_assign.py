import torch
from torch import nn

torch.manual_seed(0)
seg_head = nn.Conv2d(3, 1, 1)
images = torch.rand(2, 3, 4, 4)
masks = (torch.rand(2, 1, 4, 4) > 0.5).float()
probs = torch.sigmoid(seg_head(images))
probs[probs < 0.05] = 0.0  # expect: AGL015
dice = 1 - (2 * (probs * masks).sum() + 1) / (probs.sum() + masks.sum() + 1)
dice.backward()
