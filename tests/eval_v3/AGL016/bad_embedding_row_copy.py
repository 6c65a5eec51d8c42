import torch
from torch import nn

torch.manual_seed(0)
emb = nn.Embedding(10, 4)
with torch.no_grad():
    start = emb.weight[3]
soft_prompt = torch.tensor(start, requires_grad=True)  # expect: AGL016
score = (emb.weight @ soft_prompt).softmax(0)[7]
score.backward()
