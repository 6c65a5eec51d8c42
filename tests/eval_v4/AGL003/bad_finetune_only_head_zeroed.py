"""Fine-tuning with two optimisers; only the head's is reset."""
import torch
from torch import nn

torch.manual_seed(8)
body = nn.Sequential(nn.Linear(6, 6), nn.ReLU())
head = nn.Linear(6, 2)
opt_body = torch.optim.SGD(body.parameters(), lr=1e-3)
opt_head = torch.optim.SGD(head.parameters(), lr=1e-2)
for _ in range(3):
    x, y = torch.randn(5, 6), torch.randint(0, 2, (5,))
    opt_head.zero_grad()
    loss = nn.functional.cross_entropy(head(body(x)), y)
    loss.backward()  # expect: AGL003
    opt_head.step()
    opt_body.step()
