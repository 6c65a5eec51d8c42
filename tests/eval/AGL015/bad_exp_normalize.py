import torch

scores = torch.randn(6, requires_grad=True)
e = torch.exp(scores)
e /= e.sum()  # expect: AGL015
(-e[0].log()).backward()
