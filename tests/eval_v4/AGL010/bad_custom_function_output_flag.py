"""A straight-through sign Function whose output is then frozen by flag."""
import torch


class SignSTE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.sign()

    @staticmethod
    def backward(ctx, g):
        return g


torch.manual_seed(11)
w = torch.randn(4, requires_grad=True)
codes = SignSTE.apply(w)
codes.requires_grad = False  # expect: AGL010
print(codes)
