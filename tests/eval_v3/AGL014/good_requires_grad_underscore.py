import torch

torch.manual_seed(0)
W = torch.randn(3, 4).requires_grad_()
anchors = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
(torch.randn(2, 3) @ W).sum().backward()
anchors.exp().sum().backward()
print(W.grad.shape, anchors.grad)
