import torch
from torch.autograd import Function, gradcheck


class SquarePlus(Function):
    @staticmethod
    def forward(ctx, x, b):
        ctx.save_for_backward(x)
        ctx.b = b
        return 0.5 * (x + torch.sqrt(x * x + b))

    @staticmethod
    def backward(ctx, grad_out):
        (x,) = ctx.saved_tensors
        return grad_out * 0.5 * (1 + x / torch.sqrt(x * x + ctx.b)), None


torch.manual_seed(0)
x = torch.randn(6, dtype=torch.double, requires_grad=True)
assert gradcheck(SquarePlus.apply, (x, 4.0))
