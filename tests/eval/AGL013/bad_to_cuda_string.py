import torch

device = "cuda"
emb = torch.randn(100, 16, requires_grad=True).to(device)  # expect: AGL013
opt = torch.optim.Adam([emb])
