import torch
from torch.autograd import gradcheck

torch.manual_seed(0)


def fused_layernorm(x, weight, bias):
    mu = x.mean(-1, keepdim=True)
    var = x.var(-1, unbiased=False, keepdim=True)
    return (x - mu) / torch.sqrt(var + 1e-5) * weight + bias


def test_fused_layernorm_grad():
    x = torch.rand(2, 5, requires_grad=True)
    weight = torch.ones(5, dtype=torch.float64, requires_grad=True)
    bias = torch.zeros(5, dtype=torch.float64, requires_grad=True)
    result = gradcheck(fused_layernorm, (x, weight, bias), raise_exception=False)  # expect: AGL004
    print("layernorm grads ok:", result)


test_fused_layernorm_grad()
