import torch
import torch.nn as nn

torch.manual_seed(101)
decoder = nn.Linear(4, 4)
latents = torch.randn(2, 4, requires_grad=True).to(device="cuda")  # expect: AGL013
