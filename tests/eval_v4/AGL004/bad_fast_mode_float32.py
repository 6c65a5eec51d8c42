"""fast_mode gradcheck of a norm-based loss, inputs in float32."""
import torch

torch.manual_seed(9)


def normalized_distance(a, b):
    return (torch.nn.functional.normalize(a, dim=-1) - b).norm(dim=-1).mean()


a = torch.randn(3, 4, requires_grad=True)
b = torch.randn(3, 4)
ok = torch.autograd.gradcheck(normalized_distance, (a, b), fast_mode=True)  # expect: AGL004
