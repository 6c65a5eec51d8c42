"""An endless loop inside C code: no Python-level check can interrupt it; the deadline can."""
import collections
import itertools

import torch

collections.deque(itertools.count(), maxlen=0)
y = torch.ones(3, requires_grad=True) * 2
y.backward()
