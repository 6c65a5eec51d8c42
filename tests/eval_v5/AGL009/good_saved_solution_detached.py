import tempfile
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(8)
u = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 1))
grid = torch.linspace(0, 1, 11).unsqueeze(1)
with tempfile.TemporaryDirectory() as tmp:
    np.save(Path(tmp) / "u.npy", u(grid).detach().numpy())
