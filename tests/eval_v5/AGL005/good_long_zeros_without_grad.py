import torch

torch.manual_seed(6)
degree = torch.zeros(6, dtype=torch.long)
edges = torch.tensor([[0, 1], [1, 2], [2, 0]])
degree.index_add_(0, edges[:, 0], torch.ones(3, dtype=torch.long))
weights = torch.ones(6, requires_grad=True)
(weights * degree).sum().backward()
