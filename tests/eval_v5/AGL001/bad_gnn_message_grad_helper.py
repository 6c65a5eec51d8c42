import torch


def propagate(features, adjacency, weight):
    return torch.relu(adjacency @ features @ weight)


torch.manual_seed(9)
adj = torch.eye(5) + (torch.rand(5, 5) > 0.7).float()
x = torch.randn(5, 3, requires_grad=True)
weight = torch.randn(3, 3, requires_grad=True)
h1 = propagate(x, adj, weight)
h2 = propagate(h1, adj, weight)
h2.mean().backward()
print(h1.grad)  # expect: AGL001
