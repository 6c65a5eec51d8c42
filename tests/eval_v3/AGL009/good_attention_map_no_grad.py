import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
mha = nn.MultiheadAttention(8, 2, batch_first=True)
tokens = torch.randn(1, 5, 8)
mha.eval()
with torch.no_grad():
    _, attn = mha(tokens, tokens, tokens)
print(np.argmax(attn[0].numpy(), axis=1))
