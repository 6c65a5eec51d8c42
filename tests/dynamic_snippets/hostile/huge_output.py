"""Prints 100 MB: the file-size limit on the captured output stops it."""
import sys

import torch

sys.stdout.writelines("x" * 1023 + "\n" for _ in range(100 * 1024))
y = torch.ones(3, requires_grad=True) * 2
y.backward()
