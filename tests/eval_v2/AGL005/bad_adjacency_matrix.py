import torch
import torch.nn as nn

torch.manual_seed(0)


class GraphConv(nn.Module):
    def __init__(self, d_in, d_out):
        super().__init__()
        self.lin = nn.Linear(d_in, d_out)

    def forward(self, x, adj):
        deg = adj.sum(-1, keepdim=True).clamp(min=1)
        return torch.relu(self.lin(adj @ x / deg))


adj = torch.tensor([[0, 1, 1], [1, 0, 0], [1, 0, 0]], requires_grad=True)  # expect: AGL005
layer = GraphConv(4, 2)
out = layer(torch.randn(3, 4), adj.float())
