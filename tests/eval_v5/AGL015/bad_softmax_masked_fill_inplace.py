import torch

torch.manual_seed(106)
scores = torch.randn(2, 5, requires_grad=True)
out = torch.softmax(scores, dim=-1)
mask = torch.tensor([[False, True, False, False, True]] * 2)
out.masked_fill_(mask, 0.0)  # expect: AGL015
out.sum().backward()
