"""Second-order check of a smooth activation, run in float32."""
import torch
from torch.autograd import gradgradcheck


def softplus_sq(x):
    return torch.nn.functional.softplus(x) ** 2


torch.manual_seed(2)
x = torch.rand(4, requires_grad=True)
result = gradgradcheck(softplus_sq, (x,), raise_exception=False)  # expect: AGL004
print(result)
