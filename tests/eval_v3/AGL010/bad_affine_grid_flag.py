import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)
loc = nn.Linear(16, 6)
img = torch.rand(2, 1, 4, 4)
theta = loc(img.flatten(1)).view(2, 2, 3)
grid = F.affine_grid(theta, list(img.shape), align_corners=False)
grid.requires_grad = False  # expect: AGL010
warped = F.grid_sample(img, grid, align_corners=False)
print(warped.shape)
