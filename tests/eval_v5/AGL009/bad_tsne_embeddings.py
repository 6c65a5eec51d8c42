import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(3)
emb = nn.Embedding(50, 8)
ids = torch.arange(20)
points = emb(ids).numpy()  # expect: AGL009
centred = points - points.mean(axis=0, keepdims=True)
print(np.linalg.svd(centred, compute_uv=False)[:2])
