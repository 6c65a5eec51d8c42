import torch
import torch.nn as nn

torch.manual_seed(0)

generator = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 4))
z = torch.randn(5, 3)
samples = generator(z)
samples.requires_grad = True  # expect: AGL010
critic_score = samples.sum(dim=1).mean()
critic_score.backward()
