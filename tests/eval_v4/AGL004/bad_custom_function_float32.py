"""Checks a hand-written Swish Function with float32 inputs."""
import torch


class Swish(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        s = torch.sigmoid(x)
        ctx.save_for_backward(x, s)
        return x * s

    @staticmethod
    def backward(ctx, grad_out):
        x, s = ctx.saved_tensors
        return grad_out * (s + x * s * (1 - s))


torch.manual_seed(0)
x = torch.randn(5, requires_grad=True)
ok = torch.autograd.gradcheck(Swish.apply, (x,), raise_exception=False)  # expect: AGL004
print("gradcheck passed:", ok)
