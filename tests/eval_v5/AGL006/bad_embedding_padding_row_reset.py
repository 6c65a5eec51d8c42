import torch
import torch.nn as nn

torch.manual_seed(7)
emb = nn.Embedding(10, 4)
opt = torch.optim.SGD(emb.parameters(), lr=1.0)
tokens = torch.tensor([[0, 3, 5], [2, 0, 1]])
opt.zero_grad()
emb(tokens).pow(2).sum().backward()
opt.step()
emb.weight.data[0] = 0.0  # expect: AGL006
