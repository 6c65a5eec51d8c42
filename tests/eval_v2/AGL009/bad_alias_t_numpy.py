import numpy as np
import torch as t

t.manual_seed(0)
bias = t.nn.Parameter(t.zeros(4))
weights = t.nn.Parameter(t.randn(4, 4))
checkpoint = {"bias": bias.numpy(), "weights": np.zeros((4, 4))}  # expect: AGL009
print(checkpoint["bias"].shape)
