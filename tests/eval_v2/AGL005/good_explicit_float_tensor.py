import torch
import torch.nn as nn

torch.manual_seed(0)

adj = torch.tensor([[0, 1, 1], [1, 0, 0], [1, 0, 0]], dtype=torch.float32, requires_grad=True)
lin = nn.Linear(4, 2)
x = torch.randn(3, 4)
out = torch.relu(lin(adj @ x))
out.sum().backward()
print(adj.grad)
