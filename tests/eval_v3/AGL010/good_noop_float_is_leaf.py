import torch

torch.manual_seed(0)
x = torch.randn(4, requires_grad=True)
frozen_view = x.float()
frozen_view.requires_grad = False
print(frozen_view is x, x.requires_grad)
