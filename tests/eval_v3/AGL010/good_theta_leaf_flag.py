import torch
import torch.nn.functional as F

torch.manual_seed(0)
img = torch.rand(2, 1, 4, 4)
theta = torch.eye(2, 3).repeat(2, 1, 1)
theta.requires_grad = True
grid = F.affine_grid(theta, list(img.shape), align_corners=False)
F.grid_sample(img, grid, align_corners=False).mean().backward()
print(theta.grad.shape)
