"""torch.from_numpy() then requires_grad_() for a parameter loaded from disk."""
import os
import tempfile

import numpy as np
import torch

torch.manual_seed(6)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "w.npy")
    np.save(path, np.linspace(0, 1, 4, dtype=np.float32))
    w = torch.from_numpy(np.load(path)).requires_grad_()
(w ** 2).sum().backward()
print(w.grad)
