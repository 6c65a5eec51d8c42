import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(8, 2, batch_first=True)
tokens = torch.randn(1, 5, 8)
_, attn = mha(tokens, tokens, tokens)
heat = attn[0].numpy()  # expect: AGL009
print(np.argmax(heat, axis=1))
