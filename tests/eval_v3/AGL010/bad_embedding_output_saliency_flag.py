import torch
from torch import nn

torch.manual_seed(0)
embed = nn.Embedding(40, 6)
clf = nn.Sequential(nn.Flatten(), nn.Linear(30, 2))
tokens = torch.randint(0, 40, (1, 5))
inp = embed(tokens)
inp.requires_grad = True  # expect: AGL010
score = clf(inp)[0, 1]
score.backward()
print(embed.weight.grad.norm())
