import torch

anchors = torch.tensor([0.5, 1.0, 2.0], require_grad=True)  # expect: AGL014
scale = anchors.exp().sum()
scale.backward()
