"""Gate from a comparison (bool) made trainable."""
import torch

torch.manual_seed(10)
activations = torch.randn(6, 4)
gate = (activations > 0)
gate.requires_grad = True  # expect: AGL005
pruned = activations * gate
