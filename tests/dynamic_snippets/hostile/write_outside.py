"""Writes a file outside the sandbox's working directory (the path comes from the test)."""
import torch

TARGET = "__TARGET__"
with open(TARGET, "w") as handle:
    handle.write("escaped")
y = torch.ones(3, requires_grad=True) * 2
y.backward()
