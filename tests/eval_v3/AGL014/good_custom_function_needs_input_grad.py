import torch


class ScaledMul(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, b):
        ctx.save_for_backward(a, b)
        return a * b * 2

    @staticmethod
    def backward(ctx, grad_out):
        a, b = ctx.saved_tensors
        ga = grad_out * b * 2 if ctx.needs_input_grad[0] else None
        gb = grad_out * a * 2 if ctx.needs_input_grad[1] else None
        return ga, gb


torch.manual_seed(0)
a = torch.randn(3, requires_grad=True)
b = torch.randn(3)
ScaledMul.apply(a, b).sum().backward()
print(a.grad)
