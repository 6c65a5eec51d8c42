"""autograd-lint: find PyTorch autograd mistakes before they cost a training run."""

__version__ = "0.1.0"
