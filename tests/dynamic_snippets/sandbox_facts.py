"""Checks the sandbox from the inside; the final backward() is only reached if all hold."""
import os
import sys
import tempfile

import torch

assert "AGL_TEST_SECRET_TOKEN" not in os.environ
assert "AWS_SECRET_ACCESS_KEY" not in os.environ
assert os.environ["CUDA_VISIBLE_DEVICES"] == ""
assert not torch.cuda.is_available()
assert sys.stdin.read() == ""
assert os.path.basename(os.getcwd()).startswith("autograd-lint-confirm-")
assert tempfile.gettempdir() == os.getcwd()
with open("scratch.txt", "w") as handle:
    handle.write("writing inside the working directory is fine")
y = torch.ones(3, requires_grad=True) * 2
y.backward()
