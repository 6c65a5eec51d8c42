import torch
import torch.nn.functional as F
from torch.autograd import gradcheck


def test_softplus_grad():
    x = torch.randn(10, dtype=torch.float, requires_grad=True)
    assert gradcheck(F.softplus, (x,), eps=1e-2, atol=1e-1)  # expect: AGL004


test_softplus_grad()
