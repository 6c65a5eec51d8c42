"""Per-chunk learnable offsets built from an existing tensor in a comprehension."""
import torch

torch.manual_seed(4)
base = torch.randn(6, 2)
offsets = [torch.tensor(chunk, requires_grad=True) for chunk in base.split(2)]  # expect: AGL016
print(len(offsets))
