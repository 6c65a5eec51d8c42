"""Reads address 0 through ctypes: the child dies with SIGSEGV."""
import ctypes

import torch

ctypes.string_at(0)
y = torch.ones(3, requires_grad=True) * 2
y.backward()
