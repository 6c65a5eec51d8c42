"""A frozen embedding table (requires_grad=False) exported to numpy."""
import os
import tempfile

import numpy as np
import torch
from torch import nn

torch.manual_seed(3)
emb = nn.Embedding(12, 4)
emb.weight.requires_grad_(False)
with tempfile.TemporaryDirectory() as tmp:
    np.save(os.path.join(tmp, "emb.npy"), emb.weight.numpy())
