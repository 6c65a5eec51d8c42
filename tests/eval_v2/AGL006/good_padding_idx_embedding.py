import torch
import torch.nn as nn

torch.manual_seed(0)

PAD = 0
vocab = nn.Embedding(12, 4, padding_idx=PAD)
with torch.no_grad():
    vocab.weight[PAD].fill_(0.0)
ids = torch.tensor([[PAD, 3, 4], [5, PAD, PAD]])
vocab(ids).sum().backward()
print(vocab.weight.grad[PAD])
