import torch

prototypes = torch.randn(4, 8, requires_grad=True)
prototypes.data = prototypes.data / prototypes.data.norm(dim=1, keepdim=True)  # expect: AGL006
sims = prototypes @ torch.randn(8)
sims.sum().backward()
