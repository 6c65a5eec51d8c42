import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)

mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
tokens = torch.randn(1, 5, 8)
_, weights = mha(tokens, tokens, tokens, need_weights=True)
heatmap = weights.squeeze(0).numpy()  # expect: AGL009
print(np.argmax(heatmap, axis=-1))
