import torch

emb = torch.randn(10, 4, requires_grad=True)
emb[0] = 0.0  # expect: AGL008
print(emb.sum())
