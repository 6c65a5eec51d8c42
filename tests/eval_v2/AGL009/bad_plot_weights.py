import numpy as np
import torch
import torch.nn as nn

torch.manual_seed(0)


class Autoencoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(16, 4)
        self.dec = nn.Linear(4, 16)

    def forward(self, x):
        return self.dec(torch.relu(self.enc(x)))


ae = Autoencoder()
filters = ae.enc.weight.numpy()  # expect: AGL009
print(np.round(filters.reshape(4, 4, 4)[0], 2))
