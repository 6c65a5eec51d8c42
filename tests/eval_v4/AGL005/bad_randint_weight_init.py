"""A quantisation experiment initialises codebook entries with randint."""
import torch

torch.manual_seed(2)
codebook = torch.randint(-8, 8, (16, 4), requires_grad=True)  # expect: AGL005
x = torch.randn(10, 4)
nearest = torch.cdist(x, codebook.float()).argmin(dim=1)
print(nearest)
