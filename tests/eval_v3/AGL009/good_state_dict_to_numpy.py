import os
import tempfile

import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 2)
arrays = {name: t.numpy() for name, t in model.state_dict().items()}
with tempfile.TemporaryDirectory() as tmp:
    np.savez(os.path.join(tmp, "weights.npz"), **arrays)
print(sorted(arrays))
