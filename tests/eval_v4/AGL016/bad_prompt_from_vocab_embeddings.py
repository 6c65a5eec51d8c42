"""Soft prompt initialised from vocabulary embeddings with torch.tensor()."""
import torch
from torch import nn

torch.manual_seed(10)
vocab = nn.Embedding(30, 8)
init_ids = torch.tensor([3, 7, 11])
prompt = torch.tensor(vocab.weight[init_ids], requires_grad=True)  # expect: AGL016
print(prompt.shape)
