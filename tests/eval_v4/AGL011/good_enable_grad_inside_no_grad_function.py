"""A @torch.no_grad() helper that re-enables grad for an inner refinement step."""
import torch
from torch import nn


@torch.no_grad()
def refine(decoder: nn.Module, z0: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    z = z0.clone()
    with torch.enable_grad():
        z.requires_grad_()
        loss = ((decoder(z) - target) ** 2).mean()
        loss.backward()
    return z - 0.1 * z.grad


torch.manual_seed(2)
print(refine(nn.Linear(3, 5), torch.randn(1, 3), torch.randn(1, 5)))
