import torch


class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad):
        (x,) = ctx.saved_tensors
        return 3 * x ** 2 * grad


torch.manual_seed(6)
a = torch.randn(5, requires_grad=True)
x = a * 2
y = Cube.apply(x)
x = x + 1
(y.sum() + x.sum()).backward()
