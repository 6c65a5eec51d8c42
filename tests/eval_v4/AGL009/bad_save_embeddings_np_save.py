"""Embedding table saved with np.save into a temp directory."""
import os
import tempfile

import numpy as np
import torch
from torch import nn

torch.manual_seed(3)
emb = nn.Embedding(12, 4)
with tempfile.TemporaryDirectory() as tmp:
    np.save(os.path.join(tmp, "emb.npy"), emb.weight.numpy())  # expect: AGL009
