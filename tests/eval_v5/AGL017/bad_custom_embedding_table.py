import torch
import torch.nn as nn
import torch.nn.functional as F


class HashEmbedding(nn.Module):
    def __init__(self, buckets, dim):
        super().__init__()
        self.buckets = buckets
        self.table = nn.Parameter(torch.empty(buckets, dim))  # expect: AGL017

    def forward(self, ids):
        return F.embedding(ids % self.buckets, self.table)


torch.manual_seed(9)
emb = HashEmbedding(7, 4)
emb(torch.tensor([3, 15, 22, 9])).sum().backward()
