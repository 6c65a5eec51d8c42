import torch

torch.manual_seed(6)
n_nodes = 6
degree = torch.zeros(n_nodes, dtype=torch.long, requires_grad=True)  # expect: AGL005
edges = torch.tensor([[0, 1], [1, 2], [2, 0]])
print(degree, edges)
