"""Activation functions checked in a loop with float64 inputs."""
import torch
from torch.nn import functional as F

torch.manual_seed(6)
ops = {"gelu": F.gelu, "silu": F.silu, "mish": F.mish}
for name, op in ops.items():
    x = torch.randn(3, dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(op, (x,)), name
