"""Only inputs that require grad are checked: a float32 constant is fine."""
import torch

torch.manual_seed(3)
mask = torch.rand(3) > 0.3


def masked_square(x, m):
    return x ** 2 * m.to(x.dtype)


x = torch.randn(3, dtype=torch.float64, requires_grad=True)
scale = torch.rand(3)
assert torch.autograd.gradcheck(lambda t: masked_square(t, mask) * scale.double(), (x,))
