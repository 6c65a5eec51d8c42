"""Double-backward check of a custom Function, in float32."""
import torch


class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, g):
        (x,) = ctx.saved_tensors
        return 2 * x * g


torch.manual_seed(12)
x = torch.randn(3, requires_grad=True)
print(torch.autograd.gradgradcheck(Square.apply, (x,), raise_exception=False))  # expect: AGL004
