import torch

torch.manual_seed(4)
logits = torch.randn(3, 5, requires_grad=True)
e = torch.exp(logits)
e /= e.sum(dim=1, keepdim=True)  # expect: AGL015
nll = -e[:, 0].log().mean()
nll.backward()
