import torch
import torch.nn.functional as F
from torch.autograd import gradcheck

torch.manual_seed(0)

image = torch.randn(1, 1, 4, 4, requires_grad=True)
kernel = torch.randn(2, 1, 3, 3, requires_grad=True)


def conv_relu(inp, weight):
    return F.relu(F.conv2d(inp, weight, padding=1))


if not gradcheck(conv_relu, (image, kernel), raise_exception=False):  # expect: AGL004
    print("conv gradient check failed")
