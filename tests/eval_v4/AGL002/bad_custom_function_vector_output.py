"""A custom clamp-with-straight-through Function, tested on a vector."""
import torch


class StraightThroughClamp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.clamp(-1, 1)

    @staticmethod
    def backward(ctx, grad_out):
        return grad_out


torch.manual_seed(13)
x = torch.randn(5, requires_grad=True)
y = StraightThroughClamp.apply(x) * 2.0
y.backward()  # expect: AGL002
print(x.grad)
