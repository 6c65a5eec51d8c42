import torch
import torch.nn as nn

torch.manual_seed(0)

encoder = nn.Linear(6, 3)
decoder = nn.Linear(3, 6)
encoder.requires_grad_(False)
z = encoder(torch.randn(2, 6))
decoder(z).pow(2).mean().backward()
print(encoder.weight.grad, decoder.weight.grad.shape)
