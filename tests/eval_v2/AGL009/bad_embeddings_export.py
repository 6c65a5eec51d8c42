import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)

encoder = nn.Sequential(nn.Embedding(30, 8), nn.Flatten(), nn.Linear(24, 6))
sentences = torch.randint(0, 30, (5, 3))
vectors = encoder(sentences)
vectors = vectors / vectors.norm(dim=1, keepdim=True)
matrix = vectors.numpy()  # expect: AGL009
similarity = matrix @ matrix.T
print(np.round(similarity, 2))
