"""Scale factors in int32 to 'save memory'."""
import torch

torch.manual_seed(9)
scale = torch.ones(3, dtype=torch.int32, requires_grad=True)  # expect: AGL005
features = torch.randn(5, 3)
scaled = features * scale
