import torch


class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x

    @staticmethod
    def backward(ctx, grad):
        (x,) = ctx.saved_tensors
        return 2 * x * grad


torch.manual_seed(23)
inp = torch.rand(3, 2, dtype=torch.float64, requires_grad=True)
assert torch.autograd.gradcheck(Square.apply, (inp,))
