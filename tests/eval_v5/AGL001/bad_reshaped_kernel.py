import torch
import torch.nn.functional as F

torch.manual_seed(61)
kernel = torch.randn(9, requires_grad=True).reshape(1, 1, 3, 3)
image = torch.randn(1, 1, 6, 6)
F.conv2d(image, kernel).pow(2).mean().backward()
kernel_grad = kernel.grad  # expect: AGL001
print(kernel_grad)
