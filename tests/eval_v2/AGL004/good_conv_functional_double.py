import torch
import torch.nn.functional as F
from torch.autograd import gradcheck

torch.manual_seed(0)

image = torch.randn(1, 1, 4, 4, dtype=torch.double, requires_grad=True)
kernel = torch.randn(2, 1, 3, 3, dtype=torch.double, requires_grad=True)


def conv_tanh(inp, weight):
    return torch.tanh(F.conv2d(inp, weight, padding=1))


assert gradcheck(conv_tanh, (image, kernel), fast_mode=True)
