import torch

torch.manual_seed(9)
logits = torch.zeros(4, requires_grad=True)
experts = torch.randn(4, 6)
mix = torch.softmax(logits, dim=0)
mix.requires_grad = False  # expect: AGL010
output = (mix[:, None] * experts).sum(0)
