"""The latent code is rewrapped with torch.tensor(), cutting the encoder out of the graph."""
import torch
from torch import nn

torch.manual_seed(3)
encoder, decoder = nn.Linear(6, 2), nn.Linear(2, 6)
x = torch.randn(4, 6)
z = torch.tensor(encoder(x), requires_grad=True)  # expect: AGL016
loss = ((decoder(z) - x) ** 2).mean()
loss.backward()
print(encoder.weight.grad)
