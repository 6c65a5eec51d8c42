"""Segmentation: soft Dice loss per class, backpropagated without reduction."""
import torch
from torch import nn

torch.manual_seed(14)
seg = nn.Conv2d(2, 3, 1)
img = torch.randn(2, 2, 5, 5)
target = nn.functional.one_hot(torch.randint(0, 3, (2, 5, 5)), 3).permute(0, 3, 1, 2).float()
probs = torch.softmax(seg(img), dim=1)
inter = (probs * target).sum(dim=(0, 2, 3))
dice_loss = 1 - 2 * inter / (probs.sum(dim=(0, 2, 3)) + target.sum(dim=(0, 2, 3)))
dice_loss.backward()  # expect: AGL002
