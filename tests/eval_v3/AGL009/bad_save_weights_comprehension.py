import os
import tempfile

import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
arrays = [p.numpy() for p in model.parameters()]  # expect: AGL009
with tempfile.TemporaryDirectory() as tmp:
    np.savez(os.path.join(tmp, "weights.npz"), *arrays)
