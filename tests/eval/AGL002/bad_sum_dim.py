import torch

feats = torch.randn(4, 6, requires_grad=True)
row_energy = feats.pow(2).sum(dim=1)
row_energy.backward()  # expect: AGL002
