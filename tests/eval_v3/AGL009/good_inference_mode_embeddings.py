import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.Sequential(nn.Linear(6, 4), nn.Tanh())
with torch.inference_mode():
    vectors = encoder(torch.randn(12, 6)).numpy()
print(vectors.shape)
