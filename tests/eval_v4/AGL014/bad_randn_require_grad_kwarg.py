"""Weight initialised with the misspelled keyword require_grad."""
import torch

torch.manual_seed(0)
w = torch.randn(4, 2, require_grad=True)  # expect: AGL014
x = torch.randn(3, 4)
print((x @ w).shape)
