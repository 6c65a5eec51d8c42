"""Determinism check that runs backward twice through a custom Function."""
import torch


class ScaledTanh(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        y = torch.tanh(x)
        ctx.save_for_backward(y)
        return 1.7 * y

    @staticmethod
    def backward(ctx, g):
        (y,) = ctx.saved_tensors
        return 1.7 * (1 - y ** 2) * g


torch.manual_seed(10)
x = torch.randn(5, requires_grad=True)
gain = torch.ones(5, requires_grad=True)
out = (ScaledTanh.apply(x) * gain).sum()
out.backward()
first = x.grad.clone()
x.grad = None
out.backward()  # expect: AGL007
print(torch.equal(first, x.grad))
