"""Soft prompt initialised from vocabulary embeddings, detached and cloned."""
import torch
from torch import nn

torch.manual_seed(10)
vocab = nn.Embedding(30, 8)
init_ids = torch.tensor([3, 7, 11])
prompt = nn.Parameter(vocab.weight[init_ids].detach().clone())
prompt.sum().backward()
print(prompt.grad.shape)
