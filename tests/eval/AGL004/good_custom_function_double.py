import torch
from torch.autograd import Function, gradcheck


class Cube(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_out):
        (x,) = ctx.saved_tensors
        return grad_out * 3 * x ** 2


def test_cube():
    inp = torch.randn(5, 2, dtype=torch.float64, requires_grad=True)
    assert gradcheck(Cube.apply, (inp,), eps=1e-6, atol=1e-4)


test_cube()
