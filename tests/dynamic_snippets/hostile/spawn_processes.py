"""Tries to start 200 child processes (a bounded list, never an unbounded fork bomb)."""
import subprocess

import torch

children = [subprocess.Popen(["sleep", "61.5"]) for _ in range(200)]
y = torch.ones(3, requires_grad=True) * 2
y.backward()
