import torch
import torch.nn as nn


class GraphConv(nn.Module):
    def __init__(self, n_in, n_out):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(n_in, n_out))
        self.bias = nn.Parameter(torch.empty(n_out))
        nn.init.xavier_uniform_(self.weight)
        nn.init.zeros_(self.bias)

    def forward(self, x, adj):
        deg = adj.sum(1, keepdim=True)
        return (adj @ x / deg) @ self.weight + self.bias


torch.manual_seed(6)
adj = torch.eye(5) + (torch.rand(5, 5) > 0.6).float()
conv = GraphConv(3, 2)
conv(torch.randn(5, 3), adj).pow(2).sum().backward()
