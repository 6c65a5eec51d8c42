import torch
from torch.autograd import gradcheck

torch.manual_seed(0)

reference = torch.randn(5, dtype=torch.float64)
x = reference.float().requires_grad_(True)


def lse_pool(t):
    return torch.logsumexp(t.view(1, -1), dim=1)


passed = gradcheck(lse_pool, (x,), eps=1e-3, atol=1e-2, raise_exception=False)  # expect: AGL004
print(passed)
