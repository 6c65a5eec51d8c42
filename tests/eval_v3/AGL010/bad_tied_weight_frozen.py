import torch
from torch import nn


class TiedDecoder(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)

    def forward(self, h):
        tied = self.emb.weight.t()
        tied.requires_grad = False  # expect: AGL010
        return h @ tied


torch.manual_seed(0)
dec = TiedDecoder(10, 4)
print(dec(torch.randn(2, 4)).shape)
