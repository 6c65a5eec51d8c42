import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.Sequential(nn.Linear(6, 4), nn.Tanh())
docs = torch.randn(12, 6)
emb = encoder(docs)
vectors = emb.numpy()  # expect: AGL009
centroids = vectors[np.random.default_rng(0).choice(12, 3, replace=False)]
print(centroids.shape)
