import torch
import torch.nn as nn

torch.manual_seed(91)
log_sigma = nn.Parameter(torch.zeros(3))
mu = nn.Parameter(torch.zeros(3))
eps = torch.randn(3) * log_sigma.exp()
eps.requires_grad_(False)  # expect: AGL010
sample = mu + eps
