import torch
from torch.autograd import gradcheck


def my_layer_norm(x, eps=1e-5):
    mu = x.mean(-1, keepdim=True)
    var = x.var(-1, unbiased=False, keepdim=True)
    return (x - mu) / torch.sqrt(var + eps)


def make_inputs(shape):
    return (torch.randn(*shape, requires_grad=True),)


def test_layer_norm_grad():
    torch.manual_seed(0)
    inputs = make_inputs((3, 5))
    assert gradcheck(my_layer_norm, inputs, atol=1e-4)  # expect: AGL004


if __name__ == "__main__":
    test_layer_norm_grad()
