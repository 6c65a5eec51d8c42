import torch
import torch.nn as nn

torch.manual_seed(5)
G = nn.Linear(2, 4)
D = nn.Linear(4, 1)
fake = G(torch.randn(3, 2))
d_fake = D(fake).mean()
d_fake.backward(retain_graphs=True)  # expect: AGL014
