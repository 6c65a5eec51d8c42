import torch
import torch.nn as nn

torch.manual_seed(0)

PAD = 0
vocab = nn.Embedding(12, 4)
vocab.weight.data[PAD] = 0.0  # expect: AGL006
ids = torch.tensor([[PAD, 3, 4], [5, PAD, PAD]])
out = vocab(ids).sum()
out.backward()
