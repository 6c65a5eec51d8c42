import torch
from torch import nn


def test_scale_sigmoid_in_place():
    x = torch.randn(4, 3, requires_grad=True)
    probs = torch.sigmoid(x)
    probs *= 2  # claim: AGL015 probs *= 2
    probs.sum().backward()


def test_mask_softmax_in_place():
    scores = torch.randn(2, 5, requires_grad=True)
    attn = torch.softmax(scores, dim=-1)
    attn[:, 0] = 0  # claim: AGL015 attn[:, 0] = 0
    attn.sum().backward()


def test_inplace_relu_after_sigmoid():
    model = nn.Sequential(nn.Linear(3, 3), nn.Sigmoid(), nn.ReLU(inplace=True))  # claim: AGL015 nn.ReLU(inplace=True)
    model(torch.randn(2, 3)).sum().backward()
