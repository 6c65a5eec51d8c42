import torch

anchors = torch.tensor([[0.5, 1.0], [1.0, 1.0], [2.0, 1.0]], requires_grad=True)
(anchors[:, 0] * anchors[:, 1]).sum().backward()
print(anchors.grad)
