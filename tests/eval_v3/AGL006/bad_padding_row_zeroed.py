import torch
from torch import nn


class Encoder(nn.Module):
    def __init__(self, vocab, dim, pad_idx=0):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.emb.weight.data[pad_idx] = 0.0  # expect: AGL006
        self.rnn = nn.GRU(dim, dim, batch_first=True)

    def forward(self, tokens):
        out, h = self.rnn(self.emb(tokens))
        return h[-1]


torch.manual_seed(0)
enc = Encoder(12, 4)
enc(torch.tensor([[3, 4, 0, 0]])).sum().backward()
