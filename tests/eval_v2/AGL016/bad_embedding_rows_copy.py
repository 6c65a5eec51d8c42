import torch
import torch.nn as nn

torch.manual_seed(0)

emb = nn.Embedding(20, 6)
anchor_ids = torch.tensor([2, 7, 11])
anchors = torch.tensor(emb.weight[anchor_ids], requires_grad=True)  # expect: AGL016
queries = torch.randn(5, 6)
sim = queries @ anchors.t()
sim.logsumexp(-1).mean().backward()
