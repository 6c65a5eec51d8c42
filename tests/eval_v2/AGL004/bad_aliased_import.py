import torch
from torch.autograd import gradcheck as check_grads

torch.manual_seed(0)


def smooth_abs(x, beta=0.5):
    return torch.where(x.abs() < beta, 0.5 * x * x / beta, x.abs() - 0.5 * beta)


values = torch.linspace(-2.0, 2.0, 9, requires_grad=True)
check_grads(smooth_abs, (values,), eps=1e-2, atol=5e-2, raise_exception=False)  # expect: AGL004
