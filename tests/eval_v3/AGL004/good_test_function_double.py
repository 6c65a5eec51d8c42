import torch
from torch.autograd import gradcheck

torch.manual_seed(0)


def fused_layernorm(x, weight, bias):
    mu = x.mean(-1, keepdim=True)
    var = x.var(-1, unbiased=False, keepdim=True)
    return (x - mu) / torch.sqrt(var + 1e-5) * weight + bias


def test_fused_layernorm_grad():
    x = torch.rand(2, 5, dtype=torch.double, requires_grad=True)
    weight = torch.ones(5, dtype=torch.double, requires_grad=True)
    bias = torch.zeros(5, dtype=torch.double, requires_grad=True)
    assert gradcheck(fused_layernorm, (x, weight, bias))


test_fused_layernorm_grad()
