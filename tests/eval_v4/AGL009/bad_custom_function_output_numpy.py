"""Output of a custom autograd.Function inspected with numpy."""
import torch


class SoftClip(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        y = torch.tanh(x)
        ctx.save_for_backward(y)
        return y

    @staticmethod
    def backward(ctx, g):
        (y,) = ctx.saved_tensors
        return g * (1 - y * y)


torch.manual_seed(13)
x = torch.randn(6, requires_grad=True)
clipped = SoftClip.apply(x)
print(clipped.numpy().max())  # expect: AGL009
