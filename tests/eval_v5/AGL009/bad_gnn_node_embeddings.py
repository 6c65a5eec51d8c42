import torch

torch.manual_seed(6)
adj = torch.eye(4) + torch.tensor([[0, 1, 0, 0], [1, 0, 1, 0], [0, 1, 0, 1], [0, 0, 1, 0.0]])
x = torch.randn(4, 3)
w = torch.randn(3, 2, requires_grad=True)
h = torch.relu(adj @ x @ w)
np_h = h.numpy()  # expect: AGL009
