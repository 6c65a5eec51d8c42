"""A custom autograd.Function; the test reads the grad of its output."""
import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad_out):
        (x,) = ctx.saved_tensors
        return 3 * x ** 2 * grad_out


torch.manual_seed(11)
x = torch.randn(4, requires_grad=True)
y = Cube.apply(x)
y.sum().backward()
print(torch.allclose(x.grad, 3 * x.detach() ** 2), y.grad)  # expect: AGL001
